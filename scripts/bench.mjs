// `npm run bench` (latency and throughput of the real API), `npm run bench:data` (the national
// dataset), `npm run bench:soak` (kill -9 and restart under mixed load): the TypeScript in bench/
// runs through SWC, like the other scripts.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const entries = { run: 'bench/run.ts', data: 'bench/generate.ts', soak: 'bench/soak.ts' };
const command = process.argv[2] ?? 'run';
const entry = entries[command];
if (!entry) {
  console.error(`usage: node scripts/bench.mjs [${Object.keys(entries).join('|')}]`);
  process.exit(2);
}
const result = spawnSync(process.execPath, ['-r', './scripts/swc-register.cjs', entry, ...process.argv.slice(3)], {
  cwd: root,
  stdio: 'inherit',
  env: process.env,
});
process.exit(result.status ?? 1);
