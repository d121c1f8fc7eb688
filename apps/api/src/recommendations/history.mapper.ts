import type { HistoryEntry, ResponseOutcome } from '@psp/contracts';
import type { AuditEntry } from '../common/audit.repository';

const OUTCOME_WORDS: Record<ResponseOutcome, string> = {
  ACCEPTED: 'accepted',
  PARTIALLY_ACCEPTED: 'partly accepted',
  NOT_ACCEPTED: 'not accepted',
  NOTED: 'noted',
  ALREADY_ADDRESSED: 'already addressed in the plan',
};

const field = (value: unknown, key: string): unknown =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;

const outcomeOf = (entry: AuditEntry): string | null => {
  const outcome = field(entry.after, 'outcome');
  return typeof outcome === 'string' && outcome in OUTCOME_WORDS ? OUTCOME_WORDS[outcome as ResponseOutcome] : null;
};

/** One sentence a panel member can read, for each kind of event in a recommendation's life. */
export function summarise(entry: AuditEntry): string {
  const outcome = outcomeOf(entry);
  switch (entry.action) {
    case 'recommendation.created': {
      const number = field(entry.after, 'number');
      return typeof number === 'number' ? `Recommendation ${number} was recorded.` : 'The recommendation was recorded.';
    }
    case 'recommendation.closed': {
      const reason = field(entry.after, 'closedReason');
      return typeof reason === 'string' ? `The panel closed the recommendation: ${reason}` : 'The panel closed the recommendation.';
    }
    case 'recommendation.withdrawn': {
      const reason = field(entry.after, 'withdrawnReason');
      return typeof reason === 'string' ? `The recommendation was withdrawn as recorded by mistake: ${reason}` : 'The recommendation was withdrawn.';
    }
    case 'recommendation.corrected': {
      const changed = field(entry.after, 'changed');
      const reason = field(entry.after, 'reason');
      const what = Array.isArray(changed) && changed.length ? ` (${changed.filter((c): c is string => typeof c === 'string').join(', ')})` : '';
      return typeof reason === 'string' && reason ? `The recommendation was corrected${what}: ${reason}` : `The recommendation was corrected${what}.`;
    }
    case 'response.created':
      return outcome ? `A response was drafted (${outcome}).` : 'A response was drafted.';
    case 'response.updated':
      return outcome ? `The draft response was revised (${outcome}).` : 'The draft response was revised.';
    case 'response.submitted':
      return 'The response was submitted for approval.';
    case 'response.approved':
      return 'The response was approved.';
    case 'response.returned':
      return 'The response was returned to draft for more work.';
    case 'response.published':
      return outcome ? `The Commissioner's response was published: ${outcome}.` : "The Commissioner's response was published.";
    default:
      return `${entry.action.replace(/[._-]+/g, ' ').replace(/^\w/, (c) => c.toUpperCase())}.`;
  }
}

export function mapHistory(entries: AuditEntry[]): HistoryEntry[] {
  return entries.map((entry) => {
    const comment = field(entry.after, 'comment');
    return {
      at: entry.at.toISOString(),
      action: entry.action,
      summary: summarise(entry),
      actor: entry.actor,
      ...(typeof comment === 'string' && comment ? { comment } : {}),
    };
  });
}
