import { Client } from 'pg';

/** The same server, another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || 'postgres';
}

const identifier = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Creates the database named in `url` unless it exists (optionally as a copy of a template). */
export async function ensureDatabase(url: string, template?: string): Promise<boolean> {
  const admin = new Client({ connectionString: withDatabase(url, 'postgres') });
  await admin.connect();
  try {
    const name = databaseName(url);
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount) return false;
    const from = template ? ` TEMPLATE ${identifier(template)}` : '';
    await admin.query(`CREATE DATABASE ${identifier(name)}${from}`);
    return true;
  } finally {
    await admin.end();
  }
}

export async function dropDatabase(url: string): Promise<void> {
  const admin = new Client({ connectionString: withDatabase(url, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${identifier(databaseName(url))} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
