import type { Recommendation, Response, ResponseLetter } from '@psp/contracts';
import type { LetterRow } from './letters.repository';

export function mapLetter(row: LetterRow, items: Array<{ recommendation: Recommendation; response: Response }>): ResponseLetter {
  return {
    id: row.id,
    reference: row.reference,
    date: row.date.toISOString(),
    addressee: row.addressee,
    salutation: row.salutation,
    subject: row.subject,
    opening: row.opening,
    closing: row.closing,
    signatory: row.signatory,
    signatoryRole: row.signatoryRole,
    provenanceNote: row.provenanceNote,
    status: row.status,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    version: row.version,
    items,
  };
}
