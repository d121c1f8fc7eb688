// Builds the whole Leicestershire record in memory, as rows ready for createMany: pure (reads the
// source files, touches no database), deterministic, and inspectable by the seed test.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  assignProvisionKeys,
  diffVersions,
  parsePlanText,
  resolveCitations,
  type KeyedProvision,
  type ParsedProvision,
  type ParseWarning,
} from '@psp/plan-text';
import { STATUTORY_PRECEPT_RULES, defaultResponseDueDate } from '@psp/domain';
import { letterCommitments } from './commitments';
import type { Prisma } from '../../src/generated/prisma/client';
import type { CitationSource } from '../../src/generated/prisma/enums';
import { seedDataDir, seedSourcesDir } from '../../src/paths';
import { provisionRows } from '../../src/provision-rows';
import { ids, provisionKeySequence } from './ids';
import { parseResponseLetter, type ParsedLetter } from './letter';
import { LOCATION, MEETINGS, meetingSpec, type Paper } from './meetings';
import { flattenMinutes, MINUTES_LABEL, MINUTES_TITLE } from './minutes';
import { RECOMMENDATIONS, type AmendmentAnchor, type CitationSpec, type RecommendationSpec } from './recommendations';
import { normaliseFirst100DaysReport } from './report';

export const LLR_PANEL = {
  slug: 'leicestershire',
  name: 'Leicester, Leicestershire and Rutland Police and Crime Panel',
  forceArea: 'Leicestershire',
  hostAuthority: 'Leicestershire County Council',
  responseDueDays: 28,
} as const;

export const SOURCE_FILES = {
  draftPlan: path.join(seedSourcesDir, 'police-and-crime-plan-2017-2021-draft-v0.7.txt'),
  publishedPlan: path.join(seedDataDir, 'police-and-crime-plan-2017-2021-reconstructed.txt'),
  letter: path.join(seedSourcesDir, 'pcc-response-to-panel-recommendations-2017-03-02.txt'),
  first100Days: path.join(seedSourcesDir, 'panel-report-2016-09-23-first-100-days.txt'),
} as const;

/** Dates the documents give (a date-only fact is stored at noon UTC, so it is the same day in
 *  every time zone a reader is likely to be in), public facts with their sources in
 *  prisma/seed/README.md (the plan's launch), and the response workflow's invented steps. */
export const DATES = {
  /** "20/01/2017 v.0.7 … EXPOSURE DRAFT", printed on the draft. */
  draftPublished: new Date('2017-01-20T12:00:00Z'),
  /** The Commissioner launched the plan on 23 March 2017 (OPCC press release, README). */
  publishedPlan: new Date('2017-03-23T12:00:00Z'),
  reportPublished: new Date('2016-09-15T12:00:00Z'),
  minutesConfirmed: new Date('2017-02-03T15:00:00Z'),
  responsesDrafted: new Date('2017-02-20T10:00:00Z'),
  responsesSubmitted: new Date('2017-02-27T10:00:00Z'),
  responsesApproved: new Date('2017-03-01T16:00:00Z'),
  letter: new Date('2017-03-02T12:00:00Z'),
} as const;

export const LETTER_ADDRESSEE = 'Chair, Police and Crime Panel';

/** What this copy of the letter is: said on the letter's page. */
export const LETTER_PROVENANCE =
  'Transcribed from a scan of the letter. The addressee line "Chair, Police and Crime Panel" is not printed on the letter and is supplied here; the scan\'s "Dear Jre," is kept as it reads, marked [sic]. The letterhead, page footer and signature are left out. The letter does not label its answers: the outcome beside each response is this record\'s reading of it.';

