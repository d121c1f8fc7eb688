// Who may do what. Roles are held per panel; the public (no roles) may only read published material.
// Every enum's values are defined once, in @psp/contracts (and checked against the Prisma schema).
import type { Role } from '@psp/contracts';
import { ROLES } from '@psp/contracts/enums';

export const ROLE_NAMES = ROLES;
export type RoleName = Role;

export const PERMISSIONS = [
  'meeting:write',
  'minutes:write',
  'minutes:view-draft',
  'recommendation:write',
  'recommendation:close',
  'response:draft',
  'response:view-unpublished',
  'response:approve',
  'response:publish',
  'letter:write',
  'plan:import',
  'plan:view-draft',
  'plan:publish',
  'users:manage',
  'members:manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const GRANTS: Record<RoleName, readonly Permission[]> = {
  PANEL_MEMBER: [],
  CLERK: ['meeting:write', 'minutes:write', 'minutes:view-draft', 'recommendation:write', 'recommendation:close', 'members:manage'],
  OPCC_OFFICER: ['response:draft', 'response:view-unpublished', 'plan:import', 'plan:view-draft'],
  OPCC_APPROVER: ['response:view-unpublished', 'response:approve', 'response:publish', 'letter:write', 'plan:view-draft', 'plan:publish', 'plan:import'],
  // An admin may import a plan on the OPCC's behalf, so it must see the draft it made.
  ADMIN: ['users:manage', 'plan:import', 'plan:view-draft', 'members:manage'],
};

export function permissionsOf(roles: readonly RoleName[]): Set<Permission> {
  return new Set(roles.flatMap((role) => GRANTS[role]));
}

export function can(roles: readonly RoleName[], permission: Permission): boolean {
  return roles.some((role) => GRANTS[role].includes(permission));
}

/** Roles that hold a permission: the permission matrix, for documentation and tests. */
export function rolesWith(permission: Permission): RoleName[] {
  return ROLE_NAMES.filter((role) => GRANTS[role].includes(permission));
}
