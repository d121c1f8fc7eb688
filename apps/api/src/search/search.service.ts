import { Injectable } from '@nestjs/common';
import type { SearchHit, SearchQuery, SearchResult } from '@psp/contracts';
import { findCitations, resolveCitations } from '@psp/plan-text';
import type { Caller } from '../auth/principal';
import { badRequest } from '../common/problem';
import { PanelsService } from '../panels/panels.service';
import { directProvisionHit, directRecommendationHit, mapSearchHit } from './search.mapper';
import { SearchRepository } from './search.repository';
import type { SearchFilters, SearchScope } from './search.sql';

export const DEFAULT_SEARCH_LIMIT = 20;

/** Lower case, single spaces: "Rural  Crime" and "rural crime" are the same words. */
const sameWords = (a: string, b: string) => a.toLowerCase().replace(/\s+/g, ' ').trim() === b.toLowerCase().replace(/\s+/g, ' ').trim();

@Injectable()
export class SearchService {
  constructor(
    private readonly search: SearchRepository,
    private readonly panels: PanelsService,
  ) {}

  /**
   * Full-text search over everything the caller may see: published material, and their own
   * panels' drafts. Words that find nothing are tried again as the material spells them; words
   * that are a reference ("recommendation 12", "para 47.a") also name the thing itself.
   */
  async find(caller: Caller, query: SearchQuery): Promise<SearchResult> {
    if (query.from && query.to && query.from > query.to) {
      throw badRequest('The request has invalid parameters.', [{ path: 'to', message: 'Must be the same as or after the "from" date' }]);
    }
    const scope: SearchScope = {
      caller,
      panelId: query.panel ? (await this.panels.panelBySlug(query.panel)).id : null,
    };
    const filters: SearchFilters = { kind: query.kind ?? null, from: query.from ?? null, to: query.to ?? null };
    const limit = query.limit ?? DEFAULT_SEARCH_LIMIT;
    const direct = await this.direct(query.q, scope);
    let rows = await this.search.search(query.q, scope, limit, filters);
    let correctedQuery: string | null = null;
    if (rows.length === 0) {
      const corrected = await this.search.correction(query.q, scope);
      if (corrected && !sameWords(corrected, query.q)) {
        rows = await this.search.search(corrected, scope, limit, filters);
        if (rows.length > 0) correctedQuery = corrected;
      }
    }
    return { hits: rows.map(mapSearchHit), correctedQuery, direct };
  }

  /** What the words name outright, when the whole query is one reference: "rec 12", "paragraph 49b". */
  private async direct(q: string, scope: SearchScope): Promise<SearchHit[]> {
    const matches = findCitations(q, 'PLAN');
    const [match] = matches;
    if (!match || matches.length !== 1 || !sameWords(match.cited.replace(/[.\s]+$/, ''), q.replace(/[.\s]+$/, ''))) return [];
    if (match.cue === 'recommendation') {
      const numbers = match.numbers.filter((number) => /^\d+$/.test(number)).map(Number);
      if (numbers.length === 0) return [];
      return (await this.search.recommendationsNumbered(numbers, scope.panelId)).map(directRecommendationHit);
    }
    if (match.cue !== 'paragraph' || match.otherDocument !== null) return [];
    const provisions = await this.search.currentPlanProvisions(scope);
    const byVersion = new Map<string, typeof provisions>();
    for (const provision of provisions) byVersion.set(provision.versionId, [...(byVersion.get(provision.versionId) ?? []), provision]);
    const hits: SearchHit[] = [];
    for (const versionProvisions of byVersion.values()) {
      const byKey = new Map(versionProvisions.map((provision) => [provision.provisionKey, provision]));
      for (const reference of resolveCitations(q, versionProvisions, 'PLAN')) {
        // An ambiguous label names each candidate: the reader chooses.
        for (const key of reference.candidates) {
          const provision = byKey.get(key);
          if (provision && !hits.some((hit) => hit.id === provision.id)) hits.push(directProvisionHit(provision));
        }
      }
    }
    return hits;
  }
}
