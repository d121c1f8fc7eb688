import { Injectable } from '@nestjs/common';
import type { Decision, FieldError, RecordDecisionInput } from '@psp/contracts';
import { checkDecision, countVotes, londonDay, type VoteValue } from '@psp/domain';
import { AuditRepository } from '../common/audit.repository';
import { badRequest, conflict, notFound, problem, ProblemException } from '../common/problem';
import { requirePanelPermission, type Caller } from '../auth/principal';
import { MembersService } from '../members/members.service';
import { mapDecision } from './decisions.mapper';
import { DecisionsRepository, type DecisionRow } from './decisions.repository';

/** Decisions on agenda items, with each member's vote; a statutory veto only with two-thirds of the members on the day. */
@Injectable()
export class DecisionsService {
  constructor(
    private readonly decisions: DecisionsRepository,
    private readonly members: MembersService,
    private readonly audit: AuditRepository,
  ) {}

  decisionsOf(meetingId: string): Promise<DecisionRow[]> {
    return this.decisions.decisionsOf(meetingId);
  }

  async record(caller: Caller, meetingId: string, itemId: string, input: RecordDecisionInput): Promise<Decision> {
    const item = await this.decisions.agendaItem(meetingId, itemId);
    if (!item) throw notFound('That agenda item');
    const clerk = requirePanelPermission(caller, item.meeting.panelId, 'meeting:write');
    if (item.meeting.startsAt > new Date()) throw conflict('A decision cannot be recorded before the meeting has started.', 'meeting-not-started');
    if (item.meeting.status === 'CANCELLED') throw conflict('The meeting was cancelled: it took no decisions.', 'meeting-cancelled');

    const decidedOn = londonDay(item.meeting.startsAt);
    const members = await this.members.membersOn(item.meeting.panelId, decidedOn);
    const byId = new Map(members.map((member) => [member.id, member]));
    const errors: FieldError[] = [];
    const given = new Map<string, VoteValue>();
    input.votes.forEach((vote, index) => {
      const member = byId.get(vote.memberId);
      if (!member) errors.push({ path: `votes.${index}.memberId`, message: `Not a member of the panel on ${decidedOn}` });
      else if (given.has(vote.memberId)) errors.push({ path: `votes.${index}.memberId`, message: `${member.name} is listed twice` });
      else if (!member.votingRights && (vote.vote === 'FOR' || vote.vote === 'AGAINST'))
        errors.push({ path: `votes.${index}.vote`, message: `${member.name} has no voting rights` });
      given.set(vote.memberId, vote.vote);
    });
    if (errors.length) throw badRequest('Some votes do not fit the panel’s membership on the day.', errors);

    // Every member on the day has a vote: one not listed was absent.
    const votes = members.map((member) => ({ memberId: member.id, value: given.get(member.id) ?? 'ABSENT' }));
    const check = checkDecision(input.kind, countVotes(votes.map((vote) => vote.value)), members.length);
    if (!check.allowed.includes(input.outcome)) {
      throw new ProblemException(
        problem(
          422,
          input.kind === 'ORDINARY'
            ? `The votes do not give that outcome: ${check.arithmetic}.`
            : input.outcome === 'CARRIED'
              ? `The veto is not carried: ${check.arithmetic}.`
              : `The votes carry the veto: ${check.arithmetic}.`,
          [{ path: 'outcome', message: check.arithmetic }],
          'decision-count',
        ),
      );
    }

    const row = await this.decisions.transaction(async (tx) => {
      const created = await this.decisions.create(
        tx,
        {
          agendaItemId: item.id,
          kind: input.kind,
          motion: input.motion,
          outcome: input.outcome,
          decidedOn: new Date(`${decidedOn}T00:00:00Z`),
          membersOnDay: members.length,
          needed: check.needed,
          createdById: clerk.userId,
        },
        votes,
      );
      await this.audit.record(tx, {
        actorId: clerk.userId,
        panelId: item.meeting.panelId,
        action: 'decision.recorded',
        entityType: 'Decision',
        entityId: created.id,
        after: mapDecision(created),
      });
      return created;
    });
    return mapDecision(row);
  }
}
