import { Injectable } from '@nestjs/common';
import type {
  CloseRecommendationInput,
  CreateRecommendationInput,
  Recommendation,
  RecommendationDetail,
  RecommendationQuery,
  UpdateRecommendationInput,
  WithdrawRecommendationInput,
} from '@psp/contracts';
import { can, canSeeResponse, canSeeVersion, defaultResponseDueDate, type RoleName } from '@psp/domain';
import { AuditRepository } from '../common/audit.repository';
import { badRequest, conflict, notFound, staleVersion } from '../common/problem';
import { PrismaService } from '../common/prisma.service';
import { requirePanelPermission, rolesOn, type Caller } from '../auth/principal';
import { PanelsService } from '../panels/panels.service';
import { mapCommitment } from '../commitments/commitments.mapper';
import { mapResponse } from '../responses/responses.mapper';
import { CitationsService } from './citations.service';
import { mapHistory } from './history.mapper';
import { recommendationsCsv } from './recommendations.csv';
import { mapRecommendation } from './recommendations.mapper';
import { RecommendationsRepository, type RecommendationFilter, type RecommendationView } from './recommendations.repository';

/** Response events the public may read in a recommendation's history: the publication, nothing of the drafting. */
const PUBLIC_RESPONSE_ACTIONS = new Set(['response.published']);

