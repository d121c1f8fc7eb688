import { Injectable } from '@nestjs/common';
import type { CitationSource, CitedProvision, FieldError } from '@psp/contracts';
import { canSeeVersion, citationSource, type RoleName } from '@psp/domain';
import { resolveCitations } from '@psp/plan-text';
import { badRequest } from '../common/problem';
import { CitationsRepository, type CitedProvisionRow } from './citations.repository';

/** How a recommendation or a response names the paragraphs it is about. */
export interface CitationInput {
  citedVersionId?: string;
  provisionKeys?: string[];
  citation?: string;
}

/** A citation ready to store: the provision of the cited version, and the words that cited it. */
export interface ResolvedCitation {
  provisionId: string;
  cited: string | null;
  /** AS_WRITTEN when the citing text itself says the words; otherwise staff linked the paragraph. */
  source: CitationSource;
  position: number;
}

const invalid = (path: string, message: string) => badRequest('The request body has invalid fields.', [{ path, message }]);

@Injectable()
export class CitationsService {
  constructor(private readonly citations: CitationsRepository) {}

  /** True when the input says anything about citations (an edit then replaces them). */
  mentionsCitations(input: CitationInput): boolean {
    return input.citedVersionId !== undefined || input.provisionKeys !== undefined || !!input.citation;
  }

  /**
   * The provisions cited, checked against a version of a document of the panel that the caller
   * may see: `provisionKeys` when given (each must exist in the version), otherwise the paragraph
   * references found in `citation` ("point 24", "Para 46(e) and 52"), every one of which must exist.
   * `citingText` is the recommendation's or response's text: a citation whose words it contains is
   * its own (AS_WRITTEN); paragraphs chosen by key, or words it does not contain, are staff's links.
   */
  async resolve(input: CitationInput, panelId: string, roles: readonly RoleName[], citingText?: string): Promise<ResolvedCitation[]> {
    const citation = input.citation?.trim() ?? '';
    if (!input.citedVersionId) {
      if (input.provisionKeys?.length || citation) throw invalid('citedVersionId', 'Say which document version the paragraphs are cited from');
      return [];
    }
    const version = await this.citations.findVersion(input.citedVersionId);
    if (!version || version.document.panelId !== panelId || !canSeeVersion(version.document.kind, version.status, roles)) {
      throw invalid('citedVersionId', 'No such document version in this panel');
    }
    const provisions = await this.citations.provisionsOf(version.id);

    if (input.provisionKeys !== undefined) {
      const byKey = new Map(provisions.map((p) => [p.provisionKey, p]));
      const errors: FieldError[] = [];
      const chosen = new Map<string, ResolvedCitation>();
      input.provisionKeys.forEach((key, index) => {
        const provision = byKey.get(key);
        if (!provision) errors.push({ path: `provisionKeys.${index}`, message: `No paragraph with this key in ${version.label}` });
        else if (!chosen.has(provision.id))
          chosen.set(provision.id, { provisionId: provision.id, cited: null, source: 'LINKED_BY_STAFF', position: chosen.size });
      });
      if (errors.length) throw badRequest('The request body has invalid fields.', errors);
      return [...chosen.values()];
    }

    if (!citation) return [];
    const all = resolveCitations(citation, provisions, version.document.kind);
    // Another document's paragraphs ("section 3 of the Police Act 1996") are words, not citations of this one.
    const references = all.filter((r) => r.reason !== 'otherDocument');
    if (references.length === 0) {
      const other = all.find((r) => r.otherDocument !== null);
      throw invalid(
        'citation',
        other
          ? `“${other.cited}” is in ${other.otherDocument}, not in ${version.label}`
          : 'No paragraph reference found: write it as "point 24" or "para 46(e)"',
      );
    }
    const numberByKey = new Map(provisions.map((p) => [p.provisionKey, p.number]));
    const ambiguous = references.filter((r) => r.reason === 'ambiguous');
    if (ambiguous.length) {
      const choices = (r: (typeof references)[number]) => r.candidates.map((key) => numberByKey.get(key) ?? key).join(' or ');
      throw invalid(
        'citation',
        `${version.label} prints ${ambiguous.map((r) => `“${r.number}” more than once (paragraphs ${choices(r)})`).join('; ')}: choose the paragraphs instead`,
      );
    }
    const missing = references.filter((r) => r.provisionKey === null);
    if (missing.length) {
      throw invalid('citation', `${version.label} has no paragraph ${missing.map((r) => r.number).join(', ')}`);
    }
    const idByKey = new Map(provisions.map((p) => [p.provisionKey, p.id]));
    const chosen = new Map<string, ResolvedCitation>();
    for (const reference of references) {
      const provisionId = reference.provisionKey === null ? undefined : idByKey.get(reference.provisionKey);
      if (provisionId && !chosen.has(provisionId)) {
        chosen.set(provisionId, { provisionId, cited: reference.cited, source: citationSource(reference.cited, citingText), position: chosen.size });
      }
    }
    return [...chosen.values()];
  }

  /** Of one owner's citations, those in versions the caller may see, in citing order. */
  visible(rows: CitedProvisionRow[], roles: readonly RoleName[]): CitedProvision[] {
    return rows
      .filter((row) => canSeeVersion(row.documentKind, row.versionStatus, roles))
      .map((row) => ({ provisionKey: row.provisionKey, number: row.number, versionId: row.versionId, cited: row.cited, source: row.source }));
  }

  async ofResponses(ids: string[], roles: readonly RoleName[]): Promise<Map<string, CitedProvision[]>> {
    return this.visibleByOwner(await this.citations.ofResponses(ids), roles);
  }

  /** Citations of several owners, those in versions the caller may see, by owner. */
  visibleByOwner(rows: CitedProvisionRow[], roles: readonly RoleName[]): Map<string, CitedProvision[]> {
    const byOwner = new Map<string, CitedProvisionRow[]>();
    for (const row of rows) {
      const owned = byOwner.get(row.ownerId);
      if (owned) owned.push(row);
      else byOwner.set(row.ownerId, [row]);
    }
    return new Map([...byOwner].map(([owner, owned]) => [owner, this.visible(owned, roles)]));
  }
}
