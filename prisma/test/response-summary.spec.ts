// The database keeps each recommendation's response summary (migration
// 20261124090000_search_vectors_and_response_summary): when its first PUBLISHED response was
// published and the outcome of the newest. Whatever writes the responses, and however writers
// interleave, the summary must equal what the responses say.
import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '../src/test-server';

describe('recommendation response summary, kept by the database', () => {
  let db: TestDatabase;
  let client: Client;
  let sequence = 0;

  beforeAll(async () => {
    db = await createTestDatabase();
    client = new Client({ connectionString: db.url });
    await client.connect();
    await client.query(`INSERT INTO "Panel" (id, slug, name, "forceArea", "updatedAt") VALUES ('p', 'p', 'Panel', 'Area', now())`);
    await client.query(`INSERT INTO "Meeting" (id, "panelId", title, "startsAt", "updatedAt") VALUES ('m', 'p', 'Meeting', now(), now())`);
  });
  afterAll(async () => {
    await client.end();
    await db.drop();
  });

  async function recommendation(): Promise<string> {
    sequence += 1;
    const id = `r${sequence}`;
    await client.query(`INSERT INTO "Recommendation" (id, "panelId", "meetingId", number, text, "updatedAt") VALUES ($1, 'p', 'm', $2, 'Text', now())`, [
      id,
      sequence,
    ]);
    return id;
  }

  async function response(recommendationId: string, outcome: string, status: string, publishedAt: string | null): Promise<string> {
    sequence += 1;
    const id = `s${sequence}`;
    await client.query(
      `INSERT INTO "Response" (id, "recommendationId", outcome, status, text, "publishedAt", "updatedAt") VALUES ($1, $2, $3::"ResponseOutcome", $4::"ResponseStatus", 'Answer', $5, now())`,
      [id, recommendationId, outcome, status, publishedAt],
    );
    return id;
  }

  async function summary(id: string) {
    const { rows } = await client.query<{ first: Date | null; latest: string | null }>(
      `SELECT "firstPublishedResponseAt" AS first, "latestOutcome"::text AS latest FROM "Recommendation" WHERE id = $1`,
      [id],
    );
    return { first: rows[0]?.first?.toISOString() ?? null, latest: rows[0]?.latest ?? null };
  }

  it('follows publication, later responses, corrections and deletion; drafts never count', async () => {
    const id = await recommendation();
    const draft = await response(id, 'ACCEPTED', 'DRAFT', null);
    expect(await summary(id)).toEqual({ first: null, latest: null });

    await client.query(`UPDATE "Response" SET status = 'PUBLISHED', "publishedAt" = '2026-01-10T10:00:00Z' WHERE id = $1`, [draft]);
    expect(await summary(id)).toEqual({ first: '2026-01-10T10:00:00.000Z', latest: 'ACCEPTED' });

    const followUp = await response(id, 'PARTIALLY_ACCEPTED', 'PUBLISHED', '2026-03-01T09:00:00Z');
    expect(await summary(id)).toEqual({ first: '2026-01-10T10:00:00.000Z', latest: 'PARTIALLY_ACCEPTED' });

    await response(id, 'NOT_ACCEPTED', 'APPROVED', null);
    expect(await summary(id)).toEqual({ first: '2026-01-10T10:00:00.000Z', latest: 'PARTIALLY_ACCEPTED' });

    await client.query(`UPDATE "Response" SET outcome = 'NOTED' WHERE id = $1`, [followUp]);
    expect(await summary(id)).toEqual({ first: '2026-01-10T10:00:00.000Z', latest: 'NOTED' });

    await client.query(`DELETE FROM "Response" WHERE id = $1`, [followUp]);
    expect(await summary(id)).toEqual({ first: '2026-01-10T10:00:00.000Z', latest: 'ACCEPTED' });
  });

  it('refreshes both recommendations when a response moves from one to the other', async () => {
    const from = await recommendation();
    const to = await recommendation();
    const moved = await response(from, 'ACCEPTED', 'PUBLISHED', '2026-02-02T12:00:00Z');
    await client.query(`UPDATE "Response" SET "recommendationId" = $2 WHERE id = $1`, [moved, to]);
    expect(await summary(from)).toEqual({ first: null, latest: null });
    expect(await summary(to)).toEqual({ first: '2026-02-02T12:00:00.000Z', latest: 'ACCEPTED' });
  });

  it('keeps both of two publications made at once in different transactions', async () => {
    const id = await recommendation();
    const older = await response(id, 'ACCEPTED', 'APPROVED', null);
    const newer = await response(id, 'NOT_ACCEPTED', 'APPROVED', null);
    const first = new Client({ connectionString: db.url });
    const second = new Client({ connectionString: db.url });
    await Promise.all([first.connect(), second.connect()]);
    try {
      await first.query('BEGIN');
      await first.query(`UPDATE "Response" SET status = 'PUBLISHED', "publishedAt" = '2026-04-01T08:00:00Z' WHERE id = $1`, [older]);
      await second.query('BEGIN');
      // Blocks on the recommendation's row until the first commits, then sees its publication.
      const publishing = second.query(`UPDATE "Response" SET status = 'PUBLISHED', "publishedAt" = '2026-04-02T08:00:00Z' WHERE id = $1`, [newer]);
      await waitUntilBlocked(second);
      await first.query('COMMIT');
      await publishing;
      await second.query('COMMIT');
    } finally {
      await Promise.all([first.end(), second.end()]);
    }
    expect(await summary(id)).toEqual({ first: '2026-04-01T08:00:00.000Z', latest: 'NOT_ACCEPTED' });
  });

  /** Waits until the client's backend is waiting for a lock, so the interleaving is the one meant. */
  async function waitUntilBlocked(blocked: Client): Promise<void> {
    const pid = (blocked as unknown as { processID: number }).processID;
    for (let attempt = 0; attempt < 500; attempt += 1) {
      const { rows } = await client.query<{ waiting: boolean }>(`SELECT wait_event_type = 'Lock' AS waiting FROM pg_stat_activity WHERE pid = $1`, [pid]);
      if (rows[0]?.waiting) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error('the second publication never waited for the first');
  }
});
