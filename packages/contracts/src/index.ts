// The public HTTP contract of shared/API.md as zod schemas: the API validates with them and
// documents them in OpenAPI; the web app types its fetchers with them. One source, no copies.
import { z } from 'zod';
import {
  CHANGE_KINDS,
  CITATION_SOURCES,
  DEADLINE_STATES,
  DOCUMENT_KINDS,
  LETTER_STATUSES,
  MEETING_STATUSES,
  PROVISION_KINDS,
  UNLINKED_REASONS,
  RECOMMENDATION_STATUSES,
  RESPONSE_OUTCOMES,
  RESPONSE_STATUSES,
  COMMITMENT_FULFILMENTS,
  COMMITMENT_STATES,
  IMPLEMENTATION_STATES,
  MATCH_RELATIONS,
  MEMBER_KINDS,
  PANEL_OFFICES,
  DECISION_KINDS,
  DECISION_OUTCOMES,
  VOTE_VALUES,
  TRACKER_SORTS,
  GENERATED_PAPERS,
  PROCEDURE_KINDS,
  SUBSCRIPTION_TARGETS,
  ATTENDANCE_STATUSES,
  ALERT_FREQUENCIES,
  STEP_STATES,
  PANEL_VERDICTS,
  PROGRESS_STATES,
  ROLES,
  SEARCH_HIT_KINDS,
  VERSION_STATUSES,
} from './enums';

export * from './enums';

// ───────────── enums ─────────────
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const DocumentKind = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof DocumentKind>;
export const VersionStatus = z.enum(VERSION_STATUSES);
export type VersionStatus = z.infer<typeof VersionStatus>;
export const RecommendationStatus = z.enum(RECOMMENDATION_STATUSES);
export type RecommendationStatus = z.infer<typeof RecommendationStatus>;
export const ResponseOutcome = z.enum(RESPONSE_OUTCOMES);
export type ResponseOutcome = z.infer<typeof ResponseOutcome>;
export const ResponseStatus = z.enum(RESPONSE_STATUSES);
export type ResponseStatus = z.infer<typeof ResponseStatus>;
export const ChangeKind = z.enum(CHANGE_KINDS);
export type ChangeKind = z.infer<typeof ChangeKind>;
export const LetterStatus = z.enum(LETTER_STATUSES);
export type LetterStatus = z.infer<typeof LetterStatus>;
export const MeetingStatus = z.enum(MEETING_STATUSES);
export type MeetingStatus = z.infer<typeof MeetingStatus>;
export const ProvisionKind = z.enum(PROVISION_KINDS);
export const CitationSource = z.enum(CITATION_SOURCES);
export type CitationSource = z.infer<typeof CitationSource>;

const id = z.string().min(1).max(64);
const isoDateTime = z.iso.datetime({ offset: true });
/** A moment a panel's record can hold: between the years 1900 and 2200 (an input outside is a field error, never a database error). */
const moment = isoDateTime.refine((value) => {
  const year = new Date(value).getUTCFullYear();
  // Not a date at all is the format check's error, reported once.
  return Number.isNaN(year) || (year >= 1900 && year <= 2200);
}, 'Must be a date between the years 1900 and 2200');
/** PostgreSQL's int4: a larger number is a field error, never a database error. */
const int4 = z.number().int().min(-2_147_483_648).max(2_147_483_647);
/** The optimistic-lock `version` a write carries. */
const versionNumber = int4.positive();
/** Free text a person typed: trimmed, not empty, bounded. */
const prose = (max: number) => z.string().trim().min(1, 'Enter some text').max(max, `Must be ${max} characters or fewer`);

// ───────────── errors (RFC 9457) ─────────────
export const FieldError = z.object({ path: z.string(), message: z.string() });
export type FieldError = z.infer<typeof FieldError>;
export const ProblemDetails = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  errors: z.array(FieldError).optional(),
});
export type ProblemDetails = z.infer<typeof ProblemDetails>;

// ───────────── session ─────────────
export const LoginInput = z.object({
  email: z.string().trim().toLowerCase().email('Enter an email address').max(254),
  password: z.string().min(1, 'Enter your password').max(1024),
});
export type LoginInput = z.infer<typeof LoginInput>;
export const PanelRole = z.object({ panel: z.string(), role: Role });
export const User = z.object({
  id,
  email: z.string(),
  name: z.string(),
  roles: z.array(Role),
  panelRoles: z.array(PanelRole).optional(),
});
export type User = z.infer<typeof User>;
export const LoginResult = z.object({ user: User, csrfToken: z.string() });
/** GET /api/auth/me: the user and the session's CSRF token, so a page opened in a new tab can write. */
export const CurrentUser = User.extend({ csrfToken: z.string() });
export type CurrentUser = z.infer<typeof CurrentUser>;
export type LoginResult = z.infer<typeof LoginResult>;

// ───────────── panels ─────────────
export const Panel = z.object({
  slug: z.string(),
  name: z.string(),
  forceArea: z.string(),
  hostAuthority: z.string().nullable(),
  responseDueDays: z.number().int(),
});
export type Panel = z.infer<typeof Panel>;
/** One count for every status, zeros included (an object, so OpenAPI names each key). */
export const PanelStatusCounts = z.object(
  Object.fromEntries(RecommendationStatus.options.map((status) => [status, z.number().int()])) as Record<RecommendationStatus, z.ZodNumber>,
);
/** Accepted recommendations by where their implementation stands (withdrawn ones left out). */
export const PanelImplementationCounts = z.object(
  Object.fromEntries(IMPLEMENTATION_STATES.map((state) => [state, z.number().int()])) as Record<(typeof IMPLEMENTATION_STATES)[number], z.ZodNumber>,
);
export const PanelSummary = Panel.extend({ counts: PanelStatusCounts, implementationCounts: PanelImplementationCounts.optional() });
export type PanelSummary = z.infer<typeof PanelSummary>;

