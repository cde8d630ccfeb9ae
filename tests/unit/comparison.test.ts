import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareQuery, compareRows, idsFromQuery, parseChosen, resolveIds, staticColumnsCss, toggleChosen } from '../../src/lib/compare.ts';
import { columnsToCsv, csvField, toCsv } from '../../src/lib/csv.ts';
import { deriveCatalog, type Program } from '../../src/lib/derive.ts';
import { splitFrontmatter } from '../../src/lib/entry-file.ts';
import { arrangeRows, compareKeys, leverCsvColumns, leverMatrix, leverRows, parseTableState, tableQuery } from '../../src/lib/lever-table.ts';
import { PROGRAM_CSV_COLUMNS, programRecord, type ProgramRecord } from '../../src/lib/open-data.ts';
import { programSchema, type ProgramData } from '../../src/lib/schema.ts';

const LEVERS = ['accountability', 'assessment', 'autonomy', 'competency-based', 'educator-capacity', 'funding', 'graduation', 'learning-anywhere', 'seat-time', 'waivers'];
const fixture = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'valid', 'programs', 'colorado', 'sample-grant.mdx'), 'utf8');
const base: ProgramData = programSchema(LEVERS).parse(splitFrontmatter('x', fixture).split!.frontmatter);

const { established: _established, ...undated } = base;
const catalog = deriveCatalog(
  [
    { id: 'colorado/sample-grant', file: 'a', data: { ...base, formerSlugs: ['old-grant'] } },
    { id: 'colorado/seat-waiver', file: 'b', data: { ...base, title: 'Seat Waiver', kind: 'waiver', status: { ...base.status, value: 'ended' }, levers: [{ lever: 'seat-time', how: 'Districts may, "with approval", drop seat time,\nand count mastery.', cite: ['agency'] }] } },
    { id: 'alaska/pilot', file: 'c', data: { ...undated, state: 'AK', title: 'Alaska Pilot', kind: 'pilot', levers: [{ lever: 'seat-time', how: 'Pilot.', cite: ['agency'] }, ...base.levers] } },
  ] satisfies { id: string; file: string; data: ProgramData }[],
  LEVERS.map((id, i) => ({ id, data: { title: `T ${id}`, definition: 'd', order: i + 1 } })),
);
const url = (path: string) => `https://levers.test${path}`;
const records: ProgramRecord[] = catalog.programs.map((p) => programRecord(p, url));

describe('CSV (RFC 4180)', () => {
  it('quotes only fields that need it and doubles inner quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r')).toBe('"cr\r"');
    expect(csvField(undefined)).toBe('');
    expect(csvField(2019)).toBe('2019');
  });

  it('ends every record in CRLF and refuses ragged rows', () => {
    expect(toCsv(['a', 'b'], [['1', undefined]])).toBe('a,b\r\n1,\r\n');
    expect(() => toCsv(['a', 'b'], [['1']])).toThrow(/1 fields/);
  });

  it('reads back through a real CSV parser into the same values', () => {
    const rows = [['x, "y"', 'line\r\nbreak', ''], ['ümlaut', '"', ',']];
    expect(parse(toCsv(['a', 'b', 'c'], rows), { relax_column_count: false })).toEqual([['a', 'b', 'c'], ...rows]);
  });
});

describe('open data', () => {
  it('keeps every frontmatter field and adds id, url and the state', () => {
    const r = records.find((x) => x.id === 'colorado/sample-grant')!;
    expect(r).toMatchObject({ id: 'colorado/sample-grant', url: 'https://levers.test/states/colorado/sample-grant/', stateSlug: 'colorado', stateName: 'Colorado' });
    for (const key of Object.keys(base)) expect(r).toHaveProperty(key);
  });

  it('writes one CSV row per program that parses back to the record values', () => {
    const parsed = parse(columnsToCsv(PROGRAM_CSV_COLUMNS, records), { columns: true }) as Record<string, string>[];
    expect(parsed.map((p) => p.id)).toEqual(records.map((r) => r.id));
    const waiver = parsed.find((p) => p.id === 'colorado/seat-waiver')!;
    expect(waiver).toMatchObject({ kind: 'waiver', status: 'ended', levers: 'seat-time', last_reviewed: base.lastReviewed, authority_bills: 'SB 19-204' });
    expect(parsed.find((p) => p.id === 'alaska/pilot')!.established).toBe('');
  });
});

