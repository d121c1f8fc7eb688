import type { CitedProvision, Commitment, Response, UnresolvedCitation } from '@psp/contracts';

export const RESPONSE_SELECT = {
  id: true,
  recommendationId: true,
  letterId: true,
  outcome: true,
  outcomeReason: true,
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
  outcomeReason: string | null;
  status: Response['status'];
  text: string;
  version: number;
  publishedAt: Date | null;
}

/**
 * `unresolved`: citations in the response's words that no paragraph is linked to; `commitments`:
 * the promises it makes (both read where a page shows them).
 */
export function mapResponse(row: ResponseRow, provisions: CitedProvision[], unresolved?: UnresolvedCitation[], commitments?: Commitment[]): Response {
  return {
    id: row.id,
    recommendationId: row.recommendationId,
    outcome: row.outcome,
    outcomeReason: row.outcomeReason,
    status: row.status,
    text: row.text,
    provisions,
    ...(unresolved ? { unresolvedCitations: unresolved } : {}),
    ...(commitments ? { commitments } : {}),
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
