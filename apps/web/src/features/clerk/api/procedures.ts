// Starting a statutory procedure and recording its steps (the clerk): each write refreshes the panel's procedures.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RecordStepInput, StartProcedureInput } from '@psp/contracts';
import { apiPaths } from '@/config/paths';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export const startProcedure = (slug: string, input: StartProcedureInput) =>
  apiClient.post(apiPaths.panelProcedures(slug), { schema: 'ProcedureView', body: input });
export const recordStep = (procedureId: string, code: string, input: RecordStepInput) =>
  apiClient.post(apiPaths.procedureStep(procedureId, code), { schema: 'ProcedureView', body: input });

export function useStartProcedure(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: StartProcedureInput) => startProcedure(slug, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.panels.procedures(slug) }),
  });
}

export function useRecordStep(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ procedureId, code, input }: { procedureId: string; code: string; input: RecordStepInput }) => recordStep(procedureId, code, input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.panels.procedures(slug) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.workspace });
    },
  });
}
