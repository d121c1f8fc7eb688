import { Injectable } from '@nestjs/common';
import type { DiffEntry, ProvisionHistory, ResolveInput, ResolveResult, VersionStatus } from '@psp/contracts';
import { diffVersions, provisionHistory, resolveCitations } from '@psp/plan-text';
import { badRequest, notFound } from '../common/problem';
import type { Caller } from '../auth/principal';
import { callerSeesResponse, callerSeesVersion } from './document-access';
import { attributionsByKey, mapDiffEntry, toKeyedProvision } from './documents.mapper';
import { DocumentsRepository, type VersionRow } from './documents.repository';
import { DocumentsService } from './documents.service';

/** Reading across versions: the diff between two, one paragraph's history, and citation resolving. */
@Injectable()
export class VersionComparisonService {
  constructor(
    private readonly documents: DocumentsRepository,
    private readonly versions: DocumentsService,
  ) {}

  /** What changed from `baseId` to `id`, by paragraph identity, with the responses that caused each change. */
  async diff(caller: Caller, id: string, baseId: string): Promise<DiffEntry[]> {
    const target = await this.versions.visibleVersion(caller, id);
    const base = await this.versions.visibleVersion(caller, baseId);
    if (base.documentId !== target.documentId) {
      throw badRequest('Only two versions of the same document can be compared.', [{ path: 'base', message: 'Choose a version of the same document' }]);
    }
    const [baseRows, targetRows] = await Promise.all([this.documents.provisionsOf(base.id), this.documents.provisionsOf(target.id)]);
    const attributions = await this.attributionsBetween(caller, base, target);
    const headings = {
      before: new Map(baseRows.map((row) => [row.provisionKey, row.heading])),
      after: new Map(targetRows.map((row) => [row.provisionKey, row.heading])),
    };
    return diffVersions(baseRows.map(toKeyedProvision), targetRows.map(toKeyedProvision)).map((entry) =>
      mapDiffEntry(entry, attributions.get(entry.provisionKey) ?? [], headings),
    );
  }

  /**
   * Attributions recorded on the versions after the older of the two, up to the newer: a diff over
   * several steps shows every response that changed the paragraph on the way. Only versions and
   * responses the caller may see are counted.
   */
  private async attributionsBetween(caller: Caller, a: VersionRow, b: VersionRow) {
    const [low, high] = a.sequence <= b.sequence ? [a.sequence, b.sequence] : [b.sequence, a.sequence];
    const between = (await this.documents.documentVersions(a.documentId)).filter(
      (v) => v.sequence > low && v.sequence <= high && callerSeesVersion(caller, v.document, v.status),
    );
    const rows = await this.documents.amendmentsInto(between.map((v) => v.id));
    return attributionsByKey(rows.filter((row) => row.response && callerSeesResponse(caller, a.document.panelId, row.response.status)));
  }

  /** Every paragraph citation in the text, matched to the paragraphs of this version. */
  async resolve(caller: Caller, id: string, input: ResolveInput): Promise<ResolveResult> {
    const version = await this.versions.visibleVersion(caller, id);
    const references = resolveCitations(input.text, await this.documents.provisionsOf(version.id)).map((r) => ({ cited: r.cited, number: r.number, provisionKey: r.provisionKey }));
    return { references };
  }

  /** One paragraph through the versions of its document the caller may see, oldest first. */
  async history(caller: Caller, provisionKey: string): Promise<ProvisionHistory> {
    const documentId = await this.documents.documentIdOfProvisionKey(provisionKey);
    if (!documentId) throw notFound('That paragraph');
    const versions = (await this.documents.documentVersions(documentId)).filter((v) => callerSeesVersion(caller, v.document, v.status));
    const versionIds = versions.map((v) => v.id);
    const rows = await this.documents.provisionInVersions(provisionKey, versionIds);
    // A paragraph that exists only in versions the caller may not see does not exist for them.
    const first = versions[0];
    if (!first || rows.length === 0) throw notFound('That paragraph');

    const amendments = (await this.documents.amendmentsInto(versionIds, provisionKey)).filter(
      (row) => row.response && callerSeesResponse(caller, first.document.panelId, row.response.status),
    );
    const statusOf = new Map<string, VersionStatus>(versions.map((v) => [v.id, v.status]));
    const entries = provisionHistory(
      versions.map((v) => ({ versionId: v.id, label: v.label, provisions: rows.filter((row) => row.versionId === v.id).map(toKeyedProvision) })),
      provisionKey,
    ).map((entry) => ({
      ...entry,
      // Every entry is for one of `versions`.
      status: statusOf.get(entry.versionId) as VersionStatus,
      amendedBy: attributionsByKey(amendments.filter((row) => row.toVersionId === entry.versionId)).get(provisionKey) ?? [],
    }));
    return { provisionKey, documentId, documentTitle: first.document.title, panelSlug: first.document.panel.slug, versions: entries };
  }
}
