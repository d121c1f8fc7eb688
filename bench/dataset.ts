// The national dataset: 41 panels × 12 years of meetings, recommendations, responses, letters,
// plans (one per four-year term, four versions each), reports to the panel, minutes, amendments
// and the audit trail — generated deterministically from one seed and emitted row by row to a
// sink (COPY streams in generate.ts), panel by panel, so memory stays flat.
import { hash32, Rng } from './prng';
import { buildPlan, buildReport, flatten, keySource, mutate, type Changes, type FlatProvision, type Node } from './plan-model';
import { MINUTE_HEADINGS, paragraphText, POLICE_FORCE_AREAS, pointText, recommendationText, REPORT_TOPICS, responseText, slugOf, THEMES } from './words';

export type Value = string | number | boolean | Date | null | Record<string, unknown> | unknown[];

/** Tables in load order, with the columns the generator fills. */
export const TABLES = {
  Panel: ['id', 'slug', 'name', 'forceArea', 'hostAuthority', 'responseDueDays', 'createdAt', 'updatedAt'],
  DeadlineRule: ['id', 'panelId', 'code', 'label', 'month', 'day'],
  User: ['id', 'email', 'name', 'passwordHash', 'createdAt', 'updatedAt'],
  Membership: ['id', 'userId', 'panelId', 'role'],
  Meeting: ['id', 'panelId', 'title', 'startsAt', 'location', 'status', 'createdAt', 'updatedAt'],
  Document: ['id', 'panelId', 'kind', 'title', 'meetingId', 'createdAt', 'updatedAt'],
  DocumentVersion: ['id', 'documentId', 'sequence', 'label', 'status', 'publishedAt', 'approvedAt', 'basedOnId', 'createdById', 'createdAt', 'updatedAt'],
  Provision: ['id', 'versionId', 'provisionKey', 'number', 'heading', 'text', 'kind', 'depth', 'parentKey', 'position', 'tableRows'],
  AgendaItem: ['id', 'meetingId', 'position', 'number', 'title', 'paperVersionId', 'createdAt', 'updatedAt'],
  Recommendation: ['id', 'panelId', 'meetingId', 'number', 'text', 'theme', 'dueAt', 'closedAt', 'closedReason', 'createdById', 'createdAt', 'updatedAt'],
  RecommendationCitation: ['id', 'recommendationId', 'provisionId', 'cited', 'position'],
  ResponseLetter: [
    'id',
    'panelId',
    'reference',
    'date',
    'addressee',
    'salutation',
    'subject',
    'signatory',
    'signatoryRole',
    'status',
    'publishedAt',
    'createdById',
    'createdAt',
    'updatedAt',
  ],
  Response: [
    'id',
    'recommendationId',
    'letterId',
    'outcome',
    'status',
    'text',
    'createdById',
    'submittedAt',
    'approvedById',
    'approvedAt',
    'publishedAt',
    'createdAt',
    'updatedAt',
    'version',
  ],
  ResponseCitation: ['id', 'responseId', 'provisionId', 'cited', 'position'],
  Amendment: ['id', 'documentId', 'fromVersionId', 'toVersionId', 'provisionKey', 'responseId', 'note', 'createdById', 'createdAt'],
  AuditEvent: ['id', 'at', 'actorId', 'panelId', 'action', 'entityType', 'entityId', 'before', 'after'],
} as const satisfies Record<string, readonly string[]>;

export type TableName = keyof typeof TABLES;

export interface Sink {
  row(table: TableName, values: Value[]): void;
}

export interface DatasetOptions {
  seed: number;
  panels: number;
  years: number;
  /** The last year of data (meetings run to November of it). */
  lastYear: number;
  passwordHash: string;
}

export const BENCH_PASSWORD = 'bench-password-local-only';

