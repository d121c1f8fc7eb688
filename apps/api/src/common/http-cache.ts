// HTTP caching of published public reads.
//
// Anonymous callers see published material only (every service enforces it), so an anonymous
// GET that answers 200 with JSON is, by construction, published material. For those:
//   - a weak ETag of the JSON body, `Cache-Control: public, max-age=0, must-revalidate` and
//     `Vary: Cookie`, so a browser or CDN revalidates every time and gets 304 when unchanged;
//   - a small in-process cache of the serialised body, valid only while the database's visible
//     state is exactly the one it was computed from: the entry remembers `pg_current_snapshot()`
//     read before the handler ran, and is served again only if the snapshot is still identical
//     (no transaction has committed anywhere since), and for at most FRESH_MS, because some
//     fields derive from the clock (a recommendation turns OVERDUE when its due date passes);
//     when only the clock has moved on, one request refreshes the entry and the ones arriving
//     meanwhile get the entry as it is. A write on any replica changes the snapshot, so no
//     replica serves what a write has superseded; a cache hit costs one trivial query (on a
//     connection of its own, shared by concurrent requests) instead of the handler's.
//     Concurrent misses of one URL in one state share one execution of the handler (the others
//     wait for it), so a burst on a costly page runs its queries once.
//     `X-Cache: hit|miss` tells which, for operators and the benchmark. A request that says
//     `Cache-Control: no-cache` (a hard reload) is answered by the handler and refreshes the entry.
//   - a valid entry for a request with no session cookie is served by an Express middleware in
//     front of Nest (`serveCachedPublicReads`), with the same validity test: a hit then costs no
//     routing, guards, pipes or observables. Everything else goes on to the interceptor.
// Signed-in callers get `Cache-Control: private, no-store` and are never cached: their answers
// can hold drafts. Nothing else is cached (writes, errors, non-JSON bodies such as CSV).
import { createHash } from 'node:crypto';
import { Inject, Injectable, StreamableFile, type CallHandler, type ExecutionContext, type NestInterceptor, type OnModuleDestroy } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { Client } from 'pg';
import { finalize, from, map, of, switchMap, type Observable } from 'rxjs';
import { BoundedLru } from './bounded-lru';
import { DATABASE_URL } from './prisma.service';
import { ReadReplicas } from './read-replicas';

/** Longest time a cached body is served, for fields derived from the clock. */
export const FRESH_MS = 10_000;
const MAX_ENTRIES = 1_000;
const MAX_BODY_BYTES = 2 * 1024 * 1024;
const MAX_TOTAL_BYTES = 64 * 1024 * 1024;

export const PUBLIC_CACHE_CONTROL = 'public, max-age=0, must-revalidate';
export const PRIVATE_CACHE_CONTROL = 'private, no-store';

