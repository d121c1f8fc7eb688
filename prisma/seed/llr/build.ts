// Writes the Leicestershire demo record: everything prepared in memory first (prepare.ts), then
// inserted in one transaction, one statement per table.
import type { PrismaClient } from '../../src/generated/prisma/client';
import { hashPassword } from '../../src/passwords';
import { insertProvisionRows } from '../../src/provision-rows';
import { LLR_PANEL, prepareLeicestershireRecord } from './prepare';
import { DEMO_PASSWORD, demoUserRows } from './users';

export const LLR_PANEL_SLUG = LLR_PANEL.slug;

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
      // One statement for the ~600 provisions (createMany compiles their values far more slowly).
      await insertProvisionRows(tx, record.provisions);
      await tx.agendaItem.createMany({ data: record.agendaItems });
      await tx.recommendation.createMany({ data: record.recommendations });
      await tx.recommendationCitation.createMany({ data: record.recommendationCitations });
      await tx.responseLetter.create({ data: record.letter });
      await tx.response.createMany({ data: record.responses });
      await tx.responseCitation.createMany({ data: record.responseCitations });
      await tx.unresolvedCitation.createMany({ data: record.unresolvedCitations });
      await tx.commitment.createMany({ data: record.commitments });
      await tx.amendment.createMany({ data: record.amendments });
      await tx.auditEvent.createMany({ data: record.auditEvents });
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
}