/** Bench accounts: one per role, each holding the role on every panel. */
export const BENCH_USERS = [
  { id: 'bench-user-clerk', email: 'clerk@bench.test', name: 'Bench Clerk', role: 'CLERK' },
  { id: 'bench-user-member', email: 'member@bench.test', name: 'Bench Member', role: 'PANEL_MEMBER' },
  { id: 'bench-user-officer', email: 'officer@bench.test', name: 'Bench Officer', role: 'OPCC_OFFICER' },
  { id: 'bench-user-approver', email: 'approver@bench.test', name: 'Bench Approver', role: 'OPCC_APPROVER' },
  { id: 'bench-user-admin', email: 'admin@bench.test', name: 'Bench Admin', role: 'ADMIN' },
] as const;
const CLERK = 'bench-user-clerk';
const OFFICER = 'bench-user-officer';
const APPROVER = 'bench-user-approver';

const DEADLINE_RULES = [
  { code: 'PRECEPT_NOTIFY', label: 'PCC notifies the proposed precept', month: 2, day: 1 },
  { code: 'PRECEPT_REPORT', label: 'Panel reports on the proposed precept', month: 2, day: 8 },
  { code: 'PRECEPT_RESPONSE', label: 'PCC responds to the panel report', month: 2, day: 15 },
  { code: 'REVISED_PRECEPT_REPORT', label: 'Panel reports on a revised precept', month: 2, day: 22 },
  { code: 'PRECEPT_ISSUE', label: 'PCC issues the precept', month: 3, day: 1 },
];

const MEETING_MONTHS = [1, 2, 3, 6, 7, 9, 10, 11];
const OUTCOMES = ['ACCEPTED', 'PARTIALLY_ACCEPTED', 'NOT_ACCEPTED', 'NOTED', 'ALREADY_ADDRESSED'] as const;
type Outcome = (typeof OUTCOMES)[number];
const DAY = 86_400_000;
const pad = (n: number, w: number) => String(n).padStart(w, '0');
const utc = (y: number, m: number, d: number, h = 10) => new Date(Date.UTC(y, m - 1, d, h));
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY);
const fmtDate = (d: Date) => d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

function pickOutcome(rng: Rng): Outcome {
  const u = rng.next();
  if (u < 0.4) return 'ACCEPTED';
  if (u < 0.6) return 'PARTIALLY_ACCEPTED';
  if (u < 0.7) return 'NOT_ACCEPTED';
  if (u < 0.9) return 'NOTED';
  return 'ALREADY_ADDRESSED';
}

export interface DatasetCounts {
  [table: string]: number;
}

interface VersionInfo {
  id: string;
  documentId: string;
  sequence: number;
  publishedAt: Date | null;
  provisions: FlatProvision[];
  byKey: Map<string, FlatProvision>;
  /** Changes from this version to the next one, if there is a next one. */
  changesToNext: Changes | null;
  next: VersionInfo | null;
}

/** Emits the whole dataset, yielding now and then so the caller can wait for its COPY streams
 *  to drain. Returns per-table row counts. */
