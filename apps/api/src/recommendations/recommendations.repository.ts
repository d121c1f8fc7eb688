import { Injectable } from '@nestjs/common';
import { Prisma } from '@psp/db';
import type { DocumentKind, ImplementationState, RecommendationStatus, ResponseOutcome, VersionStatus } from '@psp/contracts';
import { IMPLEMENTATION_STATES, type TRACKER_SORTS } from '@psp/contracts/enums';
import type { Caller } from '../auth/principal';
import { PrismaService, type Tx } from '../common/prisma.service';
import { panelColumnIn, versionVisibleSql } from '../common/visibility.sql';
import { recommendationHistorySql, toAuditEntry, type AuditEntryAbout, type AuditEventRow } from '../common/audit.repository';
import type { CommitmentRow } from '../commitments/commitments.mapper';
import type { ResponseRow } from '../responses/responses.mapper';
import { citationsOfRecommendationSql, recommendationCitationsSql, type RecommendationCitationRow } from './citations.repository';
import type { ResolvedCitation } from './citations.service';
import { implementationStateSql, recommendationHasStatusSql, recommendationStatusSql } from './recommendation-status.sql';

export interface RecommendationFilter {
  panelId?: string;
  ids?: string[];
  status?: RecommendationStatus;
  /** Words of the text: full-text (English stemming), or a plain substring for partial words. */
  q?: string;
  /** Recommendations citing this provision, in whichever version they cited it … */
  provisionKey?: string;
  /** … of the versions this caller may see (a paragraph that exists only in a draft finds nothing for the public). */
  citationsVisibleTo?: Caller;
  meetingId?: string;
  theme?: string;
  outcome?: ResponseOutcome;
  /** Where the implementation stands (as `implementationStateSql` derives it). */
  implementation?: ImplementationState;
  /** Newest meeting first (default), or by implementation state first. */
  sort?: (typeof TRACKER_SORTS)[number];
  limit?: number;
  offset?: number;
}

/** A recommendation as the tracker shows it, status and latest outcome derived in SQL. */
export interface RecommendationView {
  id: string;
  panelId: string;
  number: number;
  text: string;
  theme: string | null;
  meetingId: string;
  meetingTitle: string;
  meetingStartsAt: Date;
  dueAt: Date | null;
  closedAt: Date | null;
  closedReason: string | null;
  withdrawnAt: Date | null;
  withdrawnReason: string | null;
  version: number;
  status: RecommendationStatus;
  latestOutcome: ResponseOutcome | null;
  /** The implementation state last recorded; the mapper derives the state shown from it. */
  implementationState: ImplementationState | null;
  /** Every citation, whether or not the caller may see the version cited. */
  citations: RecommendationCitationRow[];
}

export interface NewRecommendation {
  panelId: string;
  meetingId: string;
  number: number;
  text: string;
  theme: string | null;
  dueAt: Date;
  createdById: string;
}

/** `%`, `_` and `\` are wildcards in LIKE; a search for them means the characters themselves. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** A citation in a response's words linked to no paragraph, with what deciding its visibility needs. */
export interface UnresolvedCitationRow {
  cited: string;
  versionId: string;
  versionLabel: string;
  note: string;
  versionStatus: VersionStatus;
  documentKind: DocumentKind;
}

/** What the recommendation page reads, in one statement; responses, citations and events of drafts included. */
export interface RecommendationDetailRows {
  view: RecommendationView;
  responses: Array<ResponseRow & { unresolvedCitations: UnresolvedCitationRow[]; commitments: CommitmentRow[] }>;
  /** The citations of every response, drafts' included. */
  responseCitations: RecommendationCitationRow[];
  events: AuditEntryAbout[];
}

type JsonCommitment = Omit<CommitmentRow, 'dueAt' | 'fulfilledAt' | 'dueMeeting'> & {
  dueAt: string | null;
  fulfilledAt: string | null;
  dueMeeting: { id: string; title: string; startsAt: string } | null;
};
type JsonResponse = Omit<ResponseRow, 'publishedAt'> & {
  publishedAt: string | null;
  unresolvedCitations: UnresolvedCitationRow[];
  commitments: JsonCommitment[];
};
type JsonAuditEvent = Omit<AuditEventRow, 'at'> & { at: string };

