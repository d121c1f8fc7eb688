import { Injectable } from '@nestjs/common';
import { Prisma, type AlertFrequency, type SubscriptionTarget } from '@psp/db';
import { PrismaService } from '../common/prisma.service';

/** The audit actions that tell the public something: a publication or a change of status. */
export const ALERTING_ACTIONS = [
  'recommendation.created',
  'recommendation.closed',
  'recommendation.withdrawn',
  'recommendation.verdict',
  'response.published',
  'responseLetter.published',
  'minutes.published',
  'documentVersion.published',
] as const;

export interface AlertingEvent {
  id: bigint;
  action: string;
  entityType: string;
  entityId: string;
  panelId: string | null;
}

@Injectable()
export class AlertsRepository {
  constructor(private readonly prisma: PrismaService) {}

  // ── subscriptions ──
  findSubscription(email: string, target: SubscriptionTarget, targetId: string) {
    return this.prisma.subscription.findUnique({ where: { email_target_targetId: { email, target, targetId } } });
  }

  byToken(token: string) {
    return this.prisma.subscription.findUnique({ where: { token } });
  }

  /** Creates or renews a subscription (renewing one unsubscribed before), and queues its confirmation when it needs one. */
  async subscribe(
    data: {
      panelId: string;
      email: string;
      userId: string | null;
      target: SubscriptionTarget;
      targetId: string;
      frequency: AlertFrequency;
      token: string;
      confirmed: boolean;
    },
    confirmation: { subject: string; body: (token: string) => string } | null,
  ) {
    return this.prisma.$transaction(async (tx) => {
      const existing = await tx.subscription.findUnique({
        where: { email_target_targetId: { email: data.email, target: data.target, targetId: data.targetId } },
      });
      const subscription = existing
        ? await tx.subscription.update({
            where: { id: existing.id },
            data: {
              frequency: data.frequency,
              unsubscribedAt: null,
              userId: data.userId ?? existing.userId,
              ...(data.confirmed && !existing.confirmedAt ? { confirmedAt: new Date() } : {}),
            },
          })
        : await tx.subscription.create({
            data: {
              panelId: data.panelId,
              email: data.email,
              userId: data.userId,
              target: data.target,
              targetId: data.targetId,
              frequency: data.frequency,
              token: data.token,
              confirmedAt: data.confirmed ? new Date() : null,
            },
          });
      if (confirmation && !subscription.confirmedAt) {
        await tx.alertMessage.create({
          data: {
            subscriptionId: subscription.id,
            toEmail: subscription.email,
            kind: 'CONFIRM',
            subject: confirmation.subject,
            body: confirmation.body(subscription.token),
          },
        });
      }
      return subscription;
    });
  }

  confirm(id: string) {
    return this.prisma.subscription.update({ where: { id }, data: { confirmedAt: new Date(), unsubscribedAt: null } });
  }

  /** Unsubscribes and drops what was still waiting to go to it. */
  async unsubscribe(id: string) {
    await this.prisma.$transaction([
      this.prisma.subscription.update({ where: { id }, data: { unsubscribedAt: new Date() } }),
      this.prisma.alertMessage.deleteMany({ where: { subscriptionId: id, sentAt: null } }),
    ]);
  }

  /** Confirmed, active subscriptions to any of these targets. */
  followers(targets: Array<{ target: SubscriptionTarget; targetId: string }>) {
    if (!targets.length) return Promise.resolve([]);
    return this.prisma.subscription.findMany({
      where: { confirmedAt: { not: null }, unsubscribedAt: null, OR: targets.map((t) => ({ target: t.target, targetId: t.targetId })) },
    });
  }

  // ── the audit trail, read once ──
  /** The worker's place in the audit trail; on its very first run, the end of it (no alerts about the past). */
  async cursor(): Promise<bigint> {
    const row = await this.prisma.alertCursor.findUnique({ where: { id: 1 } });
    if (row) return row.lastAuditEventId;
    const latest = await this.prisma.auditEvent.aggregate({ _max: { id: true } });
    const start = latest._max.id ?? 0n;
    await this.prisma.alertCursor.upsert({ where: { id: 1 }, create: { id: 1, lastAuditEventId: start }, update: {} });
    return start;
  }

  eventsAfter(id: bigint, limit: number): Promise<AlertingEvent[]> {
    return this.prisma.auditEvent.findMany({
      where: { id: { gt: id }, action: { in: [...ALERTING_ACTIONS] } },
      orderBy: { id: 'asc' },
      take: limit,
      select: { id: true, action: true, entityType: true, entityId: true, panelId: true },
    });
  }

