// Who may see which version and which amendment attributions: the domain's visibility rules,
// applied with the caller's roles on the panel that owns the document.
import { canSeeResponse, canSeeVersion, type ResponseStatusName, type VersionStatusName } from '@psp/domain';
import type { DocumentKind } from '@psp/db';
import { rolesOn, type Caller } from '../auth/principal';

export interface OwnedDocument {
  panelId: string;
  kind: DocumentKind;
}

export function callerSeesVersion(caller: Caller, document: OwnedDocument, status: VersionStatusName): boolean {
  return canSeeVersion(document.kind, status, rolesOn(caller, document.panelId));
}

export function callerSeesResponse(caller: Caller, panelId: string, status: ResponseStatusName): boolean {
  return canSeeResponse(status, rolesOn(caller, panelId));
}
