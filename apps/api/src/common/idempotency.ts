// Creates honour an `Idempotency-Key` header (as payment APIs do): a double-clicked button, or a
// retry after a lost answer, sends the same key and body again and gets the first answer back
// instead of a second recommendation or meeting. Keys are per person and kept for 24 hours. A
// key reused with another request is refused (422); one whose first request is still running
// gets 409. The first request reserves the key before it runs, so two at once cannot both create.
import { createHash } from 'node:crypto';
import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Prisma } from '@psp/db';
import type { Request, Response } from 'express';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { catchError, from, mergeMap, of, throwError, type Observable } from 'rxjs';
import { PrismaService } from './prisma.service';
import { badRequest, conflict, problem, ProblemException } from './problem';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
const KEEP_MS = 24 * 60 * 60_000;
/** A reservation older than this is taken to be a request that died before it answered. */
const ABANDONED_MS = 60_000;
const KEY_FORMAT = /^[\x21-\x7e]{8,200}$/;

/** The status the route answers with (Nest sets it only after the interceptors): 201 for a create. */
function successStatus(context: ExecutionContext): number {
  const declared: unknown = Reflect.getMetadata(HTTP_CODE_METADATA, context.getHandler());
  return typeof declared === 'number' ? declared : 201;
}

const hash = (value: unknown) =>
  createHash('sha256')
    .update(JSON.stringify(value ?? null))
    .digest('hex');

@Injectable()
export class IdempotencyRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Reserves the key for this request: null when reserved now, else what is stored under it. */
  async reserve(userId: string, key: string, request: { method: string; path: string; bodyHash: string }, now: Date) {
    await this.prisma.idempotentRequest.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - KEEP_MS) } } });
    const inserted = await this.prisma.$executeRaw`
      INSERT INTO "IdempotentRequest" ("userId", "key", "method", "path", "bodyHash", "createdAt")
      VALUES (${userId}, ${key}, ${request.method}, ${request.path}, ${request.bodyHash}, ${now})
      ON CONFLICT ("userId", "key") DO NOTHING`;
    if (inserted === 1) return null;
    return this.prisma.idempotentRequest.findUnique({ where: { userId_key: { userId, key } } });
  }

  async complete(userId: string, key: string, status: number, response: unknown): Promise<void> {
    await this.prisma.idempotentRequest.update({
      where: { userId_key: { userId, key } },
      data: {
        status,
        response: response === undefined || response === null ? Prisma.JsonNull : (JSON.parse(JSON.stringify(response)) as Prisma.InputJsonValue),
      },
    });
  }

  /** A request that failed leaves its key free for the retry. */
  async release(userId: string, key: string): Promise<void> {
    await this.prisma.idempotentRequest.deleteMany({ where: { userId, key, status: null } });
  }

  async takeOver(userId: string, key: string, now: Date): Promise<boolean> {
    const { count } = await this.prisma.idempotentRequest.updateMany({
      where: { userId, key, status: null, createdAt: { lt: new Date(now.getTime() - ABANDONED_MS) } },
      data: { createdAt: now },
    });
    return count === 1;
  }
}

@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(private readonly requests: IdempotencyRepository) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    const key = request.header(IDEMPOTENCY_HEADER);
    if (request.method !== 'POST' || key === undefined || !request.principal) return next.handle();
    if (!KEY_FORMAT.test(key)) {
      throw badRequest('The Idempotency-Key header is not usable.', [
        { path: 'Idempotency-Key', message: 'Use 8 to 200 visible ASCII characters, such as a UUID' },
      ]);
    }
    const userId = request.principal.userId;
    const fingerprint = { method: request.method, path: request.originalUrl, bodyHash: hash(request.body) };
    const now = new Date();
    return from(this.requests.reserve(userId, key, fingerprint, now)).pipe(
      mergeMap(async (stored) => {
        if (!stored) return 'run' as const;
        if (stored.method !== fingerprint.method || stored.path !== fingerprint.path || stored.bodyHash !== fingerprint.bodyHash) {
          throw new ProblemException(
            problem(422, 'This Idempotency-Key was used for a different request. Use a new key for a new request.', [
              { path: 'Idempotency-Key', message: 'Already used for another request' },
            ]),
          );
        }
        if (stored.status !== null) return { status: stored.status, body: stored.response };
        if (await this.requests.takeOver(userId, key, now)) return 'run' as const;
        throw conflict('The first request with this Idempotency-Key is still being processed. Try again in a moment.', 'idempotency-in-progress');
      }),
      mergeMap((decision) => {
        if (decision !== 'run') {
          // The first answer again, as it was; nothing runs.
          response.status(decision.status);
          response.setHeader('Idempotent-Replayed', 'true');
          return of(decision.body);
        }
        return next.handle().pipe(
          mergeMap((body: unknown) => from(this.requests.complete(userId, key, successStatus(context), body)).pipe(mergeMap(() => of(body)))),
          catchError((error: unknown) => from(this.requests.release(userId, key)).pipe(mergeMap(() => throwError(() => error)))),
        );
      }),
    );
  }
}
