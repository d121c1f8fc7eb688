// The real API as a child process, as production runs it: `node apps/api/dist/main.js` with
// NODE_ENV=production on a loopback port, against the bench database.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { freePort } from '../prisma/src/embedded';
import { projectRoot } from '../prisma/src/paths';

export type ServerMode = 'dist' | 'src';

/** Builds the API and what it depends on (not the web app). Returns how the server will run. */
export function buildApi(log: (line: string) => void = console.log): ServerMode {
  if (process.env.BENCH_SERVER === 'src') return 'src';
  const turbo = path.join(projectRoot, 'node_modules', '.bin', 'turbo');
  const started = Date.now();
  const build = spawnSync(turbo, ['run', 'build', '--filter=@psp/api...', '--output-logs=errors-only'], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  if (build.status === 0 && existsSync(path.join(projectRoot, 'apps/api/dist/main.js'))) {
    log(`built the API (turbo run build --filter=@psp/api...) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return 'dist';
  }
  if (process.env.BENCH_SERVER === 'dist') throw new Error(`The API build failed:\n${build.stdout}\n${build.stderr}`);
  log('WARNING: the API build failed; running apps/api/src/main.ts through SWC instead (same JavaScript, no type-check):');
  log((build.stdout + build.stderr).split('\n').filter(Boolean).slice(-15).join('\n'));
  return 'src';
}

export interface ServerOptions {
  databaseUrl: string;
  mode: ServerMode;
  port?: number;
  /** Capture every SQL statement to this file (bench/trace-sql.cjs). */
  traceFile?: string;
  sessionSecret?: string;
  env?: Record<string, string>;
}

export interface ApiServer {
  url: string;
  port: number;
  child: ChildProcess;
  /** Milliseconds from spawn to the first 200 from /api/health. */
  readyMs: number;
  output: string[];
  stop(): Promise<void>;
  kill9(): Promise<void>;
}

export const sessionSecret = () => randomBytes(32).toString('base64url');

export async function startApi(options: ServerOptions): Promise<ApiServer> {
  const port = options.port ?? (await freePort(31_000 + Math.floor(Math.random() * 2000)));
  const args = [
    ...(options.traceFile ? ['-r', path.join(projectRoot, 'bench', 'trace-sql.cjs')] : []),
    ...(options.mode === 'src'
      ? ['-r', path.join(projectRoot, 'scripts', 'swc-register.cjs'), path.join(projectRoot, 'apps/api/src/main.ts')]
      : [path.join(projectRoot, 'apps/api/dist/main.js')]),
  ];
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: options.databaseUrl,
    SESSION_SECRET: options.sessionSecret ?? sessionSecret(),
    DEMO_USERS: '0',
    MIGRATE_ON_START: '1',
    ...(process.env.BENCH_POOL_SIZE ? { DATABASE_POOL_SIZE: process.env.BENCH_POOL_SIZE } : {}),
    ...(options.traceFile ? { BENCH_TRACE_SQL: options.traceFile } : {}),
    ...options.env,
  };
  const started = Date.now();
  const child = spawn(process.execPath, args, { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.trim()) output.push(line);
    if (output.length > 400) output.splice(0, output.length - 400);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const readyMs = await waitHealthy(url, started, child, output);
  const kill = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return { url, port, child, readyMs, output, stop: () => kill('SIGTERM'), kill9: () => kill('SIGKILL') };
}

/** Polls /api/health until it answers 200; ms since `since`. */
export async function waitHealthy(url: string, since: number, child: ChildProcess, output: string[], timeoutMs = 90_000): Promise<number> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The API exited with ${child.exitCode} before it was healthy:\n${output.slice(-30).join('\n')}`);
    try {
      const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(1000) });
      if (response.status === 200) return Date.now() - since;
    } catch {
      // not listening yet
    }
    if (Date.now() - since > timeoutMs) throw new Error(`The API was not healthy after ${timeoutMs} ms:\n${output.slice(-30).join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export interface Session {
  cookie: string;
  csrfToken: string;
}

export async function signIn(url: string, email: string, password: string): Promise<Session> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`Sign-in as ${email} failed: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { csrfToken: string };
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { cookie, csrfToken: body.csrfToken };
}
