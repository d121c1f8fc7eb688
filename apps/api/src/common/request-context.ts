// What every request carries down to the audit log without being passed through each call: its
// id (echoed in the X-Request-Id response header, so a person reporting a problem can quote it)
// and the client's address (the proxy's view of it only with TRUST_PROXY).
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

export interface RequestContext {
  requestId: string;
  clientAddress: string | null;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** The context of the request being handled, or null outside one (start-up, scripts). */
export function currentRequest(): RequestContext | null {
  return storage.getStore() ?? null;
}

/** Express middleware, first in the chain: names the request and remembers where it came from. */
export function requestContextMiddleware(request: Request, response: Response, next: NextFunction): void {
  const requestId = randomUUID();
  request.requestId = requestId;
  response.setHeader('X-Request-Id', requestId);
  storage.run({ requestId, clientAddress: request.ip ?? null }, next);
}
