import { Inject, Injectable } from '@nestjs/common';
import { decoyPasswordHash, verifyPassword } from '@psp/db';
import type { LoginInput, LoginResult } from '@psp/contracts';
import { APP_CONFIG, type AppConfig } from '../config';
import { tooManyRequests, unauthenticated } from '../common/problem';
import { mapPrincipalToUser } from './auth.mapper';
import { LoginThrottleRepository } from './login-throttle.repository';
import { SessionService, type IssuedSession } from './session.service';
import { UserRepository } from './user.repository';

const CLIENT_ATTEMPTS_FACTOR = 4;

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UserRepository,
    private readonly throttle: LoginThrottleRepository,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Checks the password (argon2id) under a per-account and a per-client failure limit. */
  async login(input: LoginInput, client: { ip: string; userAgent: string | null }): Promise<{ result: LoginResult; session: IssuedSession }> {
    const now = new Date();
    const keys = { account: `email:${input.email}`, client: `ip:${client.ip}` };
    const wait = Math.max(await this.throttle.lockedFor(keys.account, now), await this.throttle.lockedFor(keys.client, now));
    if (wait > 0) throw tooManyRequests('Too many failed sign-in attempts. Wait before trying again.', wait);

    const user = await this.users.findForSignIn(input.email);
    // Verify against a decoy when the account is unknown, so timing does not reveal which emails exist.
    const valid = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), input.password);
    if (!user || !user.active || !user.passwordHash || !valid) {
      const { loginMaxFailures: max, loginWindowMinutes: window } = this.config;
      await this.throttle.recordFailure(keys.account, now, max, window);
      await this.throttle.recordFailure(keys.client, now, max * CLIENT_ATTEMPTS_FACTOR, window);
      throw unauthenticated('The email address or password is wrong.');
    }
    await this.throttle.clear(keys.account);
    const session = await this.sessions.issue(user.id, client.userAgent);
    const principal = await this.sessions.resolve(session.token);
    if (!principal) throw unauthenticated('The session could not be started.');
    return { result: { user: mapPrincipalToUser(principal), csrfToken: session.csrfToken }, session };
  }

  logout(sessionId: string): Promise<void> {
    return this.sessions.revoke(sessionId);
  }
}
