import { mkdtempSync, mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { migrateDatabase, migrationChecksum, isMigrated, readMigrations, MigrationError } from '../src/migrate';
import { ensureDatabase, dropDatabase } from '../src/database-url';
import { newTestDatabaseUrl } from '../src/test-server';
import { migrationsDir } from '../src/paths';

async function emptyDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const url = newTestDatabaseUrl();
  await ensureDatabase(url);
  return { url, drop: () => dropDatabase(url) };
}

async function query<T extends Record<string, unknown>>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

function migrationsFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'psp-migrations-'));
  for (const [name, sql] of Object.entries(files)) {
    mkdirSync(path.join(dir, name));
    writeFileSync(path.join(dir, name, 'migration.sql'), sql);
  }
  return dir;
}

describe('engine-free migrator', () => {
  it('records migrations in _prisma_migrations with the columns, types and checksums Prisma uses', async () => {
    const db = await emptyDatabase();
    try {
      const report = await migrateDatabase(db.url);
      expect(report.applied).toEqual(readMigrations().map((m) => m.name));
      const columns = await query<{ column_name: string; data_type: string; is_nullable: string; character_maximum_length: number | null }>(
        db.url,
        `SELECT column_name, data_type, is_nullable, character_maximum_length FROM information_schema.columns
         WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
      );
      expect(columns).toEqual([
        { column_name: 'id', data_type: 'character varying', is_nullable: 'NO', character_maximum_length: 36 },
        { column_name: 'checksum', data_type: 'character varying', is_nullable: 'NO', character_maximum_length: 64 },
        { column_name: 'finished_at', data_type: 'timestamp with time zone', is_nullable: 'YES', character_maximum_length: null },
        { column_name: 'migration_name', data_type: 'character varying', is_nullable: 'NO', character_maximum_length: 255 },
        { column_name: 'logs', data_type: 'text', is_nullable: 'YES', character_maximum_length: null },
        { column_name: 'rolled_back_at', data_type: 'timestamp with time zone', is_nullable: 'YES', character_maximum_length: null },
        { column_name: 'started_at', data_type: 'timestamp with time zone', is_nullable: 'NO', character_maximum_length: null },
        { column_name: 'applied_steps_count', data_type: 'integer', is_nullable: 'NO', character_maximum_length: null },
      ]);
      const rows = await query<{
        id: string;
        checksum: string;
        migration_name: string;
        finished_at: Date | null;
        applied_steps_count: number;
        logs: string | null;
      }>(db.url, 'SELECT id, checksum, migration_name, finished_at, applied_steps_count, logs FROM "_prisma_migrations" ORDER BY migration_name');
      for (const row of rows) {
        const file = readFileSync(path.join(migrationsDir, row.migration_name, 'migration.sql'));
        expect(row.checksum).toBe(createHash('sha256').update(file).digest('hex'));
        expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
        expect(row.finished_at).toBeInstanceOf(Date);
        expect(row.applied_steps_count).toBe(1);
        expect(row.logs).toBeNull();
      }
      expect(await isMigrated(db.url)).toBe(true);
      expect(await migrateDatabase(db.url)).toEqual({ applied: [], alreadyApplied: rows.map((r) => r.migration_name) });
    } finally {
      await db.drop();
    }
  });

  it('keeps migration files in the form Prisma checksums (LF line endings, trailing newline)', () => {
    for (const migration of readMigrations()) {
      expect(migration.script.includes('\r')).toBe(false);
      expect(migration.script.endsWith('\n')).toBe(true);
    }
    expect(migrationChecksum('a\r\nb\n')).toBe(migrationChecksum('a\nb\n'));
  });

  it('refuses a migration edited after it was applied, and changes nothing', async () => {
    const db = await emptyDatabase();
    try {
      const dir = migrationsFolder({ '001_a': 'CREATE TABLE a (id int);\n' });
      await migrateDatabase(db.url, dir);
      writeFileSync(path.join(dir, '001_a', 'migration.sql'), 'CREATE TABLE a (id bigint);\n');
      mkdirSync(path.join(dir, '002_b'));
      writeFileSync(path.join(dir, '002_b', 'migration.sql'), 'CREATE TABLE b (id int);\n');
      await expect(migrateDatabase(db.url, dir)).rejects.toThrow(/modified after it was applied/);
      expect(await query(db.url, `SELECT to_regclass('b') AS t`)).toEqual([{ t: null }]);
    } finally {
      await db.drop();
    }
  });

  it('records a failed migration with its error, rolls its changes back, and blocks later runs', async () => {
    const db = await emptyDatabase();
    try {
      const dir = migrationsFolder({ '001_ok': 'CREATE TABLE ok (id int);\n', '002_bad': 'CREATE TABLE half (id int);\nSELECT * FROM nowhere;\n' });
      await expect(migrateDatabase(db.url, dir)).rejects.toBeInstanceOf(MigrationError);
      const rows = await query<{ migration_name: string; finished_at: Date | null; logs: string | null }>(
        db.url,
        'SELECT migration_name, finished_at, logs FROM "_prisma_migrations" ORDER BY migration_name',
      );
      expect(rows.map((r) => [r.migration_name, r.finished_at === null])).toEqual([
        ['001_ok', false],
        ['002_bad', true],
      ]);
      expect(rows[1]?.logs).toMatch(/nowhere/);
      expect(await query(db.url, `SELECT to_regclass('half') AS t`)).toEqual([{ t: null }]);
      await expect(migrateDatabase(db.url, dir)).rejects.toThrow(/002_bad failed earlier/);
    } finally {
      await db.drop();
    }
  });

  it('is safe when two processes migrate at once (advisory lock)', async () => {
    const db = await emptyDatabase();
    try {
      const reports = await Promise.all([migrateDatabase(db.url), migrateDatabase(db.url)]);
      const applied = reports.flatMap((r) => r.applied);
      expect(applied).toEqual(readMigrations().map((m) => m.name));
      const rows = await query<{ n: string }>(db.url, 'SELECT count(*)::text AS n FROM "_prisma_migrations"');
      expect(rows[0]?.n).toBe(String(readMigrations().length));
    } finally {
      await db.drop();
    }
  });
});

describe('audit log', () => {
  it('is append-only in the database itself', async () => {
    const db = await emptyDatabase();
    try {
      await migrateDatabase(db.url);
      await query(db.url, `INSERT INTO "AuditEvent" (action, "entityType", "entityId") VALUES ('test.created', 'Test', 't1')`);
      await expect(query(db.url, `UPDATE "AuditEvent" SET action = 'forged'`)).rejects.toThrow(/append-only/);
      await expect(query(db.url, `DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only/);
      await expect(query(db.url, `TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
      expect(await query(db.url, 'SELECT action FROM "AuditEvent"')).toEqual([{ action: 'test.created' }]);
    } finally {
      await db.drop();
    }
  });
});
