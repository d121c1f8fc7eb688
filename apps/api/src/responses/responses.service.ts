import { Injectable } from '@nestjs/common';
import type {
  CreateResponseInput,
  Response,
  ResponseQueueItem,
  ResponseQueueQuery,
  ResponseStatus,
  ResponseWorkflowTransitionInput,
  UpdateResponseInput,
} from '@psp/contracts';
import { canSeeResponse, checkResponseTransition, isResponseEditable, type RoleName } from '@psp/domain';
import { AuditRepository } from '../common/audit.repository';
import { conflict, forbidden, notFound, staleVersion } from '../common/problem';
import { PrismaService } from '../common/prisma.service';
import { requirePanelPermission, requireSignedIn, rolesOn, type Caller } from '../auth/principal';
import { PanelsService } from '../panels/panels.service';
import { CitationsService } from '../recommendations/citations.service';
import { RecommendationsRepository } from '../recommendations/recommendations.repository';
import { RecommendationsService } from '../recommendations/recommendations.service';
import { mapResponse, responseSnapshot, type ResponseRow } from './responses.mapper';
import { ResponsesRepository, type ResponseWithPanel, type StatusChange } from './responses.repository';

const UNPUBLISHED: ResponseStatus[] = ['DRAFT', 'IN_REVIEW', 'APPROVED'];

const TRANSITION_ACTIONS: Record<ResponseStatus, string> = {
  DRAFT: 'response.returned',
  IN_REVIEW: 'response.submitted',
  APPROVED: 'response.approved',
  PUBLISHED: 'response.published',
};

