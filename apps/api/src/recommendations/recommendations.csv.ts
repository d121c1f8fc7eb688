import type { Recommendation } from '@psp/contracts';

// Spreadsheets run a cell that starts with one of these as a formula ("CSV injection"); a leading
// apostrophe makes it text. Tab and carriage return are on OWASP's list too.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: formula-safe, then quoted (RFC 4180), with inner quotes doubled. */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function csvRow(values: Array<string | number | null | undefined>): string {
  return values.map(csvCell).join(',');
}

const day = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : '');

export const RECOMMENDATION_CSV_HEADER = [
  'Number',
  'Recommendation',
  'Status',
  'Theme',
  'Meeting',
  'Meeting date',
  'Response due',
  'Latest outcome',
  'Paragraphs cited',
  'Closed',
  'Reason for closing',
  'Id',
  // Added after Id so that spreadsheets reading the columns by position keep working.
  'Implementation',
];

/**
 * The tracker as a spreadsheet: CRLF line ends (RFC 4180) and a byte-order mark, without which
 * Excel reads UTF-8 as Windows-1252 and mangles every "–" and "£" of the plan.
 */
export function recommendationsCsv(recommendations: Recommendation[]): string {
  const lines = [
    csvRow(RECOMMENDATION_CSV_HEADER),
    ...recommendations.map((r) =>
      csvRow([
        r.number,
        r.text,
        r.status,
        r.theme,
        r.meetingTitle,
        day(r.meetingStartsAt),
        day(r.dueAt),
        r.latestOutcome,
        // A paragraph the recommendation's own words do not cite is the clerk's link, and says so.
        r.provisions.map((p) => `${p.number ?? p.provisionKey}${p.source === 'LINKED_BY_STAFF' ? ' (linked by the clerk)' : ''}`).join('; '),
        day(r.closedAt),
        r.closedReason,
        r.id,
        r.implementationState ?? '',
      ]),
    ),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
