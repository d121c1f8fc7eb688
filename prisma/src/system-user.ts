import { chownSync, readFileSync } from 'node:fs';

/** PostgreSQL's own programs (initdb, pg_ctl, PgBouncer) refuse to run as root. */
export const runningAsRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** The `postgres` system user (Debian's PostgreSQL package makes it), whom root runs those programs as. */
export function postgresSystemUser(): { uid: number; gid: number } {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('postgres:'));
  const [, , uid, gid] = line?.split(':') ?? [];
  if (!uid || !gid) throw new Error('There is no postgres user to run PostgreSQL programs as');
  return { uid: Number(uid), gid: Number(gid) };
}

/** As root, hands files to the `postgres` user; otherwise they are already the runner's. */
export function giveToPostgres(...paths: string[]): void {
  if (!runningAsRoot) return;
  const { uid, gid } = postgresSystemUser();
  for (const target of paths) chownSync(target, uid, gid);
}
