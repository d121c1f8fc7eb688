import type { Commitment } from '@psp/contracts';
import { commitmentState } from '@psp/domain';

/** A commitment as the database gives it (dates as Date), with its meeting when it names one. */
export interface CommitmentRow {
  id: string;
  responseId: string;
  words: string;
  owner: string;
  dueAt: Date | null;
  dueMeeting: { id: string; title: string; startsAt: Date } | null;
  fulfilledAt: Date | null;
  fulfilment: Commitment['fulfilment'];
  fulfilledByVersionId: string | null;
  fulfilledByAgendaItemId: string | null;
  fulfilmentNote: string | null;
  version: number;
}

export const COMMITMENT_SELECT = {
  id: true,
  responseId: true,
  words: true,
  owner: true,
  dueAt: true,
  dueMeeting: { select: { id: true, title: true, startsAt: true } },
  fulfilledAt: true,
  fulfilment: true,
  fulfilledByVersionId: true,
  fulfilledByAgendaItemId: true,
  fulfilmentNote: true,
  version: true,
} as const;

export function mapCommitment(row: CommitmentRow, now: Date): Commitment {
  return {
    id: row.id,
    responseId: row.responseId,
    words: row.words,
    owner: row.owner,
    dueAt: row.dueAt?.toISOString() ?? null,
    dueMeeting: row.dueMeeting ? { ...row.dueMeeting, startsAt: row.dueMeeting.startsAt.toISOString() } : null,
    state: commitmentState({ dueAt: row.dueAt, dueMeetingStartsAt: row.dueMeeting?.startsAt ?? null, fulfilledAt: row.fulfilledAt }, now),
    fulfilledAt: row.fulfilledAt?.toISOString() ?? null,
    fulfilment: row.fulfilment,
    fulfilledByVersionId: row.fulfilledByVersionId,
    fulfilledByAgendaItemId: row.fulfilledByAgendaItemId,
    fulfilmentNote: row.fulfilmentNote,
    version: row.version,
  };
}