// ───────────── documents and provisions ─────────────
export const Provision = z.object({
  id,
  provisionKey: z.string(),
  number: z.string().nullable(),
  /** The number as printed ("52(a)", "2.1.3", "5.0"); unlike `number` it may repeat within a version. */
  label: z.string().nullable().optional(),
  heading: z.string().nullable().optional(),
  text: z.string(),
  parentKey: z.string().nullable().optional(),
  depth: z.number().int(),
  kind: ProvisionKind.optional(),
  table: z
    .object({ rows: z.array(z.array(z.string())) })
    .nullable()
    .optional(),
  /** True when this paragraph's wording is a reconstruction, not read from a source document. */
  reconstructed: z.boolean().optional(),
});
export type Provision = z.infer<typeof Provision>;

export const VersionSummary = z.object({
  id,
  label: z.string(),
  status: VersionStatus,
  publishedAt: isoDateTime.nullable(),
  /** Where the version's text comes from. */
  source: z.string().nullable().optional(),
  /** True when some of its wording is a reconstruction; `reconstructionNote` says what and why. */
  reconstructed: z.boolean().optional(),
  reconstructionNote: z.string().nullable().optional(),
});
export type VersionSummary = z.infer<typeof VersionSummary>;
export const DocumentSummary = z.object({
  id,
  kind: DocumentKind,
  title: z.string(),
  meetingId: z.string().nullable().optional(),
  versions: z.array(VersionSummary),
});
export type DocumentSummary = z.infer<typeof DocumentSummary>;
export const DocumentVersion = VersionSummary.extend({
  documentId: id,
  documentTitle: z.string(),
  kind: DocumentKind,
  basedOnId: z.string().nullable(),
  /** The panel the document belongs to, for navigation. */
  panelSlug: z.string().optional(),
  provisions: z.array(Provision),
});
export type DocumentVersion = z.infer<typeof DocumentVersion>;

export const NumberedText = z.object({
  number: z.string().nullable(),
  text: z.string(),
  heading: z.string().nullable().optional(),
  /** True when this wording is a reconstruction, not read from a source document. */
  reconstructed: z.boolean().optional(),
});
export const WordChange = z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() });
export const Attribution = z.object({
  recommendationId: id,
  responseId: id,
  recommendationNumber: z.number().int().optional(),
  /** Why the change is attributed to the response: the amendment's note (in the demo record, the letter's words). */
  note: z.string().nullable().optional(),
});
export type Attribution = z.infer<typeof Attribution>;
export const DiffEntry = z.object({
  provisionKey: z.string(),
  change: ChangeKind,
  before: NumberedText.nullable(),
  after: NumberedText.nullable(),
  amendedBy: z.array(Attribution),
  words: z.array(WordChange).nullable().optional(),
  /** Editorial changes: the editor's notes on why the paragraph changed when no response caused it. */
  editorial: z.array(z.string()).optional(),
});
export type DiffEntry = z.infer<typeof DiffEntry>;
export const DiffQuery = z.object({
  base: id,
  /** `only=changes`: leave out the unchanged paragraphs (a page that shows only what changed needs nothing else). */
  only: z.enum(['changes']).optional(),
});
/** `?provisions=none`: the version without its provisions (its label, title and place), for pages that need no text. */
export const VersionQuery = z.object({ provisions: z.enum(['none']).optional() });

export const ProvisionHistoryEntry = z.object({
  versionId: id,
  label: z.string(),
  status: VersionStatus,
  number: z.string().nullable(),
  text: z.string().nullable(),
  change: ChangeKind,
  amendedBy: z.array(Attribution),
  /** The version's provenance, and whether this paragraph's wording in it is a reconstruction. */
  versionReconstructed: z.boolean().optional(),
  reconstructionNote: z.string().nullable().optional(),
  reconstructed: z.boolean().optional(),
  /** For an amended paragraph: its words against the version before, insertions and deletions marked. */
  words: z.array(WordChange).optional(),
});
export type ProvisionHistoryEntry = z.infer<typeof ProvisionHistoryEntry>;
export const ProvisionHistory = z.object({
  provisionKey: z.string(),
  documentId: id,
  documentTitle: z.string(),
  panelSlug: z.string().optional(),
  versions: z.array(ProvisionHistoryEntry),
});
export type ProvisionHistory = z.infer<typeof ProvisionHistory>;

export const ResolveInput = z.object({ text: z.string().max(100_000, 'Must be 100,000 characters or fewer') });
export type ResolveInput = z.infer<typeof ResolveInput>;
export const UnlinkedReason = z.enum(UNLINKED_REASONS);
export const ResolvedReference = z.object({
  cited: z.string(),
  /** The cited label in comparison form: "3.2", "46.e"; "5" for a cited "5.0". */
  number: z.string(),
  /** The one paragraph meant; null where none, several, or another document's. */
  provisionKey: z.string().nullable(),
  /** Every paragraph of the version the printed label may mean, in reading order. */
  candidates: z.array(z.string()),
  /** Why `provisionKey` is null; null when linked. */
  reason: UnlinkedReason.nullable(),
  /** The other document named ("the Police Act 1996"), when `reason` is `otherDocument`. */
  otherDocument: z.string().nullable(),
});
export const ResolveResult = z.object({ references: z.array(ResolvedReference) });
export type ResolveResult = z.infer<typeof ResolveResult>;

