import type { Attribution, DiffEntry, DocumentSummary, DocumentVersionDetail, VersionAmendments, VersionSummary } from '@psp/contracts';
import type { KeyedProvision, ProvisionDiff } from '@psp/plan-text';
import { mapProvision } from '../common/provisions';
import type { AmendmentRow, ProvisionRecord, VersionRow } from './documents.repository';

export function mapVersionSummary(row: {
  id: string;
  label: string;
  status: VersionSummary['status'];
  publishedAt: Date | null;
  source: string | null;
  reconstructed: boolean;
  reconstructionNote: string | null;
}): VersionSummary {
  return {
    id: row.id,
    label: row.label,
    status: row.status,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    source: row.source,
    reconstructed: row.reconstructed,
    reconstructionNote: row.reconstructionNote,
  };
}

export function mapDocumentSummary(
  document: { id: string; kind: DocumentSummary['kind']; title: string; meetingId: string | null },
  versions: Array<Parameters<typeof mapVersionSummary>[0]>,
): DocumentSummary {
  return { id: document.id, kind: document.kind, title: document.title, meetingId: document.meetingId, versions: versions.map(mapVersionSummary) };
}

/** `basedOnId`: the version it was based on, when the caller may see that one (else null). */
export function mapDocumentVersion(version: VersionRow, provisions: ProvisionRecord[], basedOnId: string | null): DocumentVersionDetail {
  return {
    ...mapVersionSummary(version),
    documentId: version.document.id,
    documentTitle: version.document.title,
    kind: version.document.kind,
    basedOnId,
    panelSlug: version.document.panel.slug,
    sequence: version.sequence,
    version: version.version,
    sourceName: version.sourceName,
    provisions: provisions.map(mapProvision),
  };
}

/** A stored provision as the plan-text engine reads it. */
export function toKeyedProvision(row: ProvisionRecord): KeyedProvision {
  const rows = (row.tableRows as { rows?: unknown } | null)?.rows;
  return {
    provisionKey: row.provisionKey,
    number: row.number,
    label: row.label,
    heading: row.heading,
    text: row.text,
    depth: row.depth,
    parentKey: row.parentKey,
    kind: row.kind,
    table: Array.isArray(rows) ? { rows: rows as string[][] } : null,
  };
}

export function mapAttribution(row: AmendmentRow): Attribution | null {
  if (!row.response || !row.responseId) return null;
  return {
    recommendationId: row.response.recommendationId,
    responseId: row.responseId,
    recommendationNumber: row.response.recommendation.number,
    note: row.note,
  };
}

/** Attributions per provision key, without duplicates (one response may amend a paragraph in several versions). */
export function attributionsByKey(rows: AmendmentRow[]): Map<string, Attribution[]> {
  const byKey = new Map<string, Attribution[]>();
  for (const row of rows) {
    const attribution = mapAttribution(row);
    if (!attribution) continue;
    const list = byKey.get(row.provisionKey) ?? [];
    if (!list.some((a) => a.responseId === attribution.responseId)) list.push(attribution);
    byKey.set(row.provisionKey, list);
  }
  for (const list of byKey.values()) list.sort((a, b) => (a.recommendationNumber ?? 0) - (b.recommendationNumber ?? 0));
  return byKey;
}

export function mapAmendments(target: { id: string; version: number }, fromVersionId: string | null, rows: AmendmentRow[]): VersionAmendments {
  return {
    versionId: target.id,
    fromVersionId,
    version: target.version,
    amendments: rows.map((row) => ({
      provisionKey: row.provisionKey,
      responseId: row.responseId,
      recommendationId: row.response?.recommendationId ?? null,
      recommendationNumber: row.response?.recommendation.number ?? null,
      note: row.note,
    })),
  };
}

/** What the diff itself does not carry about a paragraph on one side: its heading (which says what an unnumbered block is, the Foreword) and whether its wording is reconstructed. */
export type DiffSide = Map<string, { heading: string | null; reconstructed: boolean }>;

export function mapDiffEntry(entry: ProvisionDiff, amendedBy: Attribution[], sides: { before: DiffSide; after: DiffSide }): DiffEntry {
  const side = (text: { number: string | null; text: string }, info: DiffSide) => {
    const known = info.get(entry.provisionKey);
    return { number: text.number, text: text.text, heading: known?.heading ?? null, reconstructed: known?.reconstructed ?? false };
  };
  return {
    provisionKey: entry.provisionKey,
    change: entry.change,
    before: entry.before ? side(entry.before, sides.before) : null,
    after: entry.after ? side(entry.after, sides.after) : null,
    amendedBy,
    words: entry.words ? entry.words.map((w) => ({ op: w.op, text: w.text })) : null,
  };
}