@Injectable()
export class ResponsesService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly responses: ResponsesRepository,
    private readonly recommendations: RecommendationsRepository,
    private readonly recommendationViews: RecommendationsService,
    private readonly citations: CitationsService,
    private readonly panels: PanelsService,
    private readonly audit: AuditRepository,
  ) {}

  async create(recommendationId: string, input: CreateResponseInput, caller: Caller): Promise<Response> {
    const recommendation = await this.recommendations.findById(recommendationId);
    if (!recommendation) throw notFound('Recommendation');
    const officer = requirePanelPermission(caller, recommendation.panelId, 'response:draft');
    const roles = rolesOn(caller, recommendation.panelId);
    if (recommendation.withdrawnAt) throw conflict('This recommendation was withdrawn; it takes no responses.', 'recommendation-withdrawn');
    if (recommendation.closedAt) throw conflict('This recommendation is closed; it takes no more responses.', 'recommendation-closed');
    const citations = await this.citations.resolve(input, recommendation.panelId, roles, input.text);
    const created = await this.prisma.$transaction(async (tx) => {
      const row = await this.responses.create(
        tx,
        { recommendationId, outcome: input.outcome, outcomeReason: input.outcomeReason || null, text: input.text, createdById: officer.userId },
        citations,
      );
      await this.audit.record(tx, {
        actorId: officer.userId,
        panelId: recommendation.panelId,
        action: 'response.created',
        entityType: 'Response',
        entityId: row.id,
        after: { ...responseSnapshot(row), citations },
      });
      return row;
    });
    return this.presentOne(created, roles);
  }

  /** Edits a draft. Stale version → 409 and nothing changes; a response past DRAFT → 409. */
  async update(id: string, input: UpdateResponseInput, caller: Caller): Promise<Response> {
    const { response, roles } = await this.visible(id, caller);
    const officer = requirePanelPermission(caller, response.recommendation.panelId, 'response:draft');
    if (!isResponseEditable(response.status)) {
      throw conflict(`Only a draft can be edited; this response is ${response.status}. Return it to draft first.`, 'not-editable');
    }
    const citations = this.citations.mentionsCitations(input)
      ? await this.citations.resolve(input, response.recommendation.panelId, roles, input.text ?? response.text)
      : null;
    const outcomeReason = input.outcomeReason === undefined ? {} : { outcomeReason: input.outcomeReason || null };
    const updated = await this.prisma.$transaction(async (tx) => {
      const count = await this.responses.updateDraft(tx, id, input.version, officer.userId, { outcome: input.outcome, text: input.text, ...outcomeReason });
      if (count === 0) throw staleVersion();
      if (citations) await this.responses.replaceCitations(tx, id, citations);
      const after = (await this.responses.findRow(tx, id)) as ResponseRow;
      await this.audit.record(tx, {
        actorId: officer.userId,
        panelId: response.recommendation.panelId,
        action: 'response.updated',
        entityType: 'Response',
        entityId: id,
        before: responseSnapshot(response),
        after: { ...responseSnapshot(after), ...(citations ? { citations } : {}) },
      });
      return after;
    });
    return this.presentOne(updated, roles);
  }

  /**
   * Moves a response through its workflow. An illegal move is 409 whoever asks; a legal one the
   * caller's role may not make is 403; a stale version is 409 and changes nothing.
   */
  async transition(id: string, input: ResponseWorkflowTransitionInput, caller: Caller): Promise<Response> {
    const actor = requireSignedIn(caller);
    const { response, roles } = await this.visible(id, caller);
    const check = checkResponseTransition(response.status, input.to, roles);
    if (!check.ok) throw check.reason === 'illegal' ? conflict(check.message, 'illegal-transition') : forbidden(check.message);
    if (input.to === 'APPROVED' && response.recommendation.panel.approverMustDifferFromEditor && response.lastEditedById === actor.userId) {
      throw forbidden('You last edited this response, so someone else must approve it (this panel separates drafting from approval).');
    }
    const now = new Date();
    const change: StatusChange = { status: input.to };
    if (input.to === 'IN_REVIEW') change.submittedAt = now;
    if (input.to === 'APPROVED') Object.assign(change, { approvedAt: now, approvedById: actor.userId });
    if (input.to === 'DRAFT') Object.assign(change, { approvedAt: null, approvedById: null });
    if (input.to === 'PUBLISHED') change.publishedAt = now;
    const moved = await this.prisma.$transaction(async (tx) => {
      const count = await this.responses.changeStatus(tx, id, input.version, response.status, change);
      if (count === 0) throw staleVersion();
      const after = (await this.responses.findRow(tx, id)) as ResponseRow;
      await this.audit.record(tx, {
        actorId: actor.userId,
        panelId: response.recommendation.panelId,
        action: TRANSITION_ACTIONS[input.to],
        entityType: 'Response',
        entityId: id,
        before: { status: response.status, version: response.version },
        after: { ...responseSnapshot(after), ...(input.comment ? { comment: input.comment } : {}) },
      });
      return after;
    });
    return this.presentOne(moved, roles);
  }

  /** The OPCC's work queues: unpublished responses by default, or those of one status. */
  async queue(slug: string, query: ResponseQueueQuery, caller: Caller): Promise<ResponseQueueItem[]> {
    const panel = await this.panels.panelBySlug(slug);
    requirePanelPermission(caller, panel.id, 'response:view-unpublished');
    const roles = rolesOn(caller, panel.id);
    const rows = await this.responses.queue(panel.id, query.status ? [query.status] : UNPUBLISHED);
    const [responses, recommendations] = await Promise.all([
      this.present(rows, roles),
      this.recommendationViews.views({ ids: [...new Set(rows.map((r) => r.recommendationId))] }, roles),
    ]);
    const byId = new Map(recommendations.map((r) => [r.id, r]));
    return responses.flatMap((response) => {
      const recommendation = byId.get(response.recommendationId);
      return recommendation ? [{ recommendation, response }] : [];
    });
  }

  /** For other features: responses in the contract's shape, citations filtered for the caller. */
  async present(rows: ResponseRow[], roles: readonly RoleName[]): Promise<Response[]> {
    const cited = await this.citations.ofResponses(
      rows.map((r) => r.id),
      roles,
    );
    return rows.map((row) => mapResponse(row, cited.get(row.id) ?? []));
  }

  private async presentOne(row: ResponseRow, roles: readonly RoleName[]): Promise<Response> {
    const [response] = await this.present([row], roles);
    return response as Response;
  }

  /** The response if the caller may see it; otherwise 404, as if it did not exist. */
  private async visible(id: string, caller: Caller): Promise<{ response: ResponseWithPanel; roles: RoleName[] }> {
    const response = await this.responses.findById(id);
    const roles = response ? rolesOn(caller, response.recommendation.panelId) : [];
    if (!response || !canSeeResponse(response.status, roles)) throw notFound('Response');
    return { response, roles };
  }
}
