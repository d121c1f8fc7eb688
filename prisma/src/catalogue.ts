// A database catalogue: the tables, columns, enums, indexes and foreign keys of a PostgreSQL
// schema, in a normalised form. Built two ways — from schema.prisma (what Prisma expects) and
// from a live database (what the migrations made) — so that the two can be compared for drift.
import { readFileSync } from 'node:fs';

export interface CatalogueColumn {
  name: string;
  /** PostgreSQL type as Prisma writes it in DDL: TEXT, INTEGER, TIMESTAMP(3), JSONB, "Role", … */
  type: string;
  nullable: boolean;
  /** Default expression as SQL, or null. Serial columns use SERIAL/BIGSERIAL types instead. */
  defaultSql: string | null;
  /** GENERATED ALWAYS AS (…) STORED. schema.prisma cannot say so: such a field's doc comment carries `@generated`. */
  generated: boolean;
}

export interface CatalogueIndex {
  name: string;
  table: string;
  unique: boolean;
  /** Access method: btree, gin, … */
  method: string;
  columns: Array<{ name: string; descending: boolean }>;
}

export interface CatalogueForeignKey {
  name: string;
  table: string;
  columns: string[];
  referencedTable: string;
  referencedColumns: string[];
  onDelete: string;
  onUpdate: string;
}

export interface CatalogueTable {
  name: string;
  columns: CatalogueColumn[];
  primaryKey: { name: string; columns: string[] };
}

export interface Catalogue {
  enums: Array<{ name: string; values: string[] }>;
  tables: CatalogueTable[];
  indexes: CatalogueIndex[];
  foreignKeys: CatalogueForeignKey[];
}

interface DmmfField {
  name: string;
  kind: 'scalar' | 'object' | 'enum' | 'unsupported';
  type: string;
  isList: boolean;
  isRequired: boolean;
  isId: boolean;
  isUnique: boolean;
  isUpdatedAt: boolean;
  hasDefaultValue: boolean;
  default?: unknown;
  nativeType?: [string, string[]] | null;
  documentation?: string;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  relationOnUpdate?: string;
}

interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
  primaryKey: { name: string | null; fields: string[] } | null;
}

interface DmmfIndex {
  model: string;
  type: 'id' | 'unique' | 'normal' | 'fulltext';
  isDefinedOnField: boolean;
  dbName?: string | null;
  algorithm?: string;
  fields: Array<{ name: string; sortOrder?: 'asc' | 'desc' }>;
}

interface Dmmf {
  datamodel: {
    enums: Array<{ name: string; values: Array<{ name: string }> }>;
    models: DmmfModel[];
    indexes: DmmfIndex[];
  };
}

const scalarTypes: Record<string, string> = {
  String: 'TEXT',
  Int: 'INTEGER',
  BigInt: 'BIGINT',
  Boolean: 'BOOLEAN',
  DateTime: 'TIMESTAMP(3)',
  Json: 'JSONB',
  Float: 'DOUBLE PRECISION',
  Decimal: 'DECIMAL(65,30)',
  Bytes: 'BYTEA',
};

/** Native types the schema names with `@db.…` (a calendar day is a DATE, not a timestamp). */
const nativeTypes: Record<string, string> = {
  Date: 'DATE',
};

const referentialActions: Record<string, string> = {
  Cascade: 'CASCADE',
  Restrict: 'RESTRICT',
  NoAction: 'NO ACTION',
  SetNull: 'SET NULL',
  SetDefault: 'SET DEFAULT',
};

/** Parses schema.prisma with Prisma's own (WebAssembly) schema parser; no engine binary needed. */
export function readDmmf(schemaPath: string): Dmmf {
  // Loaded lazily: only tooling and tests need it, never the running API.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const wasm = require('@prisma/prisma-schema-wasm') as { get_dmmf(params: string): string };
  const prismaSchema = readFileSync(schemaPath, 'utf8');
  const dmmf = JSON.parse(wasm.get_dmmf(JSON.stringify({ prismaSchema }))) as Dmmf;
  for (const model of dmmf.datamodel.models) model.fields.push(...unsupportedFields(prismaSchema, model.name));
  return dmmf;
}

/**
 * The DMMF leaves out `Unsupported("…")` fields, yet they are columns (the search vectors), so
 * they are read from the schema text: name, type, optionality and the `///` comment above.
 */
