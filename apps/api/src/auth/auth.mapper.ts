import type { User } from '@psp/contracts';
import type { Principal } from './principal';

export function mapPrincipalToUser(principal: Principal): User {
  return {
    id: principal.userId,
    email: principal.email,
    name: principal.name,
    roles: [...new Set(principal.memberships.map((m) => m.role))],
    panelRoles: principal.memberships.map((m) => ({ panel: m.panelSlug, role: m.role })),
  };
}
