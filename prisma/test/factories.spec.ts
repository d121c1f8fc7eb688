// The test kit's factories write valid rows that the database's own rules accept: provisions in
// reading order from position 0, recommendations numbered within their panel, a published
// response that the response-summary trigger sees, a letter that sends its responses.
import { createPrismaClient } from '../src/client';
import type { PrismaClient } from '../src/generated/prisma/client';
import { factories } from '../src/factories';
import { createTestDatabase, type TestDatabase } from '../src/test-server';

describe('test data factories', () => {
  let db: TestDatabase;
  let prisma: PrismaClient;

  beforeAll(async () => {
    db = await createTestDatabase();
    prisma = createPrismaClient(db.url, { max: 2 });
  });
  afterAll(async () => {
    await prisma.$disconnect();
    await db.drop();
  });

  it('builds a panel, its people, a plan, recommendations, responses at any status and a letter', async () => {
    const make = factories(prisma);
    const panel = await make.panel();
    const clerk = await make.member({ panelId: panel.id, role: 'CLERK' });
    expect(await prisma.membership.findMany({ where: { userId: clerk.id }, select: { panelId: true, role: true } })).toEqual([
      { panelId: panel.id, role: 'CLERK' },
    ]);

    const plan = await make.planVersion({
      panelId: panel.id,
      provisions: [
        { provisionKey: 'k1', number: '1', text: 'First paragraph.' },
        { provisionKey: 'k1a', number: '1.a', text: 'Its first point.', depth: 1, parentKey: 'k1' },
        { provisionKey: 'k2', number: '2', text: 'Second paragraph.' },
      ],
    });
    const provisions = await prisma.provision.findMany({ where: { versionId: plan.id }, orderBy: { position: 'asc' } });
    expect(provisions.map((p) => [p.position, p.number, p.kind])).toEqual([
      [0, '1', 'PARAGRAPH'],
      [1, '1.a', 'POINT'],
      [2, '2', 'PARAGRAPH'],
    ]);
    expect(plan).toMatchObject({ status: 'PUBLISHED', sequence: 1 });
    expect(plan.publishedAt).toBeInstanceOf(Date);
    const second = await make.version({ documentId: plan.documentId, status: 'DRAFT', basedOnId: plan.id });
    expect(second).toMatchObject({ sequence: 2, status: 'DRAFT', publishedAt: null });

    const meeting = await make.meeting({ panelId: panel.id });
    const first = await make.recommendation({ panelId: panel.id, meetingId: meeting.id, provisionIds: provisions.map((p) => p.id).slice(0, 2) });
    const next = await make.recommendation({ panelId: panel.id, meetingId: meeting.id });
    expect([first.number, next.number]).toEqual([1, 2]);
    expect(
      await prisma.recommendationCitation.findMany({ where: { recommendationId: first.id }, orderBy: { position: 'asc' }, select: { provisionId: true } }),
    ).toEqual(provisions.slice(0, 2).map((p) => ({ provisionId: p.id })));

    const draft = await make.response({ recommendationId: first.id });
    const published = await make.response({ recommendationId: next.id, status: 'PUBLISHED', outcome: 'PARTIALLY_ACCEPTED' });
    expect(draft).toMatchObject({ status: 'DRAFT', publishedAt: null });
    const summary = await prisma.recommendation.findUniqueOrThrow({ where: { id: next.id } });
    expect(summary).toMatchObject({ latestOutcome: 'PARTIALLY_ACCEPTED', firstPublishedResponseAt: published.publishedAt });

    const letter = await make.letter({ panelId: panel.id, responseIds: [published.id], status: 'PUBLISHED' });
    expect((await prisma.response.findUniqueOrThrow({ where: { id: published.id } })).letterId).toBe(letter.id);
    expect(letter.publishedAt).toBeInstanceOf(Date);
  });
});
