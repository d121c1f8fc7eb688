import { Injectable } from '@nestjs/common';
import type { AdminUser, CreateUserInput, FieldError, UpdateUserRolesInput } from '@psp/contracts';
import { hashPassword } from '@psp/db';
import { can } from '@psp/domain';
import { AuditRepository } from '../common/audit.repository';
import { conflict, forbidden, notFound, staleVersion, unprocessable } from '../common/problem';
import { requirePanelPermission, requireSignedIn, type Caller, type Principal } from '../auth/principal';
import { auditSnapshot, mapAdminUser } from './admin-users.mapper';
import { AdminUsersRepository, type PanelRoleRow } from './admin-users.repository';

type RequestedRoles = CreateUserInput['roles'];

@Injectable()
export class AdminUsersService {
  constructor(
    private readonly users: AdminUsersRepository,
    private readonly audit: AuditRepository,
  ) {}

  async list(caller: Caller): Promise<AdminUser[]> {
    const scope = administeredPanels(requireSignedIn(caller));
    const rows = await this.users.listInScope([...scope]);
    return rows.map((row) => mapAdminUser(row, scope));
  }

  async create(caller: Caller, input: CreateUserInput): Promise<AdminUser> {
    const principal = requireSignedIn(caller);
    const scope = administeredPanels(principal);
    const roles = await this.resolveRoles(principal, input.roles);
    if (await this.users.emailTaken(input.email)) throw emailTaken();
    const passwordHash = await hashPassword(input.password);

    // The account belongs to the panel it is made for (the first role's), else to the creator's panel.
    const createdForPanelId = roles[0]?.panelId ?? [...scope][0] ?? '';
    const created = await this.users.transaction(async (tx) => {
      const id = await this.users.create(tx, { email: input.email, name: input.name, passwordHash, createdForPanelId }, roles);
      const row = await this.users.findById(id, tx);
      if (!row) throw notFound('That user');
      await this.audit.record(tx, {
        actorId: principal.userId,
        panelId: roles[0]?.panelId ?? null,
        action: 'user.created',
        entityType: 'User',
        entityId: id,
        after: auditSnapshot(row),
      });
      return row;
    });
    return mapAdminUser(created, scope);
  }

  /**
   * Sets the user's roles on the panels the caller administers (roles elsewhere stay) and their
   * active flag. A person whose roles change or who is deactivated is signed out everywhere.
   */
  async update(caller: Caller, id: string, input: UpdateUserRolesInput): Promise<AdminUser> {
    const principal = requireSignedIn(caller);
    const scope = administeredPanels(principal);
    const target = await this.users.findById(id);
    const inScope =
      target &&
      (target.memberships.length === 0
        ? target.createdForPanelId !== null && scope.has(target.createdForPanelId)
        : target.memberships.some((m) => scope.has(m.panelId)));
    if (!target || !inScope) throw notFound('That user');
    const roles = await this.resolveRoles(principal, input.roles);
    const held = new Set(target.memberships.map((m) => `${m.panelId}:${m.role}`));
    const added = roles.filter((r) => !held.has(`${r.panelId}:${r.role}`));
    if (id === principal.userId) {
      refuseSelfLockout(input, roles, scope);
      if (added.length) throw forbidden('You cannot give yourself a role: ask another admin.');
    }
    // Someone who also holds roles on panels this admin does not administer is shared: this admin
    // may take away the roles on their own panels, but not add any, and not close the account.
    if (!target.memberships.every((m) => scope.has(m.panelId))) {
      if (input.active !== undefined && input.active !== target.active) {
        throw forbidden(
          'This person holds roles on panels you do not administer, so you cannot deactivate or reactivate the account; you can remove their roles on your panels.',
        );
      }
      if (added.length) throw forbidden('This person holds roles on panels you do not administer: you can remove their roles on your panels, not add any.');
    }

    const rolesChanged = roleSet(target.memberships.filter((m) => scope.has(m.panelId))) !== roleSet(roles);
    const deactivated = input.active === false && target.active;
    const updated = await this.users.transaction(async (tx) => {
      const count = await this.users.update(tx, id, input.version, input.active === undefined ? {} : { active: input.active });
      if (count === 0) throw staleVersion();
      await this.users.replaceRoles(tx, id, [...scope], roles);
      if (rolesChanged || deactivated) await this.users.deleteSessions(tx, id);
      const row = await this.users.findById(id, tx);
      if (!row) throw notFound('That user');
      await this.audit.record(tx, {
        actorId: principal.userId,
        panelId: [...scope][0] ?? null,
        action: 'user.updated',
        entityType: 'User',
        entityId: id,
        before: auditSnapshot(target),
        after: { ...auditSnapshot(row), signedOut: rolesChanged || deactivated },
      });
      return row;
    });
    return mapAdminUser(updated, scope);
  }

  /** Panel slugs to ids; every panel must exist and be one the caller administers. */
  private async resolveRoles(principal: Principal, requested: RequestedRoles): Promise<PanelRoleRow[]> {
    const panels = new Map((await this.users.panelsBySlug([...new Set(requested.map((r) => r.panel))])).map((p) => [p.slug, p.id]));
    const errors: FieldError[] = requested.flatMap((r, i) => (panels.has(r.panel) ? [] : [{ path: `roles.${i}.panel`, message: 'No such panel' }]));
    if (errors.length) throw unprocessable('Some roles name panels that do not exist.', errors);
    const roles = requested.map((r) => ({ panelId: panels.get(r.panel) as string, role: r.role }));
    for (const role of roles) requirePanelPermission(principal, role.panelId, 'users:manage');
    const unique = new Map(roles.map((r) => [`${r.panelId}:${r.role}`, r]));
    return [...unique.values()];
  }
}

/** Panels on which the caller manages users; the route guard has already required at least one. */
function administeredPanels(principal: Principal): Set<string> {
  const panels = new Set(principal.memberships.filter((m) => can([m.role], 'users:manage')).map((m) => m.panelId));
  if (panels.size === 0) throw forbidden();
  return panels;
}

function roleSet(roles: ReadonlyArray<{ panelId: string; role: string }>): string {
  return roles
    .map((r) => `${r.panelId}:${r.role}`)
    .sort()
    .join(',');
}

/** An admin cannot switch off their own account or admin role: someone else must, so a panel is never left without one by accident. */
function refuseSelfLockout(input: UpdateUserRolesInput, roles: PanelRoleRow[], scope: Set<string>): void {
  if (input.active === false) throw unprocessable('You cannot deactivate your own account.', [{ path: 'active', message: 'Ask another admin to do this' }]);
  const stillAdmin = [...scope].every((panelId) => roles.some((r) => r.panelId === panelId && r.role === 'ADMIN'));
  if (!stillAdmin) throw unprocessable('You cannot remove your own admin role.', [{ path: 'roles', message: 'Ask another admin to do this' }]);
}

const emailTaken = () => conflict('An account with that email address already exists.', 'email-taken');