export const ImportVersionInput = z.object({
  label: prose(200),
  basedOnId: id.optional(),
  /** Plain text or Markdown; a .docx arrives as a multipart file instead. */
  text: z.string().max(2_000_000).optional(),
});
export const CreateDocumentInput = z.object({ kind: DocumentKind, title: prose(300) });
export type CreateDocumentInput = z.infer<typeof CreateDocumentInput>;
export type ImportVersionInput = z.infer<typeof ImportVersionInput>;
/** A version as its editors see it: DocumentVersion plus what writes need (`version` for locking). */
export const DocumentVersionDetail = DocumentVersion.extend({
  sequence: z.number().int(),
  version: z.number().int(),
  sourceName: z.string().nullable(),
});
export type DocumentVersionDetail = z.infer<typeof DocumentVersionDetail>;
/** Something the import found that a reader should check, and what it did: structure is never lost silently. */
export const ImportWarning = z.object({
  /** 1-based line of the text the parser read (for a .docx, of the text made from it); null when none applies. */
  line: z.number().int().nullable(),
  found: z.string(),
  action: z.string(),
});
export type ImportWarning = z.infer<typeof ImportWarning>;
/** The answer to an import: the new version and the parser's warnings. */
export const ImportedVersion = DocumentVersionDetail.extend({ warnings: z.array(ImportWarning) });
export type ImportedVersion = z.infer<typeof ImportedVersion>;
/** One provision of a preview: what the import would store, and how it follows the version it is based on. */
export const PreviewProvision = z.object({
  number: z.string().nullable(),
  label: z.string().nullable(),
  heading: z.string().nullable(),
  text: z.string(),
  kind: ProvisionKind,
  depth: z.number().int(),
  parentNumber: z.string().nullable(),
  /** The key of the provision of the based-on version it continues; null for a new one. */
  provisionKey: z.string().nullable(),
  relation: z.enum(MATCH_RELATIONS).exclude(['removed']),
});
/** What an import would make of a text or file, saved nowhere. */
export const VersionPreview = z.object({
  basedOnId: z.string().nullable(),
  provisions: z.array(PreviewProvision),
  warnings: z.array(ImportWarning),
});
export type VersionPreview = z.infer<typeof VersionPreview>;
export const PublishVersionInput = z.object({ version: versionNumber });
export type PublishVersionInput = z.infer<typeof PublishVersionInput>;
export const AmendmentLinkInput = z
  .object({
    provisionKey: z.string().min(1).max(200),
    /** null for an editorial change that no response caused; it then needs a note. */
    responseId: id.nullable(),
    note: z.string().trim().max(2000).optional(),
  })
  .refine((link) => link.responseId !== null || !!link.note, { message: 'Say why the paragraph changed when no response caused it', path: ['note'] });
/** Carries the document version's `version`: two people replacing the links at once cannot both win. */
export const SetAmendmentsInput = z.object({ amendments: z.array(AmendmentLinkInput).max(2000), version: versionNumber });
export type SetAmendmentsInput = z.infer<typeof SetAmendmentsInput>;
export const AmendmentLink = z.object({
  provisionKey: z.string(),
  responseId: z.string().nullable(),
  recommendationId: z.string().nullable(),
  recommendationNumber: z.number().int().nullable(),
  note: z.string().nullable(),
});
/** `version`: the document version's, which the next replacement (or its publication) must carry. */
export const VersionAmendments = z.object({ versionId: id, fromVersionId: id.nullable(), version: z.number().int(), amendments: z.array(AmendmentLink) });
export type VersionAmendments = z.infer<typeof VersionAmendments>;

export const MatchRelation = z.enum(MATCH_RELATIONS);
/** One paragraph as a version prints it, for a reviewer: its key, its place and its words. */
export const MatchedProvision = z.object({
  provisionKey: z.string(),
  number: z.string().nullable(),
  label: z.string().nullable(),
  heading: z.string().nullable(),
  text: z.string(),
});
export const MatchEntry = z.object({
  relation: MatchRelation,
  /** The paragraph of this version; null for a removed one. */
  current: MatchedProvision.nullable(),
  /** The paragraph of the earlier version it continues (same key); for a removed one, that paragraph. */
  previous: MatchedProvision.nullable(),
  /** For `merged`, the other earlier paragraphs it carries; for `split`, the one it was taken from. */
  from: z.array(MatchedProvision),
  /** For a paragraph whose words changed: the words against the earlier paragraph, insertions and deletions marked. */
  words: z.array(WordChange).nullable(),
});
export type MatchEntry = z.infer<typeof MatchEntry>;
/**
 * How each paragraph of a version follows the one before it, read from the stored keys (which a
 * reviewer may correct while the version is a draft). `version`: the document version's, which a
 * correction must carry.
 */
export const VersionMatches = z.object({
  versionId: id,
  status: VersionStatus,
  version: z.number().int(),
  fromVersion: z.object({ id, label: z.string() }).nullable(),
  entries: z.array(MatchEntry),
  /** How many entries have each relation. */
  counts: z.record(MatchRelation, z.number().int()),
});
export type VersionMatches = z.infer<typeof VersionMatches>;
/** "This is draft paragraph 38": the earlier paragraph it continues (its key), or null for a new paragraph. */
export const RematchInput = z.object({ previousKey: z.string().min(1).max(200).nullable(), version: versionNumber });
export type RematchInput = z.infer<typeof RematchInput>;

// ───────────── meetings ─────────────
export const MeetingSummary = z.object({
  id,
  title: z.string(),
  startsAt: moment,
  status: MeetingStatus,
  location: z.string().nullable().optional(),
});
export type MeetingSummary = z.infer<typeof MeetingSummary>;
export const CreateMeetingInput = z.object({
  title: prose(300),
  startsAt: moment,
  location: z.string().trim().max(300).optional(),
});
export type CreateMeetingInput = z.infer<typeof CreateMeetingInput>;
export const UpdateMeetingInput = CreateMeetingInput.partial().extend({ status: MeetingStatus.optional(), version: versionNumber });
export const GeneratedPaper = z.enum(GENERATED_PAPERS);
export const AgendaItem = z.object({
  id,
  number: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  paper: z.object({ versionId: id, documentId: id, title: z.string(), label: z.string(), kind: DocumentKind }).nullable(),
  /** A paper the portal writes from its data for this item (as Word and PDF from the meeting's tracker routes). */
  generatedPaper: GeneratedPaper.nullable().optional(),
});
export type AgendaItem = z.infer<typeof AgendaItem>;
const agendaItemFields = z.object({
  number: z.string().trim().min(1).max(20),
  title: prose(300),
  description: z.string().trim().max(10_000).optional(),
  paperVersionId: id.optional(),
  /** The portal writes the item's paper from its data (the recommendations tracker) instead of a document version. */
  generatedPaper: GeneratedPaper.optional(),
});
export const CreateAgendaItemInput = agendaItemFields.refine((item) => !(item.paperVersionId && item.generatedPaper), {
  message: 'An item has either a paper from the documents or one the portal writes, not both',
  path: ['generatedPaper'],
});
export type CreateAgendaItemInput = z.infer<typeof CreateAgendaItemInput>;
/**
 * Agenda corrections carry the meeting's `version` (the agenda is part of the meeting, and each
 * correction moves it on) and are refused once the meeting's minutes are published.
 */