  /** Queues the alerts for one event and moves the cursor past it, together: an event is never alerted twice nor skipped. */
  async queueAndAdvance(eventId: bigint, messages: Prisma.AlertMessageCreateManyInput[]) {
    await this.prisma.$transaction([
      this.prisma.alertMessage.createMany({ data: messages, skipDuplicates: true }),
      this.prisma.alertCursor.update({ where: { id: 1 }, data: { lastAuditEventId: eventId } }),
    ]);
  }

  // ── what events are about (published material only) ──
  response(id: string) {
    return this.prisma.response.findUnique({
      where: { id },
      select: { status: true, outcome: true, text: true, recommendation: { select: { id: true, number: true, panelId: true, meetingId: true } } },
    });
  }

  recommendation(id: string) {
    return this.prisma.recommendation.findUnique({
      where: { id },
      select: {
        id: true,
        number: true,
        text: true,
        panelId: true,
        meetingId: true,
        closedAt: true,
        closedReason: true,
        withdrawnAt: true,
        implementationState: true,
        meeting: { select: { title: true } },
      },
    });
  }

  letter(id: string) {
    return this.prisma.responseLetter.findUnique({
      where: { id },
      select: {
        id: true,
        reference: true,
        subject: true,
        status: true,
        panelId: true,
        responses: { select: { recommendation: { select: { id: true, meetingId: true } } } },
      },
    });
  }

  version(id: string) {
    return this.prisma.documentVersion.findUnique({
      where: { id },
      select: {
        id: true,
        label: true,
        status: true,
        document: { select: { title: true, kind: true, panelId: true, meetingId: true, meeting: { select: { title: true } } } },
      },
    });
  }

  meetingTarget(id: string) {
    return this.prisma.meeting.findUnique({ where: { id }, select: { id: true, panelId: true, title: true } });
  }

  recommendationTarget(id: string) {
    return this.prisma.recommendation.findUnique({ where: { id }, select: { id: true, panelId: true, number: true, withdrawnAt: true } });
  }

  // ── digests and sending ──
  /** Folds each daily subscription's items that are due into one digest message. */
  async foldDigests(now: Date, compose: (items: Array<{ subject: string; body: string }>) => { subject: string; body: string }) {
    const due = await this.prisma.alertMessage.findMany({
      where: { kind: 'DIGEST_ITEM', sentAt: null, digestId: null, dueAt: { lte: now } },
      orderBy: { createdAt: 'asc' },
      select: { id: true, subscriptionId: true, toEmail: true, subject: true, body: true },
    });
    const bySubscription = new Map<string, typeof due>();
    for (const item of due) {
      if (!item.subscriptionId) continue;
      bySubscription.set(item.subscriptionId, [...(bySubscription.get(item.subscriptionId) ?? []), item]);
    }
    for (const [subscriptionId, items] of bySubscription) {
      const first = items[0];
      if (!first) continue;
      const digest = compose(items);
      await this.prisma.$transaction(async (tx) => {
        const created = await tx.alertMessage.create({
          data: { subscriptionId, toEmail: first.toEmail, kind: 'DIGEST', subject: digest.subject, body: digest.body },
        });
        await tx.alertMessage.updateMany({ where: { id: { in: items.map((i) => i.id) } }, data: { digestId: created.id, sentAt: now } });
      });
    }
  }

  /**
   * Takes the next message due for sending, leasing it for `leaseMs` so that no other worker takes
   * it meanwhile (a worker that dies leaves it to be taken again when the lease ends).
   */
  async claim(now: Date, leaseMs: number) {
    const rows = await this.prisma.$queryRaw<Array<{ id: string }>>(Prisma.sql`
      UPDATE "AlertMessage" SET "lockedUntil" = ${new Date(now.getTime() + leaseMs)}, attempts = attempts + 1
      WHERE id = (
        SELECT id FROM "AlertMessage"
        WHERE "sentAt" IS NULL AND kind <> 'DIGEST_ITEM' AND "dueAt" <= ${now} AND attempts < 10
          AND ("lockedUntil" IS NULL OR "lockedUntil" < ${now})
        ORDER BY "createdAt" ASC
        LIMIT 1 FOR UPDATE SKIP LOCKED)
      RETURNING id`);
    const id = rows[0]?.id;
    return id ? this.prisma.alertMessage.findUnique({ where: { id }, include: { subscription: true } }) : null;
  }

  markSent(id: string, at: Date) {
    return this.prisma.alertMessage.update({ where: { id }, data: { sentAt: at, lockedUntil: null, lastError: null } });
  }

  markFailed(id: string, error: string) {
    return this.prisma.alertMessage.update({ where: { id }, data: { lockedUntil: null, lastError: error.slice(0, 1000) } });
  }
}
