import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { forbidden, problem, ProblemException } from '../common/problem';

/**
 * Why a request comes from another site, or null when it does not. Browsers say where a request
 * comes from (`Sec-Fetch-Site`; `Origin` on every cross-origin request and on same-origin
 * writes), so a form or script on a foreign page cannot sign a visitor in or write with their
 * cookie even if the CSRF header were somehow had. Clients that are not browsers send neither
 * header and are judged by the session and the CSRF header alone.
 */
export function foreignOrigin(request: Request): string | null {
  const site = request.header('sec-fetch-site');
  if (site === 'cross-site' || site === 'same-site') return `the request came from another site (Sec-Fetch-Site: ${site})`;
  const origin = request.header('origin');
  if (origin === undefined) return null;
  let host: string | null = null;
  try {
    host = new URL(origin).host;
  } catch {
    host = null;
  }
  return host !== null && host === request.header('host') ? null : `the request came from ${origin}`;
}

/** Sign-in takes JSON from this site only: a form on a foreign page must not sign a visitor into another account. */
@Injectable()
export class SignInFromThisSite implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    if (!request.is('application/json')) throw new ProblemException(problem(415, 'Sign in with a JSON body (Content-Type: application/json).'));
    const foreign = foreignOrigin(request);
    if (foreign) throw forbidden(`Sign-in is accepted from this site only: ${foreign}.`);
    return true;
  }
}
