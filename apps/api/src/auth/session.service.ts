import { Inject, Injectable } from '@nestjs/common';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../config';
import type { Principal } from './principal';
import { SessionRepository } from './session.repository';

const MINUTE = 60_000;
/** Refresh the idle expiry at most once a minute, not on every request. */
const TOUCH_INTERVAL_MS = MINUTE;

export interface IssuedSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

@Injectable()
export class SessionService {
  constructor(
    private readonly sessions: SessionRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get cookieName(): string {
    // The __Host- prefix pins the cookie to this origin over HTTPS.
    return this.config.cookieSecure ? '__Host-psp_session' : 'psp_session';
  }

  /**
   * A cookie the web app can read that says "this browser signed in" (and nothing else): a tab
   * without a CSRF token asks /api/auth/me only when it is there, so the public never triggers a 401.
   * It lasts for the browser session; the session cookie alone decides who is signed in.
   */
  get hintCookieName(): string {
    return this.config.cookieSecure ? '__Host-psp_signed_in' : 'psp_signed_in';
  }

  hintCookieOptions() {
    return { httpOnly: false, sameSite: 'strict' as const, secure: this.config.cookieSecure, path: '/' };
  }

  cookieOptions(expiresAt: Date) {
    return { httpOnly: true, sameSite: 'strict' as const, secure: this.config.cookieSecure, path: '/', expires: expiresAt };
  }

  /** Sessions are stored by HMAC of the token, so the table alone cannot be replayed. */
  private sessionId(token: string): string {
    return createHmac('sha256', this.config.sessionSecret).update(token).digest('hex');
  }

  async issue(userId: string, userAgent: string | null): Promise<IssuedSession> {
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(32).toString('base64url');
    const now = Date.now();
    // Sign-in is rare and cheap to piggyback on: no scheduler is needed to keep the table small.
    await this.sessions.deleteExpired(new Date(now));
    const expiresAt = new Date(now + this.config.sessionAbsoluteHours * 60 * MINUTE);
    const idleExpiresAt = new Date(Math.min(now + this.config.sessionIdleMinutes * MINUTE, expiresAt.getTime()));
    await this.sessions.create({ id: this.sessionId(token), userId, csrfToken, idleExpiresAt, expiresAt, userAgent: userAgent?.slice(0, 500) ?? null });
    return { token, csrfToken, expiresAt };
  }

  /** The principal for a cookie token, or null when unknown, expired or the account is disabled. */
  async resolve(token: string): Promise<Principal | null> {
    if (!token || token.length > 200) return null;
    const id = this.sessionId(token);
    const session = await this.sessions.find(id);
    if (!session) return null;
    const now = new Date();
    if (session.expiresAt <= now || session.idleExpiresAt <= now || !session.user.active) {
      await this.sessions.delete(id);
      return null;
    }
    if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      const idle = new Date(Math.min(now.getTime() + this.config.sessionIdleMinutes * MINUTE, session.expiresAt.getTime()));
      await this.sessions.touch(id, now, idle);
    }
    return {
      userId: session.user.id,
      email: session.user.email,
      name: session.user.name,
      sessionId: id,
      csrfToken: session.csrfToken,
      memberships: session.user.memberships.map((m) => ({ panelId: m.panelId, panelSlug: m.panel.slug, role: m.role })),
    };
  }

  async revoke(sessionId: string): Promise<void> {
    await this.sessions.delete(sessionId);
  }

  async revokeAll(userId: string): Promise<void> {
    await this.sessions.deleteForUser(userId);
  }

  csrfMatches(expected: string, presented: string | undefined): boolean {
    if (!presented) return false;
    const a = Buffer.from(expected);
    const b = Buffer.from(presented);
    return a.length === b.length && timingSafeEqual(a, b);
  }
}
