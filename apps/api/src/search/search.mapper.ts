import type { SearchHit } from '@psp/contracts';
import type { SearchRow } from './search.sql';

const MARK = /<\/?mark>/g;
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The headline as PostgreSQL built it from escaped text. Should anything but <mark> ever carry an
 * angle bracket, the marks are dropped and the whole of it escaped again rather than trusted.
 */
export function safeHighlight(headline: string): string {
  return /[<>]/.test(headline.replace(MARK, '')) ? escapeHtml(headline.replace(MARK, '')) : headline;
}

function titleOf(row: SearchRow): string {
  switch (row.kind) {
    case 'recommendation':
      return `Recommendation ${row.recommendationNumber}`;
    case 'response':
      return `Response to recommendation ${row.recommendationNumber}`;
    case 'minutes':
      return [row.documentTitle, row.number ? `minute ${row.number}` : row.heading].filter(Boolean).join(': ');
    case 'provision':
      return [`${row.documentTitle}, ${row.versionLabel}`, row.number ? `paragraph ${row.number}` : row.heading].filter(Boolean).join(': ');
  }
}

export function mapSearchHit(row: SearchRow): SearchHit {
  return {
    kind: row.kind,
    id: row.id,
    title: titleOf(row),
    highlight: safeHighlight(row.highlight),
    rank: Number(row.rank),
    panel: row.panel,
    versionId: row.versionId,
    provisionKey: row.provisionKey,
    recommendationId: row.recommendationId,
    meetingId: row.meetingId,
  };
}
