import { createParamDecorator, ExecutionContext, SetMetadata, applyDecorators } from '@nestjs/common';
import { ApiCookieAuth } from '@nestjs/swagger';
import type { Request } from 'express';
import type { Permission } from '@psp/domain';
import { SESSION_SCHEME } from '../openapi/openapi.document';
import type { Caller } from './principal';

export const REQUIRED_PERMISSION = 'psp:required-permission';
export const REQUIRES_AUTH = 'psp:requires-auth';
export const SKIP_CSRF = 'psp:skip-csrf';

/** Signed in, holding this permission on at least one panel (the service checks the panel). */
export const RequirePermission = (permission: Permission) => applyDecorators(SetMetadata(REQUIRED_PERMISSION, permission), ApiCookieAuth(SESSION_SCHEME));

export const RequireSignIn = () => applyDecorators(SetMetadata(REQUIRES_AUTH, true), ApiCookieAuth(SESSION_SCHEME));

/** For sign-in itself, which starts a session rather than using one. */
export const SkipCsrf = () => SetMetadata(SKIP_CSRF, true);

/** The caller: a principal, or null for the public. */
export const CurrentCaller = createParamDecorator((_: unknown, context: ExecutionContext): Caller => {
  return context.switchToHttp().getRequest<Request>().principal ?? null;
});
