import type { Provision } from '@psp/contracts';

export interface ProvisionRow {
  id: string;
  provisionKey: string;
  number: string | null;
  label: string | null;
  heading: string | null;
  text: string;
  kind: Provision['kind'];
  depth: number;
  parentKey: string | null;
  tableRows: unknown;
  reconstructed: boolean;
}

/** Provision as the contract shows it: reading order is the caller's (by `position`). */
export function mapProvision(row: ProvisionRow): Provision {
  const rows = (row.tableRows as { rows?: unknown } | null)?.rows;
  return {
    id: row.id,
    provisionKey: row.provisionKey,
    number: row.number,
    label: row.label,
    heading: row.heading,
    text: row.text,
    parentKey: row.parentKey,
    depth: row.depth,
    kind: row.kind,
    table: Array.isArray(rows) ? { rows: rows as string[][] } : null,
    reconstructed: row.reconstructed,
  };
}

export const PROVISION_SELECT = {
  id: true,
  provisionKey: true,
  number: true,
  label: true,
  heading: true,
  text: true,
  kind: true,
  depth: true,
  parentKey: true,
  tableRows: true,
  reconstructed: true,
} as const;
