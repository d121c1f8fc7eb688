import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../config';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** Stable per message, so a message sent twice after a crash reads as one. */
  messageId: string;
  /** One-click unsubscribe (RFC 8058), for alerts and digests. */
  unsubscribeUrl?: string;
}

/** Sends through the SMTP server of SMTP_URL; without one, nothing is sent and the outbox keeps the messages. */
@Injectable()
export class Mailer implements OnModuleDestroy {
  private readonly logger = new Logger(Mailer.name);
  private readonly transport: Transporter | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transport = config.smtpUrl ? createTransport(config.smtpUrl) : null;
    if (!this.transport) this.logger.log('SMTP_URL is not set: alerts are queued but not sent.');
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  async send(mail: OutgoingMail): Promise<void> {
    if (!this.transport) throw new Error('no SMTP server is configured');
    await this.transport.sendMail({
      from: this.config.alertsFrom,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      messageId: mail.messageId,
      ...(mail.unsubscribeUrl
        ? { list: { unsubscribe: { url: mail.unsubscribeUrl, comment: 'Unsubscribe' } }, headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } }
        : {}),
    });
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
