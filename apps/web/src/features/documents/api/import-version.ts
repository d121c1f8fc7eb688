import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPaths } from '@/config/paths';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** What is imported: a file (.docx, .txt, .md) or pasted text, as a version following `basedOnId`. */
export interface VersionSource {
  label: string;
  basedOnId: string | undefined;
  file: File | null;
  text: string;
}

/** The upload as the API reads it: multipart with `file`, or JSON with `text`. */
function bodyOf(source: VersionSource): FormData | Record<string, string> {
  if (source.file) {
    const form = new FormData();
    form.set('label', source.label);
    if (source.basedOnId) form.set('basedOnId', source.basedOnId);
    form.set('file', source.file);
    return form;
  }
  return { label: source.label, text: source.text, ...(source.basedOnId ? { basedOnId: source.basedOnId } : {}) };
}

export const previewVersion = (documentId: string, source: VersionSource) =>
  apiClient.post(apiPaths.documentVersionsPreview(documentId), { schema: 'VersionPreview', body: bodyOf(source) });

export const importVersion = (documentId: string, source: VersionSource) =>
  apiClient.post(apiPaths.documentVersions(documentId), { schema: 'ImportedVersion', body: bodyOf(source) });

/** The outline, identity and warnings the import would store, saved nowhere. */
export function usePreviewVersion(documentId: string) {
  return useMutation({ mutationFn: (source: VersionSource) => previewVersion(documentId, source) });
}

export function useImportVersion(documentId: string, panelSlug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (source: VersionSource) => importVersion(documentId, source),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.panels.documents(panelSlug) }),
  });
}
