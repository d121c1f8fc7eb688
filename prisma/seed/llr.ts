import type { PrismaClient } from '../src/generated/prisma/client';

export const LLR_PANEL_SLUG = 'leicestershire';

export async function buildLeicestershireRecord(prisma: PrismaClient, options: { demoUsers: boolean }): Promise<void> {
  void options;
  await prisma.panel.create({
    data: { slug: LLR_PANEL_SLUG, name: 'Leicester, Leicestershire and Rutland Police and Crime Panel', forceArea: 'Leicestershire' },
  });
}
