// RFC 9457 problem details: every error the API returns has this shape.
import { HttpException } from '@nestjs/common';
import type { FieldError, ProblemDetails } from '@psp/contracts';

const TITLES: Record<number, string> = {
  400: 'Invalid request',
  401: 'Sign in required',
  403: 'Not allowed',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Request body too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  429: 'Too many requests',
  500: 'Something went wrong',
  503: 'Service unavailable',
};

const SLUGS: Record<number, string> = {
  400: 'invalid-request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  409: 'conflict',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  422: 'unprocessable',
  429: 'too-many-requests',
  500: 'internal-error',
  503: 'unavailable',
};

export function problem(status: number, detail: string, errors?: FieldError[], type?: string): ProblemDetails {
  return {
    type: `/problems/${type ?? SLUGS[status] ?? 'error'}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    ...(errors ? { errors } : {}),
  };
}

/** Throw from anywhere; the global filter renders it as application/problem+json. */
export class ProblemException extends HttpException {
  constructor(
    readonly problemDetails: ProblemDetails,
    readonly headers: Record<string, string> = {},
  ) {
    super(problemDetails, problemDetails.status);
  }
}

export const badRequest = (detail: string, errors?: FieldError[]) => new ProblemException(problem(400, detail, errors));
export const unauthenticated = (detail = 'Sign in to do this.') => new ProblemException(problem(401, detail));
export const forbidden = (detail = 'Your role does not allow this.') => new ProblemException(problem(403, detail));
/** Unknown, or not visible to the caller: never reveal that an unpublished thing exists. */
export const notFound = (what = 'That') => new ProblemException(problem(404, `${what} was not found.`));
export const conflict = (detail: string, type?: string) => new ProblemException(problem(409, detail, undefined, type));
export const staleVersion = () =>
  conflict('Someone else changed this since you loaded it. Reload to see their changes; your text has not been saved.', 'stale-version');
export const unprocessable = (detail: string, errors?: FieldError[]) => new ProblemException(problem(422, detail, errors));
export const tooManyRequests = (detail: string, retryAfterSeconds: number) =>
  new ProblemException(problem(429, detail), { 'Retry-After': String(Math.max(1, Math.ceil(retryAfterSeconds))) });
