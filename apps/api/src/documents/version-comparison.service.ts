import { Injectable } from '@nestjs/common';
import type { DiffEntry, ProvisionHistory, ProvisionHistoryEntry, ResolveInput, ResolveResult } from '@psp/contracts';
import { diffVersions, diffWords, provisionHistory, resolveCitations } from '@psp/plan-text';
import { badRequest, notFound } from '../common/problem';
import type { Caller } from '../auth/principal';
import { callerSeesResponse, callerSeesVersion } from './document-access';
import { attributionsByKey, mapDiffEntry, toKeyedProvision, type DiffSide } from './documents.mapper';
import { DocumentsRepository, type AmendmentRow, type ComparedVersion } from './documents.repository';
import { DocumentsService } from './documents.service';
import { NO_ATTRIBUTIONS, VersionDiffMemo, withAttributions } from './version-diff.memo';

/** Reading across versions: the diff between two, one paragraph's history, and citation resolving. */
@Injectable()
export class VersionComparisonService {
  constructor(
    private readonly documents: DocumentsRepository,
    private readonly versions: DocumentsService,
    private readonly memo: VersionDiffMemo,
  ) {}

  /**
   * What changed from `baseId` to `id`, by paragraph identity, with the responses that caused each
   * change. Two statements when the pair's diff is memoised (both versions published), four
   * otherwise.
   */
  async diff(caller: Caller, id: string, baseId: string, options: { onlyChanges?: boolean } = {}): Promise<DiffEntry[]> {
    // Both reads need only the two ids, so they run together; nothing of them is used, nor is
    // anything computed, before the caller is known to see both versions.
    const [versions, amendments] = await Promise.all([this.documents.versionsAlongside([id, baseId]), this.documents.attributedAmendmentsBetween(baseId, id)]);
    const target = visibleAmong(caller, versions, id);
    const base = visibleAmong(caller, versions, baseId);
    if (base.documentId !== target.documentId) {
      throw badRequest('Only two versions of the same document can be compared.', [{ path: 'base', message: 'Choose a version of the same document' }]);
    }
    let entries = this.memo.get(base, target);
    if (!entries) {
      entries = await this.computeDiff(base.id, target.id);
      this.memo.remember(base, target, entries);
    }
    const shown = options.onlyChanges ? entries.filter((entry) => entry.change !== 'unchanged') : entries;
    return withAttributions(
      shown,
      attributionsBetween(caller, versions, base, target, amendments),
      editorialBetween(caller, versions, base, target, amendments),
    );
  }

  /** The diff entries of two versions, without attributions: a function of their provisions only. */
  private async computeDiff(baseId: string, targetId: string): Promise<DiffEntry[]> {
    const [baseRows, targetRows] = await Promise.all([this.documents.provisionsOf(baseId), this.documents.provisionsOf(targetId)]);
    const side = (rows: typeof baseRows): DiffSide =>
      new Map(rows.map((row) => [row.provisionKey, { heading: row.heading, reconstructed: row.reconstructed }]));
    const sides = { before: side(baseRows), after: side(targetRows) };
    return diffVersions(baseRows.map(toKeyedProvision), targetRows.map(toKeyedProvision)).map((entry) => mapDiffEntry(entry, NO_ATTRIBUTIONS, sides));
  }

  /** Every paragraph citation in the text, matched to the paragraphs of this version. */
  async resolve(caller: Caller, id: string, input: ResolveInput): Promise<ResolveResult> {
    const version = await this.versions.visibleVersion(caller, id);
    return { references: resolveCitations(input.text, await this.documents.provisionsOf(version.id), version.document.kind) };
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
    const byId = new Map(versions.map((v) => [v.id, v]));
    const entries: ProvisionHistoryEntry[] = provisionHistory(
      versions.map((v) => ({ versionId: v.id, label: v.label, provisions: rows.filter((row) => row.versionId === v.id).map(toKeyedProvision) })),
      provisionKey,
    ).map((entry) => {
      const version = byId.get(entry.versionId);
      if (!version) throw new Error(`provisionHistory returned version ${entry.versionId}, which it was not given`);
      return {
        ...entry,
        status: version.status,
        versionReconstructed: version.reconstructed,
        reconstructionNote: version.reconstructionNote,
        reconstructed: rows.some((row) => row.versionId === entry.versionId && row.reconstructed),
        amendedBy: attributionsByKey(amendments.filter((row) => row.toVersionId === entry.versionId)).get(provisionKey) ?? [],
      };
    });
    let previousText: string | null = null;
    // An amended paragraph carries its words against the version before, insertions and deletions marked.
    for (const entry of entries) {
      if (entry.change === 'modified' && previousText !== null && entry.text !== null) entry.words = diffWords(previousText, entry.text);
      if (entry.text !== null) previousText = entry.text;
    }
    return { provisionKey, documentId, documentTitle: first.document.title, panelSlug: first.document.panel.slug, versions: entries };
  }
}

/** The version among those read if the caller may see it; otherwise 404, as if it did not exist (as `DocumentsService.visibleVersion`). */
function visibleAmong(caller: Caller, versions: readonly ComparedVersion[], id: string): ComparedVersion {
  const version = versions.find((v) => v.id === id);
  if (!version || !callerSeesVersion(caller, version.document, version.status)) throw notFound('That document version');
  return version;
}

/**
 * Attributions recorded on the versions after the older of the two, up to the newer: a diff over
 * several steps shows every response that changed the paragraph on the way. Only versions and
 * responses the caller may see are counted.
 */
function attributionsBetween(
  caller: Caller,
  versions: readonly ComparedVersion[],
  a: ComparedVersion,
  b: ComparedVersion,
  amendments: readonly AmendmentRow[],
) {
  const between = visibleVersionsBetween(caller, versions, a, b);
  return attributionsByKey(
    amendments.filter((row) => between.has(row.toVersionId) && row.response && callerSeesResponse(caller, a.document.panelId, row.response.status)),
  );
}

/** The ids of the versions after the older of the two, up to the newer, that the caller may see. */
function visibleVersionsBetween(caller: Caller, versions: readonly ComparedVersion[], a: ComparedVersion, b: ComparedVersion): Set<string> {
  const [low, high] = a.sequence <= b.sequence ? [a.sequence, b.sequence] : [b.sequence, a.sequence];
  return new Set(
    versions
      .filter((v) => v.documentId === a.documentId && v.sequence > low && v.sequence <= high && callerSeesVersion(caller, v.document, v.status))
      .map((v) => v.id),
  );
}

/** The editorial notes (changes no response caused) on the versions between, by paragraph. */
function editorialBetween(caller: Caller, versions: readonly ComparedVersion[], a: ComparedVersion, b: ComparedVersion, amendments: readonly AmendmentRow[]) {
  const between = visibleVersionsBetween(caller, versions, a, b);
  const notes = new Map<string, string[]>();
  for (const row of amendments) {
    if (row.responseId !== null || !row.note || !between.has(row.toVersionId)) continue;
    const list = notes.get(row.provisionKey) ?? [];
    if (!list.includes(row.note)) list.push(row.note);
    notes.set(row.provisionKey, list);
  }
  return notes;
}