/** Paths never cached even for anonymous callers. */
const UNCACHED = [/^\/api\/health\b/, /^\/api\/auth\//, /^\/api\/admin\//, /^\/api\/openapi\.json$/];

interface Entry {
  snapshot: string;
  storedAt: number;
  etag: string;
  json: string;
}

export const weakEtag = (json: string) => `W/"${createHash('sha1').update(json).digest('base64url')}"`;

const isReload = (request: Request) => /no-cache/i.test(request.header('cache-control') ?? '') || /no-cache/i.test(request.header('pragma') ?? '');
const isCacheablePath = (path: string) => !UNCACHED.some((pattern) => pattern.test(path));

/** The cached bodies and the database snapshot they are checked against; one per API process. */
@Injectable()
export class HttpCache implements OnModuleDestroy {
  private readonly entries = new BoundedLru<string, Entry>(MAX_ENTRIES, MAX_TOTAL_BYTES);
  /** Handlers running for a URL in a state, for the requests that arrive meanwhile. */
  readonly inflight = new Map<string, Promise<Entry | null>>();
  /** One snapshot reader per server: the primary, and each read replica a request may be pinned to. */
  private readonly readers = new Map<string, SnapshotReader>();
  private closed = false;

  constructor(
    @Inject(DATABASE_URL) private readonly databaseUrl: string,
    private readonly replicas: ReadReplicas,
  ) {}

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.readers.values()].map((reader) => reader.close()));
  }

  /** The entry for this URL, if there is one (valid or not). */
  peek(key: string): Entry | undefined {
    return this.entries.peek(key);
  }

  /** The entry for this URL if it may be served in this database state, marked recently used. */
  valid(key: string, snapshot: string | null): Entry | undefined {
    const entry = this.entries.peek(key);
    if (!snapshot || !entry || entry.snapshot !== snapshot || Date.now() - entry.storedAt >= FRESH_MS) return undefined;
    return this.entries.get(key);
  }

  remember(key: string, snapshot: string, etag: string, json: string): void {
    if (json.length > MAX_BODY_BYTES) return;
    this.entries.set(key, { snapshot, storedAt: Date.now(), etag, json }, json.length);
  }

  /**
   * The visible state of the server this request reads from (the primary, or the replica it is
   * pinned to), as that server's name and its `pg_current_snapshot()`, read after the request
   * arrived. An entry is valid only against the state of the same server it was read from.
   * Null when it cannot be read (then nothing is served from the cache).
   */
  async currentSnapshot(): Promise<string | null> {
    if (this.closed) return null;
    const replica = this.replicas.current();
    const name = replica ? replica.name : 'primary';
    let reader = this.readers.get(name);
    if (!reader) {
      reader = new SnapshotReader(replica ? replica.url : this.databaseUrl);
      this.readers.set(name, reader);
    }
    const snapshot = await reader.read();
    return snapshot === null ? null : `${name} ${snapshot}`;
  }
}

/**
 * Reads `pg_current_snapshot()` of one server on a connection of its own, so the read does not
 * queue behind the pool's queries. Concurrent requests share one query, which starts only once
 * they are all waiting, so none is answered from a state older than its own arrival.
 */
class SnapshotReader {
  private waiting: { resolve: (snapshot: string | null) => void }[] = [];
  private client: Client | null = null;
  private connecting: Promise<Client | null> | null = null;
  /** Once closed, no connection is opened (one still opening is closed when it opens). */
  private closed = false;

  constructor(private readonly databaseUrl: string) {}

