// Writes the Leicestershire demo record: everything prepared in memory first (prepare.ts), then
// inserted in one transaction, one statement per table.
import type { Prisma, PrismaClient } from '../../src/generated/prisma/client';
import { hashPassword } from '../../src/passwords';
import { LLR_PANEL, prepareLeicestershireRecord } from './prepare';
import { DEMO_PASSWORD, demoUserRows } from './users';

export const LLR_PANEL_SLUG = LLR_PANEL.slug;

/**
 * The ~600 provisions go in as one INSERT … SELECT FROM unnest(arrays): eleven parameters instead
 * of Prisma's createMany, which on this machine spends 0.6–2.6 s compiling and binding the 6,600
 * values of the same insert (unnest: 0.1–0.3 s). The seed runs in every test run's template
 * build, so this is the difference that matters. Column names are checked by the seed test and
 * by the drift test's schema.
 */
async function insertProvisions(tx: Prisma.TransactionClient, rows: readonly Prisma.ProvisionCreateManyInput[]): Promise<void> {
  const col = <K extends keyof Prisma.ProvisionCreateManyInput>(key: K) => rows.map((row) => row[key] ?? null);
  const tables = rows.map((row) => (row.tableRows === undefined || row.tableRows === null ? null : JSON.stringify(row.tableRows)));
  await tx.$executeRaw`
    INSERT INTO "Provision" ("id", "versionId", "provisionKey", "number", "heading", "text", "kind", "depth", "parentKey", "position", "tableRows")
    SELECT id, "versionId", "provisionKey", number, heading, text, kind::"ProvisionKind", depth, "parentKey", position, "tableRows"::jsonb
    FROM unnest(
      ${col('id')}::text[], ${col('versionId')}::text[], ${col('provisionKey')}::text[], ${col('number')}::text[],
      ${col('heading')}::text[], ${col('text')}::text[], ${col('kind')}::text[], ${col('depth')}::int[],
      ${col('parentKey')}::text[], ${col('position')}::int[], ${tables}::text[]
    ) AS t(id, "versionId", "provisionKey", number, heading, text, kind, depth, "parentKey", position, "tableRows")`;
}

export async function buildLeicestershireRecord(prisma: PrismaClient, options: { demoUsers: boolean }): Promise<void> {
  const record = prepareLeicestershireRecord();
  // One argon2id hash (the slow part of creating accounts), shared by the five demo accounts.
  const people = options.demoUsers ? demoUserRows(await hashPassword(DEMO_PASSWORD), record.panel.id as string) : null;

  await prisma.$transaction(
    async (tx) => {
      await tx.panel.create({ data: record.panel });
      await tx.deadlineRule.createMany({ data: record.deadlineRules });
      if (people) {
        await tx.user.createMany({ data: people.users });
        await tx.membership.createMany({ data: people.memberships });
      }
      await tx.meeting.createMany({ data: record.meetings });
      await tx.document.createMany({ data: record.documents });
      await tx.documentVersion.createMany({ data: record.versions });
      await insertProvisions(tx, record.provisions);
      await tx.agendaItem.createMany({ data: record.agendaItems });
      await tx.recommendation.createMany({ data: record.recommendations });
      await tx.recommendationCitation.createMany({ data: record.recommendationCitations });
      await tx.responseLetter.create({ data: record.letter });
      await tx.response.createMany({ data: record.responses });
      await tx.responseCitation.createMany({ data: record.responseCitations });
      await tx.amendment.createMany({ data: record.amendments });
      await tx.auditEvent.createMany({ data: record.auditEvents });
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
}
