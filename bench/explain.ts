// `node -r ./scripts/swc-register.cjs bench/explain.ts [path…]`: the SQL the API issues for each
// path (captured through bench/trace-sql.cjs on the bench database) with EXPLAIN ANALYZE of each
// statement — how the query-shape suggestions in bench/README.md were found.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { resolveBenchDatabase } from './db';
import { readTrace } from './load';
import { startApi } from './server';

async function main(): Promise<void> {
  const db = await resolveBenchDatabase();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'psp-explain-'));
  const traceFile = path.join(dir, 'sql.jsonl');
  const server = await startApi({ databaseUrl: db.url, mode: process.env.BENCH_SERVER === 'dist' ? 'dist' : 'src', traceFile });
  const client = new Client({ connectionString: db.url });
  await client.connect();
  try {
    let offset = readTrace(traceFile, 0).offset;
    for (const url of process.argv.slice(2)) {
      const started = Date.now();
      const response = await fetch(`${server.url}${url}`, { headers: { 'cache-control': 'no-cache' } });
      const body = await response.text();
      console.log(`\n### GET ${url} → ${response.status}, ${body.length} bytes, ${Date.now() - started} ms`);
      const read = readTrace(traceFile, offset);
      offset = read.offset;
      for (const s of read.statements) {
        console.log(`\n-- ${(s.t1 - s.t0).toFixed(2)} ms in the API: ${s.text.replace(/\s+/g, ' ').slice(0, 400)}`);
        console.log(`-- values: ${JSON.stringify(s.values).slice(0, 200)}`);
        if (!/^\s*(SELECT|WITH)/i.test(s.text)) continue;
        const { rows } = await client.query<{ 'QUERY PLAN': string }>({ text: `EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${s.text}`, values: s.values });
        console.log(rows.map((r) => `   ${r['QUERY PLAN']}`).join('\n'));
      }
    }
  } finally {
    await client.end();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
    await db.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