export const UpdateAgendaItemInput = agendaItemFields
  .omit({ generatedPaper: true })
  .partial()
  .extend({ paperVersionId: id.nullable().optional(), version: versionNumber });
export type UpdateAgendaItemInput = z.infer<typeof UpdateAgendaItemInput>;
export const RemoveAgendaItemInput = z.object({ version: versionNumber });
export type RemoveAgendaItemInput = z.infer<typeof RemoveAgendaItemInput>;
/** Every item of the agenda, in the new order. */
export const ReorderAgendaInput = z.object({ itemIds: z.array(id).min(1).max(500), version: versionNumber });
export type ReorderAgendaInput = z.infer<typeof ReorderAgendaInput>;
export const Minutes = z.object({
  documentId: id,
  versionId: id,
  label: z.string(),
  status: VersionStatus,
  version: z.number().int(),
  publishedAt: isoDateTime.nullable(),
  /** True when the minutes' wording is (partly) a reconstruction; `reconstructionNote` says what and why. */
  reconstructed: z.boolean().optional(),
  reconstructionNote: z.string().nullable().optional(),
  provisions: z.array(Provision),
});
export type Minutes = z.infer<typeof Minutes>;
/** A calendar day, YYYY-MM-DD (a real date between 1900 and 2200). */
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a date as YYYY-MM-DD')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) && value >= '1900-01-01' && value <= '2200-12-31';
  }, 'Enter a real date');
// ───────────── statutory procedures ─────────────
export const ProcedureKind = z.enum(PROCEDURE_KINDS);
export const StepState = z.enum(STEP_STATES);
export const ProcedureStepView = z.object({
  code: z.string(),
  label: z.string(),
  /** The day it is due by (YYYY-MM-DD, the day included); null where neither the law nor the panel sets one. */
  dueOn: z.string().nullable(),
  state: StepState,
  doneOn: z.string().nullable(),
  meeting: z.object({ id, title: z.string() }).nullable(),
  paper: z.object({ versionId: id, label: z.string(), title: z.string() }).nullable(),
  decisionId: z.string().nullable(),
  note: z.string().nullable(),
});
/** A statutory procedure and its steps. The precept of a year is listed even before anything is recorded (`id` null). */
export const ProcedureView = z.object({
  id: z.string().nullable(),
  kind: ProcedureKind,
  title: z.string(),
  year: z.number().int().nullable(),
  startedOn: z.string().nullable(),
  vetoed: z.boolean(),
  version: z.number().int(),
  steps: z.array(ProcedureStepView),
});
export type ProcedureView = z.infer<typeof ProcedureView>;
export const ProceduresQuery = z.object({ year: z.coerce.number().int().min(2000).max(2200).optional() });
export const StartProcedureInput = z
  .object({
    kind: ProcedureKind,
    title: prose(300),
    /** The precept's year. */
    year: z.number().int().min(2000).max(2200).optional(),
    /** The day the panel was notified (every other procedure). */
    startedOn: day.optional(),
  })
  .refine((p) => (p.kind === 'PRECEPT' ? p.year !== undefined : p.startedOn !== undefined), {
    message: 'Give the precept’s year, or the day the panel was notified',
    path: ['startedOn'],
  });
export type StartProcedureInput = z.infer<typeof StartProcedureInput>;
export const RecordStepInput = z.object({
  doneOn: day,
  meetingId: id.optional(),
  paperVersionId: id.optional(),
  decisionId: id.optional(),
  note: z.string().trim().max(2000).optional(),
  /** The panel vetoed at this step (its report on the precept, or on the candidate). */
  vetoed: z.boolean().optional(),
  version: versionNumber,
});
export type RecordStepInput = z.infer<typeof RecordStepInput>;

// ───────────── follow and alerts ─────────────
export const SubscriptionTarget = z.enum(SUBSCRIPTION_TARGETS);
export const AlertFrequency = z.enum(ALERT_FREQUENCIES);
export const SubscribeInput = z.object({
  /** The address to alert; a signed-in person's own address is used instead. */
  email: z.string().trim().toLowerCase().email('Enter an email address, like name@example.com').max(254).optional(),
  target: SubscriptionTarget,
  /** The panel's slug, the meeting's id or the recommendation's id. */
  targetId: z.string().trim().min(1).max(200),
  frequency: AlertFrequency.default('IMMEDIATE'),
});
export type SubscribeInput = z.input<typeof SubscribeInput>;
/** CONFIRMATION_SENT: the public confirm from the email first (double opt-in); SUBSCRIBED: a signed-in person follows at once. */
export const SubscribeResult = z.object({ status: z.enum(['CONFIRMATION_SENT', 'SUBSCRIBED']), email: z.string() });
export type SubscribeResult = z.infer<typeof SubscribeResult>;
export const SubscriptionTokenQuery = z.object({ token: z.string().min(16).max(200) });

