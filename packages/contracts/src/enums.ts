// Every enum's values, defined once, as plain arrays. The zod schemas of the contract (index.ts)
// are built from them, the domain's types derive from them, a test holds the Prisma schema's
// enums to them, and the web app may import them as values: this module imports no zod, so it
// never brings the schemas into a page's bundle (import it as `@psp/contracts/enums`).
export const ROLES = ['PANEL_MEMBER', 'CLERK', 'OPCC_OFFICER', 'OPCC_APPROVER', 'ADMIN'] as const;
export const DOCUMENT_KINDS = ['PLAN', 'REPORT', 'MINUTES'] as const;
export const VERSION_STATUSES = ['DRAFT', 'APPROVED', 'PUBLISHED'] as const;
export const RECOMMENDATION_STATUSES = ['AWAITING_RESPONSE', 'OVERDUE', 'RESPONDED', 'CLOSED', 'WITHDRAWN'] as const;
export const RESPONSE_OUTCOMES = ['ACCEPTED', 'PARTIALLY_ACCEPTED', 'NOT_ACCEPTED', 'NOTED', 'ALREADY_ADDRESSED'] as const;
export const RESPONSE_STATUSES = ['DRAFT', 'IN_REVIEW', 'APPROVED', 'PUBLISHED'] as const;
export const CHANGE_KINDS = ['added', 'removed', 'modified', 'renumbered', 'unchanged'] as const;
export const LETTER_STATUSES = ['DRAFT', 'PUBLISHED'] as const;
export const MEETING_STATUSES = ['SCHEDULED', 'HELD', 'CANCELLED'] as const;
/** Who made a citation: the citing text's own words (the panel's, the OPCC's), or staff linking a paragraph the text does not number. */
export const CITATION_SOURCES = ['AS_WRITTEN', 'LINKED_BY_STAFF'] as const;
export const PROVISION_KINDS = ['SECTION', 'PARAGRAPH', 'POINT', 'TABLE', 'TEXT'] as const;
export const DEADLINE_STATES = ['met', 'upcoming', 'due-soon', 'overdue'] as const;
/** What a citation's cue word names: "para 4" (a paragraph), "recommendation 4", "minute 6", "Schedule 6" (legislation). */
export const CITATION_CUES = ['paragraph', 'recommendation', 'minute', 'legislation'] as const;
/** Why a citation is left unlinked: the label is printed more than once, it names another document, or nothing prints it. */
export const UNLINKED_REASONS = ['ambiguous', 'otherDocument', 'notFound'] as const;
/** What a search hit is: a paragraph of a plan or report, a recommendation, a response, or a paragraph of minutes. */
export const SEARCH_HIT_KINDS = ['provision', 'recommendation', 'response', 'minutes'] as const;
/** Where a commitment made in a response stands: open, due within a fortnight, past its date unfulfilled, or fulfilled. */
export const COMMITMENT_STATES = ['OPEN', 'DUE_SOON', 'OVERDUE', 'FULFILLED'] as const;
/** What fulfilled a commitment: a paper to the panel, an item at a meeting, or a change to the plan. */
export const COMMITMENT_FULFILMENTS = ['PAPER', 'MEETING_ITEM', 'PLAN_CHANGE'] as const;
/** What the OPCC reports of an accepted recommendation's implementation. */
export const PROGRESS_STATES = ['NOT_STARTED', 'IN_PROGRESS'] as const;
export type ProgressState = (typeof PROGRESS_STATES)[number];
/** What only the panel records: each closes the recommendation. */
export const PANEL_VERDICTS = ['IMPLEMENTED', 'NOT_IMPLEMENTED', 'SUPERSEDED'] as const;
export type PanelVerdict = (typeof PANEL_VERDICTS)[number];
/** Where an accepted recommendation's implementation stands. */
export const IMPLEMENTATION_STATES = [...PROGRESS_STATES, ...PANEL_VERDICTS] as const;

/**
 * How a paragraph of a version follows the version before it, as the import matched it (and a
 * reviewer may correct): `removed` is an old paragraph nothing continues. The import's preview
 * uses all but `removed`.
 */
export const MATCH_RELATIONS = ['same', 'edited', 'moved', 'renumbered', 'split', 'merged', 'new', 'removed'] as const;
export type MatchRelationValue = (typeof MATCH_RELATIONS)[number];

/** Who sits on a panel: a councillor appointed by a council of the force area, or a co-opted independent member. */
export const MEMBER_KINDS = ['COUNCILLOR', 'INDEPENDENT'] as const;
/** The office a member holds during a term on the panel. */
export const PANEL_OFFICES = ['MEMBER', 'CHAIR', 'VICE_CHAIR'] as const;
/**
 * What a decision on an agenda item is: an ordinary resolution, or a statutory veto — of the
 * proposed precept (Police Reform and Social Responsibility Act 2011, Schedule 5) or of the
 * proposed chief constable (Schedule 8) — which needs two-thirds of the panel's members.
 */
export const DECISION_KINDS = ['ORDINARY', 'PRECEPT_VETO', 'CHIEF_CONSTABLE_VETO'] as const;
/** CARRIED: the motion passed (for a veto: the panel vetoed). */
export const DECISION_OUTCOMES = ['CARRIED', 'LOST'] as const;
export const VOTE_VALUES = ['FOR', 'AGAINST', 'ABSTAIN', 'ABSENT'] as const;
/** How the tracker orders its rows: newest meeting first (the default), or by where implementation stands (in IMPLEMENTATION_STATES order, recommendations not yet tracked last). */
export const TRACKER_SORTS = ['meeting', 'implementation'] as const;
/** Papers the portal writes from its own data for an agenda item: the recommendations tracker (outstanding, overdue, answered since the last meeting). */
export const GENERATED_PAPERS = ['RECOMMENDATIONS_TRACKER'] as const;
/** The panel's statutory procedures, tracked step by step with computed deadlines. */
export const PROCEDURE_KINDS = ['PRECEPT', 'CONFIRMATION_HEARING', 'PLAN_REVIEW', 'ANNUAL_REPORT'] as const;
/** Where a step of a procedure stands: done, not yet due, due within a week, past its date, or without a statutory date. */
export const STEP_STATES = ['done', 'upcoming', 'due-soon', 'overdue', 'no-deadline', 'not-applicable'] as const;
/** What a person follows: a whole panel, one meeting, or one recommendation. */
export const SUBSCRIPTION_TARGETS = ['PANEL', 'MEETING', 'RECOMMENDATION'] as const;
/** An alert for each change as it is published, or one digest a day. */
export const ALERT_FREQUENCIES = ['IMMEDIATE', 'DAILY'] as const;
/** A member at a meeting: there, sent apologies, absent without apologies, or represented by a substitute. */
export const ATTENDANCE_STATUSES = ['PRESENT', 'APOLOGIES', 'ABSENT', 'SUBSTITUTED'] as const;