  read(): Promise<string | null> {
    return new Promise((resolve) => {
      this.waiting.push({ resolve });
      if (this.waiting.length > 1) return;
      setImmediate(() => {
        const batch = this.waiting;
        this.waiting = [];
        const answer = (snapshot: string | null) => batch.forEach((waiter) => waiter.resolve(snapshot));
        // A connection that cannot open means no snapshot (nothing is served from the cache), never a request left waiting.
        this.query().then(answer, () => answer(null));
      });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const client = this.client ?? (await this.connecting);
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async query(): Promise<string | null> {
    const client = await this.connection();
    if (!client) return null;
    try {
      const { rows } = await client.query<{ snapshot: string }>('SELECT pg_current_snapshot()::text AS snapshot');
      return rows[0]?.snapshot ?? null;
    } catch {
      if (this.client === client) this.client = null;
      client.end().catch(() => undefined);
      return null;
    }
  }

  private connection(): Promise<Client | null> {
    if (this.closed) return Promise.resolve(null);
    if (this.client) return Promise.resolve(this.client);
    this.connecting ??= (async () => {
      const client = new Client({ connectionString: this.databaseUrl, application_name: 'psp-http-cache' });
      client.on('error', () => {
        if (this.client === client) this.client = null;
      });
      await client.connect();
      if (this.closed) {
        await client.end();
        return null;
      }
      this.client = client;
      return client;
    })()
      .catch(() => null)
      .finally(() => {
        this.connecting = null;
      });
    return this.connecting;
  }
}

function setPublicHeaders(response: Response, etag: string, cache: 'hit' | 'miss'): void {
  response.setHeader('X-Cache', cache);
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.setHeader('ETag', etag);
  response.setHeader('Cache-Control', PUBLIC_CACHE_CONTROL);
  response.setHeader('Vary', 'Cookie');
}

/**
 * Express middleware in front of Nest: answers a GET with no session cookie from a valid entry
 * (Express turns it into a 304 when If-None-Match matches). Anything else — a signed-in or
 * would-be signed-in caller, a reload, no entry, a changed database — goes on to Nest.
 */
export function serveCachedPublicReads(cache: HttpCache, sessionCookieName: string) {
  return (request: Request, response: Response, next: NextFunction): void => {
    if (request.method !== 'GET' || !request.path.startsWith('/api/')) return next();
    const cookies = request.cookies as Record<string, string> | undefined;
    if (cookies?.[sessionCookieName] !== undefined || isReload(request) || !isCacheablePath(request.path)) return next();
    const key = request.originalUrl;
    if (!cache.peek(key)) return next();
    cache.currentSnapshot().then(
      (snapshot) => {
        const entry = cache.valid(key, snapshot);
        if (!entry) return next();
        setPublicHeaders(response, entry.etag, 'hit');
        response.send(entry.json);
      },
      () => next(),
    );
  };
}

@Injectable()
export class HttpCacheInterceptor implements NestInterceptor {
  constructor(private readonly cache: HttpCache) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    if (request.principal) {
      response.setHeader('Cache-Control', PRIVATE_CACHE_CONTROL);
      return next.handle();
    }
    if (request.method !== 'GET' || !isCacheablePath(request.path)) return next.handle();

    const key = request.originalUrl;
    const reload = isReload(request);
    return from(this.cache.currentSnapshot()).pipe(
      switchMap((snapshot) => {
        const valid = reload ? undefined : this.cache.valid(key, snapshot);
        if (valid) {
          setPublicHeaders(response, valid.etag, 'hit');
          return of(valid.json);
        }
        if (!snapshot) return next.handle().pipe(map((body: unknown) => this.store(key, snapshot, body, response)));
        const cached = reload ? undefined : this.cache.peek(key);
        const flight = `${snapshot}\u0000${key}`;
        const running = this.cache.inflight.get(flight);
        if (running && cached && cached.snapshot === snapshot) {
          // The data is unchanged and only the clock moved on: while one request refreshes the
          // entry, the others get it as it is rather than wait.
          setPublicHeaders(response, cached.etag, 'hit');
          return of(cached.json);
        }
        if (running && !reload) {
          // Same URL, same database state: the answer the running handler gives is ours too.
          return from(running).pipe(
            switchMap((entry) => {
              if (!entry) return next.handle().pipe(map((body: unknown) => this.store(key, snapshot, body, response)));
              setPublicHeaders(response, entry.etag, 'hit');
              return of(entry.json);
            }),
          );
        }
        let settle: (entry: Entry | null) => void = () => undefined;
        const promise = new Promise<Entry | null>((resolve) => (settle = resolve));
        this.cache.inflight.set(flight, promise);
        const done = (entry: Entry | null) => {
          if (this.cache.inflight.get(flight) === promise) this.cache.inflight.delete(flight);
          settle(entry);
        };
        return next.handle().pipe(
          map((body: unknown) => {
            const sent = this.store(key, snapshot, body, response);
            const entry = typeof sent === 'string' ? this.cache.peek(key) : undefined;
            done(entry && entry.snapshot === snapshot && entry.json === sent ? entry : null);
            return sent;
          }),
          finalize(() => done(null)),
        );
      }),
    );
  }

  /** Serialises a cacheable body once, remembers it, and sends it as JSON with its ETag. */
  private store(key: string, snapshot: string | null, body: unknown, response: Response): unknown {
    if (response.statusCode === 200 && typeof body === 'string') {
      // A text answer (the tracker as CSV) is public material too: the same validators and
      // caching headers, so browsers and a CDN revalidate it with 304s (it is not kept in process).
      response.setHeader('ETag', weakEtag(body));
      response.setHeader('Cache-Control', PUBLIC_CACHE_CONTROL);
      response.setHeader('Vary', 'Cookie');
      return body;
    }
    if (response.statusCode !== 200 || body === null || typeof body !== 'object' || Buffer.isBuffer(body) || body instanceof StreamableFile) return body;
    const type = response.getHeader('Content-Type');
    if (type !== undefined && !String(type).includes('json')) return body;
    const json = JSON.stringify(body);
    const etag = weakEtag(json);
    setPublicHeaders(response, etag, 'miss');
    if (snapshot) this.cache.remember(key, snapshot, etag, json);
    // A string with a JSON content type is sent as it is (Express answers 304 to a matching If-None-Match).
    return json;
  }
}
