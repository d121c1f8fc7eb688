// The Dockerfile's recipe, run without Docker (no engine runs on CI machines): copies the build
// context (the work tree less .dockerignore) to a clean folder, runs the build stage's RUN steps
// exactly as written there (npm ci, build, npm prune --omit=dev), then starts the image's CMD
// from the pruned tree in production mode against a fresh PostgreSQL database and waits for
// /api/health and the web app. So the image's recipe cannot rot although it is never built here.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const serverUrl = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

/** The build stage's RUN commands and the final stage's CMD, read from the Dockerfile itself. */
function readRecipe() {
  const lines = readFileSync(path.join(root, 'Dockerfile'), 'utf8')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim());
  const stages = [];
  for (const line of lines) {
    if (/^FROM\s/i.test(line)) stages.push({ run: [], cmd: null });
    const stage = stages.at(-1);
    if (!stage) continue;
    if (/^RUN\s/i.test(line)) stage.run.push(line.replace(/^RUN\s+/i, ''));
    if (/^CMD\s/i.test(line)) stage.cmd = JSON.parse(line.replace(/^CMD\s+/i, ''));
  }
  const build = stages[0];
  const final = stages.at(-1);
  if (!build?.run.length || !final?.cmd) throw new Error('Dockerfile: expected RUN steps in the first stage and a JSON CMD in the last');
  return { run: build.run, cmd: final.cmd };
}

/** The build context: tracked and untracked-but-not-ignored files, less .dockerignore's patterns. */
function copyBuildContext(target) {
  const ignored = readFileSync(path.join(root, '.dockerignore'), 'utf8')
    .split('\n')
    .map((line) =>
      line
        .trim()
        .replace(/^\*\*\//, '')
        .replace(/\/$/, ''),
    )
    .filter(Boolean);
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  let copied = 0;
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    if (file.split('/').some((part) => ignored.includes(part))) continue;
    const destination = path.join(target, file);
    mkdirSync(path.dirname(destination), { recursive: true });
    try {
      cpSync(path.join(root, file), destination);
      copied += 1;
    } catch (error) {
      // A file deleted in the work tree but still in the index is not in the build context either.
      if (error.code !== 'ENOENT') throw error;
    }
  }
  return copied;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function withAdmin(statement) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

async function waitFor(url, accept, deadline) {
  let last = 'no answer';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      const body = await response.text();
      if (accept(response, body)) return;
      last = `${response.status} ${body.slice(0, 200)}`;
    } catch (error) {
      last = error.message;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} never became ready: ${last}`);
}

const { run, cmd } = readRecipe();
const workDir = mkdtempSync(path.join(os.tmpdir(), 'psp-image-'));
const database = `psp_image_check_${process.pid}`;
let app;
const appLog = [];
try {
  console.log(`image recipe: ${copyBuildContext(workDir)} files copied to ${workDir}`);
  // The image builds with nothing but the base image's environment: no CI, no test variables.
  const buildEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME ?? os.homedir(),
    npm_config_cache: process.env.npm_config_cache ?? path.join(os.homedir(), '.npm'),
  };
  for (const step of run) {
    console.log(`image recipe: RUN ${step}`);
    const started = Date.now();
    const result = spawnSync('sh', ['-c', step], { cwd: workDir, env: buildEnv, stdio: ['ignore', 'inherit', 'inherit'] });
    if (result.status !== 0) throw new Error(`RUN step failed (exit ${result.status})`);
    console.log(`image recipe: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }

  await withAdmin(`DROP DATABASE IF EXISTS ${database}`);
  await withAdmin(`CREATE DATABASE ${database}`);
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  const port = await freePort();
  console.log(`image recipe: CMD ${cmd.join(' ')} on port ${port}`);
  app = spawn(cmd[0], cmd.slice(1), {
    cwd: workDir,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: url.toString(),
      SESSION_SECRET: randomBytes(32).toString('hex'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Nest's start-up log is long; it is printed only when the app fails to come up.
  app.stdout.on('data', (chunk) => appLog.push(chunk));
  app.stderr.on('data', (chunk) => appLog.push(chunk));
  const exited = new Promise((_, reject) => app.on('exit', (code) => reject(new Error(`the pruned app exited (${code})`))));
  const deadline = Date.now() + 90_000;
  await Promise.race([
    (async () => {
      await waitFor(`http://127.0.0.1:${port}/api/health`, (response, body) => response.ok && JSON.parse(body).status === 'ok', deadline);
      await waitFor(
        `http://127.0.0.1:${port}/`,
        (response, body) => response.ok && /^text\/html/.test(response.headers.get('content-type') ?? '') && /<html/i.test(body),
        deadline,
      );
      await waitFor(`http://127.0.0.1:${port}/api/panels`, (response) => response.ok, deadline);
    })(),
    exited,
  ]);
  console.log('image recipe: the pruned app serves /api/health, the web app and /api/panels in production mode');
} catch (error) {
  process.stderr.write(Buffer.concat(appLog));
  throw error;
} finally {
  if (app && app.exitCode === null) {
    app.removeAllListeners('exit');
    app.kill('SIGTERM');
    await new Promise((resolve) => app.once('exit', resolve));
  }
  await withAdmin(`DROP DATABASE IF EXISTS ${database}`).catch(() => undefined);
  rmSync(workDir, { recursive: true, force: true });
}
