// Load generation and measurement: autocannon against the API, and the same SQL straight through
// `pg` under the same concurrency, with latency percentiles computed from every sample.
import { readFileSync, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { Client, Pool, type PoolClient } from 'pg';

export interface Stats {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Status code → count. */
  statuses: Record<string, number>;
  /** Connection errors and timeouts. */
  errors: number;
  /** Responses outside `expected`. */
  unexpected: number;
  durationS: number;
  /** CPU the API process spent per answered request (set by the harness). */
  apiCpuMsPerRequest?: number;
}

export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? NaN;
}

function summarise(samples: number[], durationS: number, statuses: Record<string, number>, errors: number, unexpected: number): Stats {
  const sorted = Float64Array.from(samples).sort();
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    requests: samples.length,
    rps: Math.round(samples.length / durationS),
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted[sorted.length - 1] ?? NaN),
    statuses,
    errors,
    unexpected,
    durationS,
  };
}

export interface HttpRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface HttpLoad {
  baseUrl: string;
  connections: number;
  durationS: number;
  /** Called for every request: rotate ids here. */
  next: () => HttpRequest;
  /** Status codes that count as success (default: 2xx). */
  expected?: (status: number) => boolean;
  amount?: number;
}

/** Runs autocannon and returns stats from every response's own latency. */
export async function httpLoad(load: HttpLoad): Promise<Stats> {
  const samples: number[] = [];
  const statuses: Record<string, number> = {};
  const expected = load.expected ?? ((s: number) => s >= 200 && s < 300);
  let unexpected = 0;
  const started = performance.now();
  const instance = autocannon({
    url: load.baseUrl,
    connections: load.connections,
    duration: load.durationS,
    ...(load.amount ? { amount: load.amount } : {}),
    timeout: 60,
    requests: [
      {
        setupRequest: (request) => {
          const next = load.next();
          return {
            ...request,
            method: next.method ?? 'GET',
            path: next.path,
            headers: { ...(next.headers ?? {}) },
            ...(next.body !== undefined ? { body: next.body } : {}),
          };
        },
      },
    ],
  });
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    samples.push(responseTime);
    statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    if (!expected(statusCode)) unexpected += 1;
  });
  const result = await instance;
  const durationS = (performance.now() - started) / 1000;
  return summarise(samples, durationS, statuses, result.errors + result.timeouts, unexpected);
}

/** Reads X-Cache of one plain request every 50 ms for `durationS`: the share of hits. */
export async function sampleCache(url: string, urls: string[], durationS: number): Promise<number | null> {
  const until = Date.now() + durationS * 1000;
  let hits = 0;
  let total = 0;
  for (let i = 0; Date.now() < until; i += 1) {
    try {
      const response = await fetch(`${url}${urls[(i * 7) % urls.length]}`, { signal: AbortSignal.timeout(durationS * 1000) });
      await response.arrayBuffer();
      total += 1;
      if (response.headers.get('x-cache') === 'hit') hits += 1;
    } catch {
      // the load's own figures count errors
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return total ? Math.round((hits / total) * 100) / 100 : null;
}

/**
 * Waits until the API has finished the work a run left queued (autocannon stops sending at the
 * deadline, but the server still answers what it had accepted), so runs do not overlap.
 */
export async function settle(url: string, maxMs = 120_000): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const started = Date.now();
    let quiet = 0;
    while (Date.now() - started < maxMs && quiet < 3) {
      const { rows } = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'active'`,
      );
      quiet = (rows[0]?.n ?? 0) === 0 ? quiet + 1 : 0;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    await client.end();
  }
}

// ───────────── the API's SQL, captured and replayed ─────────────

export interface Statement {
  client: number;
  t0: number;
  t1: number;
  text: string;
  values: unknown[];
  rowMode?: 'array';
}

/** Reads the statements appended to a trace file since `offset`. */
export function readTrace(file: string, offset: number): { statements: Statement[]; offset: number } {
  const size = statSync(file, { throwIfNoEntry: false })?.size ?? 0;
  if (size <= offset) return { statements: [], offset };
  const text = readFileSync(file).subarray(offset, size).toString('utf8');
  const statements = text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Statement);
  return { statements, offset: size };
}

/**
 * A request's statements as the API ran them: those that overlapped in time ran concurrently
 * (Promise.all in a service) and are replayed concurrently; a transaction is replayed on one
 * connection, in order.
 */
export interface Replay {
  transactional: boolean;
  waves: Statement[][];
}

export function toReplay(statements: Statement[]): Replay {
  const ordered = [...statements].sort((a, b) => a.t0 - b.t0);
  const transactional = ordered.some((s) => /^\s*BEGIN/i.test(s.text));
  const waves: Statement[][] = [];
  let waveEnd = -Infinity;
  for (const statement of ordered) {
    const current = waves[waves.length - 1];
    if (current && statement.t0 < waveEnd) {
      current.push(statement);
      waveEnd = Math.max(waveEnd, statement.t1);
    } else {
      waves.push([statement]);
      waveEnd = statement.t1;
    }
  }
  return { transactional, waves };
}

const run = (db: Pool | PoolClient, s: Statement) => db.query({ text: s.text, values: s.values, ...(s.rowMode ? { rowMode: s.rowMode } : {}) });

async function replayOnce(pool: Pool, replay: Replay): Promise<void> {
  if (replay.transactional) {
    const client = await pool.connect();
    try {
      for (const wave of replay.waves) for (const s of wave) await run(client, s);
    } finally {
      client.release();
    }
    return;
  }
  for (const wave of replay.waves) await Promise.all(wave.map((s) => run(pool, s)));
}

/** The same SQL with `pg`: `connections` concurrent callers over a pool as large as the API's. */
export async function directLoad(databaseUrl: string, replays: Replay[], connections: number, durationS: number, poolSize: number): Promise<Stats> {
  const pool = new Pool({ connectionString: databaseUrl, max: poolSize });
  const samples: number[] = [];
  let errors = 0;
  let next = 0;
  try {
    // open the pool's connections first, as the API's are by the time it is measured
    await Promise.all(Array.from({ length: poolSize }, () => pool.query('SELECT 1')));
    const started = performance.now();
    const until = started + durationS * 1000;
    await Promise.all(
      Array.from({ length: connections }, async () => {
        while (performance.now() < until) {
          const replay = replays[next % replays.length];
          next += 1;
          if (!replay) return;
          const t0 = performance.now();
          try {
            await replayOnce(pool, replay);
            samples.push(performance.now() - t0);
          } catch (error) {
            errors += 1;
            if (errors === 1) console.error('direct replay failed:', error instanceof Error ? error.message : error);
          }
        }
      }),
    );
    const elapsed = (performance.now() - started) / 1000;
    return summarise(samples, elapsed, { ok: samples.length }, errors, 0);
  } finally {
    await pool.end();
  }
}
