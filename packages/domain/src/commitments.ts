// A promise the Commissioner makes in a response ("I will report to the Panel on the 101 service")
// is tracked until something fulfils it. Its date is the one the response gives, or the start of
// the meeting it is promised for; without either it is open until fulfilled, never overdue.
import type { COMMITMENT_STATES } from '@psp/contracts/enums';

export type CommitmentState = (typeof COMMITMENT_STATES)[number];

/** A commitment falls due soon within this many days of its date. */
export const COMMITMENT_DUE_SOON_DAYS = 14;

export interface CommitmentDates {
  dueAt: Date | null;
  /** The start of the meeting it is promised "by", when it names one. */
  dueMeetingStartsAt: Date | null;
  fulfilledAt: Date | null;
}

/** When the commitment is due: the earlier of its date and its meeting's start; null when it gives neither. */
export function commitmentDueDate({ dueAt, dueMeetingStartsAt }: CommitmentDates): Date | null {
  if (dueAt && dueMeetingStartsAt) return dueAt < dueMeetingStartsAt ? dueAt : dueMeetingStartsAt;
  return dueAt ?? dueMeetingStartsAt;
}

export function commitmentState(commitment: CommitmentDates, now: Date): CommitmentState {
  if (commitment.fulfilledAt) return 'FULFILLED';
  const due = commitmentDueDate(commitment);
  if (!due) return 'OPEN';
  if (due.getTime() <= now.getTime()) return 'OVERDUE';
  return due.getTime() - now.getTime() <= COMMITMENT_DUE_SOON_DAYS * 86_400_000 ? 'DUE_SOON' : 'OPEN';
}

/** Words compared as a reader compares them: one space between words, straight quotes, any case. */
const comparable = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[*_]+/g, '').replace(/\s+/g, ' ').trim().toLowerCase();

/** Whether `words` are a passage of `text`: a commitment is marked in its response's own words. */
export function isPassageOf(words: string, text: string): boolean {
  const wanted = comparable(words);
  return wanted.length > 0 && comparable(text).includes(wanted);
}
