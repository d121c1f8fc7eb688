// Every query key of the web app, made in one place. A resource's keys nest under its root, so a
// write invalidates exactly what depends on it by naming the root (`queryKeys.panels.one(slug)`
// reaches the panel's summary, tracker, meetings, letters …) and the queries use the same factory.
import type { ResponseStatus, SearchQuery } from '@psp/contracts';
import type { RecommendationFilters } from './api/get-recommendations';

export const queryKeys = {
  me: ['auth', 'me'] as const,
  /** The signed-in person's waiting work; every write that changes a count invalidates `panels.all` or this. */
  workspace: ['workspace'] as const,
  panels: {
    all: ['panels'] as const,
    one: (slug: string) => ['panels', slug] as const,
    summary: (slug: string) => ['panels', slug, 'summary'] as const,
    deadlines: (slug: string) => ['panels', slug, 'deadlines'] as const,
    procedures: (slug: string) => ['panels', slug, 'procedures'] as const,
    meetings: (slug: string) => ['panels', slug, 'meetings'] as const,
    documents: (slug: string) => ['panels', slug, 'documents'] as const,
    letters: (slug: string) => ['panels', slug, 'letters'] as const,
    /** The members on a day, or every term (`all`). */
    members: (slug: string, on: string | 'all') => ['panels', slug, 'members', on] as const,
    recommendations: (slug: string, filters: RecommendationFilters) => ['panels', slug, 'recommendations', filters] as const,
    /** The OPCC's queue: every unpublished response, or those of one status. */
    responses: (slug: string, status?: ResponseStatus) => ['panels', slug, 'responses', status ?? 'unpublished'] as const,
  },
  meetings: {
    one: (id: string) => ['meetings', id] as const,
  },
  recommendations: {
    all: ['recommendations'] as const,
    one: (id: string) => ['recommendations', id] as const,
  },
  letters: {
    one: (id: string) => ['letters', id] as const,
  },
  documentVersions: {
    one: (id: string) => ['document-versions', id] as const,
    summary: (id: string) => ['document-versions', id, 'summary'] as const,
    /** `only`: the changed paragraphs alone, or every paragraph. */
    diff: (id: string, baseId: string, only: 'changes' | 'all' = 'all') => ['document-versions', id, 'diff', baseId, only] as const,
    resolve: (id: string, text: string) => ['document-versions', id, 'resolve', text] as const,
    /** How its paragraphs follow the version before (the review of a draft). */
    matches: (id: string) => ['document-versions', id, 'matches'] as const,
    amendments: (id: string) => ['document-versions', id, 'amendments'] as const,
  },
  provisions: {
    all: ['provisions'] as const,
    history: (provisionKey: string) => ['provisions', provisionKey, 'history'] as const,
  },
  search: (q: string, panel: string | null, filters: Pick<SearchQuery, 'kind' | 'from' | 'to'> = {}) => ['search', q, panel, filters] as const,
  admin: {
    users: ['admin', 'users'] as const,
  },
};
