// Implementation after the answer. An accepted or partly accepted recommendation is tracked: the
// OPCC reports progress (not started, in progress) with dated notes; only the panel, through its
// clerk, records the verdict that closes it (implemented, not implemented, superseded).
import type { IMPLEMENTATION_STATES, RESPONSE_OUTCOMES } from '@psp/contracts/enums';

export type ImplementationState = (typeof IMPLEMENTATION_STATES)[number];
type Outcome = (typeof RESPONSE_OUTCOMES)[number];

/** The outcomes after which a recommendation's implementation is tracked. */
export const IMPLEMENTATION_TRACKED_OUTCOMES: readonly Outcome[] = ['ACCEPTED', 'PARTIALLY_ACCEPTED'];

export function isImplementationTracked(latestOutcome: Outcome | null): boolean {
  return latestOutcome !== null && IMPLEMENTATION_TRACKED_OUTCOMES.includes(latestOutcome);
}

/** The state shown: the last one recorded, else "not started" once tracked, else none. */
export function implementationState(recorded: ImplementationState | null, latestOutcome: Outcome | null): ImplementationState | null {
  return recorded ?? (isImplementationTracked(latestOutcome) ? 'NOT_STARTED' : null);
}
