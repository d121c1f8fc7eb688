import { Injectable } from '@nestjs/common';
import { Prisma, type CitationSource, type DocumentKind, type VersionStatus } from '@psp/db';
import { PrismaService } from '../common/prisma.service';

/** A provision cited by a recommendation or a response, with what deciding its visibility needs. */
export interface CitedProvisionRow {
  ownerId: string;
  provisionKey: string;
  number: string | null;
  versionId: string;
  versionStatus: VersionStatus;
  documentKind: DocumentKind;
  /** The words that cite it, or null. */
  cited: string | null;
  source: CitationSource;
}

// One joined statement per read: Prisma's nested select would take a round trip per table.
// The citation table is aliased `c`; enums come back as text.
const CITED_PROVISION_COLUMNS = Prisma.sql`p."provisionKey", p.number, p."versionId",
  v.status::text AS "versionStatus", d.kind::text AS "documentKind", c.cited, c.source::text AS source`;
const CITED_PROVISION_JOINS = Prisma.sql`JOIN "Provision" p ON p.id = c."provisionId"
  JOIN "DocumentVersion" v ON v.id = p."versionId"
  JOIN "Document" d ON d.id = v."documentId"`;

@Injectable()
export class CitationsRepository {
  constructor(private readonly prisma: PrismaService) {}

  findVersion(versionId: string) {
    return this.prisma.documentVersion.findUnique({
      where: { id: versionId },
      select: { id: true, label: true, status: true, document: { select: { panelId: true, kind: true } } },
    });
  }

  provisionsOf(versionId: string) {
    return this.prisma.provision.findMany({
      where: { versionId },
      select: { id: true, provisionKey: true, number: true, label: true, heading: true, text: true },
      orderBy: { position: 'asc' },
    });
  }

  /** In citing order (position, then id) within each response. */
  async ofResponses(responseIds: string[]): Promise<CitedProvisionRow[]> {
    if (responseIds.length === 0) return [];
    return this.prisma.$queryRaw<CitedProvisionRow[]>(Prisma.sql`
      SELECT c."responseId" AS "ownerId", ${CITED_PROVISION_COLUMNS}
      FROM "ResponseCitation" c ${CITED_PROVISION_JOINS}
      WHERE c."responseId" = ANY(${responseIds}::text[])
      ORDER BY c.position ASC, c.id ASC`);
  }
}

/** A citation of the recommendation or of one of its responses, as `citationsOfRecommendationSql` gives it. */
export type RecommendationCitationRow = CitedProvisionRow & { ownerType: 'Recommendation' | 'Response' };

/**
 * A recommendation's citations with their citing order (`position`, then `citationId`), for a
 * statement that reads them beside the recommendation (`recommendationId` is SQL: a value or a
 * column of the outer query).
 */
export function recommendationCitationsSql(recommendationId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT 'Recommendation' AS "ownerType", c."recommendationId" AS "ownerId", c.position, c.id AS "citationId", ${CITED_PROVISION_COLUMNS}
    FROM "RecommendationCitation" c ${CITED_PROVISION_JOINS}
    WHERE c."recommendationId" = ${recommendationId}`;
}

/**
 * The recommendation's citations and those of all its responses, whatever their status, with
 * their citing order: rows for the detail page's single statement, read before it knows which
 * responses the caller may see, so the caller must drop the rows of the others.
 */
export function citationsOfRecommendationSql(recommendationId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    ${recommendationCitationsSql(recommendationId)}
    UNION ALL
    SELECT 'Response' AS "ownerType", c."responseId" AS "ownerId", c.position, c.id AS "citationId", ${CITED_PROVISION_COLUMNS}
    FROM "Response" s JOIN "ResponseCitation" c ON c."responseId" = s.id ${CITED_PROVISION_JOINS}
    WHERE s."recommendationId" = ${recommendationId}`;
}
