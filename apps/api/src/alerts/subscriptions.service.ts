import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { SubscribeInput as SubscribeSchema, type SubscribeInput, type SubscribeResult } from '@psp/contracts';
import { badRequest, notFound } from '../common/problem';
import type { Caller } from '../auth/principal';
import { APP_CONFIG, type AppConfig } from '../config';
import { PanelsService } from '../panels/panels.service';
import { AlertsRepository } from './alerts.repository';

const TARGET_WORDS = { PANEL: 'the panel', MEETING: 'the meeting', RECOMMENDATION: 'recommendation' } as const;

/** Following by email: the public confirm from the email first; a signed-in person follows with their own address at once. */
@Injectable()
export class SubscriptionsService {
  constructor(
    private readonly alerts: AlertsRepository,
    private readonly panels: PanelsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async subscribe(caller: Caller, raw: SubscribeInput): Promise<SubscribeResult> {
    const input = SubscribeSchema.parse(raw);
    const email = caller?.email.toLowerCase() ?? input.email;
    if (!email) throw badRequest('Enter the email address to send alerts to.', [{ path: 'email', message: 'Enter an email address, like name@example.com' }]);
    const { panelId, targetId, name } = await this.target(input.target, input.targetId);
    const signedIn = caller !== null;
    const confirmUrl = (token: string) => `${this.config.publicUrl}/api/subscriptions/confirm?token=${encodeURIComponent(token)}`;
    await this.alerts.subscribe(
      {
        panelId,
        email,
        userId: caller?.userId ?? null,
        target: input.target,
        targetId,
        frequency: input.frequency,
        token: randomBytes(24).toString('base64url'),
        confirmed: signedIn,
      },
      signedIn
        ? null
        : {
            subject: `Confirm you want alerts about ${name}`,
            body: (token) =>
              [
                `Someone, hopefully you, asked the Panel Scrutiny Portal to email ${email} when anything about ${name} is published${input.frequency === 'DAILY' ? ', once a day' : ''}.`,
                '',
                `To confirm, open: ${confirmUrl(token)}`,
                '',
                'If it was not you, ignore this email: nothing will be sent without your confirmation.',
              ].join('\n'),
          },
    );
    return { status: signedIn ? 'SUBSCRIBED' : 'CONFIRMATION_SENT', email };
  }

  async confirm(token: string): Promise<string> {
    const subscription = await this.alerts.byToken(token);
    if (!subscription || subscription.unsubscribedAt) throw notFound('That subscription');
    if (!subscription.confirmedAt) await this.alerts.confirm(subscription.id);
    return subscription.email;
  }

  async unsubscribe(token: string): Promise<string> {
    const subscription = await this.alerts.byToken(token);
    if (!subscription) throw notFound('That subscription');
    if (!subscription.unsubscribedAt) await this.alerts.unsubscribe(subscription.id);
    return subscription.email;
  }

  /** The thing followed, if it exists and is public: a panel by its slug, a meeting, a recommendation not withdrawn. */
  private async target(kind: SubscribeInput['target'], id: string): Promise<{ panelId: string; targetId: string; name: string }> {
    const invalid = () => badRequest('There is nothing to follow at that address.', [{ path: 'targetId', message: `No such ${TARGET_WORDS[kind]}` }]);
    if (kind === 'PANEL') {
      const panel = await this.panels.panelBySlug(id).catch(() => null);
      if (!panel) throw invalid();
      return { panelId: panel.id, targetId: panel.id, name: panel.name };
    }
    if (kind === 'MEETING') {
      const meeting = await this.alerts.meetingTarget(id);
      if (!meeting) throw invalid();
      return { panelId: meeting.panelId, targetId: meeting.id, name: meeting.title };
    }
    const recommendation = await this.alerts.recommendationTarget(id);
    if (!recommendation || recommendation.withdrawnAt) throw invalid();
    return { panelId: recommendation.panelId, targetId: recommendation.id, name: `recommendation ${recommendation.number}` };
  }
}
