import { Injectable } from '@nestjs/common';
import { Prisma, type DocumentKind, type ProvisionKind, type ResponseStatus, type VersionStatus, insertProvisionRows, provisionRows } from '@psp/db';
import { PrismaService, type Tx } from '../common/prisma.service';
import { PROVISION_SELECT } from '../common/provisions';

const VERSION_SELECT = {
  id: true,
  documentId: true,
  sequence: true,
  label: true,
  status: true,
  publishedAt: true,
  basedOnId: true,
  sourceName: true,
  source: true,
  reconstructed: true,
  reconstructionNote: true,
  version: true,
  document: { select: { id: true, panelId: true, kind: true, title: true, panel: { select: { slug: true } } } },
} as const;

export type VersionRow = Prisma.DocumentVersionGetPayload<{ select: typeof VERSION_SELECT }>;
export type ProvisionRecord = Prisma.ProvisionGetPayload<{ select: typeof PROVISION_SELECT }>;

export interface NewProvision {
  provisionKey: string;
  number: string | null;
  label: string | null;
  heading: string | null;
  text: string;
  kind: ProvisionKind;
  depth: number;
  parentKey: string | null;
  tableRows: string[][] | null;
}

export interface AmendmentRow {
  toVersionId: string;
  provisionKey: string;
  responseId: string | null;
  note: string | null;
  response: { status: ResponseStatus; recommendationId: string; recommendation: { number: number } } | null;
}

/** A version as comparing needs it: its place in its document, and what its visibility depends on. */
export interface ComparedVersion {
  id: string;
  documentId: string;
  sequence: number;
  status: VersionStatus;
  /** Changes whenever the row does: part of what identifies a published version's content in memory. */
  updatedAt: Date;
  document: { panelId: string; kind: DocumentKind };
}

const AMENDMENT_SELECT = {
  toVersionId: true,
  provisionKey: true,
  responseId: true,
  note: true,
  response: { select: { status: true, recommendationId: true, recommendation: { select: { number: true } } } },
} as const;