describe('lever table', () => {
  const programs = catalog.programsByLever.get('seat-time')!;
  const rows = leverRows(programs, 'seat-time');

  it('has one row per program using the lever, with its own sentence', () => {
    expect(rows.map((r) => r.id)).toEqual(['alaska/pilot', 'colorado/seat-waiver']);
    expect(rows[1]!.how).toContain('"with approval"');
    expect(leverRows(catalog.programs, 'funding')).toEqual([]);
  });

  it('survives the CSV round trip, quotes and line breaks included', () => {
    const tagged = records.filter((r) => rows.some((row) => row.id === r.id));
    const parsed = parse(columnsToCsv(leverCsvColumns('seat-time'), tagged), { columns: true }) as Record<string, string>[];
    expect(parsed.map((p) => p.how)).toEqual(rows.map((r) => r.how));
    expect(parsed[0]).toMatchObject({ state_name: 'Alaska', title: 'Alaska Pilot', url: 'https://levers.test/states/alaska/pilot/', established: '' });
  });

  it('reads and writes its state in the URL, ignoring what it does not know', () => {
    const cols = ['state', 'established'];
    expect(parseTableState('?sort=established&order=desc&status=active&kind=waiver', cols)).toEqual({ sort: 'established', order: 'desc', status: 'active', kind: 'waiver' });
    expect(parseTableState('?sort=nope&order=sideways&status=lost&kind=x', cols)).toEqual({ order: 'asc' });
    expect(tableQuery({ sort: 'state', order: 'desc', status: 'ended' }, '?lever=x&sort=old')).toBe('?lever=x&sort=state&order=desc&status=ended');
    expect(tableQuery({ order: 'desc' })).toBe('');
  });

  it('sorts numerically and puts empty keys last in both directions', () => {
    expect(['2010', '', '9', '2001'].sort((a, b) => compareKeys(a, b, 'asc'))).toEqual(['9', '2001', '2010', '']);
    expect(['2010', '', '9', '2001'].sort((a, b) => compareKeys(a, b, 'desc'))).toEqual(['2010', '2001', '9', '']);
  });

  it('filters by status and kind, and keeps the default order among equal keys', () => {
    const data = [{ status: 'active', kind: 'waiver' }, { status: 'ended', kind: 'waiver' }, { status: 'active', kind: 'pilot' }];
    expect(arrangeRows(data, undefined, { order: 'asc', status: 'active' })).toEqual([0, 2]);
    expect(arrangeRows(data, undefined, { order: 'asc', status: 'active', kind: 'pilot' })).toEqual([2]);
    expect(arrangeRows(data, ['b', 'a', 'b'], { order: 'asc' })).toEqual([1, 0, 2]);
    expect(arrangeRows(data, ['b', 'a', 'b'], { order: 'desc' })).toEqual([0, 2, 1]);
  });

  it('builds the state × lever matrix from states with programs', () => {
    const matrix = leverMatrix(catalog.states, ['seat-time', 'funding']);
    expect(matrix.map((r) => r.state.slug)).toEqual(['alaska', 'colorado']);
    expect(matrix[1]!.cells[0]!.programs.map((p: Program) => p.id)).toEqual(['colorado/seat-waiver']);
    expect(matrix[1]!.cells[1]!.programs).toEqual([]);
  });
});

