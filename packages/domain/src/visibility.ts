import type { DocumentKind } from '@psp/contracts';
import { can, type RoleName } from './roles';
import type { ResponseStatusName, VersionStatusName } from './lifecycle';

export type DocumentKindName = DocumentKind;

/** Published material is public; an unpublished version is seen only by the roles that prepare it. */
export function canSeeVersion(kind: DocumentKindName, status: VersionStatusName, roles: readonly RoleName[]): boolean {
  if (status === 'PUBLISHED') return true;
  if (kind === 'MINUTES') return can(roles, 'minutes:view-draft');
  return can(roles, 'plan:view-draft');
}

/** Statuses of versions of this kind the caller may see (for filtering queries). */
export function visibleVersionStatuses(kind: DocumentKindName, roles: readonly RoleName[]): VersionStatusName[] {
  return (['DRAFT', 'APPROVED', 'PUBLISHED'] as const).filter((status) => canSeeVersion(kind, status, roles));
}

/** Draft, in-review and approved responses are the OPCC's working papers: never shown to anyone else. */
export function canSeeResponse(status: ResponseStatusName, roles: readonly RoleName[]): boolean {
  return status === 'PUBLISHED' || can(roles, 'response:view-unpublished');
}

export function visibleResponseStatuses(roles: readonly RoleName[]): ResponseStatusName[] {
  return (['DRAFT', 'IN_REVIEW', 'APPROVED', 'PUBLISHED'] as const).filter((status) => canSeeResponse(status, roles));
}
