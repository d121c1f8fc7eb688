// The demo accounts of shared/API.md (demo mode only), all on the Leicestershire panel with the
// password `demo-password`. The names are invented.
import type { Prisma, Role } from '../../src/generated/prisma/client';
import { ids } from './ids';

export const DEMO_PASSWORD = 'demo-password';

export const DEMO_USERS: readonly { email: string; name: string; role: Role }[] = [
  { email: 'clerk@demo.test', name: 'Sarah Whitmore', role: 'CLERK' },
  { email: 'member@demo.test', name: 'Cllr David Sutton', role: 'PANEL_MEMBER' },
  { email: 'officer@demo.test', name: 'Amira Hussain', role: 'OPCC_OFFICER' },
  { email: 'approver@demo.test', name: 'Martin Keane', role: 'OPCC_APPROVER' },
  { email: 'admin@demo.test', name: 'Priya Lal', role: 'ADMIN' },
];

/** One argon2id hash, shared by the five accounts: hashing is the slow part of the seed. */
export function demoUserRows(passwordHash: string, panelId: string): { users: Prisma.UserCreateManyInput[]; memberships: Prisma.MembershipCreateManyInput[] } {
  return {
    users: DEMO_USERS.map((u) => ({ id: ids.user(u.role), email: u.email, name: u.name, passwordHash })),
    memberships: DEMO_USERS.map((u) => ({ id: ids.membership(u.role), userId: ids.user(u.role), panelId, role: u.role })),
  };
}
