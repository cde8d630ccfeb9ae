/**
 * The comparison table of one lever: one row per program that uses it, the columns it shows, the
 * CSV of the same rows, and the table's sort and filter state as it is written in the URL
 * (?sort=established&order=desc&status=active&kind=waiver). Pure: the page, the CSV endpoint and
 * the browser script all use it, and so do the unit tests.
 */
import type { CsvColumn } from './csv.ts';
import { PROGRAM_CSV_COLUMNS, type ProgramRecord } from './open-data.ts';
import { dateSortKey } from './dates.ts';
import type { Program } from './derive.ts';
import { KIND_LABELS, STATUS_LABELS } from './format.ts';
import type { AuthorityType, Kind, Status } from './schema.ts';

// From the labels rather than schema.ts, which brings zod (and its eval) into the browser bundle.
const STATUSES = Object.keys(STATUS_LABELS) as Status[];
const KINDS = Object.keys(KIND_LABELS) as Kind[];

export interface LeverRow {
  id: string;
  stateName: string;
  stateSlug: string;
  title: string;
  how: string;
  kind: Kind;
  authorityType: AuthorityType;
  bills: string[];
  citation?: string;
  established?: number;
  status: Status;
  asOf: string;
  eligibility?: string;
  funding?: string;
  lastReviewed: string;
}

export function leverRows(programs: readonly Program[], leverId: string): LeverRow[] {
  return programs.flatMap((p) => {
    const use = p.data.levers.find((l) => l.lever === leverId);
    if (!use) return [];
    const d = p.data;
    return [{
      id: p.id,
      stateName: p.state.name,
      stateSlug: p.state.slug,
      title: d.title,
      how: use.how,
      kind: d.kind,
      authorityType: d.authority.type,
      bills: d.authority.bills ?? [],
      ...(d.authority.citation ? { citation: d.authority.citation } : {}),
      ...(d.established ? { established: d.established.year } : {}),
      status: d.status.value,
      asOf: d.status.asOf,
      ...(d.eligibility ? { eligibility: d.eligibility.text } : {}),
      ...(d.funding ? { funding: d.funding.text } : {}),
      lastReviewed: d.lastReviewed,
    }];
  });
}

/** The table's columns in display order, each with the key it sorts by (empty keys sort last). */
export const LEVER_COLUMNS = [
  { id: 'state', label: 'State', key: (r: LeverRow) => r.stateName },
  { id: 'program', label: 'Program', key: (r: LeverRow) => r.title },
  { id: 'how', label: 'How it uses this lever', key: (r: LeverRow) => r.how },
  { id: 'kind', label: 'Kind', key: (r: LeverRow) => KIND_LABELS[r.kind] },
  { id: 'authority', label: 'Authority', key: (r: LeverRow) => [...r.bills, r.citation ?? ''].filter(Boolean).join('; ') },
  { id: 'established', label: 'Established', key: (r: LeverRow) => (r.established === undefined ? '' : String(r.established)) },
  { id: 'status', label: 'Status', key: (r: LeverRow) => `${STATUSES.indexOf(r.status)} ${dateSortKey(r.asOf)}` },
  { id: 'eligibility', label: 'Eligibility', key: (r: LeverRow) => r.eligibility ?? '' },
  { id: 'funding', label: 'Funding', key: (r: LeverRow) => r.funding ?? '' },
  { id: 'reviewed', label: 'Last reviewed', key: (r: LeverRow) => r.lastReviewed },
] as const;

/** The columns of /levers/<id>/programs.csv: the open data's, with this lever's sentence. */
export function leverCsvColumns(leverId: string): CsvColumn<ProgramRecord>[] {
  const pick = (name: string) => {
    const column = PROGRAM_CSV_COLUMNS.find((c) => c.name === name);
    if (!column) throw new Error(`no open-data column ${name}`);
    return column;
  };
  return [
    ...['state_name', 'title', 'id', 'url'].map(pick),
    { name: 'how', description: 'How the program uses this lever.', value: (r) => r.levers.find((l) => l.lever === leverId)?.how },
    ...['kind', 'authority_type', 'authority_bills', 'authority_citation', 'established', 'status', 'status_as_of', 'eligibility', 'funding', 'last_reviewed'].map(pick),
  ];
}

export interface TableState {
  sort?: string;
  order: 'asc' | 'desc';
  status?: string;
  kind?: string;
}

/** Reads the state from a query string; values the table does not know are ignored. */
export function parseTableState(search: string, columns: readonly string[]): TableState {
  const q = new URLSearchParams(search);
  const sort = q.get('sort') ?? '';
  const status = q.get('status') ?? '';
  const kind = q.get('kind') ?? '';
  return {
    ...(columns.includes(sort) ? { sort } : {}),
    order: q.get('order') === 'desc' ? 'desc' : 'asc',
    ...((STATUSES as readonly string[]).includes(status) ? { status } : {}),
    ...((KINDS as readonly string[]).includes(kind) ? { kind } : {}),
  };
}

/** The query string for a state ("" for the default), keeping any other parameters of `search`. */
export function tableQuery(state: TableState, search = ''): string {
  const q = new URLSearchParams(search);
  for (const k of ['sort', 'order', 'status', 'kind']) q.delete(k);
  if (state.sort) {
    q.set('sort', state.sort);
    if (state.order === 'desc') q.set('order', 'desc');
  }
  if (state.status) q.set('status', state.status);
  if (state.kind) q.set('kind', state.kind);
  const text = q.toString();
  return text ? `?${text}` : '';
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Orders two sort keys; an empty key goes last whichever the direction. */
export function compareKeys(a: string, b: string, order: 'asc' | 'desc'): number {
  if (!a || !b) return a === b ? 0 : a ? -1 : 1;
  const c = collator.compare(a, b);
  return order === 'desc' ? -c : c;
}

/** Indexes of the rows to show, in order. `keys[i]` is row i's sort key for the sorted column. */
export function arrangeRows(
  rows: readonly { status: string; kind: string }[],
  keys: readonly string[] | undefined,
  state: TableState,
): number[] {
  const shown = rows.map((_, i) => i).filter((i) => (!state.status || rows[i]!.status === state.status) && (!state.kind || rows[i]!.kind === state.kind));
  // Array.prototype.sort is stable, so equal keys keep the default (state, program) order.
  return keys ? shown.sort((a, b) => compareKeys(keys[a]!, keys[b]!, state.order)) : shown;
}

export const STATUS_OPTIONS = STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }));
export const KIND_OPTIONS = KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }));

export interface MatrixRow {
  state: { name: string; slug: string };
  /** One cell per lever, in the catalog's lever order: the state's programs that use it. */
  cells: { leverId: string; programs: Program[] }[];
}

/** States × levers: one row per state with a documented program, in the catalog's state order. */
export function leverMatrix(
  states: readonly { state: { name: string; slug: string }; programs: readonly Program[] }[],
  leverIds: readonly string[],
): MatrixRow[] {
  return states
    .filter((s) => s.programs.length > 0)
    .map((s) => ({
      state: s.state,
      cells: leverIds.map((leverId) => ({ leverId, programs: s.programs.filter((p) => p.data.levers.some((l) => l.lever === leverId)) })),
    }));
}
