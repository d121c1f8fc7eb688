// The Leicestershire demo record, checked against the facts of the source documents.
import { diffVersions, resolveCitations, type KeyedProvision } from '@psp/plan-text';
import { createPrismaClient } from '../src/client';
import type { PrismaClient } from '../src/generated/prisma/client';
import { verifyPassword } from '../src/passwords';
import { createTestDatabase, type TestDatabase } from '../src/test-server';
import { buildLeicestershireRecord, LLR_PANEL_SLUG } from '../seed/llr';
import { prepareLeicestershireRecord, VERSION_IDS } from '../seed/llr/prepare';
import { RECOMMENDATIONS } from '../seed/llr/recommendations';
import { seedDatabase } from '../seed/run';

const topLevel = (numbers: (string | null)[]) => numbers.filter((n): n is string => n !== null && /^\d+$/.test(n));

/** The outcomes chosen for the fourteen responses, in letter order (see seed/llr/recommendations.ts). */
const OUTCOMES = [
  'NOTED', // 1 partnerships: a welcome
  'ACCEPTED', // 2 value for money: review and report
  'NOTED', // 3 survey representation
  'ACCEPTED', // 4 BME recruitment: action plan outcomes to the Panel
  'ACCEPTED', // 5 public confidence (Foreword) and victim satisfaction (Para 40)
  'NOTED', // 6 101 service: report already agreed (minute 44.ix)
  'ALREADY_ADDRESSED', // 7 radicalisation: "can be found at para 57"
  'ACCEPTED', // 8 cyber-crime: Para 32 revised
  'NOT_ACCEPTED', // 9 firearms
  'PARTIALLY_ACCEPTED', // 10 18–24 declined, elderly/rural accepted
  'ACCEPTED', // 11 mental health / learning disabilities / suicide
  'ACCEPTED', // 12 47.a typo
  'ACCEPTED', // 13 49.b referrals
  'PARTIALLY_ACCEPTED', // 14 targets: periodic review, no numeric targets
];

