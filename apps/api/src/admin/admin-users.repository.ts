import { Injectable } from '@nestjs/common';
import type { Prisma, Role } from '@psp/db';
import { PrismaService, type Tx } from '../common/prisma.service';

const USER_SELECT = {
  id: true,
  createdForPanelId: true,
  email: true,
  name: true,
  active: true,
  version: true,
  memberships: { select: { panelId: true, role: true, panel: { select: { slug: true } } }, orderBy: [{ panelId: 'asc' }, { role: 'asc' }] },
} satisfies Prisma.UserSelect;

export type AdminUserRow = Prisma.UserGetPayload<{ select: typeof USER_SELECT }>;
export interface PanelRoleRow {
  panelId: string;
  role: Role;
}

@Injectable()
export class AdminUsersRepository {
  constructor(private readonly prisma: PrismaService) {}

  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(work);
  }

  /** People with a role on one of these panels, and people with no role anywhere whom one of these panels' admins created. */
  listInScope(panelIds: string[]): Promise<AdminUserRow[]> {
    return this.prisma.user.findMany({
      where: { OR: [{ memberships: { some: { panelId: { in: panelIds } } } }, { memberships: { none: {} }, createdForPanelId: { in: panelIds } }] },
      orderBy: [{ name: 'asc' }, { email: 'asc' }],
      select: USER_SELECT,
    });
  }

  findById(id: string, db: Tx | PrismaService = this.prisma): Promise<AdminUserRow | null> {
    return db.user.findUnique({ where: { id }, select: USER_SELECT });
  }

  async emailTaken(email: string): Promise<boolean> {
    return (await this.prisma.user.count({ where: { email } })) > 0;
  }

  panelsBySlug(slugs: string[]) {
    return this.prisma.panel.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
  }

  async create(tx: Tx, user: { email: string; name: string; passwordHash: string; createdForPanelId: string }, roles: PanelRoleRow[]): Promise<string> {
    const { id } = await tx.user.create({ data: user, select: { id: true } });
    if (roles.length) await tx.membership.createMany({ data: roles.map((r) => ({ userId: id, panelId: r.panelId, role: r.role })) });
    return id;
  }

  /** Bumps the user's version (and sets `active`) when `version` is current; 0 when it was stale. */
  async update(tx: Tx, id: string, version: number, data: { active?: boolean }): Promise<number> {
    const { count } = await tx.user.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    return count;
  }

  /** Replaces the user's roles on the given panels; roles on other panels are left alone. */
  async replaceRoles(tx: Tx, userId: string, panelIds: string[], roles: PanelRoleRow[]): Promise<void> {
    await tx.membership.deleteMany({ where: { userId, panelId: { in: panelIds } } });
    if (roles.length) await tx.membership.createMany({ data: roles.map((r) => ({ userId, panelId: r.panelId, role: r.role })) });
  }

  async deleteSessions(tx: Tx, userId: string): Promise<void> {
    await tx.session.deleteMany({ where: { userId } });
  }
}
