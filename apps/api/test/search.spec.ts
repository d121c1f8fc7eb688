import type { DocumentVersionDetail, SearchHit, SearchResult } from '@psp/contracts';
import { createPrismaClient, Prisma, type PrismaClient } from '@psp/db';
import { searchSql, type SearchRow } from '../src/search/search.sql';
import { importDraftPlan, MINUTES_V1, PANEL, PARA_32_KEY, PLAN, PUBLISHED_PLAN_V2 } from './documents.fixtures';
import { createTestApp, type DemoRole, type SignedIn, type TestApp } from './harness';
import { factories } from '@psp/db/src/factories';
import type { Principal } from '../src/auth/principal';

const ROLES: DemoRole[] = ['PANEL_MEMBER', 'CLERK', 'OPCC_OFFICER', 'OPCC_APPROVER', 'ADMIN'];
const EVERYONE: Array<'anonymous' | DemoRole> = ['anonymous', ...ROLES];

describe('search', () => {
  let t: TestApp;
  let prisma: PrismaClient;
  const as = {} as Record<DemoRole, SignedIn>;
  const client = (who: 'anonymous' | DemoRole) => (who === 'anonymous' ? t.anonymous() : as[who].agent);
  const search = async (who: 'anonymous' | DemoRole, query: Record<string, string>) => {
    const response = await client(who).get('/api/search').query(query);
    expect(response.status).toBe(200);
    return response.body.hits as SearchHit[];
  };
  /** Who finds the word, of everyone. */
  const findersOf = async (word: string) => {
    const finders: Array<'anonymous' | DemoRole> = [];
    for (const who of EVERYONE) if ((await search(who, { q: word })).length > 0) finders.push(who);
    return finders;
  };

  beforeAll(async () => {
    t = await createTestApp();
    prisma = createPrismaClient(t.databaseUrl, { max: 2 });
    for (const role of ROLES) as[role] = await t.signIn(role);
  });
  afterAll(async () => {
    await prisma?.$disconnect();
    await t?.close();
  });

  it('finds provisions, recommendations and responses, best first, with the matched words marked', async () => {
    const hits = await search('anonymous', { q: 'cyber crime' });
    expect(hits).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'recommendation',
          id: 'llr-rec-08',
          recommendationId: 'llr-rec-08',
          meetingId: expect.any(String),
          panel: PANEL,
          title: 'Recommendation 8',
        }),
        expect.objectContaining({ kind: 'response', id: 'llr-response-08', recommendationId: 'llr-rec-08', title: 'Response to recommendation 8' }),
        expect.objectContaining({ kind: 'provision', versionId: PUBLISHED_PLAN_V2, provisionKey: PARA_32_KEY, title: expect.stringContaining('paragraph 32') }),
      ]),
    );
    for (const hit of hits) expect(hit.highlight).toMatch(/<mark>(cyber|crime)/i);
    const ranks = hits.map((h) => h.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  });

  it('reports paragraphs of minutes as minutes, with their meeting', async () => {
    const hits = await search('anonymous', { q: '101 service report' });
    expect(hits).toContainEqual(
      expect.objectContaining({ kind: 'minutes', versionId: MINUTES_V1, meetingId: 'llr-meeting-2016-12-07', title: expect.stringContaining('minute 44') }),
    );
  });

  it('shows a paragraph that is the same in several versions once, from the newest', async () => {
    const hits = (await search('anonymous', { q: 'Willy Bach', limit: '100' })).filter((h) => h.provisionKey === 'llr-plan-2017-0263');
    expect(hits.map((h) => h.versionId)).toEqual([PUBLISHED_PLAN_V2]);
  });

  it('honours limit and panel, and 404s an unknown panel', async () => {
    expect(await search('anonymous', { q: 'police', limit: '3' })).toHaveLength(3);
    const make = factories(prisma);
    const elsewhere = await make.panel({ slug: 'elsewhere' });
    const meeting = await make.meeting({ panelId: elsewhere.id, startsAt: new Date('2018-01-01T10:00:00Z') });
    await make.recommendation({ panelId: elsewhere.id, meetingId: meeting.id, text: 'Elsewhere asks about Dingowater cyber patrols.' });
    expect((await search('anonymous', { q: 'Dingowater' })).map((h) => h.panel)).toEqual(['elsewhere']);
    expect(await search('anonymous', { q: 'Dingowater', panel: PANEL })).toEqual([]);
    const cyber = await search('anonymous', { q: 'cyber', panel: PANEL });
    expect(cyber.length).toBeGreaterThan(0);
    expect(cyber.every((h) => h.panel === PANEL)).toBe(true);
    const unknown = await t.anonymous().get('/api/search').query({ q: 'cyber', panel: 'atlantis' });
    expect(unknown.status).toBe(404);
  });

  it.each([
    ['an empty q', { q: '' }, 'q'],
    ['a whitespace q', { q: '   ' }, 'q'],
    ['no q', {}, 'q'],
    ['a limit of 0', { q: 'cyber', limit: '0' }, 'limit'],
    ['a limit of 1000', { q: 'cyber', limit: '1000' }, 'limit'],
  ])('refuses %s with a field error', async (_name, query, path) => {
    const response = await t.anonymous().get('/api/search').query(query);
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body.errors).toEqual([expect.objectContaining({ path })]);
  });

  it('finds an unpublished plan version only for the OPCC (and the admin, who may import plans)', async () => {
    await importDraftPlan(as.OPCC_OFFICER, 'Quollmeadow');
    expect(await findersOf('Quollmeadow')).toEqual(['OPCC_OFFICER', 'OPCC_APPROVER', 'ADMIN']);
    expect(await search('OPCC_APPROVER', { q: 'Quollmeadow' })).toEqual([
      expect.objectContaining({ kind: 'provision', title: expect.stringContaining('paragraph 72') }),
    ]);
  });

  it('finds an unpublished response only for the OPCC, and a published one for everyone', async () => {
    const draft = await prisma.response.create({
      data: { recommendationId: 'llr-rec-03', outcome: 'NOTED', text: 'Draft wording about Bandicootshire surveys.', status: 'APPROVED' },
    });
    expect(await findersOf('Bandicootshire')).toEqual(['OPCC_OFFICER', 'OPCC_APPROVER']);
    await prisma.response.update({ where: { id: draft.id }, data: { status: 'PUBLISHED', publishedAt: new Date() } });
    expect(await findersOf('Bandicootshire')).toEqual(EVERYONE);
  });

  it('finds draft minutes only for the clerk', async () => {
    const meeting = await prisma.meeting.create({ data: { panelId: 'llr-panel', title: 'March meeting', startsAt: new Date('2030-03-01T10:00:00Z') } });
    await prisma.document.create({
      data: {
        panelId: 'llr-panel',
        kind: 'MINUTES',
        title: 'Minutes, March',
        meetingId: meeting.id,
        versions: {
          create: {
            sequence: 1,
            label: 'Draft',
            provisions: {
              create: { provisionKey: 'scratch-minute-1', number: '1', text: 'Members discussed Platypusford.', kind: 'PARAGRAPH', depth: 0, position: 0 },
            },
          },
        },
      },
    });
    expect(await findersOf('Platypusford')).toEqual(['CLERK']);
    expect(await search('CLERK', { q: 'Platypusford' })).toEqual([expect.objectContaining({ kind: 'minutes', meetingId: meeting.id })]);
  });

  it('escapes markup in what it returns: only <mark> is HTML', async () => {
    await prisma.recommendation.create({
      data: {
        panelId: 'llr-panel',
        meetingId: 'llr-meeting-2017-02-03',
        number: 90,
        text: 'Check <script>alert("Wombatfield")</script> & <img src=x onerror=alert(1)> Wombatfield\'s "quotes".',
      },
    });
    const [hit] = await search('anonymous', { q: 'Wombatfield' });
    expect(hit?.highlight).toContain('&lt;script&gt;');
    expect(hit?.highlight).toContain('<mark>Wombatfield</mark>');
    expect(hit?.highlight).toContain('&amp;');
    expect(hit?.highlight).toContain('&quot;');
    expect(hit?.highlight.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
    expect((await prisma.recommendation.findFirst({ where: { number: 90 } }))?.text).toContain('<script>alert("Wombatfield")</script>');
  });

  it('treats markup and SQL in the query as words', async () => {
    const before = await prisma.provision.count();
    for (const q of ['<script>alert(1)</script> cyber', `cyber'; DROP TABLE "Provision"; --`, '"cyber crime" -prevent OR ) ( :* & |']) {
      const response = await t.anonymous().get('/api/search').query({ q });
      expect(response.status).toBe(200);
      for (const hit of response.body.hits as SearchHit[]) expect(hit.highlight.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
    }
    expect(await prisma.provision.count()).toBe(before);
    // Words only a stop list holds match nothing, rather than everything.
    expect(await search('anonymous', { q: 'the and of' })).toEqual([]);
  });

  it('answers from the GIN indexes on the stored search vectors, and ranks a capped set of candidates when a word is everywhere', async () => {
    const officer: Principal = {
      userId: 'u',
      email: 'officer@example.test',
      name: 'Officer',
      sessionId: 's',
      csrfToken: 'c',
      memberships: [{ panelId: 'llr-panel', panelSlug: PANEL, role: 'OPCC_OFFICER' }],
    };
    const sql = searchSql('cyber crime', { caller: officer, panelId: null }, 20);
    // On the small demo record any plan is cheap; at a few thousand rows per table the planner's
    // choice shows. The rows and their statistics are rolled back afterwards.
    const rollback = new Error('rollback');
    let plan = '';
    await prisma
      .$transaction(
        async (tx) => {
          await tx.$executeRaw`INSERT INTO "Provision" (id, "versionId", "provisionKey", number, text, kind, depth, position)
          SELECT 'bulk-p-' || i, ${PUBLISHED_PLAN_V2}, 'bulk-key-' || i, (1000 + i)::text, 'Filler paragraph ' || i || ' on neighbourhood policing ' || md5(i::text), 'PARAGRAPH', 0, 10000 + i
          FROM generate_series(1, 20000) AS i`;
          await tx.$executeRaw`INSERT INTO "Recommendation" (id, "panelId", "meetingId", number, text, "updatedAt")
          SELECT 'bulk-r-' || i, 'llr-panel', 'llr-meeting-2017-02-03', 1000 + i, 'Filler recommendation ' || md5(i::text), now()
          FROM generate_series(1, 20000) AS i`;
          await tx.$executeRaw`INSERT INTO "Response" (id, "recommendationId", outcome, status, text, "updatedAt")
          SELECT 'bulk-s-' || i, 'bulk-r-' || i, 'NOTED', 'DRAFT', 'Filler response ' || md5(i::text), now()
          FROM generate_series(1, 20000) AS i`;
          // As a bulk load would be: the GIN indexes' pending lists merged (a long pending list makes
          // the planner price the index above a scan of the stored vectors), the statistics fresh.
          for (const index of ['Provision_searchVector_idx', 'Recommendation_searchVector_idx', 'Response_searchVector_idx']) {
            await tx.$queryRaw`SELECT gin_clean_pending_list(quote_ident(${index})::regclass)`;
          }
          await tx.$executeRaw`ANALYZE "Provision", "Recommendation", "Response", "DocumentVersion", "Document", "Panel"`;
          const rows = await tx.$queryRaw<Array<{ 'QUERY PLAN': string }>>(Prisma.sql`EXPLAIN ${sql}`);
          plan = rows.map((row) => row['QUERY PLAN']).join('\n');
          // 20,000 paragraphs say "neighbourhood policing": far more than are ranked, yet a full
          // page comes back, best first, each hit once.
          const common = await tx.$queryRaw<SearchRow[]>(searchSql('neighbourhood policing', { caller: null, panelId: null }, 20));
          expect(common).toHaveLength(20);
          expect(new Set(common.map((hit) => hit.id)).size).toBe(20);
          const ranks = common.map((hit) => Number(hit.rank));
          expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
          throw rollback;
        },
        { timeout: 60_000 },
      )
      .catch((error: unknown) => {
        if (error !== rollback) throw error;
      });
    for (const index of ['Provision_searchVector_idx', 'Recommendation_searchVector_idx', 'Response_searchVector_idx']) {
      expect(plan).toContain(`Bitmap Index Scan on "${index}"`);
    }
    expect(await prisma.provision.count({ where: { id: { startsWith: 'bulk-' } } })).toBe(0);
  });

  it('is documented in OpenAPI with its query parameters', async () => {
    const operation = (await t.anonymous().get('/api/openapi.json')).body.paths['/api/search']?.get;
    expect(operation.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['q', 'panel', 'limit', 'kind', 'from', 'to']));
  });

  describe('search people can use', () => {
    const result = async (who: 'anonymous' | DemoRole, query: Record<string, string>) => {
      const response = await client(who).get('/api/search').query(query);
      expect(response.status).toBe(200);
      return response.body as SearchResult;
    };

    it.each(['recommendation 12', 'rec 12', 'Recommendation 12.'])('"%s" names the recommendation itself', async (q) => {
      const { direct } = await result('anonymous', { q, panel: PANEL });
      expect(direct).toEqual([
        expect.objectContaining({ kind: 'recommendation', id: 'llr-rec-12', title: 'Recommendation 12', recommendationId: 'llr-rec-12' }),
      ]);
    });

    it.each([
      ['para 47.a', '47.a'],
      ['paragraph 49b', '49.b'],
      ['Para 32', '32'],
    ])('"%s" names the paragraph of the newest plan the reader may see', async (q, number) => {
      const plan = (await t.anonymous().get(`/api/document-versions/${PUBLISHED_PLAN_V2}`)).body as DocumentVersionDetail;
      const { direct } = await result('anonymous', { q, panel: PANEL });
      expect(direct).toEqual([
        expect.objectContaining({
          kind: 'provision',
          versionId: PUBLISHED_PLAN_V2,
          provisionKey: plan.provisions.find((p) => p.number === number)?.provisionKey,
        }),
      ]);
    });

    it('names nothing outright for words that are more than a reference', async () => {
      expect((await result('anonymous', { q: 'recommendation 12 on cyber crime', panel: PANEL })).direct).toEqual([]);
      expect((await result('anonymous', { q: 'para 999', panel: PANEL })).direct).toEqual([]);
      expect((await result('anonymous', { q: 'section 3 of the Police Act 1996', panel: PANEL })).direct).toEqual([]);
    });

    it('finds misspelt words as the material spells them, and says so', async () => {
      const typed = await result('anonymous', { q: 'rual crime', panel: PANEL });
      expect(typed.correctedQuery).toBe('rural crime');
      expect(typed.hits.length).toBeGreaterThan(0);
      for (const hit of typed.hits) expect(hit.highlight).toMatch(/<mark>rural/i);
      const spelt = await result('anonymous', { q: 'rural crime', panel: PANEL });
      expect(spelt.correctedQuery).toBeNull();
      expect((await result('anonymous', { q: 'zxqvbnm', panel: PANEL })).correctedQuery).toBeNull();
    });

    it('never corrects towards words only a draft holds', async () => {
      await importDraftPlan(as.OPCC_OFFICER, 'Wombatvale');
      expect((await result('anonymous', { q: 'Wombatvail' })).correctedQuery).toBeNull();
      expect((await result('OPCC_OFFICER', { q: 'Wombatvail' })).correctedQuery).toBe('wombatvale');
    });

    it('shows a paragraph once, from the newest version it matched in, with the older ones folded under it', async () => {
      const hits = (await result('anonymous', { q: 'cyber', panel: PANEL, limit: '100' })).hits.filter((h) => h.provisionKey === PARA_32_KEY);
      // Paragraph 32's published wording is a reconstruction (see prisma/seed/README.md): the hit says so.
      expect(hits).toEqual([
        expect.objectContaining({ versionId: PUBLISHED_PLAN_V2, reconstructed: true, alsoIn: [expect.objectContaining({ versionId: `${PLAN}-v1` })] }),
      ]);
      const recommendations = (await result('anonymous', { q: 'cyber', panel: PANEL, kind: 'recommendation' })).hits;
      expect(recommendations.every((hit) => !hit.reconstructed)).toBe(true);
    });

    it('filters by kind and by date, both ends included', async () => {
      const recommendations = (await result('anonymous', { q: 'crime', panel: PANEL, kind: 'recommendation', limit: '100' })).hits;
      expect(recommendations.length).toBeGreaterThan(0);
      expect(new Set(recommendations.map((h) => h.kind))).toEqual(new Set(['recommendation']));
      const all = (await result('anonymous', { q: 'crime', panel: PANEL, limit: '100' })).hits;
      const dates = [...new Set(all.map((h) => h.date?.slice(0, 10)).filter((d): d is string => Boolean(d)))].sort();
      expect(dates.length).toBeGreaterThan(1);
      const day = dates[0] ?? '';
      const onDay = (await result('anonymous', { q: 'crime', panel: PANEL, from: day, to: day, limit: '100' })).hits;
      expect(onDay.length).toBeGreaterThan(0);
      for (const hit of onDay) expect(hit.date?.slice(0, 10)).toBe(day);
      const after = (await result('anonymous', { q: 'crime', panel: PANEL, from: dates.at(-1) ?? '', limit: '100' })).hits;
      for (const hit of after) expect((hit.date ?? '') >= (dates.at(-1) ?? '')).toBe(true);
    });

    it('refuses dates that are not dates, and a range that ends before it starts', async () => {
      const bad = await t.anonymous().get('/api/search').query({ q: 'crime', from: '2017-02-30' });
      expect(bad.status).toBe(400);
      expect(bad.body.errors).toEqual([expect.objectContaining({ path: 'from' })]);
      const backwards = await t.anonymous().get('/api/search').query({ q: 'crime', from: '2017-03-01', to: '2017-02-01' });
      expect(backwards.status).toBe(400);
      expect(backwards.body.errors).toEqual([expect.objectContaining({ path: 'to' })]);
      expect((await t.anonymous().get('/api/search').query({ q: 'crime', kind: 'letters' })).status).toBe(400);
    });
  });
});
