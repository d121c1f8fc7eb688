import { Injectable } from '@nestjs/common';
import { Prisma } from '@psp/db';
import { PrismaService } from '../common/prisma.service';

/** A provision cited by a recommendation or a response, with what deciding its visibility needs. */
export interface CitedProvisionRow {
  ownerId: string;
  provisionKey: string;
  number: string | null;
  versionId: string;
  versionStatus: 'DRAFT' | 'APPROVED' | 'PUBLISHED';
  documentKind: 'PLAN' | 'REPORT' | 'MINUTES';
}

/** The citations of a recommendation and of every one of its responses, whatever their status. */
export interface CitationsOfRecommendation {
  ofRecommendation: CitedProvisionRow[];
  ofResponses: CitedProvisionRow[];
}

// One joined statement per read: Prisma's nested select would take a round trip per table.
// The citation table is aliased `c`; enums come back as text.
const CITED_PROVISION_COLUMNS = Prisma.sql`p."provisionKey", p.number, p."versionId",
  v.status::text AS "versionStatus", d.kind::text AS "documentKind"`;
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
      select: { id: true, provisionKey: true, number: true },
      orderBy: { position: 'asc' },
    });
  }

  /** In citing order (position, then id) within each recommendation. */
  async ofRecommendations(recommendationIds: string[]): Promise<CitedProvisionRow[]> {
    if (recommendationIds.length === 0) return [];
    return this.prisma.$queryRaw<CitedProvisionRow[]>(Prisma.sql`
      SELECT c."recommendationId" AS "ownerId", ${CITED_PROVISION_COLUMNS}
      FROM "RecommendationCitation" c ${CITED_PROVISION_JOINS}
      WHERE c."recommendationId" = ANY(${recommendationIds}::text[])
      ORDER BY c.position ASC, c.id ASC`);
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

  /**
   * The recommendation's citations and those of all its responses in one statement, so the
   * detail page can read them beside the recommendation, before it knows which responses the
   * caller may see: the caller must drop the rows of responses it may not see.
   */
  async ofRecommendationAndItsResponses(recommendationId: string): Promise<CitationsOfRecommendation> {
    const rows = await this.prisma.$queryRaw<Array<CitedProvisionRow & { ownerType: 'Recommendation' | 'Response' }>>(Prisma.sql`
      SELECT cited."ownerType", cited."ownerId", cited."provisionKey", cited.number, cited."versionId", cited."versionStatus", cited."documentKind"
      FROM (
        SELECT 'Recommendation' AS "ownerType", c."recommendationId" AS "ownerId", c.position, c.id, ${CITED_PROVISION_COLUMNS}
        FROM "RecommendationCitation" c ${CITED_PROVISION_JOINS}
        WHERE c."recommendationId" = ${recommendationId}::text
        UNION ALL
        SELECT 'Response' AS "ownerType", c."responseId" AS "ownerId", c.position, c.id, ${CITED_PROVISION_COLUMNS}
        FROM "Response" s JOIN "ResponseCitation" c ON c."responseId" = s.id ${CITED_PROVISION_JOINS}
        WHERE s."recommendationId" = ${recommendationId}::text
      ) cited
      ORDER BY cited.position ASC, cited.id ASC`);
    const split: CitationsOfRecommendation = { ofRecommendation: [], ofResponses: [] };
    for (const { ownerType, ...row } of rows) (ownerType === 'Recommendation' ? split.ofRecommendation : split.ofResponses).push(row);
    return split;
  }
}