describe('compare', () => {
  it('takes ids from the shared form and from a plain form, without repeats', () => {
    expect(idsFromQuery('?programs=colorado/a,alaska/b')).toEqual(['colorado/a', 'alaska/b']);
    expect(idsFromQuery('?programs=colorado%2Fa&programs=alaska/b&programs=colorado/a&programs=')).toEqual(['colorado/a', 'alaska/b']);
    expect(compareQuery(['colorado/a', 'new-york/b c'])).toBe('?programs=colorado/a,new-york/b%20c');
    expect(compareQuery([])).toBe('');
  });

  it('says which id cannot be shown and why', () => {
    const r = resolveIds(['colorado/sample-grant', 'colorado/nope', 'atlantis/x', 'not an id', 'colorado/old-grant', 'alaska/pilot'], records);
    expect(r.programs.map((p) => p.id)).toEqual(['colorado/sample-grant', 'alaska/pilot']);
    expect(r.problems).toHaveLength(3);
    expect(r.problems[0]).toMatch(/“colorado\/nope”.*colorado has no program “nope”/);
    expect(r.problems[1]).toMatch(/no state “atlantis”/);
    expect(r.problems[2]).toMatch(/“not an id” is not a program id/);
    expect(r.moved).toEqual([]);
    const renamed = resolveIds(['colorado/old-grant', 'alaska/pilot'], records);
    expect(renamed.programs.map((p) => p.id)).toEqual(['colorado/sample-grant', 'alaska/pilot']);
    expect(renamed.moved).toEqual([{ from: 'colorado/old-grant', to: 'colorado/sample-grant' }]);
  });

  it('shows at most four programs and names the ones left out', () => {
    const many = [...records, ...records.map((r) => ({ ...r, id: `${r.stateSlug}/copy-${r.id.split('/')[1]}` }))];
    const r = resolveIds(many.map((m) => m.id), many);
    expect(r.programs).toHaveLength(4);
    expect(r.problems.every((p) => p.includes('at most 4'))).toBe(true);
    expect(r.problems).toHaveLength(2);
  });

  it('marks the fields where the programs differ', () => {
    const rows = compareRows([records[1]!, records[2]!], (id) => `Lever ${id}`);
    const by = new Map(rows.map((r) => [r.label, r]));
    expect(by.get('State')!.differs).toBe(false);
    expect(by.get('Kind')!).toMatchObject({ differs: true, values: [['Grant program'], ['Waiver']] });
    expect(by.get('Levers')!.values[1]![0]).toMatch(/^Lever seat-time: Districts may/);
    expect(by.get('Established')!.differs).toBe(false);
  });

  it('keeps only well-formed stored choices, at most four', () => {
    expect(parseChosen('not json')).toEqual([]);
    expect(parseChosen('{"id":"a/b"}')).toEqual([]);
    expect(parseChosen(JSON.stringify([{ id: 'a/b', title: 'B' }, { id: 'a/b', title: 'again' }, { id: '<x>', title: 'bad' }, { id: 'c/d' }]))).toEqual([{ id: 'a/b', title: 'B' }]);
    const five = Array.from({ length: 5 }, (_, i) => ({ id: `s/p${i}`, title: `P${i}` }));
    expect(parseChosen(JSON.stringify(five))).toHaveLength(4);
  });

  it('adds to the choice while there is room, and removes', () => {
    const four = Array.from({ length: 4 }, (_, i) => ({ id: `s/p${i}`, title: `P${i}` }));
    expect(toggleChosen(four.slice(0, 1), four[1]!, true)).toEqual({ list: four.slice(0, 2), full: false });
    expect(toggleChosen(four, { id: 's/p9', title: 'x' }, true)).toEqual({ list: four, full: true });
    expect(toggleChosen(four, four[0]!, false).list).toEqual(four.slice(1));
  });

  it('writes one show-rule per program for the script-free table, and refuses ids that could break out of a selector', () => {
    const css = staticColumnsCss(['colorado/innovation-schools', 'utah/competency-based-education']);
    const lines = css.trim().split('\n');
    expect(lines.filter((l) => l.includes('{ display: table-cell; }'))).toEqual([
      'compare-view:has(.compare__form input[value="colorado/innovation-schools"]:checked) .compare__static [data-program="colorado/innovation-schools"] { display: table-cell; }',
      'compare-view:has(.compare__form input[value="utah/competency-based-education"]:checked) .compare__static [data-program="utah/competency-based-education"] { display: table-cell; }',
    ]);
    // The hiding rule comes first, so the later, more specific rules win.
    expect(lines.findIndex((l) => l.includes('display: none'))).toBeLessThan(lines.findIndex((l) => l.includes('table-cell')));
    expect(() => staticColumnsCss(['a/b"] { } body { display: none } [x="'])).toThrow(/not a program id/);
  });
});
