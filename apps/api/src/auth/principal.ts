import type { RoleName, Permission } from '@psp/domain';
import { can } from '@psp/domain';
import { forbidden, unauthenticated } from '../common/problem';

export interface PanelMembership {
  panelId: string;
  panelSlug: string;
  role: RoleName;
}

/** The signed-in person making this request. Anonymous callers have no principal. */
export interface Principal {
  userId: string;
  email: string;
  name: string;
  sessionId: string;
  csrfToken: string;
  memberships: PanelMembership[];
}

export type Caller = Principal | null;

declare module 'express-serve-static-core' {
  interface Request {
    principal?: Caller;
    requestId?: string;
  }
}

export function rolesOn(caller: Caller, panelId: string): RoleName[] {
  return caller ? caller.memberships.filter((m) => m.panelId === panelId).map((m) => m.role) : [];
}

export function allRoles(caller: Caller): RoleName[] {
  return caller ? [...new Set(caller.memberships.map((m) => m.role))] : [];
}

/** Services call this on their first line for panel-scoped writes: 401 anonymous, 403 lacking. */
export function requirePanelPermission(caller: Caller, panelId: string, permission: Permission): Principal {
  if (!caller) throw unauthenticated();
  if (!can(rolesOn(caller, panelId), permission)) throw forbidden();
  return caller;
}

export function requireSignedIn(caller: Caller): Principal {
  if (!caller) throw unauthenticated();
  return caller;
}
