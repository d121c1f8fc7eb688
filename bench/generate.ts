// `npm run bench:data`: builds the national benchmark database from scratch — migrated by our
// engine-free migrator, bulk-loaded with COPY, indexes and foreign keys rebuilt after the load,
// ANALYZEd, and checked against schema.prisma with the drift check — and prints the time.
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Writable } from 'node:stream';
import { catalogueFromDmmf, readDmmf } from '../prisma/src/catalogue';
import { dropDatabase, ensureDatabase } from '../prisma/src/database-url';
import { compareCatalogues, introspectCatalogue } from '../prisma/src/introspect';
import { migrateDatabase } from '../prisma/src/migrate';
import { hashPassword } from '../prisma/src/passwords';
import { schemaPath } from '../prisma/src/paths';
import { BENCH_PASSWORD, generateDataset, TABLES, type DatasetCounts, type TableName, type Value } from './dataset';
import { benchConfig, fingerprint, resolveBenchDatabase, seconds, writeFingerprint, type BenchConfig } from './db';

// ───────────── COPY text format ─────────────
const escapeCopy = (text: string) =>
  text.includes('\\') || text.includes('\n') || text.includes('\r') || text.includes('\t')
    ? text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')
    : text;

function encode(value: Value): string {
  if (value === null) return '\\N';
  if (typeof value === 'string') return escapeCopy(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (value instanceof Date) return value.toISOString().replace('T', ' ').replace('Z', '');
  return escapeCopy(JSON.stringify(value));
}

const CHUNK_BYTES = 256 * 1024;

/** One table's COPY stream on its own connection, written in 256 KiB chunks with backpressure. */
class CopyWriter {
  private parts: string[] = [];
  private size = 0;
  private stream: Writable | null = null;
  private blocked: Promise<void> | null = null;
  private done: Promise<void> | null = null;
  rows = 0;

  constructor(
    private readonly client: Client,
    readonly table: TableName,
  ) {}

  start(): void {
    const columns = TABLES[this.table].map((c) => `"${c}"`).join(', ');
    const stream = this.client.query(copyFrom(`COPY "${this.table}" (${columns}) FROM STDIN`));
    this.done = new Promise<void>((resolve, reject) => {
      stream.on('finish', () => resolve());
      stream.on('error', reject);
    });
    // Keep the promise from being reported unhandled before we await it.
    this.done.catch(() => undefined);
    this.stream = stream;
  }

  row(values: Value[]): void {
    const line = `${values.map(encode).join('\t')}\n`;
    this.parts.push(line);
    this.size += line.length;
    this.rows += 1;
    if (this.size >= CHUNK_BYTES) this.flush();
  }

  private flush(): void {
    if (!this.parts.length || !this.stream) return;
    const ok = this.stream.write(this.parts.join(''));
    this.parts = [];
    this.size = 0;
    if (!ok && !this.blocked) {
      const stream = this.stream;
      this.blocked = new Promise<void>((resolve) => stream.once('drain', () => resolve())).then(() => {
        this.blocked = null;
      });
    }
  }

  async drain(): Promise<void> {
    while (this.blocked) await this.blocked;
  }

  async end(): Promise<void> {
    this.flush();
    this.stream?.end();
    await this.done;
  }
}

async function connect(url: string, settings: string[] = []): Promise<Client> {
  const client = new Client({ connectionString: url });
  await client.connect();
  for (const setting of settings) await client.query(setting);
  return client;
}

interface Deferred {
  indexes: { table: string; name: string; sql: string }[];
  foreignKeys: { table: string; name: string; sql: string }[];
}

/** Drops secondary indexes and foreign keys (remembering their exact definitions) before the load. */
async function deferIndexes(client: Client): Promise<Deferred> {
  const fks = await client.query<{ table: string; name: string; def: string }>(`
    SELECT c.conrelid::regclass::text AS table, c.conname AS name, pg_get_constraintdef(c.oid) AS def
    FROM pg_constraint c WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace`);
  const idx = await client.query<{ table: string; name: string; def: string }>(`
    SELECT i.tablename AS table, i.indexname AS name, i.indexdef AS def
    FROM pg_indexes i
    JOIN pg_class ic ON ic.relname = i.indexname AND ic.relnamespace = 'public'::regnamespace
    JOIN pg_index x ON x.indexrelid = ic.oid
    WHERE i.schemaname = 'public' AND NOT x.indisprimary AND i.tablename <> '_prisma_migrations'
      AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = ic.oid)`);
  for (const fk of fks.rows) await client.query(`ALTER TABLE ${fk.table} DROP CONSTRAINT "${fk.name}"`);
  for (const index of idx.rows) await client.query(`DROP INDEX "${index.name}"`);
  return {
    indexes: idx.rows.map((r) => ({ table: r.table, name: r.name, sql: r.def })),
    foreignKeys: fks.rows.map((r) => ({ table: r.table, name: r.name, sql: `ALTER TABLE ${r.table} ADD CONSTRAINT "${r.name}" ${r.def}` })),
  };
}

/** Runs statements over `clients` in parallel, biggest tables first. */
async function runParallel(clients: Client[], statements: string[]): Promise<void> {
  const queue = [...statements];
  await Promise.all(
    clients.map(async (client) => {
      for (let next = queue.shift(); next; next = queue.shift()) await client.query(next);
    }),
  );
}

export interface GenerateResult {
  ms: number;
  counts: DatasetCounts;
  phases: Record<string, number>;
}

export async function generate(url: string, config: BenchConfig, log: (line: string) => void = console.log): Promise<GenerateResult> {
  const started = Date.now();
  const phases: Record<string, number> = {};
  let mark = started;
  const phase = (name: string) => {
    const now = Date.now();
    phases[name] = now - mark;
    mark = now;
    log(`  ${name.padEnd(22)} ${seconds(phases[name] ?? 0)}`);
  };

  await dropDatabase(url);
  await ensureDatabase(url);
  await migrateDatabase(url);
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  phase('create + migrate');

  const admin = await connect(url);
  const deferred = await deferIndexes(admin);
  phase('defer indexes/FKs');

  const tables = Object.keys(TABLES) as TableName[];
  // Triggers are off for the load (replica role): the one keeping each recommendation's response
  // summary would look up responses row by row while their indexes are dropped. It is refreshed
  // in one pass below, once the indexes are back.
  const clients = await Promise.all(tables.map(() => connect(url, ['SET synchronous_commit = off', 'SET session_replication_role = replica'])));
  const writers = new Map<TableName, CopyWriter>(
    tables.map((t, i) => {
      const client = clients[i];
      if (!client) throw new Error(`no connection for table ${t}`);
      return [t, new CopyWriter(client, t)];
    }),
  );
  for (const writer of writers.values()) writer.start();
  const run = generateDataset(
    { seed: config.seed, panels: config.panels, years: config.years, lastYear: config.lastYear, passwordHash },
    { row: (table, values) => writers.get(table)?.row(values) },
  );
  let step = run.next();
  while (!step.done) {
    for (const writer of writers.values()) await writer.drain();
    step = run.next();
  }
  const counts = step.value;
  await Promise.all([...writers.values()].map((w) => w.end()));
  await Promise.all(clients.map((c) => c.end()));
  await admin.query(`SELECT setval(pg_get_serial_sequence('"AuditEvent"', 'id'), $1)`, [Math.max(1, counts.auditMaxId ?? 1)]);
  phase('generate + COPY');

  // Rebuild: largest tables first, two at a time (two cores), with room to sort in memory.
  const sizes = new Map(Object.entries(counts));
  const bySize = (a: { table: string }, b: { table: string }) => (sizes.get(b.table.replace(/"/g, '')) ?? 0) - (sizes.get(a.table.replace(/"/g, '')) ?? 0);
  const builders = await Promise.all([0, 1].map(() => connect(url, ["SET maintenance_work_mem = '512MB'", 'SET max_parallel_maintenance_workers = 0'])));
  await runParallel(
    builders,
    [...deferred.indexes].sort(bySize).map((i) => i.sql),
  );
  phase('rebuild indexes');
  await runParallel(
    builders,
    [...deferred.foreignKeys].sort(bySize).map((f) => f.sql),
  );
  phase('restore foreign keys');
  await Promise.all(builders.map((b) => b.end()));

  await admin.query(`SELECT "recommendation_response_summary_refresh"(ARRAY(SELECT id FROM "Recommendation"))`);
  phase('response summaries');

  await admin.query('VACUUM ANALYZE');
  phase('VACUUM ANALYZE');
  await admin.end();

  const problems = compareCatalogues(catalogueFromDmmf(readDmmf(schemaPath)), await introspectCatalogue(url));
  if (problems.length) throw new Error(`The loaded database drifted from schema.prisma:\n  ${problems.join('\n  ')}`);
  await writeFingerprint(url, fingerprint(config));
  phase('drift check');
  return { ms: Date.now() - started, counts, phases };
}

async function main(): Promise<void> {
  const config = benchConfig();
  const db = await resolveBenchDatabase();
  try {
    console.log(`bench:data — ${config.panels} panel(s) × ${config.years} year(s), seed ${config.seed}, into ${db.where}`);
    const result = await generate(db.url, config);
    const { auditMaxId: _ignored, ...rows } = result.counts;
    const total = Object.values(rows).reduce((a, b) => a + b, 0);
    console.log(
      `  rows: ${Object.entries(rows)
        .map(([t, n]) => `${t} ${n.toLocaleString('en-GB')}`)
        .join(', ')}`,
    );
    console.log(`bench:data done: ${total.toLocaleString('en-GB')} rows in ${seconds(result.ms)} (drift check passed)`);
    console.log(JSON.stringify({ generator: { ms: result.ms, rows: total, counts: rows, phases: result.phases } }));
  } finally {
    await db.stop();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
