import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiPaths } from '@/config/paths';
import { apiClient } from '../api-client';
import { queryKeys } from '../query-keys';

/** The panel's statutory procedures (this year's precept first) with each step's deadline and state. */
export const getProcedures = (slug: string, signal?: AbortSignal) =>
  apiClient.get(apiPaths.panelProcedures(slug), { schema: 'ProcedureView', many: true, signal });

export const proceduresQueryOptions = (slug: string) =>
  queryOptions({ queryKey: queryKeys.panels.procedures(slug), queryFn: ({ signal }) => getProcedures(slug, signal) });

export const useProcedures = (slug: string) => useQuery({ ...proceduresQueryOptions(slug), enabled: Boolean(slug) });