/** A timestamp(3) inside JSON is the UTC wall time without a zone ("2026-11-23T19:13:35.75"). */
const jsonTimestamp = (value: string) => new Date(`${value}Z`);

/** Where a recommendation's implementation stands as a rank, in the order of IMPLEMENTATION_STATES; null while it is not tracked. */
const implementationRankSql = Prisma.sql`array_position(ARRAY[${Prisma.join(IMPLEMENTATION_STATES.map((state) => Prisma.sql`${state}::text`))}]::text[], ${implementationStateSql(Prisma.sql`r`)})`;

/** The tracker's rows: the recommendation, its meeting, its derived status and latest outcome. */
function viewsSql(filter: RecommendationFilter, now: Date): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (filter.panelId) {
    // Said of the meeting too, so the planner can walk the panel's meetings newest first (the
    // sort) and take each one's recommendations from (meetingId, panelId), stopping once the
    // page is full.
    conditions.push(Prisma.sql`r."panelId" = ${filter.panelId}::text AND m."panelId" = ${filter.panelId}::text`);
  }
  if (filter.ids) conditions.push(Prisma.sql`r.id IN (${Prisma.join(filter.ids.map((id) => Prisma.sql`${id}::text`))})`);
  if (filter.meetingId) conditions.push(Prisma.sql`r."meetingId" = ${filter.meetingId}::text`);
  if (filter.theme) conditions.push(Prisma.sql`lower(r.theme) = lower(${filter.theme}::text)`);
  if (filter.q) {
    // The GIN index on the stored "searchVector" serves the first test; the substring catches
    // what stemming misses ("radical" in "radicalisation", a half-typed word).
    conditions.push(Prisma.sql`(r."searchVector" @@ websearch_to_tsquery('english', ${filter.q}::text)
      OR r."text" ILIKE ${likePattern(filter.q)}::text)`);
  }
  if (filter.provisionKey) {
    const visible = versionVisibleSql(filter.citationsVisibleTo ?? null, {
      status: Prisma.sql`v.status`,
      kind: Prisma.sql`d.kind`,
      inPanels: panelColumnIn(Prisma.sql`d."panelId"`),
    });
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "RecommendationCitation" c JOIN "Provision" p ON p.id = c."provisionId"
      JOIN "DocumentVersion" v ON v.id = p."versionId" JOIN "Document" d ON d.id = v."documentId"
      WHERE c."recommendationId" = r.id AND p."provisionKey" = ${filter.provisionKey}::text AND ${visible})`);
  }
  if (filter.status) conditions.push(recommendationHasStatusSql(filter.status, now));
  if (filter.outcome) conditions.push(Prisma.sql`r."latestOutcome" = ${filter.outcome}::"ResponseOutcome"`);
  if (filter.implementation) conditions.push(Prisma.sql`${implementationStateSql(Prisma.sql`r`)} = ${filter.implementation}::text`);

  const where = conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}` : Prisma.empty;
  const limit = filter.limit !== undefined ? Prisma.sql`LIMIT ${filter.limit}::int` : Prisma.empty;
  const offset = filter.offset ? Prisma.sql`OFFSET ${filter.offset}::int` : Prisma.empty;

  return Prisma.sql`
    SELECT r.id, r."panelId", r.number, r.text, r.theme, r."meetingId", m.title AS "meetingTitle", m."startsAt" AS "meetingStartsAt",
           r."dueAt", r."closedAt", r."closedReason", r."withdrawnAt", r."withdrawnReason", r.version,
           ${recommendationStatusSql(now)} AS status,
           r."latestOutcome"::text AS "latestOutcome", r."implementationState"::text AS "implementationState",
           ${implementationRankSql} AS "implementationRank"
    FROM "Recommendation" r JOIN "Meeting" m ON m.id = r."meetingId"
    ${where}
    ORDER BY ${filter.sort === 'implementation' ? Prisma.sql`"implementationRank" ASC NULLS LAST, ` : Prisma.empty}m."startsAt" DESC, r.number ASC, r.id ASC
    ${limit} ${offset}`;
}

