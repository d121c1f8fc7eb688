import type { AdminUser } from '@psp/contracts';
import type { AdminUserRow } from './admin-users.repository';

/** The user as an admin of `panelIds` sees them: roles on other panels are not theirs to see. */
export function mapAdminUser(row: AdminUserRow, panelIds: ReadonlySet<string>): AdminUser {
  const memberships = row.memberships.filter((m) => panelIds.has(m.panelId));
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    active: row.active,
    version: row.version,
    roles: [...new Set(memberships.map((m) => m.role))],
    panelRoles: memberships.map((m) => ({ panel: m.panel.slug, role: m.role })),
  };
}

/** The audit snapshot of a user: never the password hash. */
export function auditSnapshot(row: AdminUserRow) {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    active: row.active,
    version: row.version,
    roles: row.memberships.map((m) => ({ panel: m.panel.slug, role: m.role })),
  };
}
