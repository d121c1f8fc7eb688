import { Injectable } from '@nestjs/common';
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

const CITED_PROVISION_SELECT = {
  provision: {
    select: {
      provisionKey: true,
      number: true,
      versionId: true,
      documentVersion: { select: { status: true, document: { select: { kind: true } } } },
    },
  },
} as const;

type CitationWithProvision = {
  provision: {
    provisionKey: string;
    number: string | null;
    versionId: string;
    documentVersion: { status: CitedProvisionRow['versionStatus']; document: { kind: CitedProvisionRow['documentKind'] } };
  };
};

const flatten = (ownerId: string, citation: CitationWithProvision): CitedProvisionRow => ({
  ownerId,
  provisionKey: citation.provision.provisionKey,
  number: citation.provision.number,
  versionId: citation.provision.versionId,
  versionStatus: citation.provision.documentVersion.status,
  documentKind: citation.provision.documentVersion.document.kind,
});

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

  async ofRecommendations(recommendationIds: string[]): Promise<CitedProvisionRow[]> {
    if (recommendationIds.length === 0) return [];
    const rows = await this.prisma.recommendationCitation.findMany({
      where: { recommendationId: { in: recommendationIds } },
      select: { recommendationId: true, ...CITED_PROVISION_SELECT },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
    });
    return rows.map((row) => flatten(row.recommendationId, row));
  }

  async ofResponses(responseIds: string[]): Promise<CitedProvisionRow[]> {
    if (responseIds.length === 0) return [];
    const rows = await this.prisma.responseCitation.findMany({
      where: { responseId: { in: responseIds } },
      select: { responseId: true, ...CITED_PROVISION_SELECT },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
    });
    return rows.map((row) => flatten(row.responseId, row));
  }
}
