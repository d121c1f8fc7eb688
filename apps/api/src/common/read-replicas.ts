// Read replicas: anonymous reads of published material may be answered by a PostgreSQL standby
// (DATABASE_READ_URLS); writes, staff reads and everything a signed-in caller does stay on the
// primary, so whoever writes reads their own write. A replica is used only while it is healthy:
// reachable, in recovery, and no further behind than READ_REPLICA_MAX_LAG_MS.
//
// The choice is made once per request, before anything reads: an Express middleware pins the
// request to one healthy replica (or none) in an AsyncLocalStorage, and both the Prisma driver
// adapter (RoutingAdapterFactory) and the HTTP cache's snapshot read from that same server, so
// a cached body is only ever validated against the server it was read from.
import { AsyncLocalStorage } from 'node:async_hooks';
import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  DriverAdapterError,
  type IsolationLevel,
  type SqlDriverAdapter,
  type SqlDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
  type Transaction,
} from '@prisma/driver-adapter-utils';
import type { NextFunction, Request, Response } from 'express';
import { Client } from 'pg';
import { APP_CONFIG, type AppConfig } from '../config';

/** How often each replica's health and replay lag are measured. */
export const REPLICA_CHECK_MS = 500;

export interface ReplicaHealth {
  name: string;
  healthy: boolean;
  lagMs: number | null;
  reason: string | null;
}

/**
 * How far behind the primary a standby is. Caught up (everything received is replayed) is 0 even
 * when the primary has been idle for an hour; otherwise the time since the last replayed commit.
 */
const LAG_SQL = `
  SELECT pg_is_in_recovery() AS standby,
         CASE WHEN pg_last_wal_receive_lsn() IS NOT DISTINCT FROM pg_last_wal_replay_lsn() THEN 0
              ELSE COALESCE(EXTRACT(EPOCH FROM clock_timestamp() - pg_last_xact_replay_timestamp()) * 1000, 0)
         END::float8 AS lag_ms`;

export class Replica {
  healthy = false;
  lagMs: number | null = null;
  reason: string | null = 'not checked yet';
  private checker: Client | null = null;
  private adapter: Promise<SqlDriverAdapter> | null = null;
  private readonly factory: PrismaPg;

  constructor(
    readonly name: string,
    readonly url: string,
    poolSize: number,
  ) {
    this.factory = new PrismaPg({ connectionString: url, max: poolSize });
  }

  /** The replica's Prisma driver adapter, connected on first use. */
  connect(): Promise<SqlDriverAdapter> {
    this.adapter ??= this.factory.connect();
    return this.adapter;
  }

