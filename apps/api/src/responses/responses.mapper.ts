import type { CitedProvision, Response } from '@psp/contracts';

export const RESPONSE_SELECT = {
  id: true,
  recommendationId: true,
  letterId: true,
  outcome: true,
  status: true,
  text: true,
  version: true,
  publishedAt: true,
} as const;

export interface ResponseRow {
  id: string;
  recommendationId: string;
  letterId: string | null;
  outcome: Response['outcome'];
  status: Response['status'];
  text: string;
  version: number;
  publishedAt: Date | null;
}

export function mapResponse(row: ResponseRow, provisions: CitedProvision[]): Response {
  return {
    id: row.id,
    recommendationId: row.recommendationId,
    outcome: row.outcome,
    status: row.status,
    text: row.text,
    provisions,
    version: row.version,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    letterId: row.letterId,
  };
}

/** What the audit log keeps of a response: the contract shape, so history reads like the API. */
export const responseSnapshot = (row: ResponseRow) => {
  const { provisions: _none, ...rest } = mapResponse(row, []);
  return rest;
};