@Injectable()
export class RecommendationsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** The rows in tracker order, each with its citations (all of them: the service keeps the visible ones). */
  async findViews(filter: RecommendationFilter, now: Date): Promise<RecommendationView[]> {
    if (filter.ids && filter.ids.length === 0) return [];
    // `viewed`, not `v`: the citation fragment joins DocumentVersion as `v`. Ordered again
    // outside: a subquery's order is not kept.
    return this.prisma.$queryRaw<RecommendationView[]>(Prisma.sql`
      SELECT viewed.*,
             (SELECT coalesce(json_agg(c ORDER BY c.position, c."citationId"), '[]'::json)
                FROM (${recommendationCitationsSql(Prisma.sql`viewed.id`)}) c) AS citations
      FROM (${viewsSql(filter, now)}) viewed
      ORDER BY ${filter.sort === 'implementation' ? Prisma.sql`viewed."implementationRank" ASC NULLS LAST, ` : Prisma.empty}viewed."meetingStartsAt" DESC, viewed.number ASC, viewed.id ASC`);
  }

  /**
   * The recommendation page in one statement (every statement costs a round trip and socket
   * writes on both sides): the view and, as JSON, every response, every citation (the
   * recommendation's and its responses') and every audit event about them, drafts included;
   * the service keeps what the caller may see.
   */
  async findDetail(id: string, now: Date): Promise<RecommendationDetailRows | null> {
    const idSql = Prisma.sql`${id}::text`;
    const [row] = await this.prisma.$queryRaw<
      Array<Omit<RecommendationView, 'citations'> & { responses: JsonResponse[]; citations: RecommendationCitationRow[]; events: JsonAuditEvent[] }>
    >(Prisma.sql`
      SELECT viewed.*,
             (SELECT coalesce(json_agg(s ORDER BY s."createdAt" DESC, s.id DESC), '[]'::json)
                FROM (SELECT s.id, s."recommendationId", s."letterId", s.outcome, s."outcomeReason", s.status, s.text, s.version, s."publishedAt", s."createdAt",
                             (SELECT coalesce(json_agg(json_build_object('cited', u.cited, 'versionId', u."versionId", 'versionLabel', uv.label, 'note', u.note,
                                                                         'versionStatus', uv.status::text, 'documentKind', ud.kind::text)
                                                       ORDER BY u.position, u.id), '[]'::json)
                                FROM "UnresolvedCitation" u
                                JOIN "DocumentVersion" uv ON uv.id = u."versionId"
                                JOIN "Document" ud ON ud.id = uv."documentId"
                               WHERE u."responseId" = s.id) AS "unresolvedCitations",
                             (SELECT coalesce(json_agg(json_build_object('id', k.id, 'responseId', k."responseId", 'words', k.words, 'owner', k.owner,
                                                                         'dueAt', k."dueAt", 'fulfilledAt', k."fulfilledAt", 'fulfilment', k.fulfilment,
                                                                         'fulfilledByVersionId', k."fulfilledByVersionId",
                                                                         'fulfilledByAgendaItemId', k."fulfilledByAgendaItemId",
                                                                         'fulfilmentNote', k."fulfilmentNote", 'version', k.version,
                                                                         'dueMeeting', CASE WHEN dm.id IS NULL THEN NULL
                                                                                            ELSE json_build_object('id', dm.id, 'title', dm.title, 'startsAt', dm."startsAt") END)
                                                       ORDER BY k.position), '[]'::json)
                                FROM "Commitment" k
                                LEFT JOIN "Meeting" dm ON dm.id = k."dueMeetingId"
                               WHERE k."responseId" = s.id) AS commitments
                        FROM "Response" s WHERE s."recommendationId" = ${idSql}) s) AS responses,
             (SELECT coalesce(json_agg(c ORDER BY c.position, c."citationId"), '[]'::json) FROM (${citationsOfRecommendationSql(idSql)}) c) AS citations,
             (SELECT coalesce(json_agg(e ORDER BY e.at, e."eventId"), '[]'::json) FROM (${recommendationHistorySql(idSql)}) e) AS events
      FROM (${viewsSql({ ids: [id] }, now)}) viewed`);
    if (!row) return null;
    const { responses, citations, events, ...columns } = row;
    return {
      view: { ...columns, citations: citations.filter((c) => c.ownerType === 'Recommendation') },
      responseCitations: citations.filter((c) => c.ownerType === 'Response'),
      responses: responses.map((r) => ({
        id: r.id,
        recommendationId: r.recommendationId,
        letterId: r.letterId,
        outcome: r.outcome,
        outcomeReason: r.outcomeReason,
        status: r.status,
        text: r.text,
        version: r.version,
        publishedAt: r.publishedAt === null ? null : jsonTimestamp(r.publishedAt),
        unresolvedCitations: r.unresolvedCitations,
        commitments: r.commitments.map((k) => ({
          ...k,
          dueAt: k.dueAt === null ? null : jsonTimestamp(k.dueAt),
          fulfilledAt: k.fulfilledAt === null ? null : jsonTimestamp(k.fulfilledAt),
          dueMeeting: k.dueMeeting === null ? null : { ...k.dueMeeting, startsAt: jsonTimestamp(k.dueMeeting.startsAt) },
        })),
      })),
      events: events.map((e) => toAuditEntry({ ...e, at: jsonTimestamp(e.at) })),
    };
  }

  findById(id: string) {
    return this.prisma.recommendation.findUnique({
      where: { id },
      select: { id: true, panelId: true, number: true, closedAt: true, withdrawnAt: true, firstPublishedResponseAt: true, version: true },
    });
  }

  findMeeting(meetingId: string) {
    return this.prisma.meeting.findUnique({ where: { id: meetingId }, select: { id: true, panelId: true, startsAt: true } });
  }

  /**
   * The panel's next recommendation number. The panel row is locked until the transaction ends,
   * so concurrent creations take numbers one after another instead of colliding.
   */
  async nextNumber(tx: Tx, panelId: string): Promise<number> {
    await tx.$queryRaw`SELECT id FROM "Panel" WHERE id = ${panelId}::text FOR UPDATE`;
    const { _max } = await tx.recommendation.aggregate({ where: { panelId }, _max: { number: true } });
    return (_max.number ?? 0) + 1;
  }

  async create(tx: Tx, data: NewRecommendation, citations: ResolvedCitation[]) {
    return tx.recommendation.create({
      data: {
        ...data,
        citations: { create: citations.map((c) => ({ provisionId: c.provisionId, cited: c.cited, source: c.source, position: c.position })) },
      },
      select: { id: true, number: true, meetingId: true, text: true, theme: true, dueAt: true },
    });
  }

  /** Withdraws a recommendation at the version the caller read; 0 when stale or already withdrawn. */
  async withdraw(tx: Tx, id: string, version: number, withdrawnAt: Date, withdrawnReason: string): Promise<number> {
    const { count } = await tx.recommendation.updateMany({
      where: { id, version, withdrawnAt: null },
      data: { withdrawnAt, withdrawnReason, version: { increment: 1 } },
    });
    return count;
  }

  /**
   * Corrects a recommendation at the version the caller read, replacing its citations when given;
   * 0 when stale or withdrawn.
   */
  async correct(
    tx: Tx,
    id: string,
    version: number,
    data: { text?: string; theme?: string | null; dueAt?: Date },
    citations: ResolvedCitation[] | undefined,
  ): Promise<number> {
    const { count } = await tx.recommendation.updateMany({ where: { id, version, withdrawnAt: null }, data: { ...data, version: { increment: 1 } } });
    if (count === 0 || citations === undefined) return count;
    await tx.recommendationCitation.deleteMany({ where: { recommendationId: id } });
    await tx.recommendationCitation.createMany({
      data: citations.map((c) => ({ recommendationId: id, provisionId: c.provisionId, cited: c.cited, source: c.source, position: c.position })),
    });
    return count;
  }

  /** Closes an open recommendation at the version the caller read; 0 when stale or already closed. */
  async close(tx: Tx, id: string, version: number, closedAt: Date, closedReason: string): Promise<number> {
    const { count } = await tx.recommendation.updateMany({
      where: { id, version, closedAt: null },
      data: { closedAt, closedReason, version: { increment: 1 } },
    });
    return count;
  }
}
