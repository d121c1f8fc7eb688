// The recommendation tracker: recording with citations, filters, paging, CSV export.
import type { ProblemDetails, Recommendation } from '@psp/contracts';
import type { PrismaClient } from '@psp/db';
import type { TestApp } from './harness';
import {
  advanceResponse,
  call,
  parseCsv,
  createMeeting,
  createRecommendation,
  draftResponse,
  expectStatus,
  PANEL,
  uniqueWord,
  type Record_,
  type Team,
  useSeededApp,
} from './fixtures';

describe('recommendations', () => {
  let t: TestApp;
  let prisma: PrismaClient;
  let team: Team;
  let record: Record_;

  useSeededApp((app) => ({ t, prisma, team, record } = app));

  const list = async (query: string, who: Parameters<typeof call>[1] = null) =>
    expectStatus<Recommendation[]>(await call(t, who, 'GET', `/api/panels/${PANEL}/recommendations${query}`), 200);

  it('shows the seeded record: fourteen answered recommendations with their outcomes and draft citations', async () => {
    const seeded = await list(`?meetingId=${record.februaryMeetingId}`);
    expect(seeded.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(seeded.every((r) => r.status === 'RESPONDED')).toBe(true);
    expect(seeded.find((r) => r.number === 9)).toMatchObject({ latestOutcome: 'NOT_ACCEPTED', theme: 'Firearms' });
    // Recommendation 2 numbers no paragraph: its link to the budget table is the clerk's, and says so.
    expect(seeded.find((r) => r.number === 2)?.provisions).toEqual([
      { provisionKey: expect.any(String), number: '61', versionId: record.draftPlanVersionId, cited: null, source: 'LINKED_BY_STAFF' },
    ]);
    expect(seeded.find((r) => r.number === 7)?.provisions).toEqual([
      { provisionKey: expect.any(String), number: '24', versionId: record.draftPlanVersionId, cited: 'point 24', source: 'AS_WRITTEN' },
    ]);
  });

  it('records citations from provision keys or from the words of a citation, and rejects what does not resolve', async () => {
    const meeting = await createMeeting(t, team.CLERK);
    const [p24, p46e] = await Promise.all([
      prisma.provision.findFirstOrThrow({ where: { versionId: record.draftPlanVersionId, number: '24' } }),
      prisma.provision.findFirstOrThrow({ where: { versionId: record.draftPlanVersionId, number: '46.e' } }),
    ]);
    const byKeys = await createRecommendation(t, team.CLERK, {
      meetingId: meeting.id,
      citedVersionId: record.draftPlanVersionId,
      provisionKeys: [p46e.provisionKey, p24.provisionKey, p46e.provisionKey],
    });
    expect(byKeys.provisions.map((p) => p.number)).toEqual(['46.e', '24']);
    const byWords = await createRecommendation(t, team.CLERK, {
      meetingId: meeting.id,
      citedVersionId: record.draftPlanVersionId,
      citation: 'Para 46(e) and point 24',
    });
    // The clerk's words, not the recommendation's: links added by staff.
    expect(byWords.provisions).toEqual([
      { provisionKey: p46e.provisionKey, number: '46.e', versionId: record.draftPlanVersionId, cited: 'Para 46(e)', source: 'LINKED_BY_STAFF' },
      { provisionKey: p24.provisionKey, number: '24', versionId: record.draftPlanVersionId, cited: 'point 24', source: 'LINKED_BY_STAFF' },
    ]);
    expect(byKeys.provisions.map((p) => p.source)).toEqual(['LINKED_BY_STAFF', 'LINKED_BY_STAFF']);
    // Words the recommendation itself says are its own citation.
    const ownWords = await createRecommendation(t, team.CLERK, {
      meetingId: meeting.id,
      text: 'At point 24 the Plan could say more about radicalisation.',
      citedVersionId: record.draftPlanVersionId,
      citation: 'point 24',
    });
    expect(ownWords.provisions).toEqual([
      { provisionKey: p24.provisionKey, number: '24', versionId: record.draftPlanVersionId, cited: 'point 24', source: 'AS_WRITTEN' },
    ]);
    expect(
      (await prisma.recommendationCitation.findMany({ where: { recommendationId: byWords.id }, orderBy: { position: 'asc' } })).map((c) => c.cited),
    ).toEqual([expect.stringMatching(/46\(e\)/), expect.stringMatching(/24/)]);

    const before = await prisma.recommendation.count();
    const rejected = async (body: Record<string, unknown>) =>
      expectStatus<ProblemDetails>(
        await call(t, team.CLERK, 'POST', `/api/panels/${PANEL}/recommendations`, {
          meetingId: meeting.id,
          text: 'Rejected',
          citedVersionId: record.draftPlanVersionId,
          ...body,
        }),
        400,
      ).errors;
    expect(await rejected({ provisionKeys: [p24.provisionKey, 'no-such-key'] })).toEqual([
      { path: 'provisionKeys.1', message: expect.stringContaining('No paragraph with this key') },
    ]);
    expect(await rejected({ citation: 'the whole plan' })).toEqual([{ path: 'citation', message: expect.stringContaining('No paragraph reference found') }]);
    expect(await rejected({ citation: 'point 24 and para 999' })).toEqual([{ path: 'citation', message: expect.stringContaining('999') }]);
    expect(await rejected({ citedVersionId: 'no-such-version', citation: 'point 24' })).toEqual([
      { path: 'citedVersionId', message: 'No such document version in this panel' },
    ]);
    expect(await rejected({ citedVersionId: undefined, citation: 'point 24' })).toEqual([expect.objectContaining({ path: 'citedVersionId' })]);
    expect(await rejected({ meetingId: 'no-such-meeting' })).toEqual([{ path: 'meetingId', message: 'No such meeting of this panel' }]);
    expect(await prisma.recommendation.count()).toBe(before);
  });

  it('numbers recommendations one after another even when they are recorded at the same moment', async () => {
    const meeting = await createMeeting(t, team.CLERK);
    const created = await Promise.all(
      Array.from({ length: 8 }, () => createRecommendation(t, team.CLERK, { meetingId: meeting.id, citedVersionId: record.publishedPlanVersionId })),
    );
    const numbers = created.map((r) => r.number).sort((a, b) => a - b);
    const max = await prisma.recommendation.aggregate({ where: { panelId: record.panelId }, _max: { number: true } });
    expect(numbers).toEqual(Array.from({ length: 8 }, (_, i) => (max._max.number as number) - 7 + i));
  });

  it('filters by words, partial words, provision, meeting, theme, outcome and status, and pages in a stable order', async () => {
    const word = uniqueWord('radical');
    const meeting = await createMeeting(t, team.CLERK, { startsAt: '2032-01-10T10:00:00Z' });
    const p24 = await prisma.provision.findFirstOrThrow({ where: { versionId: record.draftPlanVersionId, number: '24' } });
    const about = await createRecommendation(t, team.CLERK, {
      meetingId: meeting.id,
      text: `The Panel recommends tackling ${word}isation in schools and 100% of colleges.`,
      citedVersionId: record.draftPlanVersionId,
      provisionKeys: [p24.provisionKey],
      theme: 'Prevent',
    });
    const other = await createRecommendation(t, team.CLERK, {
      meetingId: meeting.id,
      text: 'The Panel recommends better street lighting.',
      citedVersionId: record.draftPlanVersionId,
      theme: 'Prevent',
    });

    const ids = (rows: Recommendation[]) => rows.map((r) => r.id);
    // Full text with English stemming, and a substring for a half-typed word.
    expect(ids(await list('?q=tackled%20schools'))).toEqual([about.id]);
    expect(ids(await list(`?q=${word.slice(0, -2)}`))).toEqual([about.id]);
    expect(ids(await list('?q=100%25'))).toEqual([about.id]);
    // LIKE's wildcards are searched for as themselves.
    const percent = await list('?q=%25');
    expect(ids(percent)).toContain(about.id);
    expect(percent.every((r) => r.text.includes('%'))).toBe(true);
    // "_" finds the one recommendation that contains it, not every text (as LIKE's "_" would).
    const snakeMeeting = await createMeeting(t, team.CLERK, { startsAt: '2031-06-10T10:00:00Z' });
    const snake = await createRecommendation(t, team.CLERK, {
      meetingId: snakeMeeting.id,
      text: 'The Panel recommends publishing the file crime_stats_2032.csv.',
      citedVersionId: record.draftPlanVersionId,
    });
    const underscore = await list('?q=_');
    expect(ids(underscore)).toContain(snake.id);
    expect(underscore.every((r) => r.text.includes('_'))).toBe(true);
    expect(ids(await list(`?provisionKey=${p24.provisionKey}`))).toContain(about.id);
    expect(ids(await list(`?provisionKey=${p24.provisionKey}`))).not.toContain(other.id);
    expect(ids(await list(`?meetingId=${meeting.id}`))).toEqual([about.id, other.id]);
    expect(ids(await list('?theme=prevent'))).toEqual([about.id, other.id]);
    expect((await list('?outcome=NOT_ACCEPTED')).map((r) => r.number)).toEqual([9]);
    const responded = await list('?status=RESPONDED');
    expect(responded.length).toBeGreaterThan(0);
    expect(responded.every((r) => r.status === 'RESPONDED')).toBe(true);

    // Newest meeting first, then by number; limit and offset walk that order.
    const all = await list('');
    const order = all.map((r) => ({ startsAt: String(r.meetingStartsAt), number: r.number }));
    expect(order).toEqual([...order].sort((a, b) => (a.startsAt === b.startsAt ? a.number - b.number : b.startsAt.localeCompare(a.startsAt))));
    const pages = [...(await list('?limit=5')), ...(await list('?limit=5&offset=5')), ...(await list(`?limit=500&offset=10`))];
    expect(ids(pages)).toEqual(ids(all));

    // The outcome filter follows the newest published response.
    const draft = await draftResponse(t, team.OPCC_OFFICER, other.id, { outcome: 'NOT_ACCEPTED' });
    expect(ids(await list('?outcome=NOT_ACCEPTED'))).not.toContain(other.id);
    await advanceResponse(t, team, draft, 'PUBLISHED');
    expect(ids(await list('?outcome=NOT_ACCEPTED'))).toContain(other.id);
  });

  it('exports the same view as CSV, safe to open in a spreadsheet', async () => {
    const meeting = await createMeeting(t, team.CLERK, { startsAt: '2033-03-01T10:00:00Z' });
    const risky = await createRecommendation(t, team.CLERK, {
      meetingId: meeting.id,
      text: '=HYPERLINK("http://attacker.example","Click"), said the Panel\n"quoted"',
      citedVersionId: record.publishedPlanVersionId,
      theme: '@risk',
    });

    const response = await call(t, null, 'GET', `/api/panels/${PANEL}/recommendations.csv?meetingId=${meeting.id}`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/attachment; filename="recommendations.csv"/);
    expect(response.text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(response.text.slice(1));
    expect(rows).toHaveLength(2);
    expect(rows[0]?.[0]).toBe('Number');
    expect(rows[1]).toEqual([
      String(risky.number),
      `'=HYPERLINK("http://attacker.example","Click"), said the Panel\n"quoted"`,
      'AWAITING_RESPONSE',
      "'@risk",
      meeting.title,
      '2033-03-01',
      '2033-03-29',
      '',
      '',
      '',
      '',
      risky.id,
      '',
    ]);

    const everything = parseCsv((await call(t, null, 'GET', `/api/panels/${PANEL}/recommendations.csv`)).text.slice(1));
    const json = await list('');
    expect(everything.slice(1).map((r) => r[11])).toEqual(json.map((r) => r.id));
    expect(everything.slice(1).map((r) => r[2])).toEqual(json.map((r) => r.status));
    expectStatus(await call(t, null, 'GET', '/api/panels/nowhere/recommendations.csv'), 404);
  });
});
