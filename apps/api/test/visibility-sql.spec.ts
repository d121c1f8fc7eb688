// The SQL forms of visibility (src/common/visibility.sql.ts) must answer exactly what the domain's
// canSeeVersion, canSeeResponse and canSeeLetter answer, for any caller: generated memberships on
// two panels, against versions of every kind and status, responses and letters of every status.
import fc from 'fast-check';
import { DocumentKind, LetterStatus, ResponseStatus, Role, VersionStatus } from '@psp/contracts';
import { createPrismaClient, Prisma, type PrismaClient } from '@psp/db';
import { factories } from '@psp/db/src/factories';
import { createTestDatabase, type TestDatabase } from '@psp/db/src/test-server';
import { canSeeLetter, canSeeResponse, canSeeVersion } from '@psp/domain';
import { rolesOn, type Caller } from '../src/auth/principal';
import { letterVisibleSql, panelColumnIn, responseVisibleSql, versionVisibleSql } from '../src/common/visibility.sql';

describe('visibility in SQL agrees with the domain rule', () => {
  let db: TestDatabase;
  let prisma: PrismaClient;
  let panelIds: string[];

  beforeAll(async () => {
    db = await createTestDatabase();
    prisma = createPrismaClient(db.url, { max: 2 });
    const make = factories(prisma);
    panelIds = [];
    for (let panelIndex = 0; panelIndex < 2; panelIndex += 1) {
      const panel = await make.panel();
      panelIds.push(panel.id);
      const meeting = await make.meeting({ panelId: panel.id });
      for (const kind of DocumentKind.options) {
        const document = await make.document({ panelId: panel.id, kind, meetingId: kind === 'MINUTES' ? meeting.id : null });
        for (const status of VersionStatus.options) await make.version({ documentId: document.id, status });
      }
      const recommendation = await make.recommendation({ panelId: panel.id, meetingId: meeting.id });
      for (const status of ResponseStatus.options) await make.response({ recommendationId: recommendation.id, status });
      for (const status of LetterStatus.options) await make.letter({ panelId: panel.id, status });
    }
  });
  afterAll(async () => {
    await prisma.$disconnect();
    await db.drop();
  });

  const callers: fc.Arbitrary<Caller> = fc.option(
    fc
      .uniqueArray(fc.record({ panel: fc.integer({ min: 0, max: 1 }), role: fc.constantFrom(...Role.options) }), {
        selector: (m) => `${m.panel}/${m.role}`,
        maxLength: 5,
      })
      .map((memberships) => ({
        userId: 'u',
        email: 'someone@example.test',
        name: 'Someone',
        sessionId: 's',
        csrfToken: 'c',
        memberships: memberships.map((m) => ({ panelId: panelIds[m.panel] ?? '', panelSlug: `panel-${m.panel}`, role: m.role })),
      })),
    { nil: null },
  );
  const ids = (rows: Array<{ id: string }>) => rows.map((row) => row.id).sort();
  const samples = () => fc.sample(callers, { numRuns: 60, seed: 20261205 });

  it('for document versions', async () => {
    const versions = await prisma.documentVersion.findMany({ include: { document: true } });
    expect(versions).toHaveLength(2 * DocumentKind.options.length * VersionStatus.options.length);
    for (const caller of samples()) {
      const condition = versionVisibleSql(caller, { status: Prisma.sql`v.status`, kind: Prisma.sql`d.kind`, inPanels: panelColumnIn(Prisma.sql`d."panelId"`) });
      const seen = await prisma.$queryRaw<Array<{ id: string }>>(
        Prisma.sql`SELECT v.id FROM "DocumentVersion" v JOIN "Document" d ON d.id = v."documentId" WHERE ${condition}`,
      );
      const expected = versions.filter((v) => canSeeVersion(v.document.kind, v.status, rolesOn(caller, v.document.panelId)));
      expect([caller?.memberships ?? null, ids(seen)]).toEqual([caller?.memberships ?? null, ids(expected)]);
    }
  });

  it('for responses and letters', async () => {
    const responses = await prisma.response.findMany({ include: { recommendation: true } });
    const letters = await prisma.responseLetter.findMany();
    expect([responses.length, letters.length]).toEqual([2 * ResponseStatus.options.length, 2 * LetterStatus.options.length]);
    for (const caller of samples()) {
      const response = responseVisibleSql(caller, { status: Prisma.sql`s.status`, inPanels: panelColumnIn(Prisma.sql`r."panelId"`) });
      const seenResponses = await prisma.$queryRaw<Array<{ id: string }>>(
        Prisma.sql`SELECT s.id FROM "Response" s JOIN "Recommendation" r ON r.id = s."recommendationId" WHERE ${response}`,
      );
      expect(ids(seenResponses)).toEqual(ids(responses.filter((s) => canSeeResponse(s.status, rolesOn(caller, s.recommendation.panelId)))));

      const letter = letterVisibleSql(caller, { status: Prisma.sql`l.status`, inPanels: panelColumnIn(Prisma.sql`l."panelId"`) });
      const seenLetters = await prisma.$queryRaw<Array<{ id: string }>>(Prisma.sql`SELECT l.id FROM "ResponseLetter" l WHERE ${letter}`);
      expect(ids(seenLetters)).toEqual(ids(letters.filter((l) => canSeeLetter(l.status, rolesOn(caller, l.panelId)))));
    }
  });
});
