/**
 * Side-by-side comparison: which programs the URL names (?programs=<id>,<id>), what is wrong with
 * the ones that cannot be shown, and the rows of the comparison (one per field, one value per
 * program, marked where the programs differ). Pure: the browser script renders what this returns.
 */
import { formatDate } from './dates.ts';
import { AUTHORITY_LABELS, KIND_LABELS, STATUS_LABELS } from './format.ts';
import type { ProgramRecord } from './open-data.ts';

/** `<state-slug>/<program-slug>`. (Not from schema.ts: this module runs in the browser, without zod.) */
const PROGRAM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const COMPARE_MIN = 2;
export const COMPARE_MAX = 4;

/**
 * Program ids from a query string. Takes both the shared form (?programs=a,b) and what a plain
 * HTML form sends (?programs=a&programs=b); drops blanks and repeats, keeps the reader's order.
 */
export function idsFromQuery(search: string): string[] {
  const raw = new URLSearchParams(search).getAll('programs').flatMap((v) => v.split(','));
  return [...new Set(raw.map((v) => v.trim().replace(/^\/+|\/+$/g, '')).filter(Boolean))];
}

/** The canonical query for a list of ids: ?programs=a,b (slashes and commas left readable). */
export function compareQuery(ids: readonly string[]): string {
  return ids.length ? `?programs=${ids.map((id) => encodeURIComponent(id).replace(/%2F/gi, '/')).join(',')}` : '';
}

export interface Resolution {
  /** Programs to show, in the reader's order. */
  programs: ProgramRecord[];
  /** One sentence per id that is not shown, saying which and why. */
  problems: string[];
  /** Ids that were renamed, with the id they resolved to. */
  moved: { from: string; to: string }[];
}

export function resolveIds(ids: readonly string[], records: readonly ProgramRecord[]): Resolution {
  const byId = new Map(records.map((r) => [r.id, r]));
  const former = new Map<string, ProgramRecord>(records.flatMap((r) => (r.formerSlugs ?? []).map((s): [string, ProgramRecord] => [`${r.stateSlug}/${s}`, r])));
  const programs: ProgramRecord[] = [];
  const problems: string[] = [];
  const moved: { from: string; to: string }[] = [];
  for (const id of ids) {
    const parts = id.split('/');
    if (!PROGRAM_ID.test(id)) {
      problems.push(`“${id}” is not a program id: ids have the form state/program, for example colorado/innovation-schools, as in the program's address.`);
      continue;
    }
    const record = byId.get(id) ?? former.get(id);
    if (!record) {
      const state = records.some((r) => r.stateSlug === parts[0]);
      problems.push(
        state
          ? `“${id}” is not a program we document: ${parts[0]} has no program “${parts[1]}”.`
          : `“${id}” is not a program we document: there is no state “${parts[0]}” among our entries.`,
      );
      continue;
    }
    if (programs.includes(record)) continue;
    if (record.id !== id) moved.push({ from: id, to: record.id });
    if (programs.length === COMPARE_MAX) {
      problems.push(`“${id}” is left out: a comparison shows at most ${COMPARE_MAX} programs.`);
      continue;
    }
    programs.push(record);
  }
  return { programs, problems, moved };
}

export interface CompareRow {
  label: string;
  /** One cell per program: plain text lines (empty when the entry does not say). */
  values: string[][];
  /** True when the programs do not all have the same value. */
  differs: boolean;
  /** Several values in a cell are separate paragraphs (a status and its note), not a list. */
  paragraphs: boolean;
}

/** Rows of the comparison, fields as rows, one value per program. `leverTitle` names lever ids. */
export function compareRows(programs: readonly ProgramRecord[], leverTitle: (id: string) => string): CompareRow[] {
  const text = (v: string | undefined) => (v ? [v] : []);
  // The third element marks a field whose values are paragraphs rather than list items.
  const fields: [string, (r: ProgramRecord) => string[], boolean?][] = [
    ['State', (r) => [r.stateName]],
    ['Kind', (r) => [KIND_LABELS[r.kind]]],
    ['Levers', (r) => r.levers.map((l) => `${leverTitle(l.lever)}: ${l.how}`)],
    ['Status', (r) => [`${STATUS_LABELS[r.status.value]} as of ${formatDate(r.status.asOf)}`, ...text(r.status.note)], true],
    ['Authority', (r) => [`${AUTHORITY_LABELS[r.authority.type]}${r.authority.year ? `, ${r.authority.year}` : ''}`]],
    ['Bills', (r) => r.authority.bills ?? []],
    ['Citation', (r) => text(r.authority.citation)],
    ['Established', (r) => (r.established ? [String(r.established.year)] : [])],
    ['Agency', (r) => text(r.agency?.text)],
    ['Eligibility', (r) => text(r.eligibility?.text)],
    ['How to take part', (r) => text(r.apply?.text)],
    ['Funding', (r) => text(r.funding?.text)],
    ['What it waives', (r) => text(r.waives?.text)],
    ['Reporting', (r) => text(r.reporting?.text)],
    ['Sunset', (r) => text(r.sunset?.text)],
    ['Districts', (r) => (r.districts ?? []).map((d) => d.name)],
    ['Summary', (r) => [r.summary]],
    ['Last reviewed', (r) => [formatDate(r.lastReviewed)]],
  ];
  return fields.map(([label, get, paragraphs = false]) => {
    const values = programs.map(get);
    const first = JSON.stringify(values[0]);
    return { label, values, differs: values.some((v) => JSON.stringify(v) !== first), paragraphs };
  });
}

/** A program the reader set aside to compare, as kept in the browser's storage between pages. */
export interface Chosen {
  id: string;
  title: string;
}

/** Reads the stored choice; anything malformed is dropped rather than trusted. */
export function parseChosen(text: string | null): Chosen[] {
  let value: unknown;
  try {
    value = JSON.parse(text ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  const out: Chosen[] = [];
  for (const item of value) {
    if (!item || typeof item !== 'object') continue;
    const { id, title } = item as Record<string, unknown>;
    if (typeof id !== 'string' || typeof title !== 'string') continue;
    if (!PROGRAM_ID.test(id) || out.some((c) => c.id === id)) continue;
    out.push({ id, title: title.slice(0, 200) });
  }
  return out.slice(0, COMPARE_MAX);
}

/** The choice with `item` added (when there is room) or removed. */
export function toggleChosen(list: readonly Chosen[], item: Chosen, on: boolean): { list: Chosen[]; full: boolean } {
  const without = list.filter((c) => c.id !== item.id);
  if (!on) return { list: without, full: false };
  if (without.length >= COMPARE_MAX) return { list: [...list], full: true };
  return { list: [...without, item], full: false };
}

/**
 * The stylesheet that makes /compare/ work without scripts: every program's column is in the page,
 * hidden, and ticking a program's box in the form shows its column (CSS :has()). A stylesheet file
 * rather than inline rules, so the page's Content-Security-Policy needs no exception. The hiding
 * rule travels with the showing rules: if the file fails to load, every column shows.
 */
export function staticColumnsCss(ids: readonly string[]): string {
  const rules = ids.map((id) => {
    if (!PROGRAM_ID.test(id)) throw new Error(`staticColumnsCss: “${id}” is not a program id`);
    return `compare-view:has(.compare__form input[value="${id}"]:checked) .compare__static [data-program="${id}"] { display: table-cell; }`;
  });
  return ['/* Side by side without scripts: a program’s column shows while its box is ticked. */', '.compare__static [data-program] { display: none; }', ...rules, ''].join('\n');
}
