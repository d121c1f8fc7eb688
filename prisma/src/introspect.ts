// Reads a live database's catalogue (public schema) in the same normalised form that
// catalogue.ts derives from schema.prisma, so the two can be compared.
import { Client } from 'pg';
import type { Catalogue, CatalogueColumn, CatalogueForeignKey, CatalogueIndex, CatalogueTable } from './catalogue';

const IGNORED_TABLES = new Set(['_prisma_migrations']);

const actionCodes: Record<string, string> = { a: 'NO ACTION', r: 'RESTRICT', c: 'CASCADE', n: 'SET NULL', d: 'SET DEFAULT' };

function ddlType(row: { data_type: string; udt_name: string; datetime_precision: number | null; column_default: string | null }): string {
  const serial = row.column_default?.startsWith('nextval(');
  switch (row.data_type) {
    case 'text':
      return 'TEXT';
    case 'integer':
      return serial ? 'SERIAL' : 'INTEGER';
    case 'bigint':
      return serial ? 'BIGSERIAL' : 'BIGINT';
    case 'boolean':
      return 'BOOLEAN';
    case 'jsonb':
      return 'JSONB';
    case 'double precision':
      return 'DOUBLE PRECISION';
    case 'bytea':
      return 'BYTEA';
    case 'timestamp without time zone':
      return `TIMESTAMP(${row.datetime_precision ?? 6})`;
    case 'USER-DEFINED':
      return `"${row.udt_name}"`;
    case 'ARRAY':
      return `${ddlType({ ...row, data_type: row.udt_name.replace(/^_/, '') })}[]`;
    default:
      return row.data_type.toUpperCase();
  }
}

