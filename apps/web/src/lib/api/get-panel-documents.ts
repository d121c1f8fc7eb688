import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiPaths } from '@/config/paths';
import { apiClient } from '../api-client';
import { queryKeys } from '../query-keys';

export const getPanelDocuments = (slug: string, signal?: AbortSignal) =>
  apiClient.get(apiPaths.panelDocuments(slug), { schema: 'DocumentSummary', many: true, signal });

export const panelDocumentsQueryOptions = (slug: string) =>
  queryOptions({ queryKey: queryKeys.panels.documents(slug), queryFn: ({ signal }) => getPanelDocuments(slug, signal) });

export const usePanelDocuments = (slug: string | undefined) => useQuery({ ...panelDocumentsQueryOptions(slug ?? ''), enabled: Boolean(slug) });