function unsupportedFields(prismaSchema: string, modelName: string): DmmfField[] {
  const body = new RegExp(`^model\\s+${modelName}\\s*\\{([\\s\\S]*?)^\\}`, 'm').exec(prismaSchema)?.[1] ?? '';
  const fields: DmmfField[] = [];
  const documentation: string[] = [];
  for (const line of body.split('\n').map((l) => l.trim())) {
    if (line.startsWith('///')) {
      documentation.push(line.slice(3).trim());
      continue;
    }
    const field = /^(\w+)\s+Unsupported\("([^"]+)"\)(\?)?/.exec(line);
    if (field?.[1] && field[2]) {
      fields.push({
        name: field[1],
        kind: 'unsupported',
        type: field[2],
        isList: false,
        isRequired: field[3] !== '?',
        isId: false,
        isUnique: false,
        isUpdatedAt: false,
        hasDefaultValue: false,
        documentation: documentation.join('\n'),
      });
    }
    documentation.length = 0;
  }
  return fields;
}

function columnType(field: DmmfField): string {
  const isAutoincrement = isFunctionDefault(field.default, 'autoincrement');
  if (isAutoincrement) return field.type === 'BigInt' ? 'BIGSERIAL' : 'SERIAL';
  const native = field.nativeType ? nativeTypes[field.nativeType[0]] : undefined;
  const base = field.kind === 'enum' ? `"${field.type}"` : field.kind === 'unsupported' ? field.type.toUpperCase() : (native ?? scalarTypes[field.type]);
  if (!base) throw new Error(`Unsupported Prisma type ${field.type} on ${field.name}`);
  return field.isList ? `${base}[]` : base;
}

function isFunctionDefault(value: unknown, name: string): boolean {
  return typeof value === 'object' && value !== null && (value as { name?: string }).name === name;
}

function defaultSql(field: DmmfField): string | null {
  if (!field.hasDefaultValue || field.default === undefined) return null;
  const value = field.default;
  if (typeof value === 'object' && value !== null && 'name' in value) {
    const fn = (value as { name: string }).name;
    if (fn === 'now') return 'CURRENT_TIMESTAMP';
    // cuid(), uuid() and autoincrement() are generated by the client or a sequence, not a column default.
    return null;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') {
    return field.kind === 'enum' ? `'${value}'` : `'${value.replace(/'/g, "''")}'`;
  }
  throw new Error(`Unsupported default on ${field.name}`);
}

/** The catalogue Prisma expects for schema.prisma, with Prisma's naming conventions. */
export function catalogueFromDmmf(dmmf: Dmmf): Catalogue {
  const tableName = (modelName: string) => dmmf.datamodel.models.find((m) => m.name === modelName)?.dbName ?? modelName;
  const tables: CatalogueTable[] = [];
  const foreignKeys: CatalogueForeignKey[] = [];
  for (const model of dmmf.datamodel.models) {
    const table = tableName(model.name);
    const columns = model.fields
      .filter((f) => f.kind === 'scalar' || f.kind === 'enum' || f.kind === 'unsupported')
      .map((f) => ({
        name: f.name,
        type: columnType(f),
        nullable: !f.isRequired,
        defaultSql: defaultSql(f),
        generated: f.documentation?.includes('@generated') ?? false,
      }));
    const idFields = model.fields.filter((f) => f.isId).map((f) => f.name);
    const pkColumns = model.primaryKey?.fields ?? idFields;
    tables.push({ name: table, columns, primaryKey: { name: model.primaryKey?.name ?? `${table}_pkey`, columns: pkColumns } });
    for (const relation of model.fields.filter((f) => f.kind === 'object' && (f.relationFromFields?.length ?? 0) > 0)) {
      const columnsFrom = relation.relationFromFields ?? [];
      const required = columnsFrom.every((c) => model.fields.find((f) => f.name === c)?.isRequired);
      foreignKeys.push({
        name: `${table}_${columnsFrom.join('_')}_fkey`,
        table,
        columns: columnsFrom,
        referencedTable: tableName(relation.type),
        referencedColumns: relation.relationToFields ?? [],
        onDelete: referentialActions[relation.relationOnDelete ?? (required ? 'Restrict' : 'SetNull')] ?? 'RESTRICT',
        onUpdate: referentialActions[relation.relationOnUpdate ?? 'Cascade'] ?? 'CASCADE',
      });
    }
  }
  const indexes: CatalogueIndex[] = dmmf.datamodel.indexes
    .filter((index) => index.type === 'unique' || index.type === 'normal')
    .map((index) => {
      const table = tableName(index.model);
      const columnNames = index.fields.map((f) => f.name);
      const suffix = index.type === 'unique' ? 'key' : 'idx';
      return {
        name: index.dbName ?? `${table}_${columnNames.join('_')}_${suffix}`,
        table,
        unique: index.type === 'unique',
        method: (index.algorithm ?? 'btree').toLowerCase(),
        columns: index.fields.map((f) => ({ name: f.name, descending: f.sortOrder === 'desc' })),
      };
    });
  return {
    enums: dmmf.datamodel.enums.map((e) => ({ name: e.name, values: e.values.map((v) => v.name) })),
    tables,
    indexes,
    foreignKeys,
  };
}