// ───────────── the staff workspace ─────────────
const count = z.number().int();
/** The work waiting for the caller on one panel, by the roles they hold there (a role they lack is absent). */
export const PanelWorkspace = z.object({
  panel: z.object({ slug: z.string(), name: z.string() }),
  clerk: z
    .object({
      meetingsWithoutMinutes: count,
      minutesToApprove: count,
      minutesToPublish: count,
      /** Steps of the statutory procedures due within a week or overdue. */
      procedureStepsDue: count,
      nextMeeting: z.object({ id, title: z.string(), startsAt: isoDateTime }).nullable(),
    })
    .optional(),
  officer: z.object({ toDraft: count, overdue: count, dueSoon: count, returned: count }).optional(),
  approver: z.object({ toReview: count, approvedNotInLetter: count, lettersToPublish: count }).optional(),
  councillor: z
    .object({
      waiting: count,
      overdue: count,
      /** Recommendations answered (a response published) since the member's previous visit to the workspace. */
      answeredSinceLastVisit: count,
      lastVisitAt: isoDateTime.nullable(),
    })
    .optional(),
  admin: z.object({ peopleWithoutRole: count }).optional(),
});
export type PanelWorkspace = z.infer<typeof PanelWorkspace>;
export const WorkspaceSummary = z.object({ panels: z.array(PanelWorkspace) });
export type WorkspaceSummary = z.infer<typeof WorkspaceSummary>;

// ───────────── membership and decisions ─────────────
export const MemberKind = z.enum(MEMBER_KINDS);
export const PanelOffice = z.enum(PANEL_OFFICES);
export const DecisionKind = z.enum(DECISION_KINDS);
export const DecisionOutcome = z.enum(DECISION_OUTCOMES);
export const VoteValue = z.enum(VOTE_VALUES);

/** One term of one person on the panel: members change over time, so each term has its dates. */
export const PanelMember = z.object({
  id,
  name: z.string(),
  kind: MemberKind,
  /** The council that appointed a councillor; null for an independent member. */
  council: z.string().nullable(),
  office: PanelOffice,
  votingRights: z.boolean(),
  startsOn: z.string(),
  /** The last day of the term; null while it runs. */
  endsOn: z.string().nullable(),
  version: z.number().int(),
});
export type PanelMember = z.infer<typeof PanelMember>;
export const MembersQuery = z.object({
  /** The members on this day (default: today, in London); `all=true` lists every term instead. */
  on: day.optional(),
  all: z.enum(['true', 'false']).optional(),
});
const memberFields = {
  name: prose(200),
  kind: MemberKind,
  council: z.string().trim().max(200).optional(),
  office: PanelOffice.optional(),
  votingRights: z.boolean().optional(),
  startsOn: day,
  endsOn: day.optional(),
};
export const CreateMemberInput = z
  .object(memberFields)
  .refine((m) => m.kind !== 'COUNCILLOR' || !!m.council, { message: 'Enter the council that appointed the councillor', path: ['council'] })
  .refine((m) => !m.endsOn || m.endsOn >= m.startsOn, { message: 'The term must end on or after the day it starts', path: ['endsOn'] });
export type CreateMemberInput = z.infer<typeof CreateMemberInput>;
export const UpdateMemberInput = z.object({
  name: prose(200).optional(),
  council: z.string().trim().max(200).nullable().optional(),
  office: PanelOffice.optional(),
  votingRights: z.boolean().optional(),
  startsOn: day.optional(),
  endsOn: day.nullable().optional(),
  version: versionNumber,
});
export type UpdateMemberInput = z.infer<typeof UpdateMemberInput>;
export const VoteInput = z.object({ memberId: id, vote: VoteValue });
export const RecordDecisionInput = z.object({
  kind: DecisionKind,
  motion: prose(5000),
  /** What the panel resolved; the portal checks it against the votes (a veto against two-thirds of the members). */
  outcome: DecisionOutcome,
  /** Each member's vote; a member of the panel on the day who is not listed is recorded as absent. */
  votes: z.array(VoteInput).max(200),
});
export type RecordDecisionInput = z.infer<typeof RecordDecisionInput>;
export const Decision = z.object({
  id,
  agendaItemId: id,
  kind: DecisionKind,
  motion: z.string(),
  outcome: DecisionOutcome,
  /** The day of the decision (the meeting's, in London) and how many persons were members of the panel on it. */
  decidedOn: z.string(),
  membersOnDay: z.number().int(),
  /** For a veto: the votes it needs (two-thirds of the members, rounded up). */
  needed: z.number().int().nullable(),
  counts: z.object({ FOR: z.number().int(), AGAINST: z.number().int(), ABSTAIN: z.number().int(), ABSENT: z.number().int() }),
  /** The count in words: "8 of 12 members voted for the veto: it needs 8". */
  arithmetic: z.string(),
  votes: z.array(z.object({ memberId: id, name: z.string(), vote: VoteValue })),
});
export type Decision = z.infer<typeof Decision>;

export const AttendanceStatus = z.enum(ATTENDANCE_STATUSES);
export const AttendanceRecord = z.object({
  memberId: id,
  name: z.string(),
  status: AttendanceStatus,
  /** Who attended in the member's place (SUBSTITUTED). */
  substitute: z.string().nullable(),
});
export type AttendanceRecord = z.infer<typeof AttendanceRecord>;
export const SetAttendanceInput = z.object({
  records: z
    .array(
      z
        .object({ memberId: id, status: AttendanceStatus, substitute: z.string().trim().max(200).optional() })
        .refine((r) => r.status !== 'SUBSTITUTED' || !!r.substitute, { message: 'Enter who attended in the member’s place', path: ['substitute'] }),
    )
    .max(200),
  version: versionNumber,
});
export type SetAttendanceInput = z.infer<typeof SetAttendanceInput>;
export const Declaration = z.object({ id, agendaItemId: id, memberId: id, name: z.string(), interest: z.string() });
export type Declaration = z.infer<typeof Declaration>;
export const DeclareInterestInput = z.object({ memberId: id, interest: prose(2000) });
export type DeclareInterestInput = z.infer<typeof DeclareInterestInput>;

