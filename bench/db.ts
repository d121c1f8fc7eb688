// Where the benchmark's data lives: BENCH_DATABASE_URL, else psp_bench on the local server
// (127.0.0.1:5432, trust auth), else an embedded PostgreSQL with its data in .data/bench-postgres.
import path from 'node:path';
import { Client } from 'pg';
import { databaseName, withDatabase } from '../prisma/src/database-url';
import { isReachable, startEmbeddedPostgres } from '../prisma/src/embedded';
import { projectRoot } from '../prisma/src/paths';

export const SMOKE = process.env.BENCH_SMOKE === '1' || process.env.BENCH_SMOKE === 'true';

export interface BenchConfig {
  seed: number;
  panels: number;
  years: number;
  lastYear: number;
}

/** The dataset's shape: national by default, one panel-year in smoke mode; env overrides. */
export function benchConfig(): BenchConfig {
  const num = (name: string, fallback: number) => {
    const raw = process.env[name];
    const value = raw ? Number(raw) : fallback;
    if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer`);
    return value;
  };
  return {
    seed: num('BENCH_SEED', 20_261_123),
    panels: num('BENCH_PANELS', SMOKE ? 1 : 41),
    years: num('BENCH_YEARS', SMOKE ? 1 : 12),
    lastYear: 2026,
  };
}

/** The fingerprint written on the database when it is loaded, to tell whether it fits. */
export const fingerprint = (config: BenchConfig) =>
  `psp-bench seed=${config.seed} panels=${config.panels} years=${config.years} last=${config.lastYear} format=1`;

export interface BenchDatabase {
  url: string;
  where: string;
  stop(): Promise<void>;
}

export async function resolveBenchDatabase(): Promise<BenchDatabase> {
  const name = SMOKE ? 'psp_bench_smoke' : 'psp_bench';
  const explicit = process.env.BENCH_DATABASE_URL;
  if (explicit) return { url: explicit, where: 'BENCH_DATABASE_URL', stop: async () => undefined };
  // BENCH_EMBEDDED=1: a server of its own, so writes of other databases (tests running on the
  // shared server) do not end the HTTP cache's entries, as on a production server.
  const embeddedOnly = process.env.BENCH_EMBEDDED === '1';
  if (!embeddedOnly && (await isReachable('127.0.0.1', 5432))) {
    return { url: `postgresql://postgres@127.0.0.1:5432/${name}`, where: 'local PostgreSQL 127.0.0.1:5432', stop: async () => undefined };
  }
  const embedded = await startEmbeddedPostgres({ dataDir: path.join(projectRoot, '.data', 'bench-postgres') });
  return { url: withDatabase(embedded.serverUrl, name), where: 'embedded PostgreSQL (.data/bench-postgres)', stop: embedded.stop };
}

export async function readFingerprint(url: string): Promise<string | null> {
  const admin = new Client({ connectionString: withDatabase(url, 'postgres') });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ comment: string | null }>('SELECT shobj_description(oid, $2) AS comment FROM pg_database WHERE datname = $1', [
      databaseName(url),
      'pg_database',
    ]);
    return rows[0]?.comment ?? null;
  } finally {
    await admin.end();
  }
}

export async function writeFingerprint(url: string, text: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const quoted = `"${databaseName(url).replace(/"/g, '""')}"`;
    await client.query(`COMMENT ON DATABASE ${quoted} IS '${text.replace(/'/g, "''")}'`);
  } finally {
    await client.end();
  }
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