/** Where each version's text comes from, and what of it is reconstructed and why. */
export const PROVENANCE = {
  report: {
    source:
      'Report of the Police and Crime Commissioner to the Panel meeting of 23 September 2016 (the source document). The date it was published here (15 September 2016) is illustrative.',
  },
  draftPlan: { source: 'Draft Police and Crime Plan 2017–2021, exposure draft v0.7 of 20 January 2017 (the source document).' },
  publishedPlan: {
    source:
      "Reconstructed from draft v0.7 and the Commissioner's response letter of 2 March 2017 (OPCC/2/D/2017/1). The published plan itself is not among the source documents; its launch on 23 March 2017 is from the OPCC's announcement.",
    reconstructionNote:
      "The Commissioner's letter of 2 March 2017 says which paragraphs changed and why, but not their final wording. The wording shown here is a reconstruction for demonstration: the changed paragraphs are marked, and every other paragraph is the draft's text, assumed unchanged.",
  },
  minutes: {
    source:
      "Illustrative reconstruction. The minutes of the December 2016 meeting are not among the source documents; minute 44(ix) follows the Commissioner's letter of 2 March 2017.",
    reconstructionNote:
      'The Commissioner\'s letter of 2 March 2017 says only that at the December 2016 meeting he agreed to submit a report to the Panel on the 101 service, minuted at "Para 44, item ix". Every minute shown here, 44(ix) included, is written for demonstration, and so is the date they were confirmed and published (3 February 2017).',
  },
} as const;

const DOCS = {
  plan: { slug: 'plan-2017-2021', title: 'Police and Crime Plan 2017–2021', keyPrefix: 'llr-plan-2017' },
  report: { slug: 'report-first-100-days', title: 'Police and Crime Commissioner first 100 days in office', keyPrefix: 'llr-report-100-days' },
  minutes: { slug: 'minutes-2016-12-07' },
} as const;

export const VERSION_IDS = {
  draftPlan: ids.version(DOCS.plan.slug, 1),
  publishedPlan: ids.version(DOCS.plan.slug, 2),
  report: ids.version(DOCS.report.slug, 1),
  minutes: ids.version(DOCS.minutes.slug, 1),
} as const;

export type DiffEntry = ReturnType<typeof diffVersions>[number];

export interface PreparedProvision extends KeyedProvision {
  kind: ParsedProvision['kind'];
  table: { rows: string[][] } | null;
}

export interface LeicestershireRecord {
  panel: Prisma.PanelCreateManyInput;
  deadlineRules: Prisma.DeadlineRuleCreateManyInput[];
  meetings: Prisma.MeetingCreateManyInput[];
  documents: Prisma.DocumentCreateManyInput[];
  versions: Prisma.DocumentVersionCreateManyInput[];
  provisions: Prisma.ProvisionCreateManyInput[];
  agendaItems: Prisma.AgendaItemCreateManyInput[];
  recommendations: Prisma.RecommendationCreateManyInput[];
  recommendationCitations: Prisma.RecommendationCitationCreateManyInput[];
  letter: Prisma.ResponseLetterCreateManyInput;
  responses: Prisma.ResponseCreateManyInput[];
  responseCitations: Prisma.ResponseCitationCreateManyInput[];
  unresolvedCitations: Prisma.UnresolvedCitationCreateManyInput[];
  commitments: Prisma.CommitmentCreateManyInput[];
  amendments: Prisma.AmendmentCreateManyInput[];
  auditEvents: Prisma.AuditEventCreateManyInput[];
  /** The intermediate results, for the seed test and for diagnosing the parser. */
  parsed: {
    draft: PreparedProvision[];
    published: PreparedProvision[];
    report: PreparedProvision[];
    diff: DiffEntry[];
    letter: ParsedLetter;
    warnings: { draft: ParseWarning[]; published: ParseWarning[]; report: ParseWarning[] };
  };
}

const read = (file: string) => readFileSync(file, 'utf8');

/** Parses one version and keys it: from scratch for a first version, following `previous` otherwise. */
function keyVersion(text: string, previous: readonly PreparedProvision[], newKey: () => string): { provisions: PreparedProvision[]; warnings: ParseWarning[] } {
  const parsed = parsePlanText(text);
  const keyed = assignProvisionKeys([...previous], parsed.provisions, newKey).provisions;
  if (keyed.length !== parsed.provisions.length) {
    throw new Error(`assignProvisionKeys returned ${keyed.length} provisions for ${parsed.provisions.length} parsed`);
  }
  const provisions = keyed.map((provision, i): PreparedProvision => {
    const source = parsed.provisions[i];
    if (!source || source.number !== provision.number) {
      throw new Error(`assignProvisionKeys changed the order of provisions at ${i}: ${source?.number} / ${provision.number}`);
    }
    return { ...provision, kind: provision.kind ?? source.kind, table: source.table };
  });
  return { provisions, warnings: parsed.warnings };
}