export const MeetingDetail = MeetingSummary.extend({
  version: z.number().int(),
  /** What of this record of the meeting comes from a source and what is illustrative. */
  provenanceNote: z.string().nullable().optional(),
  agendaItems: z.array(AgendaItem),
  minutes: Minutes.nullable(),
  /** The decisions on its agenda items, with each member's vote. */
  decisions: z.array(Decision).optional(),
  /** Who attended, sent apologies or was substituted, as the clerk recorded it. */
  attendance: z.array(AttendanceRecord).optional(),
  /** Interests declared, per agenda item. */
  declarations: z.array(Declaration).optional(),
});
export type MeetingDetail = z.infer<typeof MeetingDetail>;
export const MinuteItemInput = z.object({ number: z.string().trim().min(1).max(30), heading: z.string().trim().max(300).optional(), text: prose(50_000) });
export const SaveMinutesInput = z.object({
  items: z.array(MinuteItemInput).min(1).max(500),
  /** The minutes' current version when editing; absent when drafting the first time. */
  version: versionNumber.optional(),
});
export type SaveMinutesInput = z.infer<typeof SaveMinutesInput>;
/** DRAFT returns approved minutes to the clerk for correction (before they are published). */
export const MinutesTransitionInput = z.object({ to: z.enum(['APPROVED', 'PUBLISHED', 'DRAFT']), version: versionNumber });

// ───────────── recommendations and responses ─────────────
export const CitedProvision = z.object({
  provisionKey: z.string(),
  number: z.string().nullable(),
  versionId: id,
  /** The words that cite it ("point 24"), or null when the text names no number. */
  cited: z.string().nullable().optional(),
  /** AS_WRITTEN: the citing text's own words; LINKED_BY_STAFF: a link staff added ("linked by the clerk"). */
  source: CitationSource.optional(),
});
/** A citation a response makes in its own words that no paragraph of the version it names can honestly be linked to, and why. */
export const UnresolvedCitation = z.object({ cited: z.string(), versionId: id, versionLabel: z.string(), note: z.string() });
export type UnresolvedCitation = z.infer<typeof UnresolvedCitation>;
export type CitedProvision = z.infer<typeof CitedProvision>;

