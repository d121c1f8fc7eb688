import { Injectable } from '@nestjs/common';
import type { SearchQuery, SearchResult } from '@psp/contracts';
import type { Caller } from '../auth/principal';
import { PanelsService } from '../panels/panels.service';
import { mapSearchHit } from './search.mapper';
import { SearchRepository } from './search.repository';
import type { SearchScope } from './search.sql';

export const DEFAULT_SEARCH_LIMIT = 20;

@Injectable()
export class SearchService {
  constructor(
    private readonly search: SearchRepository,
    private readonly panels: PanelsService,
  ) {}

  /** Full-text search over everything the caller may see: published material, and their own panels' drafts. */
  async find(caller: Caller, query: SearchQuery): Promise<SearchResult> {
    const scope: SearchScope = {
      caller,
      panelId: query.panel ? (await this.panels.panelBySlug(query.panel)).id : null,
    };
    const rows = await this.search.search(query.q, scope, query.limit ?? DEFAULT_SEARCH_LIMIT);
    return { hits: rows.map(mapSearchHit) };
  }
}
