import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { can, type Permission } from '@psp/domain';
import { forbidden, unauthenticated } from '../common/problem';
import { REQUIRED_PERMISSION, REQUIRES_AUTH, SKIP_CSRF } from './decorators';
import { foreignOrigin } from './same-origin';
import { SessionService } from './session.service';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Global guard: resolves the session cookie to a principal, enforces the CSRF header on every
 * cookie-authenticated write, and the route's coarse permission (services check the panel).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    const token = (request.cookies as Record<string, string> | undefined)?.[this.sessions.cookieName];
    const principal = token ? await this.sessions.resolve(token) : null;
    request.principal = principal;

    const targets = [context.getHandler(), context.getClass()];
    if (principal && !SAFE_METHODS.has(request.method) && !this.reflector.getAllAndOverride<boolean>(SKIP_CSRF, targets)) {
      if (!this.sessions.csrfMatches(principal.csrfToken, request.header('x-csrf-token'))) {
        throw forbidden('This write needs the X-CSRF-Token header from sign-in.');
      }
      const foreign = foreignOrigin(request);
      if (foreign) throw forbidden(`Writes are accepted from this site only: ${foreign}.`);
    }

    const permission = this.reflector.getAllAndOverride<Permission | undefined>(REQUIRED_PERMISSION, targets);
    const requiresAuth = this.reflector.getAllAndOverride<boolean | undefined>(REQUIRES_AUTH, targets);
    if ((permission || requiresAuth) && !principal) throw unauthenticated();
    if (
      permission &&
      principal &&
      !can(
        principal.memberships.map((m) => m.role),
        permission,
      )
    )
      throw forbidden();
    return true;
  }
}
