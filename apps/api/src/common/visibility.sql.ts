// The domain's visibility table (UNPUBLISHED_ACCESS in @psp/domain) as SQL conditions, for the
// queries that filter in the database (search, lists) rather than row by row in code. Published
// material is everyone's; anything else is visible on the panels where the caller holds the
// permission the table names. test/visibility-sql.spec.ts holds these conditions to canSeeVersion,
// canSeeResponse and canSeeLetter on generated callers and rows.
import { DocumentKind } from '@psp/contracts';
import { Prisma } from '@psp/db';
import { can, UNPUBLISHED_ACCESS, type DocumentKindName, type Permission } from '@psp/domain';
import type { Caller } from '../auth/principal';

/** The panels on which the caller holds `permission` (none for the public). */
export function panelsWhere(caller: Caller, permission: Permission): string[] {
  const memberships = caller?.memberships ?? [];
  return [...new Set(memberships.filter((membership) => can([membership.role], permission)).map((membership) => membership.panelId))];
}

/** How a query tests "belongs to one of these panels" (a column, or an index-friendly subquery). */
export type InPanels = (panelIds: string[]) => Prisma.Sql;

export const panelColumnIn =
  (column: Prisma.Sql): InPanels =>
  (panelIds) =>
    Prisma.sql`${column} = ANY(${panelIds}::text[])`;

/**
 * Enum columns are compared with literals, as the planner then uses the column's statistics (a
 * cast to text, or a text[] parameter, hides them and can turn a 20 ms search into seconds).
 * The values are the contract's enum members, never input.
 */
const enumLiterals = (values: readonly string[]) => Prisma.join(values.map((value) => Prisma.raw(`'${value}'`)));
const PUBLISHED = (status: Prisma.Sql) => Prisma.sql`${status} = 'PUBLISHED'`;

const anyOf = (conditions: Prisma.Sql[]) => (conditions.length ? Prisma.sql`(${Prisma.join(conditions, ' OR ')})` : Prisma.sql`FALSE`);

/** A document version the caller may see: published, or unpublished of a kind the caller prepares on its panel. */
export function versionVisibleSql(caller: Caller, columns: { status: Prisma.Sql; kind: Prisma.Sql; inPanels: InPanels }): Prisma.Sql {
  const kindsByPermission = new Map<Permission, DocumentKindName[]>();
  for (const kind of DocumentKind.options) {
    const permission = UNPUBLISHED_ACCESS.version[kind];
    kindsByPermission.set(permission, [...(kindsByPermission.get(permission) ?? []), kind]);
  }
  const unpublished = [...kindsByPermission].flatMap(([permission, kinds]) => {
    const panelIds = panelsWhere(caller, permission);
    return panelIds.length ? [Prisma.sql`(${columns.kind} IN (${enumLiterals(kinds)}) AND ${columns.inPanels(panelIds)})`] : [];
  });
  return anyOf([PUBLISHED(columns.status), ...unpublished]);
}

function unpublishedVisibleSql(caller: Caller, permission: Permission, columns: { status: Prisma.Sql; inPanels: InPanels }): Prisma.Sql {
  const panelIds = panelsWhere(caller, permission);
  return anyOf([PUBLISHED(columns.status), ...(panelIds.length ? [columns.inPanels(panelIds)] : [])]);
}

/** A response the caller may see: published, or any on a panel where the caller sees the OPCC's working papers. */
export const responseVisibleSql = (caller: Caller, columns: { status: Prisma.Sql; inPanels: InPanels }) =>
  unpublishedVisibleSql(caller, UNPUBLISHED_ACCESS.response, columns);

/** A response letter the caller may see. */
export const letterVisibleSql = (caller: Caller, columns: { status: Prisma.Sql; inPanels: InPanels }) =>
  unpublishedVisibleSql(caller, UNPUBLISHED_ACCESS.letter, columns);
