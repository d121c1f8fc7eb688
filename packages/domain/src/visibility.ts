import type { DocumentKind, LetterStatus } from '@psp/contracts';
import { can, type Permission, type RoleName } from './roles';
import type { ResponseStatusName, VersionStatusName } from './lifecycle';

export type DocumentKindName = DocumentKind;

/**
 * Who sees what, as data: published material is everyone's; anything unpublished is seen only
 * with the permission named here, on the panel that owns it. The API's predicates below and its
 * SQL conditions (apps/api/src/common/visibility.sql.ts) are both read from this one table.
 */
export const UNPUBLISHED_ACCESS = {
  /** A version before publication, by its document's kind: the roles that prepare it. */
  version: { PLAN: 'plan:view-draft', REPORT: 'plan:view-draft', MINUTES: 'minutes:view-draft' },
  /** Draft, in-review and approved responses are the OPCC's working papers. */
  response: 'response:view-unpublished',
  /** A letter before it is sent holds unpublished responses. */
  letter: 'response:view-unpublished',
} as const satisfies { version: Record<DocumentKindName, Permission>; response: Permission; letter: Permission };

export function canSeeVersion(kind: DocumentKindName, status: VersionStatusName, roles: readonly RoleName[]): boolean {
  return status === 'PUBLISHED' || can(roles, UNPUBLISHED_ACCESS.version[kind]);
}

export function canSeeResponse(status: ResponseStatusName, roles: readonly RoleName[]): boolean {
  return status === 'PUBLISHED' || can(roles, UNPUBLISHED_ACCESS.response);
}

export function canSeeLetter(status: LetterStatus, roles: readonly RoleName[]): boolean {
  return status === 'PUBLISHED' || can(roles, UNPUBLISHED_ACCESS.letter);
}
