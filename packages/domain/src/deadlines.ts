// Deadlines are data the portal computes: a recommendation's response due date, and the statutory
// precept timetable (Police and Crime Panels (Precepts and Chief Constable Appointments)
// Regulations 2012), configurable per panel.
import type { DEADLINE_STATES } from '@psp/contracts/enums';

const DAY_MS = 86_400_000;

export interface DeadlineRuleInput {
  code: string;
  label: string;
  month: number; // 1–12
  day: number; // 1–31
}

export const STATUTORY_PRECEPT_RULES: readonly DeadlineRuleInput[] = [
  { code: 'PRECEPT_NOTIFY', label: 'PCC notifies the panel of the proposed precept', month: 2, day: 1 },
  { code: 'PANEL_PRECEPT_REPORT', label: 'Panel reviews the proposed precept and reports (veto needs two thirds of members)', month: 2, day: 8 },
  { code: 'PCC_PRECEPT_RESPONSE', label: "PCC responds to the panel's report (after a veto, with a revised precept)", month: 2, day: 15 },
  { code: 'PANEL_REVISED_PRECEPT_REPORT', label: 'Panel reports on the revised precept', month: 2, day: 22 },
  { code: 'PRECEPT_ISSUE', label: 'PCC issues the precept', month: 3, day: 1 },
];

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** The response due date when the clerk gives none: the meeting date plus the panel's period. */
export function defaultResponseDueDate(meetingStartsAt: Date, responseDueDays: number): Date {
  if (!Number.isInteger(responseDueDays) || responseDueDays < 1) throw new RangeError('responseDueDays must be a positive whole number');
  return addDays(meetingStartsAt, responseDueDays);
}

export type DeadlineState = (typeof DEADLINE_STATES)[number];

/** `met` once done; otherwise overdue after the date, due soon within `soonDays`, else upcoming. */
export function deadlineState(dueAt: Date, now: Date, options: { doneAt?: Date | null; soonDays?: number } = {}): DeadlineState {
  if (options.doneAt) return 'met';
  const remaining = dueAt.getTime() - now.getTime();
  if (remaining < 0) return 'overdue';
  if (remaining <= (options.soonDays ?? 7) * DAY_MS) return 'due-soon';
  return 'upcoming';
}

/** Whole days from now until the due date (negative when overdue), by UTC calendar date. */
export function daysUntil(dueAt: Date, now: Date): number {
  const utcDay = (d: Date) => Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  return Math.round((utcDay(dueAt) - utcDay(now)) / DAY_MS);
}

export interface Deadline {
  code: string;
  label: string;
  date: Date;
}

/** The precept timetable for the financial year starting in April of `year`. */
export function preceptTimetable(year: number, rules: readonly DeadlineRuleInput[] = STATUTORY_PRECEPT_RULES): Deadline[] {
  return rules
    .map((rule) => {
      if (rule.month < 1 || rule.month > 12) throw new RangeError(`${rule.code}: month must be 1–12`);
      const date = new Date(Date.UTC(year, rule.month - 1, rule.day));
      if (date.getUTCMonth() !== rule.month - 1) throw new RangeError(`${rule.code}: ${rule.day}/${rule.month} is not a date in ${year}`);
      return { code: rule.code, label: rule.label, date };
    })
    .sort((a, b) => a.date.getTime() - b.date.getTime());
}

const LONDON_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day (YYYY-MM-DD) a moment falls on in London: the day of a meeting, of a decision, of "today". */
export function londonDay(moment: Date): string {
  return LONDON_DAY.format(moment);
}