export function* generateDataset(options: DatasetOptions, sink: Sink): Generator<void, DatasetCounts> {
  const counts: DatasetCounts = {};
  let auditId = 0;
  const emit = (table: TableName, values: Value[]) => {
    counts[table] = (counts[table] ?? 0) + 1;
    sink.row(table, values);
  };
  const audit = (
    at: Date,
    actorId: string | null,
    panelId: string,
    action: string,
    entityType: string,
    entityId: string,
    after: Record<string, unknown>,
    before: Record<string, unknown> | null = null,
  ) => {
    auditId += 1;
    emit('AuditEvent', [auditId, at, actorId, panelId, action, entityType, entityId, before, after]);
  };

  const epoch = utc(options.lastYear - options.years + 1, 1, 1);
  for (const user of BENCH_USERS) emit('User', [user.id, user.email, user.name, options.passwordHash, epoch, epoch]);

  const firstYear = options.lastYear - options.years + 1;
  for (let p = 0; p < options.panels; p += 1) {
    const area = POLICE_FORCE_AREAS[p % POLICE_FORCE_AREAS.length] ?? { name: `Area ${p}`, host: 'Host Council' };
    const round = Math.floor(p / POLICE_FORCE_AREAS.length);
    const name = round ? `${area.name} ${round + 1}` : area.name;
    const slug = slugOf(name);
    const P = `bp${pad(p, 2)}`;
    const rng = new Rng(hash32(`${options.seed}:${slug}`));
    emit('Panel', [P, slug, `${name} Police and Crime Panel`, name, area.host, 28, epoch, epoch]);
    for (const rule of DEADLINE_RULES) emit('DeadlineRule', [`${P}-dl-${rule.code.toLowerCase()}`, P, rule.code, rule.label, rule.month, rule.day]);
    for (const user of BENCH_USERS) emit('Membership', [`${P}-${user.id}`, user.id, P, user.role]);

    // ── plans: one per four-year term, four versions ──
    const plans: { startYear: number; versions: VersionInfo[] }[] = [];
    for (let start = firstYear, t = 0; start <= options.lastYear; start += 4, t += 1) {
      const docId = `${P}-plan-${start}`;
      const title = `Police and Crime Plan ${start}–${start + 4}`;
      const key = keySource(docId);
      const prng = rng.fork(1000 + t);
      const last = start + 4 > options.lastYear;
      emit('Document', [docId, P, 'PLAN', title, null, utc(start, 1, 2), utc(start, 1, 2)]);
      const trees: { nodes: Node[]; changes: Changes | null }[] = [{ nodes: buildPlan(prng, key, title), changes: null }];
      const rates = [
        { edit: 0.06, addParagraphs: 3, addPoints: 4, remove: 1 },
        { edit: 0.03, addParagraphs: 1, addPoints: 2, remove: 0 },
        { edit: 0.08, addParagraphs: 4, addPoints: 5, remove: 2 },
      ];
      for (const rate of rates) {
        const prev = trees[trees.length - 1];
        if (!prev) break;
        const { nodes, changes } = mutate(prev.nodes, prng, key, rate);
        prev.changes = changes;
        trees.push({ nodes, changes: null });
      }
      const labels = ['Draft for consultation', 'Draft v0.9 (after panel review)', 'Published plan', last ? 'Refreshed plan (draft)' : 'Refreshed plan'];
      const published = [utc(start, 1, 2), utc(start, 3, 10), utc(start, 4, 1), last ? null : utc(start + 2, 4, 1)];
      const versions: VersionInfo[] = [];
      trees.forEach((tree, i) => {
        const id = `${docId}-v${i + 1}`;
        const provisions = flatten(tree.nodes);
        const publishedAt = published[i] ?? null;
        const createdAt = publishedAt ? addDays(publishedAt, -14) : utc(Math.min(start + 2, options.lastYear), 10, 15);
        emit('DocumentVersion', [
          id,
          docId,
          i + 1,
          labels[i] ?? `Version ${i + 1}`,
          publishedAt ? 'PUBLISHED' : 'DRAFT',
          publishedAt,
          publishedAt,
          i ? `${docId}-v${i}` : null,
          APPROVER,
          createdAt,
          publishedAt ?? createdAt,
        ]);
        for (const prov of provisions) emitProvision(emit, id, prov);
        if (publishedAt)
          audit(
            publishedAt,
            APPROVER,
            P,
            'documentVersion.published',
            'DocumentVersion',
            id,
            { id, documentId: docId, label: labels[i], status: 'PUBLISHED' },
            { status: 'APPROVED' },
          );
        const info: VersionInfo = {
          id,
          documentId: docId,
          sequence: i + 1,
          publishedAt,
          provisions,
          byKey: new Map(provisions.map((x) => [x.provisionKey, x])),
          changesToNext: tree.changes,
          next: null,
        };
        const prev = versions[versions.length - 1];
        if (prev) prev.next = info;
        versions.push(info);
      });
      plans.push({ startYear: start, versions });
    }
    const currentPlanVersion = (at: Date): VersionInfo | null => {
      let found: VersionInfo | null = null;
      for (const plan of plans)
        for (const v of plan.versions) if (v.publishedAt && v.publishedAt <= at && (!found || v.publishedAt >= (found.publishedAt as Date))) found = v;
      return found;
    };

    // ── meetings, papers, minutes, recommendations, responses ──
    let recNumber = 0;
    let amendmentNumber = 0;
    let minuteNumber = 0;
    let previousMinutes: string | null = null;
    const attributed = new Set<string>();
    const meetingDates: Date[] = [];
    for (let year = firstYear; year <= options.lastYear; year += 1) {
      MEETING_MONTHS.forEach((month, mi) => meetingDates.push(utc(year, month, 3 + ((p * 3 + mi * 5 + year) % 20))));
    }
    const lastMeeting = meetingDates[meetingDates.length - 1];
    const recentFrom = lastMeeting ? addDays(lastMeeting, -75) : utc(options.lastYear, 9, 1);
    let letterSeq = 0;
    for (const [mIndex, startsAt] of meetingDates.entries()) {
      if (mIndex % 8 === 7) yield;
      const year = startsAt.getUTCFullYear();
      if (startsAt.getUTCMonth() === 0) minuteNumber = 0;
      const M = `${P}-m${year}-${pad(startsAt.getUTCMonth() + 1, 2)}`;
      const mrng = rng.fork(mIndex);
      const title = startsAt.getUTCMonth() === 1 ? `Precept meeting, ${fmtDate(startsAt)}` : `Panel meeting, ${fmtDate(startsAt)}`;
      emit('Meeting', [M, P, title, startsAt, `${area.host}, Council Chamber`, 'HELD', addDays(startsAt, -40), startsAt]);

      // the report to the panel (published a week before)
      const topic = REPORT_TOPICS[(mIndex + p) % REPORT_TOPICS.length] ?? 'Report';
      const reportDoc = `${P}-rep-${year}-${pad(startsAt.getUTCMonth() + 1, 2)}`;
      const reportVersion = `${reportDoc}-v1`;
      const reportAt = addDays(startsAt, -7);
      emit('Document', [reportDoc, P, 'REPORT', `${topic}: report of the Commissioner`, null, reportAt, reportAt]);
      emit('DocumentVersion', [reportVersion, reportDoc, 1, 'Report to the Panel', 'PUBLISHED', reportAt, reportAt, null, OFFICER, reportAt, reportAt]);
      const reportProvisions = flatten(buildReport(mrng, keySource(reportDoc), topic));
      for (const prov of reportProvisions) emitProvision(emit, reportVersion, prov);

      // minutes: numbered items continuing through the municipal year, drafts for the latest meeting
      const minutesDoc = `${P}-min-${year}-${pad(startsAt.getUTCMonth() + 1, 2)}`;
      const minutesVersion = `${minutesDoc}-v1`;
      const isLast = mIndex === meetingDates.length - 1;
      const isSecondLast = mIndex === meetingDates.length - 2;
      const minutesStatus = isLast ? 'DRAFT' : isSecondLast ? 'APPROVED' : 'PUBLISHED';
      const minutesPublished = minutesStatus === 'PUBLISHED' ? addDays(startsAt, 45) : null;
      emit('Document', [minutesDoc, P, 'MINUTES', `Minutes of the meeting of ${fmtDate(startsAt)}`, M, addDays(startsAt, 7), addDays(startsAt, 7)]);
      emit('DocumentVersion', [
        minutesVersion,
        minutesDoc,
        1,
        'Minutes',
        minutesStatus,
        minutesPublished,
        minutesStatus === 'DRAFT' ? null : addDays(startsAt, 40),
        null,
        CLERK,
        addDays(startsAt, 7),
        minutesPublished ?? addDays(startsAt, 7),
      ]);
      const minuteKeys = keySource(minutesDoc);
      const items: Node[] = MINUTE_HEADINGS.map((heading, i) => {
        const children: Node[] = [];
        if (i === 5 || i === 6 || i === 8) {
          const n = mrng.int(4, 10);
          for (let c = 0; c < n; c += 1)
            children.push({ key: minuteKeys(), kind: 'POINT', heading: null, text: pointText(mrng), numbered: true, children: [] });
        }
        if (i >= 5 && i <= 9)
          children.push({
            key: minuteKeys(),
            kind: 'TEXT',
            heading: 'RESOLVED',
            text: `RESOLVED: that ${paragraphText(mrng).replace(/^The /, 'the ')}`,
            numbered: false,
            children: [],
          });
        return {
          key: minuteKeys(),
          kind: 'PARAGRAPH',
          heading,
          text: i < 5 ? `${heading}: ${pointText(mrng).replace(/;$/, '.')}` : paragraphText(mrng),
          numbered: true,
          children,
        };
      });
      const minutesProvisions = flatten(items, minuteNumber + 1, 'roman');
      minuteNumber += MINUTE_HEADINGS.length;
      for (const prov of minutesProvisions) emitProvision(emit, minutesVersion, prov);
      if (minutesPublished)
        audit(
          minutesPublished,
          CLERK,
          P,
          'documentVersion.published',
          'DocumentVersion',
          minutesVersion,
          { id: minutesVersion, documentId: minutesDoc, label: 'Minutes', status: 'PUBLISHED' },
          { status: 'APPROVED' },
        );

      // agenda
      const plan = currentPlanVersion(startsAt);
      const agenda: [string, string | null][] = [
        ['Apologies for Absence', null],
        ['Minutes of the Previous Meeting', previousMinutes],
        [`${topic}`, reportVersion],
        ['Police and Crime Plan', plan && mIndex % 4 === 1 ? plan.id : null],
        ['Work Programme', null],
      ];
      agenda.forEach(([itemTitle, paper], i) =>
        emit('AgendaItem', [`${M}-i${i + 1}`, M, i + 1, String(i + 1), itemTitle, paper, addDays(startsAt, -14), addDays(startsAt, -14)]),
      );
      previousMinutes = minutesVersion;

      // recommendations (about 15 a meeting) and the letter answering them
      const recent = startsAt >= recentFrom;
      const letterAt = addDays(startsAt, mrng.int(20, 40));
      const letterId = `${P}-l${year}-${pad(startsAt.getUTCMonth() + 1, 2)}`;
      let letterUsed = false;
      const recCount = mrng.int(10, 20);
      const dueAt = addDays(startsAt, 28);
      for (let r = 0; r < recCount; r += 1) {
        recNumber += 1;
        const R = `${P}-r${pad(recNumber, 5)}`;
        const rr = mrng.fork(r);
        // what it cites: the plan in force (mostly) or the report to this meeting
        const cites: { prov: FlatProvision; version: VersionInfo | null; versionId: string; cited: string }[] = [];
        const citeCount = rr.chance(0.2) ? 0 : rr.int(1, 2);
        for (let c = 0; c < citeCount; c += 1) {
          let prov: FlatProvision | undefined;
          let version: VersionInfo | null = null;
          let versionId = reportVersion;
          if (plan && rr.chance(0.7)) {
            version = plan;
            versionId = plan.id;
            const changed = plan.changesToNext ? [...plan.changesToNext.modified].filter((k) => plan.byKey.get(k)?.number) : [];
            const key = changed.length && rr.chance(0.35) ? rr.pick(changed) : null;
            prov = key ? plan.byKey.get(key) : undefined;
            prov ??= rr.pick(plan.provisions.filter((x) => x.number));
          } else {
            prov = rr.pick(reportProvisions.filter((x) => x.number));
          }
          if (!prov || cites.some((x) => x.prov.provisionKey === prov?.provisionKey && x.versionId === versionId)) continue;
          const cited = prov.number && prov.number.includes('.') ? `point ${prov.number}` : `paragraph ${prov.number}`;
          cites.push({ prov, version, versionId, cited });
        }
        const text = `${recommendationText(rr, cites[0]?.cited ?? null)} [${R}]`;
        const theme = rr.pick(THEMES);
        // what became of it
        const u = rr.next();
        type Plan = { status: 'DRAFT' | 'IN_REVIEW' | 'APPROVED' | 'PUBLISHED'; followUp?: boolean };
        const responsesPlanned: Plan[] = [];
        if (!recent) {
          if (u < 0.85) responsesPlanned.push({ status: 'PUBLISHED' }, ...(rr.chance(0.12) ? [{ status: 'PUBLISHED' as const, followUp: true }] : []));
          else if (u < 0.88) responsesPlanned.push({ status: 'DRAFT' });
          else if (u < 0.9) responsesPlanned.push({ status: 'IN_REVIEW' });
          else if (u < 0.93) responsesPlanned.push({ status: 'APPROVED' });
        } else if (u < 0.15) responsesPlanned.push({ status: 'PUBLISHED' });
        else if (u < 0.45) responsesPlanned.push({ status: 'DRAFT' });
        else if (u < 0.6) responsesPlanned.push({ status: 'IN_REVIEW' });
        else if (u < 0.7) responsesPlanned.push({ status: 'APPROVED' });
        const firstPublished = responsesPlanned[0]?.status === 'PUBLISHED' ? letterAt : null;
        const closedAt = firstPublished && !recent && rr.chance(0.1) ? addDays(firstPublished, 90) : null;
        emit('Recommendation', [
          R,
          P,
          M,
          recNumber,
          text,
          theme,
          dueAt,
          closedAt,
          closedAt ? 'The panel is satisfied with the response.' : null,
          CLERK,
          startsAt,
          closedAt ?? startsAt,
        ]);
        cites.forEach((c, i) => emit('RecommendationCitation', [`${R}-c${i + 1}`, R, `${c.versionId}-p${pad(c.prov.position, 4)}`, c.cited, i]));
        audit(startsAt, CLERK, P, 'recommendation.created', 'Recommendation', R, {
          id: R,
          number: recNumber,
          meetingId: M,
          text,
          theme,
          dueAt: dueAt.toISOString(),
          citations: cites.map((c) => ({ versionId: c.versionId, provisionKey: c.prov.provisionKey, number: c.prov.number, cited: c.cited })),
        });
        if (closedAt) audit(closedAt, CLERK, P, 'recommendation.closed', 'Recommendation', R, { closedAt: closedAt.toISOString() }, { closedAt: null });

        responsesPlanned.forEach((planned, s) => {
          const S = `${R}-s${s + 1}`;
          const outcome = pickOutcome(rr);
          const publishedAt = planned.status === 'PUBLISHED' ? (planned.followUp ? addDays(letterAt, rr.int(60, 120)) : letterAt) : null;
          const createdAt = publishedAt ? addDays(publishedAt, -12) : recent ? addDays(startsAt, rr.int(3, 20)) : addDays(startsAt, rr.int(10, 25));
          const submittedAt = planned.status === 'DRAFT' ? null : addDays(createdAt, 3);
          const approvedAt = planned.status === 'APPROVED' || planned.status === 'PUBLISHED' ? addDays(createdAt, 6) : null;
          // citations: an accepted answer points at the amended plan; an amendment records the change it caused
          const respCites: { provisionId: string; cited: string }[] = [];
          const planCite = cites.find((c) => c.version);
          if (planCite?.version && (outcome === 'ACCEPTED' || outcome === 'PARTIALLY_ACCEPTED' || outcome === 'ALREADY_ADDRESSED')) {
            const from = planCite.version;
            const to = from.next;
            const after = to?.byKey.get(planCite.prov.provisionKey);
            if (to && after?.number) {
              respCites.push({ provisionId: `${to.id}-p${pad(after.position, 4)}`, cited: `Para ${after.number}` });
              if (
                outcome !== 'ALREADY_ADDRESSED' &&
                from.changesToNext?.modified.has(planCite.prov.provisionKey) &&
                !planned.followUp &&
                planned.status === 'PUBLISHED'
              ) {
                amendmentNumber += 1;
                const A = `${P}-a${pad(amendmentNumber, 5)}`;
                const note = `Paragraph ${after.number} amended in response to recommendation ${recNumber}.`;
                const at = to.publishedAt ?? addDays(letterAt, 30);
                emit('Amendment', [A, from.documentId, from.id, to.id, planCite.prov.provisionKey, S, note, OFFICER, at]);
                audit(at, OFFICER, P, 'amendment.created', 'Amendment', A, {
                  id: A,
                  provisionKey: planCite.prov.provisionKey,
                  fromVersionId: from.id,
                  toVersionId: to.id,
                  responseId: S,
                  note,
                });
                attributed.add(`${to.id}:${planCite.prov.provisionKey}`);
              }
            } else {
              respCites.push({ provisionId: `${from.id}-p${pad(planCite.prov.position, 4)}`, cited: `Para ${planCite.prov.number}` });
            }
          }
          const responseBody = responseText(rr, OUTCOMES.indexOf(outcome), respCites[0]?.cited ?? null);
          const inLetter = planned.status === 'PUBLISHED' && !planned.followUp;
          if (inLetter) letterUsed = true;
          const updatedAt = publishedAt ?? approvedAt ?? submittedAt ?? createdAt;
          const version = 1 + (submittedAt ? 1 : 0) + (approvedAt ? 1 : 0) + (publishedAt ? 1 : 0);
          emit('Response', [
            S,
            R,
            inLetter ? letterId : null,
            outcome,
            planned.status,
            `${responseBody} [${S}]`,
            OFFICER,
            submittedAt,
            approvedAt ? APPROVER : null,
            approvedAt,
            publishedAt,
            createdAt,
            updatedAt,
            version,
          ]);
          respCites.forEach((c, i) => emit('ResponseCitation', [`${S}-c${i + 1}`, S, c.provisionId, c.cited, i]));
          const snapshot = { id: S, recommendationId: R, outcome };
          audit(createdAt, OFFICER, P, 'response.created', 'Response', S, { ...snapshot, status: 'DRAFT' });
          if (submittedAt) audit(submittedAt, OFFICER, P, 'response.submitted', 'Response', S, { ...snapshot, status: 'IN_REVIEW' }, { status: 'DRAFT' });
          if (approvedAt) audit(approvedAt, APPROVER, P, 'response.approved', 'Response', S, { ...snapshot, status: 'APPROVED' }, { status: 'IN_REVIEW' });
          if (publishedAt)
            audit(
              publishedAt,
              APPROVER,
              P,
              'response.published',
              'Response',
              S,
              { ...snapshot, status: 'PUBLISHED', publishedAt: publishedAt.toISOString() },
              { status: 'APPROVED' },
            );
        });
      }
      if (letterUsed) {
        letterSeq += 1;
        const reference = `OPCC/${p + 1}/${year}/${letterSeq}`;
        emit('ResponseLetter', [
          letterId,
          P,
          reference,
          letterAt,
          `Chair, ${name} Police and Crime Panel`,
          'Dear Chair',
          `Response to the Panel's recommendations of ${fmtDate(startsAt)}`,
          'Police and Crime Commissioner',
          'Police and Crime Commissioner',
          'PUBLISHED',
          letterAt,
          APPROVER,
          addDays(letterAt, -5),
          letterAt,
        ]);
        audit(
          letterAt,
          APPROVER,
          P,
          'responseLetter.published',
          'ResponseLetter',
          letterId,
          { id: letterId, reference, status: 'PUBLISHED' },
          { status: 'DRAFT' },
        );
      }
    }

    // changes no response caused: editorial amendments for a share of them
    for (const plan of plans) {
      for (const from of plan.versions) {
        const to = from.next;
        if (!to || !from.changesToNext) continue;
        const changed = [...from.changesToNext.modified, ...from.changesToNext.added];
        for (const key of changed) {
          if (attributed.has(`${to.id}:${key}`) || !rng.chance(0.25)) continue;
          amendmentNumber += 1;
          const A = `${P}-a${pad(amendmentNumber, 5)}`;
          const at = to.publishedAt ?? utc(options.lastYear, 10, 20);
          emit('Amendment', [A, from.documentId, from.id, to.id, key, null, 'Editorial change not attributed to a response.', OFFICER, at]);
          audit(at, OFFICER, P, 'amendment.created', 'Amendment', A, {
            id: A,
            provisionKey: key,
            fromVersionId: from.id,
            toVersionId: to.id,
            responseId: null,
          });
        }
      }
    }
    yield;
  }
  counts.auditMaxId = auditId;
  return counts;
}

function emitProvision(emit: (table: TableName, values: Value[]) => void, versionId: string, prov: FlatProvision): void {
  emit('Provision', [
    `${versionId}-p${pad(prov.position, 4)}`,
    versionId,
    prov.provisionKey,
    prov.number,
    prov.heading,
    prov.text,
    prov.kind,
    prov.depth,
    prov.parentKey,
    prov.position,
    prov.tableRows,
  ]);
}
