import { Client } from 'pg';
import { catalogueFromDmmf, readDmmf } from '../src/catalogue';
import { compareCatalogues, introspectCatalogue } from '../src/introspect';
import { schemaPath } from '../src/paths';
import { createTestDatabase, type TestDatabase } from '../src/test-server';

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
    expect(compareCatalogues(expected, actual)).toEqual([]);
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
      // A search vector the database no longer computes, and its index built with another method.
      await client.query('ALTER TABLE "Recommendation" ALTER COLUMN "searchVector" DROP EXPRESSION');
      await client.query('DROP INDEX "Response_searchVector_idx"');
      await client.query('CREATE INDEX "Response_searchVector_idx" ON "Response" USING gist ("searchVector")');
      const actual = await introspectCatalogue(drifted.url);
      expect(compareCatalogues(expected, actual)).toEqual(
        expect.arrayContaining([
          'column Panel.stray is not in schema.prisma',
          'column Recommendation.theme is NOT NULL, expected NULL',
          'index Provision_provisionKey_idx is missing',
          'foreign key Response_letterId_fkey is missing',
          'column Recommendation.searchVector is not generated, expected generated',
          'index Response_searchVector_idx is Response USING gist (searchVector), expected Response USING gin (searchVector)',
        ]),
      );
    } finally {
      await client.end();
      await drifted.drop();
    }
  });
});
