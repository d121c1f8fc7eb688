// The rows of a version's provisions, written by one function for every writer (the API's import,
// the demo seed, the test factories), so reading order and the printed labels mean the same
// everywhere.
import type { Prisma } from './generated/prisma/client';
import type { ProvisionKind } from './generated/prisma/enums';

/** A provision to store: what the plan-text engine parses, keyed. */
export interface ProvisionInput {
  provisionKey: string;
  number: string | null;
  /** The label as the document prints it ("52(a)", "2.1.3"), where it differs from `number`. */
  label?: string | null;
  heading?: string | null;
  text: string;
  kind?: ProvisionKind;
  depth?: number;
  parentKey?: string | null;
  tableRows?: string[][] | null;
  /** True when the wording is a reconstruction, not read from a source document. */
  reconstructed?: boolean;
}

/** A provision row's id: its version and its place in reading order, counted from 1 ("…-p0001"). */
export const provisionId = (versionId: string, position: number) => `${versionId}-p${String(position + 1).padStart(4, '0')}`;

/** The rows of a version's provisions, in reading order: `position` counts from 0 in the order given, for every writer. */
export function provisionRows(versionId: string, provisions: readonly ProvisionInput[]): Prisma.ProvisionCreateManyInput[] {
  return provisions.map((provision, position) => ({
    id: provisionId(versionId, position),
    versionId,
    position,
    provisionKey: provision.provisionKey,
    number: provision.number,
    label: provision.label ?? null,
    heading: provision.heading ?? null,
    text: provision.text,
    kind: provision.kind ?? (provision.number === null ? 'TEXT' : (provision.depth ?? 0) > 0 ? 'POINT' : 'PARAGRAPH'),
    depth: provision.depth ?? 0,
    parentKey: provision.parentKey ?? null,
    ...(provision.tableRows ? { tableRows: { rows: provision.tableRows } } : {}),
    reconstructed: provision.reconstructed ?? false,
  }));
}

/**
 * Inserts a version's rows in one INSERT … SELECT FROM unnest(arrays): twelve parameters instead
 * of Prisma's createMany, which spends 0.6–2.6 s compiling and binding the values of a long
 * version on the API's event loop (unnest: 0.1–0.3 s), and the seed runs in every test run.
 */
export async function insertProvisionRows(tx: Prisma.TransactionClient, rows: readonly Prisma.ProvisionCreateManyInput[]): Promise<void> {
  if (rows.length === 0) return;
  const col = <K extends keyof Prisma.ProvisionCreateManyInput>(key: K) => rows.map((row) => row[key] ?? null);
  const tables = rows.map((row) => (row.tableRows === undefined || row.tableRows === null ? null : JSON.stringify(row.tableRows)));
  await tx.$executeRaw`
    INSERT INTO "Provision" ("id", "versionId", "provisionKey", "number", "label", "heading", "text", "kind", "depth", "parentKey", "position", "tableRows", "reconstructed")
    SELECT id, "versionId", "provisionKey", number, label, heading, text, kind::"ProvisionKind", depth, "parentKey", position, "tableRows"::jsonb, coalesce(reconstructed, false)
    FROM unnest(
      ${col('id')}::text[], ${col('versionId')}::text[], ${col('provisionKey')}::text[], ${col('number')}::text[], ${col('label')}::text[],
      ${col('heading')}::text[], ${col('text')}::text[], ${col('kind')}::text[], ${col('depth')}::int[],
      ${col('parentKey')}::text[], ${col('position')}::int[], ${tables}::text[], ${col('reconstructed')}::boolean[]
    ) AS t(id, "versionId", "provisionKey", number, label, heading, text, kind, depth, "parentKey", position, "tableRows", reconstructed)`;
}
