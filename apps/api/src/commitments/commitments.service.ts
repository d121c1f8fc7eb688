import { Injectable } from '@nestjs/common';
import type { Commitment, CreateCommitmentInput, FieldError, FulfilCommitmentInput } from '@psp/contracts';
import { can, canSeeResponse, isPassageOf } from '@psp/domain';
import { requirePanelPermission, rolesOn, requireSignedIn, type Caller } from '../auth/principal';
import { AuditRepository } from '../common/audit.repository';
import { badRequest, conflict, forbidden, notFound, staleVersion } from '../common/problem';
import { mapCommitment } from './commitments.mapper';
import { CommitmentsRepository } from './commitments.repository';

const invalid = (errors: FieldError[]) => badRequest('The request body has invalid fields.', errors);

@Injectable()
export class CommitmentsService {
  constructor(
    private readonly commitments: CommitmentsRepository,
    private readonly audit: AuditRepository,
  ) {}

  /** The OPCC marks a promise its response makes, in the response's own words. */
  async create(responseId: string, input: CreateCommitmentInput, caller: Caller): Promise<Commitment> {
    const response = await this.commitments.responseOf(responseId);
    const panelId = response?.recommendation.panelId ?? '';
    if (!response || !canSeeResponse(response.status, rolesOn(caller, panelId))) throw notFound('Response');
    const officer = requirePanelPermission(caller, panelId, 'response:draft');
    const errors: FieldError[] = [];
    if (!isPassageOf(input.words, response.text)) {
      errors.push({ path: 'words', message: "Quote the response's own words: this passage is not in it" });
    }
    if (input.dueMeetingId && !(await this.commitments.meetingOfPanel(input.dueMeetingId, panelId))) {
      errors.push({ path: 'dueMeetingId', message: "No such meeting of this response's panel" });
    }
    if (errors.length) throw invalid(errors);
    const created = await this.commitments.transaction(async (tx) => {
      const row = await this.commitments.create(tx, {
        responseId,
        words: input.words,
        owner: input.owner,
        dueAt: input.dueAt ? new Date(input.dueAt) : null,
        dueMeetingId: input.dueMeetingId ?? null,
      });
      await this.audit.record(tx, {
        actorId: officer.userId,
        panelId,
        action: 'commitment.created',
        entityType: 'Commitment',
        entityId: row.id,
        before: null,
        after: { responseId, words: row.words, owner: row.owner, dueAt: row.dueAt, dueMeetingId: row.dueMeeting?.id ?? null },
      });
      return row;
    });
    return mapCommitment(created, new Date());
  }

  /**
   * Records what fulfilled a commitment: a published paper or plan version of the panel, or an
   * item of one of its meetings. The OPCC reports it, or the clerk records it from a meeting.
   */
  async fulfil(id: string, input: FulfilCommitmentInput, caller: Caller): Promise<Commitment> {
    const actor = requireSignedIn(caller);
    const commitment = await this.commitments.findById(id);
    const panelId = commitment?.response.recommendation.panelId ?? '';
    const roles = rolesOn(caller, panelId);
    if (!commitment || !canSeeResponse(commitment.response.status, roles)) throw notFound('Commitment');
    if (!can(roles, 'response:draft') && !can(roles, 'meeting:write')) throw forbidden('Only the OPCC or the clerk records what fulfilled a commitment.');
    if (commitment.fulfilledAt) throw conflict('This commitment is already recorded as fulfilled.', 'already-fulfilled');
    const errors: FieldError[] = [];
    const needsVersion = input.fulfilment === 'PAPER' || input.fulfilment === 'PLAN_CHANGE';
    if (needsVersion && !input.versionId) errors.push({ path: 'versionId', message: 'Say which published paper or plan version fulfilled it' });
    if (needsVersion && input.versionId && !(await this.commitments.publishedVersionOfPanel(input.versionId, panelId))) {
      errors.push({ path: 'versionId', message: 'No published paper or plan version of this panel has that id' });
    }
    if (input.fulfilment === 'MEETING_ITEM' && !input.agendaItemId) errors.push({ path: 'agendaItemId', message: 'Say which meeting item fulfilled it' });
    if (input.agendaItemId && !(await this.commitments.agendaItemOfPanel(input.agendaItemId, panelId))) {
      errors.push({ path: 'agendaItemId', message: "No item of this panel's meetings has that id" });
    }
    if (errors.length) throw invalid(errors);
    const fulfilled = await this.commitments.transaction(async (tx) => {
      const row = await this.commitments.fulfil(tx, id, input.version, {
        fulfilment: input.fulfilment,
        fulfilledByVersionId: needsVersion ? (input.versionId ?? null) : null,
        fulfilledByAgendaItemId: input.fulfilment === 'MEETING_ITEM' ? (input.agendaItemId ?? null) : null,
        fulfilmentNote: input.note || null,
        fulfilledAt: new Date(),
      });
      if (!row) throw staleVersion();
      await this.audit.record(tx, {
        actorId: actor.userId,
        panelId,
        action: 'commitment.fulfilled',
        entityType: 'Commitment',
        entityId: id,
        before: { fulfilledAt: null, version: commitment.version },
        after: {
          fulfilment: row.fulfilment,
          fulfilledByVersionId: row.fulfilledByVersionId,
          fulfilledByAgendaItemId: row.fulfilledByAgendaItemId,
          version: row.version,
        },
      });
      return row;
    });
    return mapCommitment(fulfilled, new Date());
  }
}
