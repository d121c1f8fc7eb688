// Dates as GOV.UK writes them: "2 March 2017", "1:00pm". UK time, whatever the reader's zone.
const TIME_ZONE = 'Europe/London';

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE });
const shortDateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: TIME_ZONE });
// hourCycle h12, not hour12: Node's ICU reads hour12 for en-GB as h11 ("0:00pm" for noon), browsers as h12.
const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: 'numeric', minute: '2-digit', hourCycle: 'h12', timeZone: TIME_ZONE });

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : dateFormat.format(date);
}

export function formatShortDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : shortDateFormat.format(date);
}

/** "1:00pm" rather than "1:00 pm", as the GOV.UK style guide writes times. */
export function formatTime(iso: string): string {
  return timeFormat.format(new Date(iso)).replace(/\s/g, '').toLowerCase();
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  return `${formatDate(iso)} at ${formatTime(iso)}`;
}

/** Cuts text at a word boundary so table cells stay scannable; the full text is a click away. */
export function truncate(text: string, maxLength: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= maxLength) return clean;
  const cut = clean.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength * 0.6 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

/** "Para 24", "Para 49.b", or an unnumbered part's heading ("Foreword"). */
export function paragraphLabel(number: string | null | undefined, heading?: string | null): string {
  if (number) return `Para ${number}`;
  return heading ?? 'Unnumbered paragraph';
}

export function pluralise(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** Splits stored text into paragraphs at blank lines. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean);
}
