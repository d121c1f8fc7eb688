import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Prisma, SubscriptionTarget } from '@psp/db';
import { addDaysToDay, londonDay } from '@psp/domain';
import { OUTCOME_WORDS } from '../common/paper';
import { APP_CONFIG, type AppConfig } from '../config';
import { AlertsRepository, type AlertingEvent } from './alerts.repository';
import { Mailer } from './mailer';

/** How long a claimed message is the claiming worker's before another may take it. */
const LEASE_MS = 5 * 60_000;
const EVENTS_PER_RUN = 500;
const MESSAGES_PER_RUN = 500;

interface Notice {
  subject: string;
  /** The lines of the alert, links included; nothing unpublished is ever read into them. */
  lines: string[];
  targets: Array<{ target: SubscriptionTarget; targetId: string }>;
}

/**
 * Reads the audit trail for publications and changes of status, queues an alert for each
 * confirmed follower (a daily follower's waits for the digest), and sends what is due through the
 * mail server. It runs on a timer in every API process; the cursor moves with the queued alerts in
 * one transaction and messages are leased, so two processes neither skip nor double an alert.
 */
@Injectable()
export class AlertsWorker implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(AlertsWorker.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly alerts: AlertsRepository,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    if (this.config.alertsIntervalMs > 0) {
      this.timer = setInterval(() => void this.runOnce().catch((error: unknown) => this.logger.error(error)), this.config.alertsIntervalMs);
      this.timer.unref();
    }
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** One pass: queue alerts for new events, fold due digests, send what is due. Overlapping calls share the pass. */
  runOnce(now = new Date()): Promise<void> {
    this.running ??= this.pass(now).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async pass(now: Date): Promise<void> {
    await this.queueNewEvents(now);
    await this.alerts.foldDigests(now, (items) => ({
      subject: `Your daily digest: ${items.length} ${items.length === 1 ? 'update' : 'updates'}`,
      body: items.map((item) => `${item.subject}\n${item.body}`).join('\n\n----\n\n'),
    }));
    if (this.mailer.enabled) await this.sendDue(now);
  }

  private async queueNewEvents(now: Date): Promise<void> {
    let cursor = await this.alerts.cursor();
    for (const event of await this.alerts.eventsAfter(cursor, EVENTS_PER_RUN)) {
      const notice = await this.noticeOf(event);
      const followers = notice ? await this.alerts.followers(notice.targets) : [];
      // One alert per person and event, however many of their subscriptions it touches.
      const seen = new Set<string>();
      const messages: Prisma.AlertMessageCreateManyInput[] = [];
      for (const follower of followers) {
        if (!notice || seen.has(follower.email)) continue;
        seen.add(follower.email);
        const daily = follower.frequency === 'DAILY';
        messages.push({
          subscriptionId: follower.id,
          toEmail: follower.email,
          kind: daily ? 'DIGEST_ITEM' : 'ALERT',
          subject: notice.subject,
          body: notice.lines.join('\n'),
          auditEventId: event.id,
          // A daily follower's items wait for the next morning's digest.
          dueAt: daily ? new Date(`${addDaysToDay(londonDay(now), 1)}T07:00:00Z`) : now,
        });
      }
      await this.alerts.queueAndAdvance(event.id, messages);
      cursor = event.id;
    }
  }

  private async sendDue(now: Date): Promise<void> {
    for (let sent = 0; sent < MESSAGES_PER_RUN; sent++) {
      const message = await this.alerts.claim(now, LEASE_MS);
      if (!message) return;
      const token = message.subscription?.token;
      const footer =
        message.kind === 'CONFIRM' || !token ? '' : `\n\n--\nYou follow this on the Panel Scrutiny Portal. To stop these emails: ${this.unsubscribeUrl(token)}`;
      try {
        await this.mailer.send({
          to: message.toEmail,
          subject: message.subject,
          text: `${message.body}${footer}`,
          messageId: `<${message.id}@panel-scrutiny-portal>`,
          ...(message.kind !== 'CONFIRM' && token ? { unsubscribeUrl: this.unsubscribeUrl(token) } : {}),
        });
        await this.alerts.markSent(message.id, new Date());
      } catch (error) {
        this.logger.warn(`alert ${message.id} not sent: ${String(error)}`);
        await this.alerts.markFailed(message.id, String(error));
      }
    }
  }

  private unsubscribeUrl(token: string): string {
    return `${this.config.publicUrl}/api/subscriptions/unsubscribe?token=${encodeURIComponent(token)}`;
  }

  private link(path: string): string {
    return `${this.config.publicUrl}${path}`;
  }

  /** What an event tells the public, read from published material only; null when there is nothing public to tell. */
  private async noticeOf(event: AlertingEvent): Promise<Notice | null> {
    switch (event.action) {
      case 'response.published': {
        const response = await this.alerts.response(event.entityId);
        if (!response || response.status !== 'PUBLISHED') return null;
        const { recommendation } = response;
        return {
          subject: `Recommendation ${recommendation.number}: the Commissioner's response is published (${OUTCOME_WORDS[response.outcome].toLowerCase()})`,
          lines: [snippet(response.text), '', `Read it: ${this.link(`/recommendations/${recommendation.id}`)}`],
          targets: [
            { target: 'PANEL', targetId: recommendation.panelId },
            { target: 'MEETING', targetId: recommendation.meetingId },
            { target: 'RECOMMENDATION', targetId: recommendation.id },
          ],
        };
      }
      case 'responseLetter.published': {
        const letter = await this.alerts.letter(event.entityId);
        if (!letter || letter.status !== 'PUBLISHED') return null;
        return {
          subject: `Response letter ${letter.reference} is published`,
          lines: [letter.subject, '', `Read it: ${this.link(`/letters/${letter.id}`)}`],
          targets: [{ target: 'PANEL', targetId: letter.panelId }],
        };
      }
      case 'minutes.published':
      case 'documentVersion.published': {
        const version = await this.alerts.version(event.entityId);
        if (!version || version.status !== 'PUBLISHED') return null;
        const { document } = version;
        if (document.kind === 'MINUTES' && document.meetingId) {
          return {
            subject: `Minutes published: ${document.meeting?.title ?? document.title}`,
            lines: [`Read them: ${this.link(`/meetings/${document.meetingId}`)}`],
            targets: [
              { target: 'PANEL', targetId: document.panelId },
              { target: 'MEETING', targetId: document.meetingId },
            ],
          };
        }
        return {
          subject: `${document.title}: ${version.label} is published`,
          lines: [`Read it: ${this.link(`/document-versions/${version.id}`)}`],
          targets: [{ target: 'PANEL', targetId: document.panelId }],
        };
      }
      case 'recommendation.created':
      case 'recommendation.closed':
      case 'recommendation.withdrawn':
      case 'recommendation.verdict': {
        const recommendation = await this.alerts.recommendation(event.entityId);
        if (!recommendation) return null;
        const what =
          event.action === 'recommendation.created'
            ? `recorded at ${recommendation.meeting.title}`
            : event.action === 'recommendation.withdrawn'
              ? 'withdrawn as recorded by mistake'
              : event.action === 'recommendation.verdict'
                ? `closed by the panel's verdict${recommendation.implementationState ? ` (${recommendation.implementationState.toLowerCase().replace(/_/g, ' ')})` : ''}`
                : `closed${recommendation.closedReason ? `: ${recommendation.closedReason}` : ''}`;
        return {
          subject: `Recommendation ${recommendation.number} ${what.split(':')[0] ?? what}`,
          lines: [
            `Recommendation ${recommendation.number} was ${what}.`,
            '',
            snippet(recommendation.text),
            '',
            `Read it: ${this.link(`/recommendations/${recommendation.id}`)}`,
          ],
          targets: [
            { target: 'PANEL', targetId: recommendation.panelId },
            ...(event.action === 'recommendation.created' ? [{ target: 'MEETING' as const, targetId: recommendation.meetingId }] : []),
            { target: 'RECOMMENDATION', targetId: recommendation.id },
          ],
        };
      }
      default:
        return null;
    }
  }
}

const snippet = (text: string) => (text.length <= 400 ? text : `${text.slice(0, 400).replace(/\s+\S*$/, '')}…`);
