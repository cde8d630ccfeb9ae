/**
 * CSV as RFC 4180 defines it: records end in CRLF, and a field is wrapped in double quotes when it
 * holds a comma, a double quote, a CR or an LF, with each double quote inside doubled. Pure.
 */

export type CsvValue = string | number | undefined;

export function csvField(value: CsvValue): string {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A header line and one line per row, every line (the last one too) ending in CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  for (const row of rows) {
    if (row.length !== header.length) throw new Error(`CSV row has ${row.length} fields; the header has ${header.length}`);
  }
  return [header, ...rows].map((r) => `${r.map(csvField).join(',')}\r\n`).join('');
}

/** A column of a generated table: its name in the header, what it holds, and how to read it off a record. */
export interface CsvColumn<T> {
  name: string;
  description: string;
  value: (record: T) => CsvValue;
}

export function columnsToCsv<T>(columns: readonly CsvColumn<T>[], records: readonly T[]): string {
  return toCsv(columns.map((c) => c.name), records.map((r) => columns.map((c) => c.value(r))));
}

/** The response a static CSV endpoint returns. */
export function csvResponse(body: string): Response {
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
}
