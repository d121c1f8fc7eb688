// A real load balancer on loopback for the scale-out runs: Debian's haproxy (installed by .ci/run),
// in HTTP mode, round-robin over the API processes it is given, with a health check on
// /api/health so a killed process is taken out of rotation. One frontend per backend set, so the
// same balancer measures one process and two.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, isReachable } from '../prisma/src/embedded';

const HAPROXY = '/usr/sbin/haproxy';

export interface Balancer {
  /** The balancer's URL for each named set of API processes. */
  urls: Record<string, string>;
  stop(): Promise<void>;
}

/** `sets`: name → the API ports behind that frontend. */
export async function startHaproxy(sets: Record<string, number[]>): Promise<Balancer> {
  if (!existsSync(HAPROXY)) throw new Error(`${HAPROXY} not found: install the Debian package haproxy`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'psp-haproxy-'));
  const ports: Record<string, number> = {};
  let base = 34_000 + Math.floor(Math.random() * 2000);
  for (const name of Object.keys(sets)) {
    const port = await freePort(base);
    ports[name] = port;
    base = port + 1;
  }
  const config = [
    'global',
    '  maxconn 4096',
    'defaults',
    '  mode http',
    '  option http-keep-alive',
    '  timeout connect 2s',
    '  timeout client 60s',
    '  timeout server 60s',
    // A request that found its process gone is sent once more, to another one.
    '  retries 2',
    '  option redispatch',
    ...Object.entries(sets).flatMap(([name, apiPorts]) => [
      `frontend ${name}`,
      `  bind 127.0.0.1:${ports[name]}`,
      `  default_backend ${name}-api`,
      `backend ${name}-api`,
      '  balance roundrobin',
      '  option httpchk GET /api/health',
      ...apiPorts.map((apiPort, i) => `  server api${i + 1} 127.0.0.1:${apiPort} check inter 500ms fall 2 rise 2`),
    ]),
    '',
  ].join('\n');
  writeFileSync(path.join(dir, 'haproxy.cfg'), config);
  const child: ChildProcess = spawn(HAPROXY, ['-db', '-f', path.join(dir, 'haproxy.cfg')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const deadline = Date.now() + 10_000;
  for (const port of Object.values(ports)) {
    while (!(await isReachable('127.0.0.1', port))) {
      if (child.exitCode !== null || Date.now() > deadline) {
        rmSync(dir, { recursive: true, force: true });
        throw new Error(`haproxy did not start: ${stderr.slice(-2000)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return {
    urls: Object.fromEntries(Object.entries(ports).map(([name, port]) => [name, `http://127.0.0.1:${port}`])),
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
