/**
 * Dates in entries are quoted ISO strings. Sources often give only a year or a month, so
 * `published` and `asOf` may be partial; `accessed` and `lastReviewed` are full days.
 * Everything here works in UTC so a build gives the same output in any time zone.
 */

export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

const FULL = /^(\d{4})-(\d{2})-(\d{2})$/;
const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses YYYY, YYYY-MM or YYYY-MM-DD; undefined when the form is wrong or the day does not exist. */
export function parsePartialDate(text: string): DateParts | undefined {
  const m = PARTIAL.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (year < 1800 || year > 2200) return undefined;
  if (m[2] === undefined) return { year };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  if (m[3] === undefined) return { year, month };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function isFullDate(text: string): boolean {
  return FULL.test(text) && parsePartialDate(text) !== undefined;
}

export function isPartialDate(text: string): boolean {
  return parsePartialDate(text) !== undefined;
}

/** "2024-02-29" → "February 29, 2024"; "2024-02" → "February 2024"; "2024" → "2024". */
export function formatDate(text: string): string {
  const p = parsePartialDate(text);
  if (!p) return text;
  if (p.month === undefined) return String(p.year);
  const month = MONTHS[p.month - 1];
  return p.day === undefined ? `${month} ${p.year}` : `${month} ${p.day}, ${p.year}`;
}

/** Sort key that orders partial dates sensibly ("2024" before "2024-01" before "2024-01-01"). */
export function dateSortKey(text: string): string {
  const p = parsePartialDate(text);
  if (!p) return '';
  const mm = String(p.month ?? 0).padStart(2, '0');
  const dd = String(p.day ?? 0).padStart(2, '0');
  return `${p.year}-${mm}-${dd}`;
}

/** Compares two dates as strings; partial dates sort before full ones of the same period. */
export function compareDates(a: string, b: string): number {
  const ka = dateSortKey(a);
  const kb = dateSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** The latest of several YYYY-MM-DD dates, ignoring missing ones. */
export function latestDate(dates: readonly (string | undefined)[]): string | undefined {
  return dates.filter((d): d is string => !!d).sort().at(-1);
}
