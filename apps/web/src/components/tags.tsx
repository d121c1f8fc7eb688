// Status tags, one colour per meaning (GOV.UK tag guidance): blue waiting, red overdue,
// green responded, grey closed or withdrawn. The words carry the meaning; colour only reinforces it.
import type { RecommendationStatus, ResponseOutcome, ResponseStatus, VersionStatus, ImplementationState } from '@psp/contracts';
import type { DeadlineState } from '@psp/domain';

function Tag({ text, colour }: { text: string; colour?: 'grey' | 'green' | 'red' | 'yellow' | 'orange' | 'purple' | 'turquoise' | 'teal' | 'pink' }) {
  return <strong className={colour ? `govuk-tag govuk-tag--${colour}` : 'govuk-tag'}>{text}</strong>;
}

export const STATUS_LABELS: Record<RecommendationStatus, string> = {
  AWAITING_RESPONSE: 'Awaiting response',
  OVERDUE: 'Overdue',
  RESPONDED: 'Responded',
  CLOSED: 'Closed',
  WITHDRAWN: 'Withdrawn',
};

export function RecommendationStatusTag({ status }: { status: RecommendationStatus }) {
  const colour = ({ AWAITING_RESPONSE: undefined, OVERDUE: 'red', RESPONDED: 'green', CLOSED: 'grey', WITHDRAWN: 'grey' } as const)[status];
  return <Tag text={STATUS_LABELS[status] ?? status} colour={colour} />;
}

export const OUTCOME_LABELS: Record<ResponseOutcome, string> = {
  ACCEPTED: 'Accepted',
  PARTIALLY_ACCEPTED: 'Partly accepted',
  NOT_ACCEPTED: 'Not accepted',
  NOTED: 'Noted',
  ALREADY_ADDRESSED: 'Already addressed',
};

export function OutcomeTag({ outcome }: { outcome: ResponseOutcome }) {
  const colour = ({ ACCEPTED: 'green', PARTIALLY_ACCEPTED: 'turquoise', NOT_ACCEPTED: 'orange', NOTED: 'grey', ALREADY_ADDRESSED: 'purple' } as const)[outcome];
  return <Tag text={OUTCOME_LABELS[outcome] ?? outcome} colour={colour} />;
}

export const RESPONSE_STATUS_LABELS: Record<ResponseStatus, string> = {
  DRAFT: 'Draft',
  IN_REVIEW: 'In review',
  APPROVED: 'Approved',
  PUBLISHED: 'Published',
};

export function ResponseStatusTag({ status }: { status: ResponseStatus }) {
  const colour = ({ DRAFT: 'grey', IN_REVIEW: 'yellow', APPROVED: 'turquoise', PUBLISHED: 'green' } as const)[status];
  return <Tag text={RESPONSE_STATUS_LABELS[status] ?? status} colour={colour} />;
}

export function VersionStatusTag({ status }: { status: VersionStatus }) {
  const labels: Record<VersionStatus, string> = { DRAFT: 'Draft', APPROVED: 'Approved', PUBLISHED: 'Published' };
  const colour = ({ DRAFT: 'grey', APPROVED: 'turquoise', PUBLISHED: 'green' } as const)[status];
  return <Tag text={labels[status] ?? status} colour={colour} />;
}

export function DeadlineTag({ state, days }: { state: DeadlineState; days: number }) {
  if (state === 'met') return <Tag text="Answered" colour="green" />;
  if (state === 'overdue') return <Tag text={`Overdue by ${-days} ${-days === 1 ? 'day' : 'days'}`} colour="red" />;
  if (state === 'due-soon') return <Tag text={days === 0 ? 'Due today' : `Due in ${days} ${days === 1 ? 'day' : 'days'}`} colour="yellow" />;
  return <Tag text={`Due in ${days} days`} />;
}

// Where an accepted recommendation's implementation stands.
export const IMPLEMENTATION_LABELS: Record<ImplementationState, string> = {
  NOT_STARTED: 'Not started',
  IN_PROGRESS: 'In progress',
  IMPLEMENTED: 'Implemented',
  NOT_IMPLEMENTED: 'Not implemented',
  SUPERSEDED: 'Superseded',
};

const COLOURS: Record<ImplementationState, string> = {
  NOT_STARTED: 'govuk-tag--grey',
  IN_PROGRESS: 'govuk-tag--blue',
  IMPLEMENTED: 'govuk-tag--green',
  NOT_IMPLEMENTED: 'govuk-tag--red',
  SUPERSEDED: 'govuk-tag--purple',
};

export function ImplementationTag({ state }: { state: ImplementationState }) {
  return <strong className={`govuk-tag ${COLOURS[state]}`}>{IMPLEMENTATION_LABELS[state]}</strong>;
}
