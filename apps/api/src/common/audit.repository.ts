import { Injectable } from '@nestjs/common';
import { Prisma } from '@psp/db';
import { PrismaService, type Tx } from './prisma.service';
import { currentRequest } from './request-context';

export interface AuditRecord {
  actorId: string | null;
  panelId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  requestId?: string | null;
}

export interface AuditEntry {
  at: Date;
  action: string;
  actor: { id: string; name: string } | null;
  before: unknown;
  after: unknown;
}

/** An event with the entity it is about, for callers that filter by entity. */
export interface AuditEntryAbout extends AuditEntry {
  entityType: string;
  entityId: string;
}

export interface AuditEventRow {
  at: Date;
  action: string;
  entityType: string;
  entityId: string;
  actorId: string | null;
  actorName: string | null;
  before: unknown;
  after: unknown;
}

const json = (value: unknown): Prisma.InputJsonValue | undefined =>
  value === undefined || value === null ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);

/** The append-only audit log. Writes happen inside the caller's transaction, so an audit entry
 *  exists exactly when the change it describes does. */
@Injectable()
export class AuditRepository {
  constructor(private readonly prisma: PrismaService) {}

  async record(tx: Tx, entry: AuditRecord): Promise<void> {
    await tx.auditEvent.create({
      data: {
        actorId: entry.actorId,
        panelId: entry.panelId,
        action: entry.action,
        entityType: entry.entityType,
        entityId: entry.entityId,
        before: json(entry.before),
        after: json(entry.after),
        // Which request made the change, and from where: for tracing a report back to the logs.
        requestId: entry.requestId ?? currentRequest()?.requestId ?? null,
        clientAddress: currentRequest()?.clientAddress ?? null,
      },
    });
  }
}

/**
 * Events about the recommendation and about every one of its responses, whatever their status,
 * with the actor's name joined in and their order (`at`, then `eventId`): rows for the detail
 * page's single statement. The caller must drop the events of responses it may not see.
 */
export function recommendationHistorySql(recommendationId: Prisma.Sql): Prisma.Sql {
  // ANY(ARRAY(…)), not IN (…): the array is computed once up front, so both branches probe the
  // (entityType, entityId, at) index; with IN the planner scans the whole log.
  return Prisma.sql`
    SELECT e.id AS "eventId", e.at, e.action, e."entityType", e."entityId", e."actorId", u.name AS "actorName", e.before, e.after
    FROM "AuditEvent" e LEFT JOIN "User" u ON u.id = e."actorId"
    WHERE (e."entityType" = 'Recommendation' AND e."entityId" = ${recommendationId})
       OR (e."entityType" = 'Response' AND e."entityId" = ANY(ARRAY(SELECT s.id FROM "Response" s WHERE s."recommendationId" = ${recommendationId})))`;
}

/** An account since deleted is 'Former user'. */
export function toAuditEntry(row: AuditEventRow): AuditEntryAbout {
  return {
    at: row.at,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    actor: row.actorId ? { id: row.actorId, name: row.actorName ?? 'Former user' } : null,
    before: row.before,
    after: row.after,
  };
}
