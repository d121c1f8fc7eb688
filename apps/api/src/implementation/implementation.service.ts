import { Injectable } from '@nestjs/common';
import type { ImplementationUpdate, RecordProgressInput, RecordVerdictInput } from '@psp/contracts';
import { isImplementationTracked } from '@psp/domain';
import { requirePanelPermission, type Caller } from '../auth/principal';
import { AuditRepository } from '../common/audit.repository';
import { badRequest, conflict, notFound, staleVersion } from '../common/problem';
import { mapImplementationUpdate } from './implementation.mapper';
import { ImplementationRepository } from './implementation.repository';

const VERDICT_WORDS: Record<RecordVerdictInput['verdict'], string> = {
  IMPLEMENTED: 'implemented',
  NOT_IMPLEMENTED: 'not implemented',
  SUPERSEDED: 'superseded',
};

@Injectable()
export class ImplementationService {
  constructor(
    private readonly implementation: ImplementationRepository,
    private readonly audit: AuditRepository,
  ) {}

  /** The recommendation, with what the rules need of it. */
  private async find(id: string) {
    const recommendation = await this.implementation.recommendation(id);
    if (!recommendation) throw notFound('Recommendation');
    return recommendation;
  }

  private refuseUntracked(recommendation: { latestOutcome: Parameters<typeof isImplementationTracked>[0]; closedAt: Date | null; withdrawnAt: Date | null }) {
    if (recommendation.withdrawnAt) throw conflict('This recommendation was withdrawn; its implementation is not tracked.', 'withdrawn');
    if (!isImplementationTracked(recommendation.latestOutcome)) {
      throw conflict('Only a recommendation whose published response accepts it, fully or in part, has an implementation to track.', 'not-tracked');
    }
    if (recommendation.closedAt) throw conflict('The panel has closed this recommendation; its implementation is no longer tracked.', 'closed');
  }

  /** The OPCC reports progress, with a dated note and, where there is one, the evidence. */
  async recordProgress(id: string, input: RecordProgressInput, caller: Caller): Promise<ImplementationUpdate> {
    const recommendation = await this.find(id);
    const officer = requirePanelPermission(caller, recommendation.panelId, 'response:draft');
    this.refuseUntracked(recommendation);
    const update = await this.implementation.transaction(async (tx) => {
      const row = await this.implementation.recordProgress(tx, {
        recommendationId: id,
        state: input.state,
        note: input.note,
        evidenceUrl: input.evidenceUrl ?? null,
        authorId: officer.userId,
      });
      await this.audit.record(tx, {
        actorId: officer.userId,
        panelId: recommendation.panelId,
        action: 'recommendation.progress',
        entityType: 'Recommendation',
        entityId: id,
        before: { implementationState: recommendation.implementationState },
        after: { implementationState: input.state, note: input.note, evidenceUrl: input.evidenceUrl ?? null },
      });
      return row;
    });
    return mapImplementationUpdate(update);
  }

  /** The clerk records the panel's verdict, with the meeting and the minute that agreed it; it closes the recommendation. */
  async recordVerdict(id: string, input: RecordVerdictInput, caller: Caller): Promise<ImplementationUpdate> {
    const recommendation = await this.find(id);
    const clerk = requirePanelPermission(caller, recommendation.panelId, 'recommendation:close');
    this.refuseUntracked(recommendation);
    const meeting = await this.implementation.meetingOfPanel(input.meetingId, recommendation.panelId);
    if (!meeting) throw badRequest('The request body has invalid fields.', [{ path: 'meetingId', message: "No such meeting of this recommendation's panel" }]);
    if (meeting.startsAt.getTime() > Date.now()) {
      throw badRequest('The request body has invalid fields.', [
        { path: 'meetingId', message: 'The panel cannot have agreed a verdict at a meeting that has not happened yet' },
      ]);
    }
    const update = await this.implementation.transaction(async (tx) => {
      const row = await this.implementation.recordVerdict(tx, input.version, {
        recommendationId: id,
        state: input.verdict,
        note: input.note,
        verdictMeetingId: meeting.id,
        verdictMinute: input.minute,
        authorId: clerk.userId,
        closedReason: `The panel's verdict: ${VERDICT_WORDS[input.verdict]} (${meeting.title}, minute ${input.minute}). ${input.note}`,
      });
      if (!row) throw staleVersion();
      await this.audit.record(tx, {
        actorId: clerk.userId,
        panelId: recommendation.panelId,
        action: 'recommendation.verdict',
        entityType: 'Recommendation',
        entityId: id,
        before: { implementationState: recommendation.implementationState, closedAt: null, version: recommendation.version },
        after: { implementationState: input.verdict, meetingId: meeting.id, minute: input.minute, note: input.note, version: recommendation.version + 1 },
      });
      return row;
    });
    return mapImplementationUpdate(update);
  }

  async updatesOf(id: string): Promise<ImplementationUpdate[]> {
    return (await this.implementation.updatesOf(id)).map(mapImplementationUpdate);
  }
}