describe('the Leicestershire demo record', () => {
  let db: TestDatabase;
  let prisma: PrismaClient;

  beforeAll(async () => {
    db = await createTestDatabase({ seeded: true });
    prisma = createPrismaClient(db.url, { max: 2 });
  });
  afterAll(async () => {
    await prisma?.$disconnect();
    await db?.drop();
  });

  const provisionsOf = (versionId: string) => prisma.provision.findMany({ where: { versionId }, orderBy: { position: 'asc' } });
  const keyed = (rows: Awaited<ReturnType<typeof provisionsOf>>): KeyedProvision[] =>
    rows.map((p) => ({
      provisionKey: p.provisionKey,
      number: p.number,
      heading: p.heading,
      text: p.text,
      depth: p.depth,
      parentKey: p.parentKey,
      kind: p.kind,
    }));

  it('holds the panel with its statutory precept timetable', async () => {
    const panel = await prisma.panel.findUniqueOrThrow({ where: { slug: LLR_PANEL_SLUG }, include: { deadlineRules: true } });
    expect(panel).toMatchObject({
      name: 'Leicester, Leicestershire and Rutland Police and Crime Panel',
      forceArea: 'Leicestershire',
      hostAuthority: 'Leicestershire County Council',
      responseDueDays: 28,
    });
    const rules = Object.fromEntries(panel.deadlineRules.map((r) => [r.code, `${r.day}/${r.month}`]));
    expect(rules).toEqual({
      PRECEPT_NOTIFY: '1/2',
      PANEL_PRECEPT_REPORT: '8/2',
      PCC_PRECEPT_RESPONSE: '15/2',
      PANEL_REVISED_PRECEPT_REPORT: '22/2',
      PRECEPT_ISSUE: '1/3',
    });
    for (const rule of panel.deadlineRules) expect(rule.label.length).toBeGreaterThan(10);
  });

  it('holds the draft plan (71 paragraphs) and the reconstructed published plan (72), keyed by paragraph identity', async () => {
    const plan = await prisma.document.findFirstOrThrow({ where: { kind: 'PLAN' }, include: { versions: { orderBy: { sequence: 'asc' } } } });
    expect(plan.title).toBe('Police and Crime Plan 2017–2021');
    const [v1, v2] = plan.versions;
    expect(v1).toMatchObject({ label: 'Draft v0.7 (20 January 2017)', status: 'PUBLISHED', basedOnId: null, reconstructed: false, reconstructionNote: null });
    expect(v1!.source).toMatch(/exposure draft v0\.7/);
    expect(v1!.publishedAt!.toISOString().slice(0, 10)).toBe('2017-01-20');
    // Launched on 23 March 2017 (a public fact, sourced in seed/README.md); its wording is ours where the letter gives none.
    expect(v2).toMatchObject({ label: 'Published plan (reconstructed)', status: 'PUBLISHED', basedOnId: v1!.id, reconstructed: true });
    expect(v2!.publishedAt!.toISOString().slice(0, 10)).toBe('2017-03-23');
    expect(v2!.reconstructionNote).toMatch(/says which paragraphs changed and why, but not their final wording/);
    expect(v2!.source).toMatch(/^Reconstructed from draft v0\.7 and the Commissioner's response letter of 2 March 2017/);

    const draft = await provisionsOf(v1!.id);
    const published = await provisionsOf(v2!.id);
    expect(topLevel(draft.map((p) => p.number))).toEqual(Array.from({ length: 71 }, (_, i) => String(i + 1)));
    expect(topLevel(published.map((p) => p.number))).toEqual(Array.from({ length: 72 }, (_, i) => String(i + 1)));

    const byNumber = (rows: typeof draft, n: string) => {
      const found = rows.find((p) => p.number === n);
      if (!found) throw new Error(`no provision ${n}`);
      return found;
    };
    // Only the section the letter says was inserted (para 71) moves a number: the Conclusion, draft 71, is 72.
    for (let n = 1; n <= 70; n++) expect(byNumber(published, String(n)).provisionKey).toBe(byNumber(draft, String(n)).provisionKey);
    expect(byNumber(published, '72').provisionKey).toBe(byNumber(draft, '71').provisionKey);
    const draftKeys = new Set(draft.map((p) => p.provisionKey));
    expect(draftKeys.has(byNumber(published, '71').provisionKey)).toBe(false);
    // No invented paragraph on the Prevent Strategy: draft v0.7 has none and the letter gives no wording.
    expect(published.filter((p) => /Prevent Strategy|radicalisation/i.test(p.text))).toEqual([]);
    expect(`${byNumber(published, '57').heading ?? ''}`).toBe('Value for Money');

    // Reading order, tree and the budget table.
    expect(draft.map((p) => p.position)).toEqual(draft.map((_, i) => i));
    expect(byNumber(draft, '54.d.ii').parentKey).toBe(byNumber(draft, '54.d').provisionKey);
    expect(draft.some((p) => p.kind === 'TABLE' && JSON.stringify(p.tableRows).includes('171.6'))).toBe(true);
  });

  it('keys every build of the record the same way', () => {
    const a = prepareLeicestershireRecord();
    const b = prepareLeicestershireRecord();
    expect(a.provisions.map((p) => p.provisionKey)).toEqual(b.provisions.map((p) => p.provisionKey));
    expect(a.amendments).toEqual(b.amendments);
  });

  it('holds the first-100-days report with its 45 paragraphs as the paper of the 23 September 2016 meeting', async () => {
    const report = await prisma.document.findFirstOrThrow({ where: { kind: 'REPORT' }, include: { versions: true } });
    expect(report.title).toBe('Police and Crime Commissioner first 100 days in office');
    expect(report.versions).toHaveLength(1);
    expect(report.versions[0]).toMatchObject({ label: 'Report to the Panel, 23 September 2016', status: 'PUBLISHED' });
    const paragraphs = await provisionsOf(report.versions[0]!.id);
    expect(topLevel(paragraphs.map((p) => p.number))).toEqual(Array.from({ length: 45 }, (_, i) => String(i + 1)));
    expect(paragraphs.find((p) => p.number === '2')!.text).toMatch(/^That the Panel notes the report/);
    expect(paragraphs.find((p) => p.number === '16')!.text).toMatch(/£2\.224 million in 2016 to 2017 and a further £3\.536m/);

    const meeting = await prisma.meeting.findFirstOrThrow({
      where: { startsAt: new Date('2016-09-23T12:00:00Z') },
      include: { agendaItems: true },
    });
    expect(meeting).toMatchObject({ status: 'HELD', location: 'County Hall, Glenfield' });
    expect(meeting.agendaItems.map((a) => a.paperVersionId)).toContain(report.versions[0]!.id);
  });

  it('holds the December 2016 minutes, numbered as the clerk numbers them, with minute 44(ix) on the 101 service', async () => {
    const meeting = await prisma.meeting.findFirstOrThrow({
      where: { startsAt: new Date('2016-12-07T13:00:00Z') },
      include: { minutes: { include: { versions: true } } },
    });
    expect(meeting.minutes?.kind).toBe('MINUTES');
    const version = meeting.minutes!.versions[0]!;
    expect(version.status).toBe('PUBLISHED');
    const items = await provisionsOf(version.id);
    const m44 = items.find((p) => p.number === '44')!;
    const ix = items.find((p) => p.number === '44.ix')!;
    expect(ix.parentKey).toBe(m44.provisionKey);
    expect(ix.text).toMatch(/agreed to submit a report to the Panel on the 101 service/);
    expect(items[0]!.text).toMatch(/^Illustrative reconstruction/);
  });

  it('holds the meeting that considered the draft plan, with the draft as its paper', async () => {
    const meeting = await prisma.meeting.findFirstOrThrow({
      where: { startsAt: new Date('2017-02-03T13:00:00Z') },
      include: { agendaItems: true, recommendations: true },
    });
    expect(meeting.agendaItems.map((a) => a.paperVersionId)).toContain(VERSION_IDS.draftPlan);
    expect(meeting.recommendations).toHaveLength(RECOMMENDATIONS.length);
    // Each meeting says what of its record is sourced and what is illustrative.
    expect(meeting.provenanceNote).toMatch(/^The date, and the final draft plan, the 2017\/18 budget and the precept proposal before the Panel, are from/);
    expect(await prisma.meeting.count({ where: { provenanceNote: null } })).toBe(0);
  });

  it("holds the panel's fourteen recommendations as the letter quotes them, each answered by a published response", async () => {
    const recs = await prisma.recommendation.findMany({ orderBy: { number: 'asc' }, include: { responses: true } });
    expect(recs.map((r) => r.number)).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
    expect(recs[0]!.text).toMatch(/^The Panel welcomes the emphasis on Partnership working/);
    expect(recs[6]!.text).toContain('It is noted that at point 24 the Plan refers to diversity');
    for (const rec of recs) {
      expect(rec.text).not.toMatch(/\*/);
      expect(rec.theme).toBeTruthy();
      expect(rec.dueAt!.toISOString()).toBe('2017-03-03T13:00:00.000Z');
      expect(rec.responses).toHaveLength(1);
      expect(rec.responses[0]).toMatchObject({ status: 'PUBLISHED' });
      expect(rec.responses[0]!.approvedAt).not.toBeNull();
      expect(rec.responses[0]!.publishedAt!.toISOString().slice(0, 10)).toBe('2017-03-02');
      expect(rec.responses[0]!.text).not.toMatch(/\*|\.\.\.\.>|Faint, illegible|Police Headquarters/);
    }
    expect(recs.map((r) => r.responses[0]!.outcome)).toEqual(OUTCOMES);
    expect(recs[5]!.responses[0]!.text).toContain('This is minuted at Para 44, item ix of the minutes for that meeting.');
    expect(recs[4]!.responses[0]!.text).toContain('\n\nTurning to victim satisfaction');
  });

  it('cites the draft paragraphs the recommendations name', async () => {
    const recs = await prisma.recommendation.findMany({
      orderBy: { number: 'asc' },
      include: { citations: { orderBy: { position: 'asc' }, include: { provision: true } } },
    });
    const cites = Object.fromEntries(
      recs.map((r) => [
        r.number,
        r.citations.map((c) => `${c.provision.number}${c.cited ? ` (${c.cited})` : ''}${c.source === 'LINKED_BY_STAFF' ? ' linked by the clerk' : ''}`),
      ]),
    );
    // The panel numbers paragraphs in 7, 11, 12 and 13 only; the links of 2, 4 and 9 are the clerk's, and say so.
    expect(cites).toEqual({
      1: [],
      2: ['61 linked by the clerk'],
      3: [],
      4: ['28 linked by the clerk'],
      5: [],
      6: [],
      7: ['24 (point 24)'],
      8: [],
      9: ['45.d linked by the clerk'],
      10: [],
      11: ['54 (section 54)'],
      12: ['47.a (paragraph 47.a)'],
      13: ['49.b (point 49.b)'],
      14: [],
    });
    for (const rec of recs) {
      for (const c of rec.citations) {
        expect(c.provision.versionId).toBe(VERSION_IDS.draftPlan);
        expect(c.source).toBe(c.cited && rec.text.includes(c.cited) ? 'AS_WRITTEN' : 'LINKED_BY_STAFF');
      }
    }
  });

  it('cites the published paragraphs the responses name, and minute 44(ix) for the 101 service', async () => {
    const responses = await prisma.response.findMany({
      include: { recommendation: true, citations: { orderBy: { position: 'asc' }, include: { provision: true } } },
    });
    responses.sort((a, b) => a.recommendation.number - b.recommendation.number);
    const cites = Object.fromEntries(
      responses.map((r) => [
        r.recommendation.number,
        r.citations.map((c) => `${c.provision.number ?? 'Foreword'}${c.source === 'LINKED_BY_STAFF' ? ' linked' : ''}`),
      ]),
    );
    expect(cites).toEqual({
      1: [],
      2: [],
      3: [],
      4: [],
      5: ['Foreword', '40'],
      6: ['44.ix'],
      7: [],
      8: ['32'],
      9: [],
      10: ['23'],
      11: ['54', '54.f'],
      12: ['47.a linked'],
      13: ['49.b'],
      14: ['71'],
    });
    // The letter's "para 57" and "Para 46(e) and 52" name paragraphs of the published plan, whose text
    // is not in the documents: kept as cited, against the version they name, and not linked.
    const unresolved = await prisma.unresolvedCitation.findMany({ include: { response: { include: { recommendation: true } } }, orderBy: { id: 'asc' } });
    expect(unresolved.map((u) => [u.response.recommendation.number, u.cited, u.versionId])).toEqual([
      [7, 'para 57', VERSION_IDS.publishedPlan],
      [10, 'Para 46(e) and 52', VERSION_IDS.publishedPlan],
    ]);
    for (const u of unresolved) {
      expect(u.response.text).toContain(u.cited);
      expect(u.note).toMatch(/not linked/);
    }
    const r101 = responses.find((r) => r.recommendation.number === 6)!;
    expect(r101.citations[0]!.provision.versionId).toBe(VERSION_IDS.minutes);
    expect(r101.citations[0]!.cited).toBe('Para 44, item ix');
    for (const r of responses) {
      if (r.recommendation.number === 6) continue;
      for (const c of r.citations) expect(c.provision.versionId).toBe(VERSION_IDS.publishedPlan);
    }
  });

  it("the plan-text resolver finds exactly the seed's citations in the recommendation and response texts", async () => {
    const v1 = keyed(await provisionsOf(VERSION_IDS.draftPlan));
    const v2 = keyed(await provisionsOf(VERSION_IDS.publishedPlan));
    const minutes = keyed(await provisionsOf(VERSION_IDS.minutes));
    const recs = await prisma.recommendation.findMany({ orderBy: { number: 'asc' }, include: { responses: true } });
    const found = (text: string, provisions: KeyedProvision[]) =>
      resolveCitations(text, provisions)
        .filter((r) => r.provisionKey)
        .map((r) => r.number);
    RECOMMENDATIONS.forEach((spec, i) => {
      const rec = recs[i]!;
      const named = spec.cites.filter((c) => c.cited).flatMap((c) => c.numbers);
      expect({ n: rec.number, numbers: found(rec.text, v1) }).toEqual({ n: rec.number, numbers: named });
      const response = rec.responses[0]!.text;
      if (spec.responseCitesMinutes) {
        expect({ n: rec.number, numbers: found(response, minutes) }).toEqual({ n: rec.number, numbers: spec.responseCitesMinutes.flatMap((c) => c.numbers) });
      } else {
        // What the resolver finds: the linked citations, and the unresolved ones deliberately not linked.
        const namedInResponse = [...spec.responseCites.filter((c) => c.cited), ...(spec.responseCitesUnresolved ?? [])].flatMap((c) => c.numbers).sort();
        expect({ n: rec.number, numbers: found(response, v2).sort() }).toEqual({ n: rec.number, numbers: namedInResponse });
      }
    });
  });

  it('holds the response letter OPCC/2/D/2017/1 as printed, without the page furniture', async () => {
    const letter = await prisma.responseLetter.findFirstOrThrow({ include: { responses: true } });
    expect(letter).toMatchObject({
      reference: 'OPCC/2/D/2017/1',
      addressee: 'Chair, Police and Crime Panel',
      // The scan's reading, verbatim, marked so that it does not read as our typo.
      salutation: 'Dear Jre, [sic]',
      subject: "Response to Police and Crime Panel's Recommendations on Police and Crime Plan 2017-2021",
      signatory: 'Lord Willy Bach',
      signatoryRole: 'Police and Crime Commissioner',
      status: 'PUBLISHED',
    });
    expect(letter.date.toISOString().slice(0, 10)).toBe('2017-03-02');
    expect(letter.opening).toMatch(/^Thank you for your thorough and constructive response/);
    expect(letter.closing).toMatch(/^I trust these responses provide the reassurance/);
    expect(letter.closing).not.toMatch(/Willys|\*/);
    // The supplied addressee and the [sic] are said on the letter itself.
    expect(letter.provenanceNote).toMatch(/"Chair, Police and Crime Panel" is not printed on the letter/);
    expect(letter.responses).toHaveLength(14);
  });

  it('changes only what the letter says changed, each change linked to the response the letter says made it', async () => {
    const v1 = keyed(await provisionsOf(VERSION_IDS.draftPlan));
    const v2 = keyed(await provisionsOf(VERSION_IDS.publishedPlan));
    const diff = diffVersions(v1, v2);
    const amendments = await prisma.amendment.findMany({ include: { response: { include: { recommendation: true } } } });
    const changed = diff.filter((d) => d.change === 'added' || d.change === 'removed' || d.change === 'modified');

    // Every change, by published number (the Foreword by name), and the recommendation whose answer made it.
    const foreword = v2.find((p) => p.heading === 'Foreword')!.provisionKey;
    const causes = Object.fromEntries(
      changed.map((entry) => [
        entry.provisionKey === foreword ? 'Foreword' : (entry.after?.number ?? entry.after?.text ?? entry.provisionKey),
        `${entry.change} ${amendments
          .filter((a) => a.provisionKey === entry.provisionKey)
          .map((a) => a.response?.recommendation.number ?? 'none')
          .join(', ')}`,
      ]),
    );
    expect(causes).toEqual({
      Foreword: 'modified 5',
      '32': 'modified 8',
      '38': 'modified 10',
      '40.a': 'modified 5',
      '47.a': 'modified 12',
      '49.b': 'modified 13',
      '54': 'modified 11',
      '54.f': 'added 11',
      'Review of this Plan': 'added 14',
      '71': 'added 14',
    });
    // No amendment without a response, none for an unchanged paragraph, none for recommendation 7
    // (its answer, "Already addressed", says the plan already covers the point).
    expect(amendments.filter((a) => !a.response)).toEqual([]);
    const changedKeys = new Set(changed.map((d) => d.provisionKey));
    expect(amendments.filter((a) => !changedKeys.has(a.provisionKey))).toEqual([]);
    expect(amendments.filter((a) => a.response?.recommendation.number === 7)).toEqual([]);
    for (const a of amendments) {
      expect([a.fromVersionId, a.toVersionId]).toEqual([VERSION_IDS.draftPlan, VERSION_IDS.publishedPlan]);
      expect(a.note).toMatch(/^The letter: "/);
    }
    // The hate-crime paragraphs keep the draft's words.
    for (const n of ['46.e', '52']) expect(v2.find((p) => p.number === n)!.text).toBe(v1.find((p) => p.number === n)!.text);
  });

  it('marks exactly the reconstructed wording: the changed paragraphs of the published plan and the illustrative minutes', async () => {
    const v1 = keyed(await provisionsOf(VERSION_IDS.draftPlan));
    const v2 = keyed(await provisionsOf(VERSION_IDS.publishedPlan));
    const changedKeys = new Set(
      diffVersions(v1, v2)
        .filter((d) => d.change !== 'unchanged' && d.change !== 'renumbered')
        .map((d) => d.provisionKey),
    );
    const rows = await prisma.provision.findMany({ select: { versionId: true, provisionKey: true, reconstructed: true } });
    const reconstructedIn = (versionId: string) => rows.filter((r) => r.versionId === versionId && r.reconstructed).map((r) => r.provisionKey);
    expect(reconstructedIn(VERSION_IDS.draftPlan)).toEqual([]);
    expect(reconstructedIn(VERSION_IDS.report)).toEqual([]);
    expect(new Set(reconstructedIn(VERSION_IDS.publishedPlan))).toEqual(changedKeys);
    expect(reconstructedIn(VERSION_IDS.minutes)).toHaveLength(rows.filter((r) => r.versionId === VERSION_IDS.minutes).length);
    const minutes = await prisma.documentVersion.findUniqueOrThrow({ where: { id: VERSION_IDS.minutes } });
    expect(minutes).toMatchObject({ reconstructed: true });
    expect(minutes.reconstructionNote).toMatch(/Para 44, item ix/);
  });

  it('records the sentence of the letter each outcome rests on', async () => {
    const responses = await prisma.response.findMany({ include: { recommendation: true } });
    expect(responses).toHaveLength(14);
    for (const response of responses) {
      expect(response.outcomeReason).toBeTruthy();
      for (const passage of response.outcomeReason!.split(' … ')) expect(response.text).toContain(passage);
    }
    const seven = responses.find((r) => r.recommendation.number === 7)!;
    expect(seven).toMatchObject({ outcome: 'ALREADY_ADDRESSED' });
    expect(seven.outcomeReason).toBe('Reference to the Prevent Strategy can be found at para 57 under the Vulnerability section of the Plan.');
  });

  it('gives every recommendation and response a history', async () => {
    const recs = await prisma.recommendation.findMany({ include: { responses: true } });
    for (const rec of recs) {
      const events = await prisma.auditEvent.findMany({ where: { entityType: 'Recommendation', entityId: rec.id } });
      expect(events.map((e) => e.action)).toEqual(['recommendation.created']);
      expect(events[0]!.after).toMatchObject({ number: rec.number, text: rec.text });
      expect(events[0]!.actorId).toBeNull();
      const responseEvents = await prisma.auditEvent.findMany({ where: { entityType: 'Response', entityId: rec.responses[0]!.id }, orderBy: { at: 'asc' } });
      expect(responseEvents.map((e) => e.action)).toEqual(['response.created', 'response.submitted', 'response.approved', 'response.published']);
      expect(responseEvents[3]!.at.toISOString().slice(0, 10)).toBe('2017-03-02');
    }
  });

  it('holds the demo accounts, with argon2id hashes of demo-password', async () => {
    const users = await prisma.user.findMany({ include: { memberships: { include: { panel: true } } }, orderBy: { email: 'asc' } });
    expect(users.map((u) => [u.email, u.memberships.map((m) => `${m.panel.slug}:${m.role}`)])).toEqual([
      ['admin@demo.test', ['leicestershire:ADMIN']],
      ['approver@demo.test', ['leicestershire:OPCC_APPROVER']],
      ['clerk@demo.test', ['leicestershire:CLERK']],
      ['member@demo.test', ['leicestershire:PANEL_MEMBER']],
      ['officer@demo.test', ['leicestershire:OPCC_OFFICER']],
    ]);
    for (const user of users) {
      expect(user.name).toMatch(/\w+ \w+/);
      expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    }
    await expect(verifyPassword(users[0]!.passwordHash!, 'demo-password')).resolves.toBe(true);
    await expect(verifyPassword(users[0]!.passwordHash!, 'wrong-password')).resolves.toBe(false);
  });

  it('does nothing when the record is already there', async () => {
    const before = await Promise.all([prisma.provision.count(), prisma.recommendation.count(), prisma.user.count(), prisma.auditEvent.count()]);
    await expect(seedDatabase(db.url, { demoUsers: true })).resolves.toEqual({ seeded: false });
    const after = await Promise.all([prisma.provision.count(), prisma.recommendation.count(), prisma.user.count(), prisma.auditEvent.count()]);
    expect(after).toEqual(before);
  });
});

describe('buildLeicestershireRecord without demo users', () => {
  it('builds the record and creates no accounts', async () => {
    const db = await createTestDatabase();
    const prisma = createPrismaClient(db.url, { max: 2 });
    try {
      await buildLeicestershireRecord(prisma, { demoUsers: false });
      expect(await prisma.user.count()).toBe(0);
      expect(await prisma.membership.count()).toBe(0);
      expect(await prisma.recommendation.count()).toBe(14);
      expect(await prisma.response.count({ where: { status: 'PUBLISHED' } })).toBe(14);
    } finally {
      await prisma.$disconnect();
      await db.drop();
    }
  });
});