@Injectable()
export class RecommendationsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly recommendations: RecommendationsRepository,
    private readonly citations: CitationsService,
    private readonly panels: PanelsService,
    private readonly audit: AuditRepository,
  ) {}

  async list(slug: string, query: RecommendationQuery, caller: Caller): Promise<Recommendation[]> {
    const panel = await this.panels.panelBySlug(slug);
    return this.views({ ...query, panelId: panel.id, citationsVisibleTo: caller }, rolesOn(caller, panel.id));
  }

  async csv(slug: string, query: RecommendationQuery, caller: Caller): Promise<string> {
    return recommendationsCsv(await this.list(slug, query, caller));
  }

  async detail(id: string, caller: Caller): Promise<RecommendationDetail> {
    // One statement reads everything, drafts included; only what the caller may see is kept
    // once the recommendation has said its panel.
    const now = new Date();
    const found = await this.recommendations.findDetail(id, now);
    if (!found) throw notFound('Recommendation');
    const { view, responses, events } = found;
    const roles = rolesOn(caller, view.panelId);
    const visible = responses.filter((r) => canSeeResponse(r.status, roles));
    const visibleIds = new Set(visible.map((r) => r.id));
    const citedByResponse = this.citations.visibleByOwner(found.responseCitations, roles);
    const about = events.filter((e) => (e.entityType === 'Recommendation' && e.entityId === id) || (e.entityType === 'Response' && visibleIds.has(e.entityId)));
    // Only published responses are visible to others, and of those only the publication is
    // told: the drafting is the OPCC's working papers.
    const readable = can(roles, 'response:view-unpublished')
      ? about
      : about.filter((e) => !e.action.startsWith('response.') || PUBLIC_RESPONSE_ACTIONS.has(e.action));
    return {
      ...mapRecommendation(view, this.citations.visible(view.citations, roles)),
      responses: visible.map((r) =>
        mapResponse(
          r,
          citedByResponse.get(r.id) ?? [],
          r.unresolvedCitations
            .filter((u) => canSeeVersion(u.documentKind, u.versionStatus, roles))
            .map((u) => ({ cited: u.cited, versionId: u.versionId, versionLabel: u.versionLabel, note: u.note })),
          r.commitments.map((k) => mapCommitment(k, now)),
        ),
      ),
      history: mapHistory(readable),
    };
  }

  async create(slug: string, input: CreateRecommendationInput, caller: Caller): Promise<Recommendation> {
    const panel = await this.panels.panelBySlug(slug, { fresh: true });
    const clerk = requirePanelPermission(caller, panel.id, 'recommendation:write');
    const roles = rolesOn(caller, panel.id);
    const meeting = await this.recommendations.findMeeting(input.meetingId);
    if (!meeting || meeting.panelId !== panel.id) {
      throw badRequest('The request body has invalid fields.', [{ path: 'meetingId', message: 'No such meeting of this panel' }]);
    }
    const citations = await this.citations.resolve(input, panel.id, roles, input.text);
    const dueAt = input.dueAt ? new Date(input.dueAt) : defaultResponseDueDate(meeting.startsAt, panel.responseDueDays);
    const id = await this.prisma.$transaction(async (tx) => {
      const number = await this.recommendations.nextNumber(tx, panel.id);
      const created = await this.recommendations.create(
        tx,
        { panelId: panel.id, meetingId: meeting.id, number, text: input.text, theme: input.theme || null, dueAt, createdById: clerk.userId },
        citations,
      );
      await this.audit.record(tx, {
        actorId: clerk.userId,
        panelId: panel.id,
        action: 'recommendation.created',
        entityType: 'Recommendation',
        entityId: created.id,
        after: { ...created, citations: citations.map((c) => ({ provisionId: c.provisionId, cited: c.cited, source: c.source })) },
      });
      return created.id;
    });
    return this.one(id, roles);
  }

  async close(id: string, input: CloseRecommendationInput, caller: Caller): Promise<Recommendation> {
    const found = await this.recommendations.findById(id);
    if (!found) throw notFound('Recommendation');
    const clerk = requirePanelPermission(caller, found.panelId, 'recommendation:close');
    const roles = rolesOn(caller, found.panelId);
    if (found.closedAt) throw conflict('This recommendation is already closed.', 'already-closed');
    const before = await this.one(id, roles);
    await this.prisma.$transaction(async (tx) => {
      const closed = await this.recommendations.close(tx, id, input.version, new Date(), input.reason);
      if (closed === 0) throw staleVersion();
      await this.audit.record(tx, {
        actorId: clerk.userId,
        panelId: found.panelId,
        action: 'recommendation.closed',
        entityType: 'Recommendation',
        entityId: id,
        before: { status: before.status, closedAt: null, version: before.version },
        after: { status: 'CLOSED', closedReason: input.reason, version: input.version + 1 },
      });
    });
    return this.one(id, roles);
  }

  async withdraw(id: string, input: WithdrawRecommendationInput, caller: Caller): Promise<Recommendation> {
    const found = await this.recommendations.findById(id);
    if (!found) throw notFound('Recommendation');
    const clerk = requirePanelPermission(caller, found.panelId, 'recommendation:write');
    const roles = rolesOn(caller, found.panelId);
    if (found.withdrawnAt) throw conflict('This recommendation is already withdrawn.', 'already-withdrawn');
    const before = await this.one(id, roles);
    await this.prisma.$transaction(async (tx) => {
      if ((await this.recommendations.withdraw(tx, id, input.version, new Date(), input.reason)) === 0) throw staleVersion();
      await this.audit.record(tx, {
        actorId: clerk.userId,
        panelId: found.panelId,
        action: 'recommendation.withdrawn',
        entityType: 'Recommendation',
        entityId: id,
        before: { status: before.status, version: before.version },
        after: { status: 'WITHDRAWN', withdrawnReason: input.reason, version: input.version + 1 },
      });
    });
    return this.one(id, roles);
  }

  /**
   * Corrects what was recorded (text, theme, citations, due date). Once a response has been
   * published the public has read the recommendation as it was, so a correction then needs a reason,
   * which its history shows.
   */
  async correct(id: string, input: UpdateRecommendationInput, caller: Caller): Promise<Recommendation> {
    const found = await this.recommendations.findById(id);
    if (!found) throw notFound('Recommendation');
    const clerk = requirePanelPermission(caller, found.panelId, 'recommendation:write');
    const roles = rolesOn(caller, found.panelId);
    if (found.withdrawnAt) throw conflict('This recommendation was withdrawn; it cannot be corrected.', 'recommendation-withdrawn');
    if (found.firstPublishedResponseAt && !input.reason) {
      throw badRequest('The request body has invalid fields.', [
        { path: 'reason', message: 'Enter why the recommendation is corrected: a response to it has been published' },
      ]);
    }
    const citations =
      input.citedVersionId !== undefined || input.citation !== undefined || input.provisionKeys !== undefined
        ? await this.citations.resolve(input, found.panelId, roles, input.text)
        : undefined;
    const before = await this.one(id, roles);
    const data = {
      ...(input.text !== undefined ? { text: input.text } : {}),
      ...(input.theme !== undefined ? { theme: input.theme || null } : {}),
      ...(input.dueAt !== undefined ? { dueAt: new Date(input.dueAt) } : {}),
    };
    const changed = [
      ...(data.text !== undefined && data.text !== before.text ? ['text'] : []),
      ...('theme' in data && data.theme !== (before.theme ?? null) ? ['theme'] : []),
      ...(citations ? ['citations'] : []),
      ...(data.dueAt !== undefined && data.dueAt.toISOString() !== before.dueAt ? ['due date'] : []),
    ];
    await this.prisma.$transaction(async (tx) => {
      if ((await this.recommendations.correct(tx, id, input.version, data, citations)) === 0) throw staleVersion();
      await this.audit.record(tx, {
        actorId: clerk.userId,
        panelId: found.panelId,
        action: 'recommendation.corrected',
        entityType: 'Recommendation',
        entityId: id,
        before: {
          text: before.text,
          theme: before.theme ?? null,
          dueAt: before.dueAt,
          provisions: before.provisions.map((p) => p.provisionKey),
          version: before.version,
        },
        after: {
          ...data,
          ...(citations ? { citations: citations.map((c) => ({ provisionId: c.provisionId, cited: c.cited, source: c.source })) } : {}),
          changed,
          reason: input.reason ?? null,
          version: input.version + 1,
        },
      });
    });
    return this.one(id, roles);
  }

  /** For other features: recommendations as the caller may see them (citations filtered). */
  async views(filter: RecommendationFilter, roles: readonly RoleName[]): Promise<Recommendation[]> {
    return (await this.recommendations.findViews(filter, new Date())).map((view) => this.present(view, roles));
  }

  private async one(id: string, roles: readonly RoleName[]): Promise<Recommendation> {
    const [view] = await this.recommendations.findViews({ ids: [id] }, new Date());
    if (!view) throw notFound('Recommendation');
    return this.present(view, roles);
  }

  /** The recommendation with the citations the caller may see (in versions they may read). */
  private present(view: RecommendationView, roles: readonly RoleName[]): Recommendation {
    return mapRecommendation(view, this.citations.visible(view.citations, roles));
  }
}