/** The version's rows, through the one writer of reading order and ids (positions from 0, ids "…-p0001" on). */
function versionProvisionRows(
  versionId: string,
  provisions: readonly PreparedProvision[],
  reconstructed: (p: PreparedProvision) => boolean = () => false,
): Prisma.ProvisionCreateManyInput[] {
  return provisionRows(
    versionId,
    provisions.map((p) => ({ ...p, tableRows: p.table?.rows ?? null, reconstructed: reconstructed(p) })),
  );
}

const within = (number: string, anchor: string) => number === anchor || number.startsWith(`${anchor}.`);

/** The plan's Foreword: the unnumbered block(s) the parser heads "Foreword" (the draft prints no
 *  heading; the parser names the opening block so), else the unnumbered blocks before "The values
 *  we hold". */
export function forewordKeys(provisions: readonly KeyedProvision[]): Set<string> {
  const keys = new Set<string>();
  for (const p of provisions) {
    if (keys.size > 0 && p.parentKey && keys.has(p.parentKey)) keys.add(p.provisionKey);
    else if (p.number === null && /^foreword$/i.test(p.heading ?? '')) keys.add(p.provisionKey);
  }
  if (keys.size > 0) return keys;
  for (const p of provisions) {
    if (p.number !== null || /values we hold/i.test(p.heading ?? '') || /^\s*the values we hold/i.test(p.text)) break;
    keys.add(p.provisionKey);
  }
  return keys;
}

/** Resolves a declared citation in one version. The words go through the plan-text resolver; a
 *  number it misses is looked up directly (and the seed test reports the resolver's miss). */
function cite(
  spec: CitationSpec,
  provisions: readonly KeyedProvision[],
  where: string,
): { provisionKey: string; number: string; cited: string | null; source: CitationSource }[] {
  const resolved = spec.cited
    ? resolveCitations(
        spec.cited,
        provisions.map((p) => ({ number: p.number, provisionKey: p.provisionKey })),
      )
    : [];
  return spec.numbers.map((number) => {
    const key = resolved.find((r) => r.number === number && r.provisionKey)?.provisionKey ?? provisions.find((p) => p.number === number)?.provisionKey;
    if (!key) throw new Error(`${where}: no provision ${number} for citation "${spec.cited ?? '(implied)'}"`);
    // Words in the text make the citation; without them, the clerk linked the paragraph.
    return { provisionKey: key, number, cited: spec.cited, source: spec.cited ? 'AS_WRITTEN' : 'LINKED_BY_STAFF' };
  });
}

interface Sides {
  foreword: Set<string>;
  /** Headings of unnumbered provisions, by key: the published side first, then the draft. */
  unnumberedHeadings: Map<string, string>;
}

function matchesAnchor(anchor: AmendmentAnchor, entry: DiffEntry, sides: Sides): boolean {
  if (anchor.foreword && sides.foreword.has(entry.provisionKey)) return true;
  const heading = sides.unnumberedHeadings.get(entry.provisionKey);
  if (heading && anchor.headings?.includes(heading)) return true;
  const after = entry.after?.number ?? null;
  return after !== null && (anchor.published ?? []).some((a) => within(after, a));
}

