// A real PgBouncer in transaction pooling in front of a PostgreSQL server, for tests that the
// portal runs unchanged behind one (Debian's pgbouncer package, installed by .ci/run). It listens
// on a loopback port of its own and forwards every database to the server; `stop()` ends it and
// removes its folder. PgBouncer refuses to run as root, so as root it runs as `postgres`.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, isReachable } from './embedded';
import { giveToPostgres, runningAsRoot } from './system-user';

const PGBOUNCER = '/usr/sbin/pgbouncer';

export interface PgBouncer {
  port: number;
  /** The URL of `database` through PgBouncer. */
  url(database: string): string;
  stop(): Promise<void>;
}

/** Starts PgBouncer in transaction pooling in front of `serverUrl` (a postgresql:// URL of the server). */
export async function startPgBouncer(serverUrl: string, options: { poolSize?: number } = {}): Promise<PgBouncer> {
  if (!existsSync(PGBOUNCER)) throw new Error(`${PGBOUNCER} not found: install the Debian package pgbouncer`);
  const server = new URL(serverUrl);
  const user = decodeURIComponent(server.username || 'postgres');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'psp-pgbouncer-'));
  const port = await freePort(38_000 + Math.floor(Math.random() * 2_000));
  // The settings the portal relies on, written out so README can point here.
  writeFileSync(
    path.join(dir, 'pgbouncer.ini'),
    [
      '[databases]',
      `* = host=${server.hostname} port=${server.port || '5432'}`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      'unix_socket_dir =',
      'auth_type = trust',
      `auth_file = ${path.join(dir, 'users.txt')}`,
      'pool_mode = transaction',
      `default_pool_size = ${options.poolSize ?? 10}`,
      'max_client_conn = 500',
      // node-postgres sends these at start-up; PgBouncer would refuse the connection otherwise.
      'ignore_startup_parameters = extra_float_digits,options',
      'server_reset_query =',
      // The admin console (database `pgbouncer`), for SHOW STATS and SHOW POOLS.
      `admin_users = ${user}`,
      `logfile = ${path.join(dir, 'pgbouncer.log')}`,
      '',
    ].join('\n'),
  );
  writeFileSync(path.join(dir, 'users.txt'), `"${user}" ""\n`);
  giveToPostgres(dir, path.join(dir, 'pgbouncer.ini'), path.join(dir, 'users.txt'));
  const args = [path.join(dir, 'pgbouncer.ini')];
  const child: ChildProcess = runningAsRoot
    ? spawn('runuser', ['-u', 'postgres', '--', PGBOUNCER, ...args], { stdio: 'ignore' })
    : spawn(PGBOUNCER, args, { stdio: 'ignore' });
  const deadline = Date.now() + 15_000;
  while (!(await isReachable('127.0.0.1', port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      const log = existsSync(path.join(dir, 'pgbouncer.log')) ? readFileSync(path.join(dir, 'pgbouncer.log'), 'utf8') : '';
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`PgBouncer did not start: ${log.slice(-2000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    port,
    url(database) {
      return `postgresql://${encodeURIComponent(user)}@127.0.0.1:${port}/${database}`;
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        // runuser passes the signal on to PgBouncer.
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
