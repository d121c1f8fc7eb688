import { Inject, Injectable } from '@nestjs/common';
import { decoyPasswordHash, verifyPassword } from '@psp/db';
import type { LoginInput, LoginResult } from '@psp/contracts';
import { signInRules, type ThrottleScope } from '@psp/domain';
import { APP_CONFIG, type AppConfig } from '../config';
import { tooManyRequests, unauthenticated } from '../common/problem';
import { mapPrincipalToUser } from './auth.mapper';
import { LoginThrottleRepository } from './login-throttle.repository';
import { SessionService, type IssuedSession } from './session.service';
import { UserRepository } from './user.repository';

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UserRepository,
    private readonly throttle: LoginThrottleRepository,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Checks the password (argon2id) under the sign-in limits of @psp/domain (per account and client, per account, per client). */
  async login(input: LoginInput, client: { ip: string; userAgent: string | null }): Promise<{ result: LoginResult; session: IssuedSession }> {
    const now = new Date();
    const keys: Record<ThrottleScope, string> = { pair: `pair:${input.email}|${client.ip}`, account: `email:${input.email}`, client: `ip:${client.ip}` };
    const rules = signInRules(this.config.loginMaxFailures).map((rule) => ({ key: keys[rule.scope], rule }));
    const wait = await this.throttle.reserve(rules, now, this.config.loginWindowMinutes);
    if (wait > 0) throw tooManyRequests('Too many failed sign-in attempts. Wait before trying again.', wait);

    const user = await this.users.findForSignIn(input.email);
    // Verify against a decoy when the account is unknown, so timing does not reveal which emails exist.
    const valid = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), input.password);
    if (!user || !user.active || !user.passwordHash || !valid) throw unauthenticated('The email address or password is wrong.');
    await this.throttle.forgive([keys.pair, keys.account], [keys.client]);
    const session = await this.sessions.issue(user.id, client.userAgent);
    const principal = await this.sessions.resolve(session.token);
    if (!principal) throw unauthenticated('The session could not be started.');
    return { result: { user: mapPrincipalToUser(principal), csrfToken: session.csrfToken }, session };
  }

  /** Ends every session of the person, on every device. */
  logoutEverywhere(userId: string): Promise<void> {
    return this.sessions.revokeAll(userId);
  }

  logout(sessionId: string): Promise<void> {
    return this.sessions.revoke(sessionId);
  }
}
