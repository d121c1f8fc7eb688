// The recommendation status is derived in SQL (for exact filters and counts) and defined in
// @psp/domain's deriveRecommendationStatus. This checks the two agree on generated cases,
// including the boundaries (due exactly now, a millisecond either side).
import fc from 'fast-check';
import { ResponseOutcome, ResponseStatus } from '@psp/contracts';
import type { PrismaClient } from '@psp/db';
import { deriveRecommendationStatus, RECOMMENDATION_STATUSES } from '@psp/domain';
import { PanelsRepository } from '../src/panels/panels.repository';
import { RecommendationsRepository } from '../src/recommendations/recommendations.repository';
import { createTestApp, type TestApp } from './harness';
import { openDatabase } from './fixtures';
import { factories } from '@psp/db/src/factories';

type Status = ResponseStatus;
type Outcome = ResponseOutcome;

interface GeneratedCase {
  withdrawnOffset: number | null;
  closedOffset: number | null;
  dueOffset: number | null;
  responses: Array<{ status: Status; outcome: Outcome; publishedOffset: number }>;
}

const NOW = new Date('2024-05-01T12:00:00.000Z');
const DAY = 86_400_000;
// Offsets from NOW: the boundaries, and anything within a year.
const offset = fc.oneof(fc.constantFrom(-1, 0, 1, -DAY, DAY), fc.integer({ min: -365 * DAY, max: 365 * DAY }));
const caseArbitrary: fc.Arbitrary<GeneratedCase> = fc.record({
  // Withdrawn rarely, so that the other statuses are all reached too.
  withdrawnOffset: fc.oneof({ arbitrary: fc.constant(null), weight: 9 }, { arbitrary: offset, weight: 1 }),
  closedOffset: fc.option(offset, { nil: null }),
  dueOffset: fc.option(offset, { nil: null }),
  responses: fc.array(
    fc.record({
      status: fc.constantFrom(...ResponseStatus.options),
      outcome: fc.constantFrom(...ResponseOutcome.options),
      publishedOffset: fc.integer({ min: -300, max: 0 }),
    }),
    { maxLength: 4 },
  ),
});

const at = (ms: number | null) => (ms === null ? null : new Date(NOW.getTime() + ms));

describe('recommendation status: SQL agrees with deriveRecommendationStatus', () => {
  let t: TestApp;
  let prisma: PrismaClient;
  let panelId: string;
  let meetingId: string;
  const expected = new Map<string, { status: string; latestOutcome: string | null }>();

  beforeAll(async () => {
    t = await createTestApp({ seeded: false });
    prisma = openDatabase(t);
    const make = factories(prisma);
    panelId = (await make.panel({ slug: 'status-check' })).id;
    meetingId = (await make.meeting({ panelId, startsAt: NOW })).id;

    const cases = fc.sample(caseArbitrary, { numRuns: 300, seed: 20170302 });
    let number = 0;
    for (const generated of cases) {
      number += 1;
      // Published at distinct moments (a millisecond apart at worst), so "newest" is well defined.
      const responses = generated.responses.map((r, i) => ({
        ...r,
        publishedAt: r.status === 'PUBLISHED' ? new Date(NOW.getTime() + r.publishedOffset * DAY - i) : null,
      }));
      const recommendation = await prisma.recommendation.create({
        data: {
          panelId,
          meetingId,
          number,
          text: `Generated recommendation ${number}`,
          withdrawnAt: at(generated.withdrawnOffset),
          closedAt: at(generated.closedOffset),
          dueAt: at(generated.dueOffset),
          responses: { create: responses.map((r, i) => ({ outcome: r.outcome, status: r.status, text: `Response ${i}`, publishedAt: r.publishedAt })) },
        },
      });
      const published = responses.flatMap((r) => (r.publishedAt ? [{ outcome: r.outcome, publishedAt: r.publishedAt }] : []));
      const firstPublishedResponseAt = published.length ? new Date(Math.min(...published.map((r) => r.publishedAt.getTime()))) : null;
      const newest = [...published].sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime())[0];
      expected.set(recommendation.id, {
        status: deriveRecommendationStatus(
          { withdrawnAt: at(generated.withdrawnOffset), closedAt: at(generated.closedOffset), dueAt: at(generated.dueOffset), firstPublishedResponseAt },
          NOW,
        ),
        latestOutcome: newest?.outcome ?? null,
      });
    }
  });
  afterAll(async () => {
    await prisma.$disconnect();
    await t.close();
  });

  it('derives the same status and latest outcome for every generated recommendation', async () => {
    const views = await t.app.get(RecommendationsRepository, { strict: false }).findViews({ panelId }, NOW);
    expect(views).toHaveLength(expected.size);
    const mismatches = views.filter((v) => expected.get(v.id)?.status !== v.status || expected.get(v.id)?.latestOutcome !== v.latestOutcome);
    expect(mismatches).toEqual([]);
    // The generator reached every status, so the comparison covered each branch.
    expect(new Set(views.map((v) => v.status))).toEqual(new Set(RECOMMENDATION_STATUSES));
  });

  it('filters and counts by the same derived status', async () => {
    const repository = t.app.get(RecommendationsRepository, { strict: false });
    const counts = await t.app.get(PanelsRepository, { strict: false }).countRecommendationsByStatus(panelId, NOW);
    for (const status of RECOMMENDATION_STATUSES) {
      const want = [...expected]
        .filter(([, e]) => e.status === status)
        .map(([id]) => id)
        .sort();
      const filtered = (await repository.findViews({ panelId, status }, NOW)).map((v) => v.id).sort();
      expect(filtered).toEqual(want);
      expect(counts.find((c) => c.status === status)?.count ?? 0).toBe(want.length);
    }
  });

  it('compares due dates to the moment given, to the millisecond', async () => {
    const dueNow = await prisma.recommendation.create({ data: { panelId, meetingId, number: 10_000, text: 'Due exactly now', dueAt: NOW } });
    const repository = t.app.get(RecommendationsRepository, { strict: false });
    const statusAt = async (moment: Date) => (await repository.findViews({ ids: [dueNow.id] }, moment))[0]?.status;
    expect(await statusAt(NOW)).toBe('AWAITING_RESPONSE');
    expect(await statusAt(new Date(NOW.getTime() + 1))).toBe('OVERDUE');
    expect(await statusAt(new Date(NOW.getTime() - 1))).toBe('AWAITING_RESPONSE');
  });
});
