import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiPaths } from '@/config/paths';
import { apiClient } from '../api-client';
import { queryKeys } from '../query-keys';

/** The panel's members on a day (YYYY-MM-DD), or every term when `on` is 'all'. */
export const getMembers = (slug: string, on: string | 'all', signal?: AbortSignal) =>
  apiClient.get(apiPaths.panelMembers(slug), { schema: 'PanelMember', many: true, params: on === 'all' ? { all: 'true' } : { on }, signal });

export const membersQueryOptions = (slug: string, on: string | 'all') =>
  queryOptions({ queryKey: queryKeys.panels.members(slug, on), queryFn: ({ signal }) => getMembers(slug, on, signal) });

export const useMembers = (slug: string, on: string | 'all') => useQuery({ ...membersQueryOptions(slug, on), enabled: Boolean(slug) && Boolean(on) });
