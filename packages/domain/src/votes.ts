// Votes on a panel's decisions, and the statutory veto. A veto of the proposed precept
// (Police Reform and Social Responsibility Act 2011, Schedule 5, para 4(5)) or of the proposed
// chief constable (Schedule 8, para 4(5)) needs "at least two-thirds of the persons who are
// members of the panel at the time when the decision is made" to vote for it: two-thirds of the
// membership on that day, not of those present or voting.
import type { DECISION_KINDS, DECISION_OUTCOMES, VOTE_VALUES } from '@psp/contracts/enums';

export type DecisionKind = (typeof DECISION_KINDS)[number];
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];
export type VoteValue = (typeof VOTE_VALUES)[number];

/** A term on the panel, by calendar day (YYYY-MM-DD); `endsOn` is its last day. */
export interface Term {
  startsOn: string;
  endsOn: string | null;
}

/** Whether the term covers the day: from its first day to its last, both included. */
export function isMemberOn(term: Term, day: string): boolean {
  return term.startsOn <= day && (term.endsOn === null || term.endsOn >= day);
}

export const isVeto = (kind: DecisionKind): boolean => kind !== 'ORDINARY';

/** Votes a veto needs: two-thirds of the members on the day, rounded up (8 of 12, 7 of 10, 7 of 11). */
export function vetoThreshold(membersOnDay: number): number {
  if (!Number.isInteger(membersOnDay) || membersOnDay < 0) throw new RangeError('membersOnDay must be a whole number');
  return Math.ceil((2 * membersOnDay) / 3);
}

export type VoteCounts = Record<VoteValue, number>;

export function countVotes(votes: readonly VoteValue[]): VoteCounts {
  const counts: VoteCounts = { FOR: 0, AGAINST: 0, ABSTAIN: 0, ABSENT: 0 };
  for (const vote of votes) counts[vote] += 1;
  return counts;
}

export interface DecisionCheck {
  /** The outcome the votes allow, or both when a tie leaves it to the chair's casting vote. */
  allowed: readonly DecisionOutcome[];
  needed: number | null;
  arithmetic: string;
}

const members = (n: number) => `${n} ${n === 1 ? 'member' : 'members'}`;

/**
 * What the votes allow the panel to have resolved. A veto is carried only with the votes of
 * two-thirds of the members on the day; an ordinary motion by a majority of the votes cast, a tie
 * going either way on the chair's casting vote.
 */
export function checkDecision(kind: DecisionKind, counts: VoteCounts, membersOnDay: number): DecisionCheck {
  if (isVeto(kind)) {
    const needed = vetoThreshold(membersOnDay);
    const reached = counts.FOR >= needed && needed > 0;
    return {
      allowed: reached ? ['CARRIED'] : ['LOST'],
      needed,
      arithmetic: `${counts.FOR} of ${members(membersOnDay)} voted for the veto: it needs ${needed}`,
    };
  }
  const allowed: DecisionOutcome[] = counts.FOR > counts.AGAINST ? ['CARRIED'] : counts.FOR < counts.AGAINST ? ['LOST'] : ['CARRIED', 'LOST'];
  return {
    allowed,
    needed: null,
    arithmetic: `${counts.FOR} for, ${counts.AGAINST} against, ${counts.ABSTAIN} abstaining, ${counts.ABSENT} absent${counts.FOR === counts.AGAINST ? ' (a tie: the chair has the casting vote)' : ''}`,
  };
}
