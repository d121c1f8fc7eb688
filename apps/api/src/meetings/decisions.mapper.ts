import type { Decision } from '@psp/contracts';
import { checkDecision, countVotes } from '@psp/domain';
import type { DecisionRow } from './decisions.repository';

export function mapDecision(row: DecisionRow): Decision {
  const counts = countVotes(row.votes.map((vote) => vote.value));
  // The arithmetic is shown with the count of members kept at the time, not recounted.
  const { arithmetic } = checkDecision(row.kind, counts, row.membersOnDay);
  return {
    id: row.id,
    agendaItemId: row.agendaItemId,
    kind: row.kind,
    motion: row.motion,
    outcome: row.outcome,
    decidedOn: row.decidedOn.toISOString().slice(0, 10),
    membersOnDay: row.membersOnDay,
    needed: row.needed,
    counts,
    arithmetic,
    votes: row.votes.map((vote) => ({ memberId: vote.memberId, name: vote.member.name, vote: vote.value })),
  };
}
