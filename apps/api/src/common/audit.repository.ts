import { Injectable } from '@nestjs/common';
import type { Prisma } from '@psp/db';
import { PrismaService, type Tx } from './prisma.service';

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
        requestId: entry.requestId ?? null,
      },
    });
  }

  /** Events about any of the given entities, oldest first, with the actor's name. */
  async history(entities: Array<{ entityType: string; entityId: string }>): Promise<AuditEntry[]> {
    if (entities.length === 0) return [];
    const events = await this.prisma.auditEvent.findMany({
      where: { OR: entities.map((e) => ({ entityType: e.entityType, entityId: e.entityId })) },
      orderBy: [{ at: 'asc' }, { id: 'asc' }],
    });
    const actorIds = [...new Set(events.map((e) => e.actorId).filter((id): id is string => !!id))];
    const actors = actorIds.length ? await this.prisma.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } }) : [];
    const names = new Map(actors.map((a) => [a.id, a.name]));
    return events.map((e) => ({
      at: e.at,
      action: e.action,
      actor: e.actorId ? { id: e.actorId, name: names.get(e.actorId) ?? 'Former user' } : null,
      before: e.before,
      after: e.after,
    }));
  }
}
