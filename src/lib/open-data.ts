/**
 * The open data: every program as one record (programs.json) and as one CSV row (programs.csv).
 * The JSON record is the entry's frontmatter unchanged, with the program's permanent id, its
 * address and its state's name added; the CSV flattens the same record into documented columns.
 * Pure, so the files, the data dictionary and the tests all come from these definitions.
 */
import type { CsvColumn } from './csv.ts';
import type { Program } from './derive.ts';
import { absoluteUrl, paths } from './paths.ts';
import type { ProgramData } from './schema.ts';

export interface ProgramRecord extends ProgramData {
  /** `<state-slug>/<program-slug>`, as in the program's address. */
  id: string;
  /** The program page's absolute address. */
  url: string;
  stateSlug: string;
  stateName: string;
}

/** `url(path)` turns a site path into an absolute address. Keys are in a fixed order, so builds repeat byte for byte. */
export function programRecord(program: Program, url: (path: string) => string): ProgramRecord {
  return { id: program.id, url: url(paths.program(program.id)), stateSlug: program.state.slug, stateName: program.state.name, ...program.data };
}

/** The records as the site publishes them, each with its address on `site`. */
export function programRecords(programs: readonly Program[], site: string | URL): ProgramRecord[] {
  return programs.map((p) => programRecord(p, (path) => absoluteUrl(path, site)));
}

/** The fields a JSON record adds to the entry's frontmatter, for the data dictionary. */
export const RECORD_FIELDS: readonly { name: string; description: string }[] = [
  { name: 'id', description: 'Permanent id, <state-slug>/<program-slug>; the program page is /states/<id>/.' },
  { name: 'url', description: "Absolute address of the program's page." },
  { name: 'stateSlug', description: "The state's part of the address, e.g. new-hampshire." },
  { name: 'stateName', description: "The state's name." },
];

const list = (items: readonly string[] | undefined) => (items && items.length ? items.join('; ') : undefined);

/** The columns of programs.csv. Lists are joined with "; "; a field the entry leaves out is empty. */
export const PROGRAM_CSV_COLUMNS: readonly CsvColumn<ProgramRecord>[] = [
  { name: 'id', description: 'Permanent id, <state-slug>/<program-slug> (as in the JSON).', value: (r) => r.id },
  { name: 'url', description: "Absolute address of the program's page.", value: (r) => r.url },
  { name: 'state', description: 'USPS state code, e.g. CO.', value: (r) => r.state },
  { name: 'state_name', description: "The state's name.", value: (r) => r.stateName },
  { name: 'title', description: 'Official program name.', value: (r) => r.title },
  { name: 'short_title', description: 'Short name used in tables, where the entry gives one.', value: (r) => r.shortTitle },
  { name: 'kind', description: 'grant-program, waiver, pilot, network, statute, rule or initiative.', value: (r) => r.kind },
  { name: 'levers', description: 'Lever ids the program uses, "; "-separated (see /levers/).', value: (r) => list(r.levers.map((l) => l.lever)) },
  { name: 'authority_type', description: 'statute, rule, agency, executive or federal.', value: (r) => r.authority.type },
  { name: 'authority_bills', description: 'Enabling and amending bills, "; "-separated.', value: (r) => list(r.authority.bills) },
  { name: 'authority_citation', description: 'Code or rule citation.', value: (r) => r.authority.citation },
  { name: 'authority_year', description: 'Year the authority was enacted or adopted.', value: (r) => r.authority.year },
  { name: 'established', description: 'Year the program was established.', value: (r) => r.established?.year },
  { name: 'status', description: 'active, pilot, ended, repealed or proposed.', value: (r) => r.status.value },
  { name: 'status_as_of', description: 'Latest date (YYYY, YYYY-MM or YYYY-MM-DD) a source confirms the status.', value: (r) => r.status.asOf },
  { name: 'status_note', description: 'A qualification of the status.', value: (r) => r.status.note },
  { name: 'agency', description: 'Who runs the program.', value: (r) => r.agency?.text },
  { name: 'eligibility', description: 'Who may take part.', value: (r) => r.eligibility?.text },
  { name: 'apply', description: 'How a district takes part.', value: (r) => r.apply?.text },
  { name: 'funding', description: 'Funding, as the sources state it.', value: (r) => r.funding?.text },
  { name: 'waives', description: 'Which rules participants may set aside.', value: (r) => r.waives?.text },
  { name: 'reporting', description: 'What participants must report.', value: (r) => r.reporting?.text },
  { name: 'sunset', description: 'When the program ends, if the law says.', value: (r) => r.sunset?.text },
  { name: 'districts', description: 'Districts (or schools, providers) named as users, "; "-separated.', value: (r) => list(r.districts?.map((d) => d.name)) },
  { name: 'summary', description: 'One- or two-sentence plain-text summary.', value: (r) => r.summary },
  { name: 'source_urls', description: 'Addresses of the sources, "; "-separated, in the order the entry lists them.', value: (r) => list(r.sources.map((s) => s.url)) },
  { name: 'last_reviewed', description: 'Day (YYYY-MM-DD) a person last checked the entry against its sources.', value: (r) => r.lastReviewed },
];