export function prepareLeicestershireRecord(): LeicestershireRecord {
  const panelId = ids.panel;

  // ── documents ──
  const planKeys = provisionKeySequence(DOCS.plan.keyPrefix);
  const draft = keyVersion(read(SOURCE_FILES.draftPlan), [], planKeys);
  const published = keyVersion(read(SOURCE_FILES.publishedPlan), draft.provisions, planKeys);
  const report = keyVersion(normaliseFirst100DaysReport(read(SOURCE_FILES.first100Days)), [], provisionKeySequence(DOCS.report.keyPrefix));
  const minutes = flattenMinutes().map((m): PreparedProvision => ({ ...m, table: null }));
  const diff = diffVersions(draft.provisions, published.provisions);
  // The reconstruction's own wording: every paragraph of the published plan that differs from the draft.
  const reconstructedKeys = new Set(diff.filter((d) => d.change === 'modified' || d.change === 'added').map((d) => d.provisionKey));

  const meetingIds = Object.fromEntries(MEETINGS.map((m) => [m.key, ids.meeting(m.isoDate)])) as Record<(typeof MEETINGS)[number]['key'], string>;
  const planId = ids.document(DOCS.plan.slug);
  const reportId = ids.document(DOCS.report.slug);
  const minutesId = ids.document(DOCS.minutes.slug);
  const documents: Prisma.DocumentCreateManyInput[] = [
    { id: reportId, panelId, kind: 'REPORT', title: DOCS.report.title, createdAt: DATES.reportPublished },
    { id: minutesId, panelId, kind: 'MINUTES', title: MINUTES_TITLE, meetingId: meetingIds.december, createdAt: meetingSpec('december').startsAt },
    { id: planId, panelId, kind: 'PLAN', title: DOCS.plan.title, createdAt: DATES.draftPublished },
  ];
  const versions: Prisma.DocumentVersionCreateManyInput[] = [
    {
      id: VERSION_IDS.report,
      documentId: reportId,
      sequence: 1,
      label: 'Report to the Panel, 23 September 2016',
      status: 'PUBLISHED',
      publishedAt: DATES.reportPublished,
      sourceName: path.basename(SOURCE_FILES.first100Days),
      source: PROVENANCE.report.source,
      createdAt: DATES.reportPublished,
    },
    {
      id: VERSION_IDS.minutes,
      documentId: minutesId,
      sequence: 1,
      label: MINUTES_LABEL,
      status: 'PUBLISHED',
      approvedAt: DATES.minutesConfirmed,
      publishedAt: DATES.minutesConfirmed,
      source: PROVENANCE.minutes.source,
      reconstructed: true,
      reconstructionNote: PROVENANCE.minutes.reconstructionNote,
      createdAt: meetingSpec('december').startsAt,
    },
    {
      id: VERSION_IDS.draftPlan,
      documentId: planId,
      sequence: 1,
      label: 'Draft v0.7 (20 January 2017)',
      status: 'PUBLISHED',
      publishedAt: DATES.draftPublished,
      sourceName: path.basename(SOURCE_FILES.draftPlan),
      source: PROVENANCE.draftPlan.source,
      createdAt: DATES.draftPublished,
    },
    {
      id: VERSION_IDS.publishedPlan,
      documentId: planId,
      sequence: 2,
      label: 'Published plan (reconstructed)',
      status: 'PUBLISHED',
      publishedAt: DATES.publishedPlan,
      basedOnId: VERSION_IDS.draftPlan,
      sourceName: path.basename(SOURCE_FILES.publishedPlan),
      source: PROVENANCE.publishedPlan.source,
      reconstructed: true,
      reconstructionNote: PROVENANCE.publishedPlan.reconstructionNote,
      createdAt: DATES.publishedPlan,
    },
  ];
  const provisions = [
    ...versionProvisionRows(VERSION_IDS.report, report.provisions),
    ...versionProvisionRows(VERSION_IDS.minutes, minutes, () => true),
    ...versionProvisionRows(VERSION_IDS.draftPlan, draft.provisions),
    ...versionProvisionRows(VERSION_IDS.publishedPlan, published.provisions, (p) => reconstructedKeys.has(p.provisionKey)),
  ];
  const provisionId = (versionId: string, key: string) => {
    const row = provisions.find((p) => p.versionId === versionId && p.provisionKey === key);
    if (!row?.id) throw new Error(`no provision ${key} in ${versionId}`);
    return row.id;
  };

  // ── meetings ──
  const papers: Record<Paper, string> = {
    'first-100-days-report': VERSION_IDS.report,
    'draft-plan': VERSION_IDS.draftPlan,
    'december-minutes': VERSION_IDS.minutes,
  };
  const meetings: Prisma.MeetingCreateManyInput[] = MEETINGS.map((m) => ({
    id: meetingIds[m.key],
    panelId,
    title: m.title,
    startsAt: m.startsAt,
    location: LOCATION,
    status: 'HELD',
    provenanceNote: m.provenance,
    createdAt: m.startsAt,
  }));
  const agendaItems: Prisma.AgendaItemCreateManyInput[] = MEETINGS.flatMap((m) =>
    m.agenda.map((item, i) => ({
      id: ids.agendaItem(meetingIds[m.key], i + 1),
      meetingId: meetingIds[m.key],
      position: i + 1,
      number: item.number,
      title: item.title,
      description: item.description ?? null,
      paperVersionId: item.paper ? papers[item.paper] : null,
      createdAt: m.startsAt,
    })),
  );

  // ── recommendations, the letter and its responses ──
  const letter = parseResponseLetter(read(SOURCE_FILES.letter));
  if (letter.items.length !== RECOMMENDATIONS.length) {
    throw new Error(`The response letter quotes ${letter.items.length} recommendations; the seed describes ${RECOMMENDATIONS.length}`);
  }
  const feb = meetingSpec('february');
  const dueAt = defaultResponseDueDate(feb.startsAt, LLR_PANEL.responseDueDays);
  const foreword = forewordKeys(published.provisions);
  const forewordRoot = published.provisions.find((p) => foreword.has(p.provisionKey));

  const recommendations: Prisma.RecommendationCreateManyInput[] = [];
  const recommendationCitations: Prisma.RecommendationCitationCreateManyInput[] = [];
  const responses: Prisma.ResponseCreateManyInput[] = [];
  const responseCitations: Prisma.ResponseCitationCreateManyInput[] = [];
  const unresolvedCitations: Prisma.UnresolvedCitationCreateManyInput[] = [];
  const auditEvents: Prisma.AuditEventCreateManyInput[] = [];
  const letterId = ids.letter;

  RECOMMENDATIONS.forEach((spec: RecommendationSpec, i) => {
    const n = i + 1;
    const item = letter.items[i];
    if (!item?.recommendation.startsWith(spec.opens)) {
      throw new Error(`Recommendation ${n}: the letter's quotation "${item?.recommendation.slice(0, 60)}…" does not begin "${spec.opens}"`);
    }
    const recommendationId = ids.recommendation(n);
    const responseId = ids.response(n);

    const recCites = spec.cites.flatMap((c) => cite(c, draft.provisions, `Recommendation ${n}`));
    recCites.forEach((c, j) =>
      recommendationCitations.push({
        id: ids.recommendationCitation(n, j + 1),
        recommendationId,
        provisionId: provisionId(VERSION_IDS.draftPlan, c.provisionKey),
        cited: c.cited,
        source: c.source,
        position: j,
      }),
    );
    recommendations.push({
      id: recommendationId,
      panelId,
      meetingId: meetingIds.february,
      number: n,
      text: item.recommendation,
      theme: spec.theme,
      dueAt,
      createdAt: feb.startsAt,
      updatedAt: DATES.letter,
    });

    const respCites: { versionId: string; provisionKey: string; number: string | null; cited: string | null; source: CitationSource }[] = [
      ...(spec.responseCitesForeword && forewordRoot
        ? [{ versionId: VERSION_IDS.publishedPlan, provisionKey: forewordRoot.provisionKey, number: null, cited: 'my Foreword', source: 'AS_WRITTEN' as const }]
        : []),
      ...spec.responseCites.flatMap((c) => cite(c, published.provisions, `Response ${n}`).map((r) => ({ ...r, versionId: VERSION_IDS.publishedPlan }))),
      ...(spec.responseCitesMinutes ?? []).flatMap((c) => cite(c, minutes, `Response ${n}`).map((r) => ({ ...r, versionId: VERSION_IDS.minutes }))),
    ];
    respCites.forEach((c, j) =>
      responseCitations.push({
        id: ids.responseCitation(n, j + 1),
        responseId,
        provisionId: provisionId(c.versionId, c.provisionKey),
        cited: c.cited,
        source: c.source,
        position: j,
      }),
    );
    (spec.responseCitesUnresolved ?? []).forEach((c, j) => {
      if (!item.response.includes(c.cited)) throw new Error(`Response ${n} does not say "${c.cited}"`);
      unresolvedCitations.push({
        id: ids.unresolvedCitation(n, j + 1),
        responseId,
        versionId: VERSION_IDS.publishedPlan,
        cited: c.cited,
        note: c.note,
        position: j,
      });
    });
    // The outcome rests on the letter's own words: every passage of the reason is in the response.
    for (const passage of spec.outcomeReason.split(' … ')) {
      if (!item.response.includes(passage)) throw new Error(`Response ${n}: the outcome's reason "${passage}" is not in the letter`);
    }
    if (spec.amends && !item.response.includes(spec.amends.letterSays)) {
      throw new Error(`Response ${n}: "${spec.amends.letterSays}" is not in the letter`);
    }
    responses.push({
      id: responseId,
      recommendationId,
      letterId,
      outcome: spec.outcome,
      outcomeReason: spec.outcomeReason,
      status: 'PUBLISHED',
      text: item.response,
      submittedAt: DATES.responsesSubmitted,
      approvedAt: DATES.responsesApproved,
      publishedAt: DATES.letter,
      createdAt: DATES.responsesDrafted,
      updatedAt: DATES.letter,
    });

    const citedSnapshot = (list: { provisionKey: string; number: string | null; cited: string | null; source: CitationSource }[], versionId: string) =>
      list.map((c) => ({ versionId, provisionKey: c.provisionKey, number: c.number, cited: c.cited, source: c.source }));
    const audit = (at: Date, action: string, entityType: string, entityId: string, after: Prisma.InputJsonObject, before?: Prisma.InputJsonObject) =>
      auditEvents.push({ at, actorId: null, panelId, action, entityType, entityId, after, ...(before ? { before } : {}) });
    audit(feb.startsAt, 'recommendation.created', 'Recommendation', recommendationId, {
      id: recommendationId,
      number: n,
      meetingId: meetingIds.february,
      text: item.recommendation,
      theme: spec.theme,
      dueAt: dueAt.toISOString(),
      citations: citedSnapshot(recCites, VERSION_IDS.draftPlan),
    });
    const responseSnapshot = { id: responseId, recommendationId, outcome: spec.outcome, outcomeReason: spec.outcomeReason };
    audit(DATES.responsesDrafted, 'response.created', 'Response', responseId, {
      ...responseSnapshot,
      status: 'DRAFT',
      text: item.response,
      citations: respCites.map((c) => ({ versionId: c.versionId, provisionKey: c.provisionKey, number: c.number, cited: c.cited, source: c.source })),
      unresolvedCitations: (spec.responseCitesUnresolved ?? []).map((c) => ({ versionId: VERSION_IDS.publishedPlan, cited: c.cited, note: c.note })),
    });
    audit(DATES.responsesSubmitted, 'response.submitted', 'Response', responseId, { ...responseSnapshot, status: 'IN_REVIEW' }, { status: 'DRAFT' });
    audit(
      DATES.responsesApproved,
      'response.approved',
      'Response',
      responseId,
      { ...responseSnapshot, status: 'APPROVED', approvedAt: DATES.responsesApproved.toISOString() },
      { status: 'IN_REVIEW' },
    );
    audit(
      DATES.letter,
      'response.published',
      'Response',
      responseId,
      { ...responseSnapshot, status: 'PUBLISHED', letterId, publishedAt: DATES.letter.toISOString() },
      { status: 'APPROVED' },
    );
  });

  const letterRow: Prisma.ResponseLetterCreateManyInput = {
    id: letterId,
    panelId,
    reference: letter.reference,
    date: DATES.letter,
    addressee: LETTER_ADDRESSEE,
    // "Dear Jre," is the scan's reading, kept verbatim and marked, so that it does not read as our typo.
    salutation: `${letter.salutation} [sic]`,
    subject: letter.subject,
    opening: letter.opening,
    closing: letter.closing,
    signatory: letter.signatory,
    signatoryRole: letter.signatoryRole,
    provenanceNote: LETTER_PROVENANCE,
    status: 'PUBLISHED',
    publishedAt: DATES.letter,
    createdAt: DATES.responsesSubmitted,
    updatedAt: DATES.letter,
  };
  if (letter.dateText !== '2 March 2017') throw new Error(`Response letter dated "${letter.dateText}", expected 2 March 2017`);

  // ── amendments: every change between the draft and the published plan, and the response the letter says caused it ──
  const amendments: Prisma.AmendmentCreateManyInput[] = [];
  const sides: Sides = { foreword, unnumberedHeadings: new Map() };
  for (const p of [...published.provisions, ...draft.provisions]) {
    if (p.number === null && p.heading && !sides.unnumberedHeadings.has(p.provisionKey)) sides.unnumberedHeadings.set(p.provisionKey, p.heading);
  }
  for (const entry of diff) {
    if (entry.change === 'unchanged' || entry.change === 'renumbered') continue;
    const causes = RECOMMENDATIONS.flatMap((spec, i) =>
      spec.amends && matchesAnchor(spec.amends, entry, sides) ? [{ n: i + 1, note: spec.amends.note }] : [],
    );
    // The reconstruction changes nothing the letter does not describe: a change without a cause is a mistake in it.
    if (causes.length === 0) {
      throw new Error(
        `The reconstructed plan ${entry.change} ${entry.before?.number ?? entry.after?.number ?? entry.provisionKey}, which no response describes`,
      );
    }
    for (const row of causes.map((c) => ({ responseId: ids.response(c.n), note: c.note }))) {
      amendments.push({
        id: ids.amendment(amendments.length + 1),
        documentId: planId,
        fromVersionId: VERSION_IDS.draftPlan,
        toVersionId: VERSION_IDS.publishedPlan,
        provisionKey: entry.provisionKey,
        responseId: row.responseId,
        note: row.note,
        createdAt: DATES.publishedPlan,
      });
    }
  }

  // ── the rest of the history ──
  for (const v of versions) {
    auditEvents.push({
      at: v.publishedAt as Date,
      actorId: null,
      panelId,
      action: 'documentVersion.published',
      entityType: 'DocumentVersion',
      entityId: v.id as string,
      before: { status: v.approvedAt ? 'APPROVED' : 'DRAFT' },
      after: { id: v.id as string, documentId: v.documentId, label: v.label, status: 'PUBLISHED', publishedAt: (v.publishedAt as Date).toISOString() },
    });
  }
  auditEvents.push({
    at: DATES.letter,
    actorId: null,
    panelId,
    action: 'responseLetter.published',
    entityType: 'ResponseLetter',
    entityId: letterId,
    before: { status: 'DRAFT' },
    after: { id: letterId, reference: letter.reference, status: 'PUBLISHED', responseIds: responses.map((r) => r.id as string) },
  });
  for (const a of amendments) {
    auditEvents.push({
      at: DATES.publishedPlan,
      actorId: null,
      panelId,
      action: 'amendment.created',
      entityType: 'Amendment',
      entityId: a.id as string,
      after: {
        id: a.id as string,
        provisionKey: a.provisionKey,
        fromVersionId: a.fromVersionId,
        toVersionId: a.toVersionId,
        responseId: a.responseId ?? null,
        note: a.note ?? null,
      },
    });
  }
  auditEvents.sort((a, b) => (a.at as Date).getTime() - (b.at as Date).getTime());

  return {
    panel: { id: panelId, ...LLR_PANEL },
    deadlineRules: STATUTORY_PRECEPT_RULES.map((rule) => ({
      id: ids.deadlineRule(rule.code),
      panelId,
      code: rule.code,
      label: rule.label,
      month: rule.month,
      day: rule.day,
    })),
    meetings,
    documents,
    versions,
    provisions,
    agendaItems,
    recommendations,
    recommendationCitations,
    letter: letterRow,
    responses,
    responseCitations,
    unresolvedCitations,
    commitments: letterCommitments(
      responses.map((response) => ({ id: response.id ?? '', text: response.text })),
      DATES.letter,
    ),
    amendments,
    auditEvents,
    parsed: {
      draft: draft.provisions,
      published: published.provisions,
      report: report.provisions,
      diff,
      letter,
      warnings: { draft: draft.warnings, published: published.warnings, report: report.warnings },
    },
  };
}