@Injectable()
export class DocumentsRepository {
  constructor(private readonly prisma: PrismaService) {}

  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(work, { maxWait: 10_000, timeout: 60_000 });
  }

  /** The panel's documents, plans first, each with every version (the service filters by visibility). */
  listPanelDocuments(panelId: string) {
    return this.prisma.document.findMany({
      where: { panelId },
      orderBy: [{ kind: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
      select: {
        id: true,
        kind: true,
        title: true,
        meetingId: true,
        versions: {
          orderBy: { sequence: 'asc' },
          select: { id: true, label: true, status: true, publishedAt: true, source: true, reconstructed: true, reconstructionNote: true },
        },
      },
    });
  }

  findDocument(id: string) {
    return this.prisma.document.findUnique({
      where: { id },
      select: {
        id: true,
        panelId: true,
        kind: true,
        title: true,
        meetingId: true,
        versions: { select: { id: true, status: true, sequence: true }, orderBy: { sequence: 'asc' } },
      },
    });
  }

  findVersion(id: string): Promise<VersionRow | null> {
    return this.prisma.documentVersion.findUnique({ where: { id }, select: VERSION_SELECT });
  }

  /** Every version of a document, oldest first. */
  documentVersions(documentId: string): Promise<VersionRow[]> {
    return this.prisma.documentVersion.findMany({ where: { documentId }, orderBy: { sequence: 'asc' }, select: VERSION_SELECT });
  }

  /**
   * Every version of the document(s) the given versions belong to, in one statement (Prisma's
   * nested select would take three): one document when they are versions of the same one.
   * Ordered by document, then oldest first.
   */
  async versionsAlongside(versionIds: string[]): Promise<ComparedVersion[]> {
    const rows = await this.prisma.$queryRaw<Array<Omit<ComparedVersion, 'document'> & ComparedVersion['document']>>(Prisma.sql`
      SELECT v.id, v."documentId", v.sequence, v.status::text AS status, v."updatedAt", d."panelId", d.kind::text AS kind
        FROM "DocumentVersion" v
        JOIN "Document" d ON d.id = v."documentId"
       WHERE v."documentId" IN (SELECT "documentId" FROM "DocumentVersion" WHERE id = ANY(${versionIds}::text[]))
       ORDER BY v."documentId", v.sequence`);
    return rows.map(({ panelId, kind, ...version }) => ({ ...version, document: { panelId, kind } }));
  }

  /**
   * Amendment links into the versions after the older of the two given versions up to the newer
   * (none when they belong to different documents), oldest link first: those that name a response
   * with the response's status and recommendation, and the editorial ones (no response, a note
   * saying why the paragraph changed). One statement, and it needs no earlier read, so it can run
   * beside the read of the versions.
   */
  async attributedAmendmentsBetween(versionId: string, otherVersionId: string): Promise<AmendmentRow[]> {
    const rows = await this.prisma.$queryRaw<
      Array<
        Omit<AmendmentRow, 'response'> & {
          responseStatus: NonNullable<AmendmentRow['response']>['status'] | null;
          recommendationId: string | null;
          recommendationNumber: number | null;
        }
      >
    >(Prisma.sql`
      WITH span AS (
        SELECT "documentId", min(sequence) AS low, max(sequence) AS high
          FROM "DocumentVersion"
         WHERE id IN (${versionId}, ${otherVersionId})
         GROUP BY "documentId")
      SELECT a."toVersionId", a."provisionKey", a."responseId", a.note,
             r.status::text AS "responseStatus", r."recommendationId", rec.number AS "recommendationNumber"
        FROM span
        JOIN "DocumentVersion" v ON v."documentId" = span."documentId" AND v.sequence > span.low AND v.sequence <= span.high
        JOIN "Amendment" a ON a."toVersionId" = v.id
        LEFT JOIN "Response" r ON r.id = a."responseId"
        LEFT JOIN "Recommendation" rec ON rec.id = r."recommendationId"
       WHERE a."responseId" IS NOT NULL OR a.note IS NOT NULL
       ORDER BY a."createdAt", a.id`);
    return rows.map((row) => ({
      toVersionId: row.toVersionId,
      provisionKey: row.provisionKey,
      responseId: row.responseId,
      note: row.note,
      response:
        row.responseId && row.responseStatus && row.recommendationId && row.recommendationNumber !== null
          ? { status: row.responseStatus, recommendationId: row.recommendationId, recommendation: { number: row.recommendationNumber } }
          : null,
    }));
  }

  /** A version's provisions in reading order. */
  provisionsOf(versionId: string, db: Tx | PrismaService = this.prisma): Promise<ProvisionRecord[]> {
    return db.provision.findMany({ where: { versionId }, orderBy: { position: 'asc' }, select: PROVISION_SELECT });
  }

  /** The document a provision key belongs to (keys are unique to their document). */
  async documentIdOfProvisionKey(provisionKey: string): Promise<string | null> {
    const row = await this.prisma.provision.findFirst({ where: { provisionKey }, select: { documentVersion: { select: { documentId: true } } } });
    return row?.documentVersion.documentId ?? null;
  }

  /** One provision in each of the given versions, where it exists. */
  provisionInVersions(provisionKey: string, versionIds: string[]) {
    return this.prisma.provision.findMany({ where: { provisionKey, versionId: { in: versionIds } }, select: { ...PROVISION_SELECT, versionId: true } });
  }

  /** Amendment links into any of the given versions, optionally for one provision. */
  amendmentsInto(versionIds: string[], provisionKey?: string, db: Tx | PrismaService = this.prisma): Promise<AmendmentRow[]> {
    if (versionIds.length === 0) return Promise.resolve([]);
    return db.amendment.findMany({
      where: { toVersionId: { in: versionIds }, ...(provisionKey ? { provisionKey } : {}) },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: AMENDMENT_SELECT,
    });
  }

  /** Of the given responses, those on recommendations of this panel. */
  responsesOfPanel(panelId: string, responseIds: string[], db: Tx | PrismaService = this.prisma) {
    return db.response.findMany({ where: { id: { in: responseIds }, recommendation: { panelId } }, select: { id: true } });
  }

  createDocument(tx: Tx, data: { panelId: string; kind: DocumentKind; title: string }) {
    return tx.document.create({ data, select: { id: true, kind: true, title: true, meetingId: true } });
  }

  async nextSequence(tx: Tx, documentId: string): Promise<number> {
    const { _max } = await tx.documentVersion.aggregate({ where: { documentId }, _max: { sequence: true } });
    return (_max.sequence ?? 0) + 1;
  }

  async createVersion(
    tx: Tx,
    version: { documentId: string; sequence: number; label: string; basedOnId: string | null; sourceName: string | null; createdById: string },
    provisions: NewProvision[],
  ): Promise<string> {
    const { id } = await tx.documentVersion.create({ data: { ...version, status: 'DRAFT' }, select: { id: true } });
    // One statement, however long the version: Prisma's createMany would spend seconds of the event loop on a 4,000-paragraph report.
    await insertProvisionRows(tx, provisionRows(id, provisions));
    return id;
  }

  /** Publishes when `version` is still current and it is not yet published; the count says which. */
  async publishVersion(tx: Tx, id: string, version: number, at: Date): Promise<number> {
    const { count } = await tx.documentVersion.updateMany({
      where: { id, version, status: { not: 'PUBLISHED' } },
      data: { status: 'PUBLISHED', publishedAt: at, version: { increment: 1 } },
    });
    return count;
  }

  async replaceAmendments(
    tx: Tx,
    target: { documentId: string; fromVersionId: string; toVersionId: string; createdById: string },
    links: Array<{ provisionKey: string; responseId: string | null; note: string | null }>,
  ): Promise<void> {
    await tx.amendment.deleteMany({ where: { toVersionId: target.toVersionId } });
    if (links.length === 0) return;
    await tx.amendment.createMany({
      data: links.map((link) => ({ ...target, provisionKey: link.provisionKey, responseId: link.responseId, note: link.note })),
    });
  }

  /** Locks the version's row for the rest of the transaction; its `version`, or null when it is gone. */
  async lockVersion(tx: Tx, id: string): Promise<number | null> {
    const [row] = await tx.$queryRaw<Array<{ version: number }>>`SELECT "version" FROM "DocumentVersion" WHERE "id" = ${id} FOR UPDATE`;
    return row?.version ?? null;
  }

  /** Counts a change of the version (its links): the next write must carry the new number. */
  async bumpVersion(tx: Tx, id: string): Promise<number> {
    // Raw, so "updatedAt" stays: it marks a change of the text, which keys the memoised diffs, and links change no text.
    const [row] = await tx.$queryRaw<Array<{ version: number }>>`UPDATE "DocumentVersion" SET "version" = "version" + 1 WHERE "id" = ${id} RETURNING "version"`;
    if (!row) throw new Error(`document version ${id} vanished while locked`);
    return row.version;
  }

  /** Provision keys present in either version: what an amendment of the later one may name. */
  async provisionKeysOf(versionIds: string[], db: Tx | PrismaService = this.prisma): Promise<Set<string>> {
    const rows = await db.provision.findMany({ where: { versionId: { in: versionIds } }, select: { provisionKey: true }, distinct: ['provisionKey'] });
    return new Set(rows.map((r) => r.provisionKey));
  }
  /** Every key any version of the document has used: a new key must be none of them. */
  async documentProvisionKeys(tx: Tx, documentId: string): Promise<Set<string>> {
    const rows = await tx.provision.findMany({ where: { documentVersion: { documentId } }, select: { provisionKey: true }, distinct: ['provisionKey'] });
    return new Set(rows.map((r) => r.provisionKey));
  }

  /**
   * Gives the paragraph keyed `from` in this version the key `to`, with everything in the version
   * that names it: its sub-points' parent key and the amendment links into the version. The caller
   * has made sure no paragraph of the version holds `to`.
   */
  async rekeyProvision(tx: Tx, versionId: string, from: string, to: string): Promise<void> {
    await tx.$executeRaw`UPDATE "Provision" SET "provisionKey" = ${to} WHERE "versionId" = ${versionId} AND "provisionKey" = ${from}`;
    await tx.$executeRaw`UPDATE "Provision" SET "parentKey" = ${to} WHERE "versionId" = ${versionId} AND "parentKey" = ${from}`;
    // A link already on `to` (the removal of the paragraph now continued) and the same response on `from` would collide: keep one.
    await tx.$executeRaw`
      DELETE FROM "Amendment" a WHERE a."toVersionId" = ${versionId} AND a."provisionKey" = ${from}
        AND EXISTS (SELECT 1 FROM "Amendment" b WHERE b."toVersionId" = ${versionId} AND b."provisionKey" = ${to}
                    AND b."responseId" IS NOT DISTINCT FROM a."responseId")`;
    await tx.$executeRaw`UPDATE "Amendment" SET "provisionKey" = ${to} WHERE "toVersionId" = ${versionId} AND "provisionKey" = ${from}`;
    // The text a diff is computed from changed: "updatedAt" moves with it.
    await tx.$executeRaw`UPDATE "DocumentVersion" SET "updatedAt" = now() WHERE "id" = ${versionId}`;
  }
}
