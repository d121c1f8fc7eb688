// The panel's statutory procedures as steps with computed deadlines. The precept timetable is the
// Police and Crime Panels (Precepts and Chief Constable Appointments) Regulations 2012 and
// Schedule 5 of the Police Reform and Social Responsibility Act 2011; the confirmation hearing is
// Schedule 8 (the panel reports "within the period of three weeks beginning with the day on which
// the panel receives notification", that day counted); the plan review (s.28(3)) and the annual
// report (s.28(4)) have no statutory period, so their steps carry a date only where a panel sets one.
// The rules are data: these are the defaults, and a panel's own rules replace them step by step.
import type { PROCEDURE_KINDS, STEP_STATES } from '@psp/contracts/enums';
import { STATUTORY_PRECEPT_RULES, type DeadlineRuleInput } from './deadlines';

export type ProcedureKind = (typeof PROCEDURE_KINDS)[number];
export type StepState = (typeof STEP_STATES)[number];

export type StepDue =
  /** A day of the procedure's year (the precept's, for the financial year starting in April). */
  | { kind: 'calendar'; month: number; day: number }
  /** Days after the day the procedure started (the notification), that day counted as day 0. */
  | { kind: 'after-start'; days: number }
  | { kind: 'none' };

export interface StepRule {
  code: string;
  label: string;
  due: StepDue;
  /** Only after the panel has vetoed (the revised precept, a second candidate). */
  onlyAfterVeto?: boolean;
}

const PRECEPT_AFTER_VETO = new Set(['PANEL_REVISED_PRECEPT_REPORT']);

/** The precept's steps from its calendar rules (the panel's, or the statutory five). */
export function preceptSteps(rules: readonly DeadlineRuleInput[] = STATUTORY_PRECEPT_RULES): StepRule[] {
  return rules.map((rule) => ({
    code: rule.code,
    label: rule.label,
    due: { kind: 'calendar', month: rule.month, day: rule.day },
    ...(PRECEPT_AFTER_VETO.has(rule.code) ? { onlyAfterVeto: true } : {}),
  }));
}

export const STATUTORY_STEPS: Record<Exclude<ProcedureKind, 'PRECEPT'>, readonly StepRule[]> = {
  CONFIRMATION_HEARING: [
    { code: 'NOTIFIED', label: 'PCC notifies the panel of the proposed chief constable', due: { kind: 'after-start', days: 0 } },
    { code: 'HEARING', label: 'Panel holds a public confirmation hearing', due: { kind: 'after-start', days: 20 } },
    {
      code: 'PANEL_REPORT',
      label: 'Panel reviews the proposed appointment and reports to the PCC (within three weeks of notification; a veto needs two-thirds of members)',
      due: { kind: 'after-start', days: 20 },
    },
    { code: 'PCC_RESPONSE', label: "PCC responds to the panel's report", due: { kind: 'none' } },
  ],
  PLAN_REVIEW: [
    { code: 'DRAFT_RECEIVED', label: 'PCC sends the draft Police and Crime Plan to the panel', due: { kind: 'after-start', days: 0 } },
    { code: 'PANEL_REPORT', label: 'Panel reviews the draft plan and reports or makes recommendations', due: { kind: 'none' } },
    { code: 'PCC_RESPONSE', label: "PCC responds to the panel's report and publishes the response", due: { kind: 'none' } },
  ],
  ANNUAL_REPORT: [
    { code: 'REPORT_RECEIVED', label: 'PCC sends the annual report to the panel', due: { kind: 'after-start', days: 0 } },
    { code: 'PUBLIC_MEETING', label: 'Panel reviews the annual report at a public meeting, the PCC attending', due: { kind: 'none' } },
    { code: 'PANEL_REPORT', label: 'Panel reports or makes recommendations on the annual report', due: { kind: 'none' } },
  ],
};

/** A panel's own rule for a step with a period: it replaces the default's period (or gives one where the law sets none). */
export interface StepOverride {
  code: string;
  daysAfterStart: number;
}

const DAY_MS = 86_400_000;
const dayOfDate = (date: Date) => date.toISOString().slice(0, 10);

/** The day `days` after `day` (both YYYY-MM-DD). */
export function addDaysToDay(day: string, days: number): string {
  return dayOfDate(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));
}

export interface ComputedStep {
  code: string;
  label: string;
  dueOn: string | null;
  applies: boolean;
}

/** The steps of a procedure with their due days: calendar days in `year`, periods counted from `startedOn`. */
export function procedureSteps(
  rules: readonly StepRule[],
  start: { year: number | null; startedOn: string | null },
  vetoed: boolean,
  overrides: readonly StepOverride[] = [],
): ComputedStep[] {
  return rules.map((rule) => {
    const override = overrides.find((o) => o.code === rule.code);
    const due: StepDue = override ? { kind: 'after-start', days: override.daysAfterStart } : rule.due;
    let dueOn: string | null = null;
    if (due.kind === 'calendar' && start.year !== null) {
      const date = new Date(Date.UTC(start.year, due.month - 1, due.day));
      if (date.getUTCMonth() !== due.month - 1) throw new RangeError(`${rule.code}: ${due.day}/${due.month} is not a date in ${start.year}`);
      dueOn = dayOfDate(date);
    } else if (due.kind === 'after-start' && start.startedOn !== null) {
      dueOn = addDaysToDay(start.startedOn, due.days);
    }
    return { code: rule.code, label: rule.label, dueOn, applies: !rule.onlyAfterVeto || vetoed };
  });
}

/** Where a step stands on `today`: done, not applicable, without a date, overdue after its day, due soon within `soonDays`. */
export function stepState(step: { dueOn: string | null; applies: boolean }, doneOn: string | null, today: string, soonDays = 7): StepState {
  if (doneOn) return 'done';
  if (!step.applies) return 'not-applicable';
  if (!step.dueOn) return 'no-deadline';
  if (step.dueOn < today) return 'overdue';
  if (step.dueOn <= addDaysToDay(today, soonDays)) return 'due-soon';
  return 'upcoming';
}
