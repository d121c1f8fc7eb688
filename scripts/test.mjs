// `npm test`: type-check, lint (any warning fails), check the formatting and build everything, then run every Jest
// project once, and close with one plain summary line ("tests: N passed, N failed, N skipped").
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const run = (command, args) => spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });

const prepare = run(bin('turbo'), ['run', 'typecheck', 'lint', 'build', '--output-logs=errors-only']);
// bench/ and scripts/ are not workspaces; type-check and lint them here so they cannot rot unnoticed.
const benchTypes = prepare.status === 0 ? run(bin('tsc'), ['-p', 'bench/tsconfig.json', '--noEmit']) : prepare;
const rootLint = benchTypes.status === 0 ? run('npm', ['run', '--silent', 'lint:root']) : benchTypes;
// One style for the whole repository (.prettierrc.json); `npx prettier --write .` mends it.
const format = rootLint.status === 0 ? run(bin('prettier'), ['--check', '--log-level', 'warn', '.']) : rootLint;
if (format.status !== 0) {
  console.error('Type-check, lint, format or build failed.');
  process.exit(format.status || 1);
}

mkdirSync(path.join(root, 'test-artifacts'), { recursive: true });
const resultsFile = path.join(root, 'test-artifacts', 'jest-results.json');
const extra = process.argv.slice(2);
const jest = run(process.execPath, [
  path.join(root, 'node_modules', 'jest', 'bin', 'jest.js'),
  '--ci',
  '--maxWorkers=2',
  '--json',
  `--outputFile=${resultsFile}`,
  ...extra,
]);

try {
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  const skipped = results.numPendingTests + results.numTodoTests;
  console.log(`\ntests: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped`);
  if (results.numTotalTests === 0) {
    console.error('No tests ran.');
    process.exit(1);
  }
} catch {
  console.error('Jest wrote no results.');
}
process.exit(jest.status ?? 1);
