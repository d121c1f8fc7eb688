import { Client } from 'pg';
import { catalogueFromDmmf, readDmmf, renderCreateSql } from '../src/catalogue';
import { compareCatalogues, introspectCatalogue } from '../src/introspect';
import { readMigrations } from '../src/migrate';
import { schemaPath } from '../src/paths';
import { createTestDatabase, type TestDatabase } from '../src/test-server';

// Expression indexes for full-text search cannot be written in schema.prisma.
const allowIndex = (name: string) => name.endsWith('_fts_idx');

describe('migrated database vs schema.prisma', () => {
  let db: TestDatabase;
  const expected = catalogueFromDmmf(readDmmf(schemaPath));

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.drop();
  });

  it('has no drift: tables, columns, types, nullability, defaults, indexes and foreign keys match', async () => {
    const actual = await introspectCatalogue(db.url);
    expect(compareCatalogues(expected, actual, { allowIndex })).toEqual([]);
  });

  it('notices drift when the database differs', async () => {
    const drifted = await createTestDatabase();
    const client = new Client({ connectionString: drifted.url });
    await client.connect();
    try {
      await client.query('ALTER TABLE "Panel" ADD COLUMN "stray" TEXT');
      await client.query('ALTER TABLE "Recommendation" ALTER COLUMN "theme" SET NOT NULL');
      await client.query('DROP INDEX "Provision_provisionKey_idx"');
      await client.query('ALTER TABLE "Response" DROP CONSTRAINT "Response_letterId_fkey"');
      const actual = await introspectCatalogue(drifted.url);
      expect(compareCatalogues(expected, actual, { allowIndex })).toEqual(
        expect.arrayContaining([
          'column Panel.stray is not in schema.prisma',
          'column Recommendation.theme is NOT NULL, expected NULL',
          'index Provision_provisionKey_idx is missing',
          'foreign key Response_letterId_fkey is missing',
        ]),
      );
    } finally {
      await client.end();
      await drifted.drop();
    }
  });

  it('the first migration is what schema.prisma renders, plus hand-written SQL Prisma cannot express', () => {
    const [first] = readMigrations();
    expect(first?.script.startsWith(renderCreateSql(expected))).toBe(true);
  });
});
