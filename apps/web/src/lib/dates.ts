// Meetings happen at UK wall-clock times; the API stores instants. These convert between them
// whatever the time zone of the browser, with summer time handled by Intl.
const TIME_ZONE = 'Europe/London';

function londonWallClock(instant: number): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
}

/** The ISO instant of a UK date and time (for example 3 February 2017, 13:00). */
export function londonToIso(date: { year: number; month: number; day: number }, time: { hour: number; minute: number } = { hour: 12, minute: 0 }): string {
  const guess = Date.UTC(date.year, date.month - 1, date.day, time.hour, time.minute);
  const offset = londonWallClock(guess) - guess;
  return new Date(guess - offset).toISOString();
}

/** Reads "1pm", "1:30pm", "13:00" or "13.00"; null when it is not a time. */
export function parseTime(text: string): { hour: number; minute: number } | null {
  const match = /^\s*(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?\s*$/i.exec(text);
  if (!match) return null;
  let hour = Number(match[1]);
  const minute = match[2] ? Number(match[2]) : 0;
  const meridiem = match[3]?.toLowerCase();
  if (minute > 59) return null;
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    if (meridiem === 'pm' && hour !== 12) hour += 12;
    if (meridiem === 'am' && hour === 12) hour = 0;
  } else if (hour > 23) {
    return null;
  }
  return { hour, minute };
}

/** The UK calendar date of an instant, as the fields of a date input. */
export function londonDateParts(iso: string): { day: string; month: string; year: string } {
  const wall = new Date(londonWallClock(new Date(iso).getTime()));
  return { day: String(wall.getUTCDate()), month: String(wall.getUTCMonth() + 1), year: String(wall.getUTCFullYear()) };
}

/** A calendar day as the API takes one: YYYY-MM-DD (a term's first day, a step done). */
export function calendarDay(date: { year: number; month: number; day: number }): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.year}-${two(date.month)}-${two(date.day)}`;
}