export const Recommendation = z.object({
  id,
  number: z.number().int(),
  text: z.string(),
  status: RecommendationStatus,
  meetingId: id,
  meetingTitle: z.string().optional(),
  meetingStartsAt: isoDateTime.optional(),
  theme: z.string().nullable().optional(),
  dueAt: isoDateTime.nullable(),
  closedAt: isoDateTime.nullable().optional(),
  closedReason: z.string().nullable().optional(),
  withdrawnAt: isoDateTime.nullable().optional(),
  withdrawnReason: z.string().nullable().optional(),
  provisions: z.array(CitedProvision),
  latestOutcome: ResponseOutcome.nullable(),
  version: z.number().int().optional(),
  /** Of an accepted or partly accepted recommendation: where its implementation stands (null when not tracked). */
  implementationState: z.enum(IMPLEMENTATION_STATES).nullable().optional(),
});
export type Recommendation = z.infer<typeof Recommendation>;
export const ImplementationState = z.enum(IMPLEMENTATION_STATES);
export type ImplementationState = z.infer<typeof ImplementationState>;
/** A dated step of the implementation: OPCC progress, or the panel's verdict (with its meeting and minute). */
export const ImplementationUpdate = z.object({
  id,
  state: ImplementationState,
  note: z.string(),
  evidenceUrl: z.string().nullable(),
  verdict: z.object({ meetingId: id, meetingTitle: z.string(), minute: z.string() }).nullable(),
  at: isoDateTime,
});
export type ImplementationUpdate = z.infer<typeof ImplementationUpdate>;
const evidenceUrl = z
  .string()
  .trim()
  .max(2000)
  .url('Enter a full web address, starting https://')
  .refine((value) => /^https?:\/\//.test(value), 'Enter a full web address, starting https://');
export const RecordProgressInput = z.object({
  state: z.enum(PROGRESS_STATES),
  note: prose(5000),
  evidenceUrl: evidenceUrl.optional(),
});
export type RecordProgressInput = z.infer<typeof RecordProgressInput>;
export const RecordVerdictInput = z.object({
  verdict: z.enum(PANEL_VERDICTS),
  meetingId: id,
  /** The minute that agreed it, as the minutes number it ("44", "6(b)"). */
  minute: prose(50),
  note: prose(5000),
  version: versionNumber,
});
export type RecordVerdictInput = z.infer<typeof RecordVerdictInput>;

// ───────────── commitments ─────────────
export const CommitmentFulfilment = z.enum(COMMITMENT_FULFILMENTS);
export type CommitmentFulfilment = z.infer<typeof CommitmentFulfilment>;
export const CommitmentState = z.enum(COMMITMENT_STATES);
/** A promise a response makes, in its own words; public when its response is. */
export const Commitment = z.object({
  id,
  responseId: id,
  words: z.string(),
  owner: z.string(),
  dueAt: isoDateTime.nullable(),
  /** The meeting it is promised "by", when it names one. */
  dueMeeting: z.object({ id, title: z.string(), startsAt: isoDateTime }).nullable(),
  /** OPEN, DUE_SOON (within 14 days of its date), OVERDUE, or FULFILLED. */
  state: CommitmentState,
  fulfilledAt: isoDateTime.nullable(),
  fulfilment: CommitmentFulfilment.nullable(),
  fulfilledByVersionId: z.string().nullable(),
  fulfilledByAgendaItemId: z.string().nullable(),
  fulfilmentNote: z.string().nullable(),
  version: z.number().int(),
});
export type Commitment = z.infer<typeof Commitment>;
export const CreateCommitmentInput = z.object({
  /** A passage of the response's own text. */
  words: prose(2000),
  owner: prose(200),
  dueAt: moment.optional(),
  dueMeetingId: id.optional(),
});
export type CreateCommitmentInput = z.infer<typeof CreateCommitmentInput>;
export const FulfilCommitmentInput = z.object({
  fulfilment: CommitmentFulfilment,
  /** The paper or plan version that fulfilled it (PAPER, PLAN_CHANGE). */
  versionId: id.optional(),
  /** The meeting item that fulfilled it (MEETING_ITEM). */
  agendaItemId: id.optional(),
  note: z.string().trim().max(2000).optional(),
  version: versionNumber,
});
export type FulfilCommitmentInput = z.infer<typeof FulfilCommitmentInput>;

export const Response = z.object({
  id,
  recommendationId: id,
  outcome: ResponseOutcome,
  /** The sentence of the response the outcome rests on. */
  outcomeReason: z.string().nullable().optional(),
  status: ResponseStatus,
  text: z.string(),
  provisions: z.array(CitedProvision),
  /** Citations in the response's words that are not linked to a paragraph, and why. */
  unresolvedCitations: z.array(UnresolvedCitation).optional(),
  version: z.number().int(),
  publishedAt: isoDateTime.nullable(),
  letterId: z.string().nullable().optional(),
  /** The promises the response makes (on the recommendation page). */
  commitments: z.array(Commitment).optional(),
});
export type Response = z.infer<typeof Response>;

export const HistoryEntry = z.object({
  at: isoDateTime,
  action: z.string(),
  summary: z.string(),
  actor: z.object({ id, name: z.string() }).nullable(),
  /** The note that came with the step (a response returned to draft: what to change). */
  comment: z.string().optional(),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

export const RecommendationDetail = Recommendation.extend({
  responses: z.array(Response),
  /** The implementation's story after the answer, oldest first. */
  implementationUpdates: z.array(ImplementationUpdate).optional(),
  history: z.array(HistoryEntry),
});
export type RecommendationDetail = z.infer<typeof RecommendationDetail>;

export const RecommendationQuery = z.object({
  status: RecommendationStatus.optional(),
  q: z.string().trim().max(500).optional(),
  provisionKey: z.string().max(200).optional(),
  meetingId: id.optional(),
  theme: z.string().max(200).optional(),
  outcome: ResponseOutcome.optional(),
  /** Where the implementation of an accepted recommendation stands. */
  implementation: z.enum(IMPLEMENTATION_STATES).optional(),
  sort: z.enum(TRACKER_SORTS).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
  offset: z.coerce.number().int().min(0).max(1_000_000).optional(),
});
export type RecommendationQuery = z.infer<typeof RecommendationQuery>;

export const CreateRecommendationInput = z.object({
  meetingId: id,
  text: prose(20_000),
  citedVersionId: id,
  provisionKeys: z.array(z.string().min(1).max(200)).max(100).optional(),
  citation: z.string().trim().max(1000).optional(),
  dueAt: moment.optional(),
  theme: z.string().trim().max(200).optional(),
});
export type CreateRecommendationInput = z.infer<typeof CreateRecommendationInput>;
export const CloseRecommendationInput = z.object({ reason: prose(5000), version: versionNumber });
export type CloseRecommendationInput = z.infer<typeof CloseRecommendationInput>;
/** Withdraws a recommendation recorded by mistake: it is kept, with the reason, and counted nowhere. */
export const WithdrawRecommendationInput = z.object({ reason: prose(5000), version: versionNumber });
export type WithdrawRecommendationInput = z.infer<typeof WithdrawRecommendationInput>;
/**
 * A correction of a recommendation: only the fields sent change. Citations are replaced when
 * `citedVersionId` is sent. Once a response to it is published, `reason` is required; the history shows it.
 */
export const UpdateRecommendationInput = z.object({
  text: prose(20_000).optional(),
  theme: z.string().trim().max(200).optional(),
  citedVersionId: id.optional(),
  provisionKeys: z.array(z.string().min(1).max(200)).max(100).optional(),
  citation: z.string().trim().max(1000).optional(),
  dueAt: moment.optional(),
  reason: z.string().trim().max(5000).optional(),
  version: versionNumber,
});
export type UpdateRecommendationInput = z.infer<typeof UpdateRecommendationInput>;

export const CreateResponseInput = z.object({
  outcome: ResponseOutcome,
  /** The sentence of the response the outcome rests on. */
  outcomeReason: z.string().trim().max(2000).optional(),
  text: prose(50_000),
  citedVersionId: id.optional(),
  provisionKeys: z.array(z.string().min(1).max(200)).max(100).optional(),
  citation: z.string().trim().max(1000).optional(),
});
export type CreateResponseInput = z.infer<typeof CreateResponseInput>;
export const UpdateResponseInput = CreateResponseInput.partial().extend({ version: versionNumber });
export type UpdateResponseInput = z.infer<typeof UpdateResponseInput>;
export const ResponseTransitionInput = z.object({
  to: z.enum(['IN_REVIEW', 'APPROVED', 'PUBLISHED']),
  version: versionNumber,
});
export type ResponseTransitionInput = z.infer<typeof ResponseTransitionInput>;

export const ResponseLetter = z.object({
  id,
  reference: z.string(),
  date: isoDateTime,
  addressee: z.string(),
  salutation: z.string().nullable(),
  subject: z.string(),
  opening: z.string().nullable(),
  closing: z.string().nullable(),
  signatory: z.string(),
  signatoryRole: z.string().nullable(),
  /** How this copy relates to the letter sent: what was transcribed, left out or supplied, and why. */
  provenanceNote: z.string().nullable().optional(),
  status: LetterStatus,
  publishedAt: isoDateTime.nullable(),
  version: z.number().int(),
  items: z.array(z.object({ recommendation: Recommendation, response: Response })),
});
export type ResponseLetter = z.infer<typeof ResponseLetter>;
export const CreateLetterInput = z.object({
  reference: prose(100),
  date: moment,
  addressee: prose(300),
  salutation: z.string().trim().max(300).optional(),
  subject: prose(500),
  opening: z.string().trim().max(20_000).optional(),
  closing: z.string().trim().max(20_000).optional(),
  signatory: prose(300),
  signatoryRole: z.string().trim().max(300).optional(),
  responseIds: z.array(id).min(1).max(500),
});
export type CreateLetterInput = z.infer<typeof CreateLetterInput>;
/** Corrects a DRAFT letter: only the fields sent change; `responseIds`, when sent, is the letter's new set of responses. */
export const UpdateLetterInput = CreateLetterInput.partial().extend({ version: versionNumber });
export type UpdateLetterInput = z.infer<typeof UpdateLetterInput>;
/** Discards a DRAFT letter (never published): its responses are free to go into another letter. */
export const DiscardLetterInput = z.object({ version: versionNumber });
export type DiscardLetterInput = z.infer<typeof DiscardLetterInput>;

// ───────────── panels, queues and letters: the portal's own routes (docs/ROUTES.md) ─────────────
export const DeadlineState = z.enum(DEADLINE_STATES);
/** One date of the precept timetable; `date` is the calendar day (the deadline is its end). */
export const PanelDeadline = z.object({ code: z.string(), label: z.string(), date: z.iso.date(), state: DeadlineState });
export type PanelDeadline = z.infer<typeof PanelDeadline>;
export const DeadlinesQuery = z.object({ year: z.coerce.number().int().min(2000).max(2200).optional() });
export type DeadlinesQuery = z.infer<typeof DeadlinesQuery>;

export const ResponseQueueQuery = z.object({ status: ResponseStatus.optional() });
export type ResponseQueueQuery = z.infer<typeof ResponseQueueQuery>;
export const ResponseQueueItem = z.object({ recommendation: Recommendation, response: Response });
export type ResponseQueueItem = z.infer<typeof ResponseQueueItem>;
/** ResponseTransitionInput, plus `DRAFT`: an approver (or the officer, from review) returns a response for more work. */
export const ResponseWorkflowTransitionInput = ResponseTransitionInput.extend({
  to: ResponseStatus,
  /** Why: the approver's note to the officer when returning a response to draft, shown to the officer and kept in the history. */
  comment: z.string().trim().max(2000).optional(),
});
export type ResponseWorkflowTransitionInput = z.infer<typeof ResponseWorkflowTransitionInput>;
export type UpdateMeetingInput = z.infer<typeof UpdateMeetingInput>;
export type MinutesTransitionInput = z.infer<typeof MinutesTransitionInput>;
export const PublishLetterInput = z.object({ version: versionNumber });
export type PublishLetterInput = z.infer<typeof PublishLetterInput>;

// ───────────── search ─────────────
export const SearchHitKind = z.enum(SEARCH_HIT_KINDS);
export type SearchHitKind = z.infer<typeof SearchHitKind>;
export const SearchHit = z.object({
  kind: SearchHitKind,
  id,
  title: z.string(),
  /** Text with matched words wrapped in <mark>…</mark>; everything else HTML-escaped. */
  highlight: z.string(),
  rank: z.number(),
  panel: z.string(),
  versionId: z.string().nullable(),
  provisionKey: z.string().nullable(),
  recommendationId: z.string().nullable(),
  meetingId: z.string().nullable(),
  /** When it was published, recorded or met: what the date filters compare. */
  date: isoDateTime.nullable(),
  /** A paragraph whose wording is a reconstruction, not the document's (see the version's provenance). */
  reconstructed: z.boolean(),
  /** Older versions in which the same paragraph also matched, newest first: folded under the newest. */
  alsoIn: z.array(z.object({ versionId: z.string(), versionLabel: z.string() })),
});
export type SearchHit = z.infer<typeof SearchHit>;
const calendarDate = z.iso.date('Enter a date as YYYY-MM-DD');
export const SearchQuery = z.object({
  q: z.string().trim().min(1, 'Enter words to search for').max(500),
  panel: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
  /** Only hits of this kind. */
  kind: SearchHitKind.optional(),
  /** Only hits dated on or after this day (Europe/London). */
  from: calendarDate.optional(),
  /** Only hits dated on or before this day (Europe/London). */
  to: calendarDate.optional(),
});
export const SearchResult = z.object({
  hits: z.array(SearchHit),
  /** The words searched for instead, when the words as typed found nothing ("rual crime" → "rural crime"). */
  correctedQuery: z.string().nullable(),
  /** What the words name outright ("recommendation 12", "para 47.a"): the page goes straight there when there is one. */
  direct: z.array(SearchHit),
});
export type SearchQuery = z.infer<typeof SearchQuery>;
export type SearchResult = z.infer<typeof SearchResult>;

// ───────────── admin ─────────────
export const CreateUserInput = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  name: prose(200),
  password: z.string().min(12, 'Use at least 12 characters').max(1024),
  roles: z
    .array(z.object({ panel: z.string().min(1), role: Role }))
    .max(50)
    .default([]),
});
export type CreateUserInput = z.infer<typeof CreateUserInput>;
export const UpdateUserRolesInput = z.object({
  roles: z.array(z.object({ panel: z.string().min(1), role: Role })).max(50),
  active: z.boolean().optional(),
  version: versionNumber,
});
export type UpdateUserRolesInput = z.infer<typeof UpdateUserRolesInput>;
export const AdminUser = User.extend({ active: z.boolean(), version: z.number().int(), panelRoles: z.array(PanelRole) });
export type AdminUser = z.infer<typeof AdminUser>;

export const ReadReplicaHealth = z.object({ name: z.string(), healthy: z.boolean(), lagMs: z.number().nullable(), reason: z.string().nullable() });
/** `readReplicas` only when DATABASE_READ_URLS names some: whether each is in use, and why not. */
export const Health = z.object({ status: z.literal('ok'), readReplicas: z.array(ReadReplicaHealth).optional() });
export type Health = z.infer<typeof Health>;