  async check(maxLagMs: number): Promise<void> {
    try {
      if (!this.checker) {
        const client = new Client({
          connectionString: this.url,
          application_name: 'psp-replica-check',
          connectionTimeoutMillis: 2_000,
          statement_timeout: 2_000,
        });
        client.on('error', () => {
          if (this.checker === client) this.checker = null;
        });
        await client.connect();
        this.checker = client;
      }
      const { rows } = await this.checker.query<{ standby: boolean; lag_ms: number }>(LAG_SQL);
      const row = rows[0];
      this.lagMs = row ? Math.round(row.lag_ms) : null;
      if (!row?.standby) this.markUnhealthy('not a standby (not in recovery)');
      else if ((this.lagMs ?? Infinity) > maxLagMs) this.markUnhealthy(`replay lag ${this.lagMs} ms exceeds ${maxLagMs} ms`);
      else {
        this.healthy = true;
        this.reason = null;
      }
    } catch (error) {
      const checker = this.checker;
      this.checker = null;
      await checker?.end().catch(() => undefined);
      this.lagMs = null;
      this.markUnhealthy(`unreachable: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Skipped from now until a check finds it healthy again. */
  suspend(reason: string): void {
    this.markUnhealthy(reason);
  }

  private markUnhealthy(reason: string): void {
    this.healthy = false;
    this.reason = reason;
  }

  async close(): Promise<void> {
    await this.checker?.end().catch(() => undefined);
    this.checker = null;
    const adapter = this.adapter;
    this.adapter = null;
    await (await adapter?.catch(() => null))?.dispose().catch(() => undefined);
  }
}

/** A replica's address for logs and health: host, port and database, never the password. */
function describe(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
}

@Injectable()
export class ReadReplicas implements OnModuleDestroy {
  readonly replicas: Replica[];
  private readonly pinned = new AsyncLocalStorage<Replica | null>();
  private readonly logger = new Logger('ReadReplicas');
  private timer: NodeJS.Timeout | null = null;
  private next = 0;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.replicas = config.databaseReadUrls.map((url) => new Replica(describe(url), url, config.databasePoolSize));
  }

  /** Measures every replica now, then every REPLICA_CHECK_MS; logs each change of health. */
  async start(): Promise<void> {
    if (this.replicas.length === 0 || this.timer) return;
    await this.checkAll();
    this.timer = setInterval(() => void this.checkAll(), REPLICA_CHECK_MS);
    this.timer.unref();
  }

  async checkAll(): Promise<void> {
    await Promise.all(
      this.replicas.map(async (replica) => {
        const before = replica.healthy;
        await replica.check(this.config.readReplicaMaxLagMs);
        if (before !== replica.healthy) {
          if (replica.healthy) this.logger.log(`read replica ${replica.name} in use`);
          else this.logger.warn(`read replica ${replica.name} skipped: ${replica.reason}`);
        }
      }),
    );
  }

  health(): ReplicaHealth[] {
    return this.replicas.map((replica) => ({ name: replica.name, healthy: replica.healthy, lagMs: replica.lagMs, reason: replica.reason }));
  }

  /** A healthy replica, taking turns among them; null when none is (the primary answers). */
  choose(): Replica | null {
    const healthy = this.replicas.filter((replica) => replica.healthy);
    if (healthy.length === 0) return null;
    this.next = (this.next + 1) % healthy.length;
    return healthy[this.next] ?? null;
  }

  /** The replica this request is pinned to, if any. */
  current(): Replica | null {
    return this.pinned.getStore() ?? null;
  }

  runOn<T>(replica: Replica | null, work: () => T): T {
    return this.pinned.run(replica, work);
  }

  /**
   * Express middleware, in front of everything that reads: a GET or HEAD with no session cookie is
   * pinned to a healthy replica; anything else (signed in, or a write) to the primary.
   */
  middleware(sessionCookieName: string) {
    return (request: Request, _response: Response, next: NextFunction): void => {
      const cookies = request.cookies as Record<string, string> | undefined;
      const anonymousRead = (request.method === 'GET' || request.method === 'HEAD') && cookies?.[sessionCookieName] === undefined;
      this.runOn(anonymousRead ? this.choose() : null, next);
    };
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await Promise.all(this.replicas.map((replica) => replica.close()));
  }
}

const SQLSTATE = /^[0-9A-Z]{5}$/;

/**
 * Whether a read that failed on a replica is run again on the primary: the replica could not be
 * reached or went away (no SQLSTATE, class 08 connection exception, 57P0x shutdown), recovery
 * cancelled the query (40001), or the statement was a write a standby refuses (25006). A query
 * that is simply wrong fails the same way on the primary, so it is not retried.
 */
export function retryOnPrimary(error: unknown): boolean {
  if (!(error instanceof DriverAdapterError)) return true;
  const code = error.cause.originalCode;
  if (code === undefined || !SQLSTATE.test(code)) return true;
  return code.startsWith('08') || code.startsWith('57P0') || code === '40001' || code === '25006';
}

/**
 * Prisma's driver adapter for the primary, sending a query outside a transaction to the replica
 * the request is pinned to. Transactions and scripts always run on the primary; a read the
 * replica cannot answer is run again on the primary, and the replica is skipped until its next
 * check finds it healthy.
 */
export class RoutingAdapterFactory implements SqlDriverAdapterFactory {
  readonly provider = 'postgres' as const;
  readonly adapterName = '@prisma/adapter-pg';

  constructor(
    private readonly primary: PrismaPg,
    private readonly replicas: ReadReplicas,
  ) {}

  async connect(): Promise<SqlDriverAdapter> {
    const primary = await this.primary.connect();
    const replicas = this.replicas;
    const onReplica = async <T>(run: (adapter: SqlDriverAdapter) => Promise<T>): Promise<T> => {
      const replica = replicas.current();
      if (!replica) return run(primary);
      try {
        return await run(await replica.connect());
      } catch (error) {
        if (!retryOnPrimary(error)) throw error;
        replica.suspend(`read failed: ${error instanceof Error ? error.message : String(error)}`);
        return run(primary);
      }
    };
    return {
      provider: primary.provider,
      adapterName: primary.adapterName,
      queryRaw: (query: SqlQuery): Promise<SqlResultSet> => onReplica((adapter) => adapter.queryRaw(query)),
      executeRaw: (query: SqlQuery): Promise<number> => primary.executeRaw(query),
      executeScript: (script: string) => primary.executeScript(script),
      startTransaction: (isolationLevel?: IsolationLevel): Promise<Transaction> => primary.startTransaction(isolationLevel),
      getConnectionInfo: () => primary.getConnectionInfo?.() ?? { supportsRelationJoins: true },
      dispose: () => primary.dispose(),
    };
  }
}