function normaliseDefault(value: string | null): string | null {
  if (value === null || value.startsWith('nextval(')) return null;
  // PostgreSQL prints enum and text defaults with a cast: 'DRAFT'::"ResponseStatus".
  return value.replace(/::[\w"]+$/, '');
}

export async function introspectCatalogue(connectionString: string): Promise<Catalogue> {
  const client = new Client({ connectionString });
  await client.connect();
  try {
    const enums = await client.query<{ name: string; values: string[] }>(`
      SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS values
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = 'public' GROUP BY t.typname ORDER BY t.typname`);
    const columns = await client.query<{
      table_name: string;
      column_name: string;
      data_type: string;
      udt_name: string;
      is_nullable: 'YES' | 'NO';
      column_default: string | null;
      datetime_precision: number | null;
      is_generated: 'ALWAYS' | 'NEVER';
    }>(`
      SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default, datetime_precision, is_generated
      FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, ordinal_position`);
    const primaryKeys = await client.query<{ table_name: string; name: string; columns: string[] }>(`
      SELECT c.conrelid::regclass::text AS table_name, c.conname AS name,
             array_agg(a.attname::text ORDER BY k.ord) AS columns
      FROM pg_constraint c
      CROSS JOIN LATERAL unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)
      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
      WHERE c.contype = 'p' AND c.connamespace = 'public'::regnamespace
      GROUP BY c.conrelid, c.conname`);
    const indexes = await client.query<{
      table_name: string;
      name: string;
      unique: boolean;
      method: string;
      columns: string[];
      descending: boolean[];
      expression: boolean;
    }>(`
      SELECT t.relname AS table_name, i.relname AS name, x.indisunique AS unique, am.amname::text AS method,
             array_agg(coalesce(a.attname::text, '') ORDER BY k.ord) AS columns,
             array_agg((x.indoption[k.ord - 1] & 1) = 1 ORDER BY k.ord) AS descending,
             bool_or(k.attnum = 0) AS expression
      FROM pg_index x
      JOIN pg_class i ON i.oid = x.indexrelid
      JOIN pg_am am ON am.oid = i.relam
      JOIN pg_class t ON t.oid = x.indrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace
      CROSS JOIN LATERAL unnest(x.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
      LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
      WHERE n.nspname = 'public' AND NOT x.indisprimary
      GROUP BY t.relname, i.relname, x.indisunique, am.amname`);
    const foreignKeys = await client.query<{
      table_name: string;
      name: string;
      columns: string[];
      referenced_table: string;
      referenced_columns: string[];
      on_delete: string;
      on_update: string;
    }>(`
      SELECT c.conrelid::regclass::text AS table_name, c.conname AS name,
             (SELECT array_agg(a.attname::text ORDER BY k.ord) FROM unnest(c.conkey) WITH ORDINALITY k(attnum, ord)
                JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) AS columns,
             c.confrelid::regclass::text AS referenced_table,
             (SELECT array_agg(a.attname::text ORDER BY k.ord) FROM unnest(c.confkey) WITH ORDINALITY k(attnum, ord)
                JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum) AS referenced_columns,
             c.confdeltype AS on_delete, c.confupdtype AS on_update
      FROM pg_constraint c WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace`);

    const unquote = (name: string) => name.replace(/^"|"$/g, '');
    const tables = new Map<string, CatalogueTable>();
    for (const row of columns.rows) {
      if (IGNORED_TABLES.has(row.table_name)) continue;
      const table = tables.get(row.table_name) ?? { name: row.table_name, columns: [], primaryKey: { name: '', columns: [] } };
      const column: CatalogueColumn = {
        name: row.column_name,
        type: ddlType(row),
        nullable: row.is_nullable === 'YES',
        defaultSql: normaliseDefault(row.column_default),
        generated: row.is_generated === 'ALWAYS',
      };
      table.columns.push(column);
      tables.set(row.table_name, table);
    }
    for (const pk of primaryKeys.rows) {
      const table = tables.get(unquote(pk.table_name));
      if (table) table.primaryKey = { name: pk.name, columns: pk.columns };
    }
    const catalogueIndexes: CatalogueIndex[] = indexes.rows
      .filter((row) => !IGNORED_TABLES.has(row.table_name))
      .map((row) => ({
        name: row.name,
        table: row.table_name,
        unique: row.unique,
        method: row.method,
        columns: row.expression
          ? [{ name: '<expression>', descending: false }]
          : row.columns.map((name, i) => ({ name, descending: row.descending[i] ?? false })),
      }));
    const catalogueForeignKeys: CatalogueForeignKey[] = foreignKeys.rows.map((row) => ({
      name: row.name,
      table: unquote(row.table_name),
      columns: row.columns,
      referencedTable: unquote(row.referenced_table),
      referencedColumns: row.referenced_columns,
      onDelete: actionCodes[row.on_delete] ?? row.on_delete,
      onUpdate: actionCodes[row.on_update] ?? row.on_update,
    }));
    return { enums: enums.rows, tables: [...tables.values()], indexes: catalogueIndexes, foreignKeys: catalogueForeignKeys };
  } finally {
    await client.end();
  }
}

/** Differences between what schema.prisma expects and what the database has, one line each. */
export function compareCatalogues(expected: Catalogue, actual: Catalogue): string[] {
  const problems: string[] = [];
  const byName = <T extends { name: string }>(items: T[]) => new Map(items.map((item) => [item.name, item]));
  const keyed = <T>(items: T[], key: (item: T) => string) => new Map(items.map((item) => [key(item), item]));

  const actualEnums = byName(actual.enums);
  for (const e of expected.enums) {
    const found = actualEnums.get(e.name);
    if (!found) problems.push(`enum ${e.name} is missing`);
    else if (found.values.join(',') !== e.values.join(','))
      problems.push(`enum ${e.name} has values ${found.values.join(',')}, expected ${e.values.join(',')}`);
  }
  for (const e of actual.enums) if (!expected.enums.some((x) => x.name === e.name)) problems.push(`enum ${e.name} is not in schema.prisma`);

  const actualTables = byName(actual.tables);
  for (const table of expected.tables) {
    const found = actualTables.get(table.name);
    if (!found) {
      problems.push(`table ${table.name} is missing`);
      continue;
    }
    const foundColumns = byName(found.columns);
    for (const column of table.columns) {
      const c = foundColumns.get(column.name);
      if (!c) problems.push(`column ${table.name}.${column.name} is missing`);
      else {
        if (c.type !== column.type) problems.push(`column ${table.name}.${column.name} is ${c.type}, expected ${column.type}`);
        if (c.nullable !== column.nullable)
          problems.push(`column ${table.name}.${column.name} is ${c.nullable ? '' : 'NOT '}NULL, expected ${column.nullable ? '' : 'NOT '}NULL`);
        if (c.defaultSql !== column.defaultSql) problems.push(`column ${table.name}.${column.name} defaults to ${c.defaultSql}, expected ${column.defaultSql}`);
        if (c.generated !== column.generated)
          problems.push(`column ${table.name}.${column.name} is ${c.generated ? '' : 'not '}generated, expected ${column.generated ? '' : 'not '}generated`);
      }
    }
    for (const column of found.columns)
      if (!table.columns.some((c) => c.name === column.name)) problems.push(`column ${table.name}.${column.name} is not in schema.prisma`);
    if (found.primaryKey.name !== table.primaryKey.name || found.primaryKey.columns.join(',') !== table.primaryKey.columns.join(',')) {
      problems.push(
        `primary key of ${table.name} is ${found.primaryKey.name}(${found.primaryKey.columns}), expected ${table.primaryKey.name}(${table.primaryKey.columns})`,
      );
    }
  }
  for (const table of actual.tables) if (!expected.tables.some((t) => t.name === table.name)) problems.push(`table ${table.name} is not in schema.prisma`);

  const describeIndex = (i: CatalogueIndex) =>
    `${i.table} USING ${i.method} (${i.columns.map((c) => c.name + (c.descending ? ' DESC' : '')).join(',')})${i.unique ? ' UNIQUE' : ''}`;
  const actualIndexes = byName(actual.indexes);
  for (const index of expected.indexes) {
    const found = actualIndexes.get(index.name);
    if (!found) problems.push(`index ${index.name} is missing`);
    else if (describeIndex(found) !== describeIndex(index)) problems.push(`index ${index.name} is ${describeIndex(found)}, expected ${describeIndex(index)}`);
  }
  for (const index of actual.indexes) {
    if (!expected.indexes.some((i) => i.name === index.name)) problems.push(`index ${index.name} is not in schema.prisma`);
  }

  const describeFk = (fk: CatalogueForeignKey) =>
    `${fk.table}(${fk.columns}) -> ${fk.referencedTable}(${fk.referencedColumns}) ON DELETE ${fk.onDelete} ON UPDATE ${fk.onUpdate}`;
  const actualFks = keyed(actual.foreignKeys, (fk) => fk.name);
  for (const fk of expected.foreignKeys) {
    const found = actualFks.get(fk.name);
    if (!found) problems.push(`foreign key ${fk.name} is missing`);
    else if (describeFk(found) !== describeFk(fk)) problems.push(`foreign key ${fk.name} is ${describeFk(found)}, expected ${describeFk(fk)}`);
  }
  for (const fk of actual.foreignKeys)
    if (!expected.foreignKeys.some((x) => x.name === fk.name)) problems.push(`foreign key ${fk.name} is not in schema.prisma`);
  return problems;
}
