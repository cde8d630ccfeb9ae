import yaml from 'js-yaml';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveCatalog, programLeverIds } from '../../src/lib/derive.ts';
import { checkProgramFile, splitFrontmatter } from '../../src/lib/entry-file.ts';
import { checkBody } from '../../src/lib/mdx-guard.ts';
import { suggestField } from '../../src/lib/problems.ts';
import { programSchema, showValue, type ProgramData } from '../../src/lib/schema.ts';
import { entryTemplate } from '../../src/lib/template.ts';

const LEVERS = ['accountability', 'assessment', 'autonomy', 'competency-based', 'educator-capacity', 'funding', 'graduation', 'learning-anywhere', 'seat-time', 'waivers'];
const validFile = join(import.meta.dirname, '..', 'fixtures', 'valid', 'programs', 'colorado', 'sample-grant.mdx');
const valid = readFileSync(validFile);

function validData(): ProgramData {
  const { split } = splitFrontmatter('x', valid.toString('utf8'));
  return programSchema(LEVERS).parse(split!.frontmatter);
}

describe('schema', () => {
  it('accepts the valid fixture and keeps every field', () => {
    const data = validData();
    expect(data.state).toBe('CO');
    expect(data.authority.bills).toEqual(['SB 19-204']);
    expect(data.sources).toHaveLength(2);
  });

  it('rejects a status confirmed after the entry was reviewed', () => {
    const { split } = splitFrontmatter('x', valid.toString('utf8').replace('asOf: "2024-04"', 'asOf: "2027-01"'));
    const result = programSchema(LEVERS).safeParse(split!.frontmatter);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toContain('later than lastReviewed');
  });

  it('shows received values short and with control characters made visible', () => {
    expect(showValue('a\u202eb')).toBe('"aU+202Eb"');
    expect(showValue('x'.repeat(200))).toHaveLength(78);
    expect(showValue(new Date(Date.UTC(2024, 2, 1)))).toBe('the date 2024-03-01');
  });

  it('suggests the field a typo meant', () => {
    expect(suggestField('titel')).toBe('title');
    expect(suggestField('lastreviewed')).toBe('lastReviewed');
    expect(suggestField('zzzzzzzz')).toBeUndefined();
  });
});

describe('entry files', () => {
  it('finds no problem in the valid fixture and counts its words and cites', () => {
    const r = checkProgramFile('content/programs/colorado/sample-grant.mdx', valid, LEVERS);
    expect(r.problems).toEqual([]);
    expect(r.cites.map((c) => c.id)).toEqual(['agency', 'report']);
    expect(r.words).toBeGreaterThan(5);
  });

  it('reports body positions as lines of the whole file', () => {
    const r = checkBody('f.mdx', 'Text\n\n<Widget />\n', 10);
    expect(r.problems).toEqual([{ file: 'f.mdx', field: '13:1', message: expect.stringContaining('<Widget> is not allowed') }]);
  });

  it('allows Markdown and Cite, and rejects skipped heading levels', () => {
    const ok = checkBody('f.mdx', '## A\n\n### B\n\nSee [the law](https://example.gov/law).<Cite id="law" />\n');
    expect(ok.problems).toEqual([]);
    const skipped = checkBody('f.mdx', '## A\n\n#### B\n');
    expect(skipped.problems[0]!.message).toContain('heading level 4 follows level 2');
  });
});

describe('new-entry template', () => {
  const text = entryTemplate({ stateCode: 'NM', stateName: 'New Mexico', title: 'A "quoted" program', today: '2026-11-23' });

  it('is valid YAML with every top-level field the schema knows', () => {
    const { split } = splitFrontmatter('x', text);
    const fm = split!.frontmatter as Record<string, unknown>;
    expect(fm.title).toBe('A "quoted" program');
    expect(fm.state).toBe('NM');
    for (const key of ['agency', 'established', 'eligibility', 'apply', 'funding', 'waives', 'reporting', 'sunset', 'districts', 'shortTitle', 'aliases']) {
      expect(text).toContain(`# ${key}:`);
    }
    expect(() => yaml.load(split!.frontmatter as string)).not.toThrow();
  });

  it('cannot be published until an author fills it in', () => {
    const r = checkProgramFile('content/programs/new-mexico/a.mdx', new TextEncoder().encode(text), LEVERS);
    const fields = r.problems.map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['summary', 'kind', 'levers[0].lever', 'status.value', 'sources[0].url']));
  });
});

describe('catalog derivation', () => {
  const base = validData();
  const leverInputs = LEVERS.map((id, i) => ({ id, data: { title: id, definition: `${id} definition`, order: i + 1 } }));
  const programs = [
    { id: 'colorado/b-grant', file: 'b', data: { ...base, title: 'B grant', lastReviewed: '2026-01-02' } },
    { id: 'colorado/a-grant', file: 'a', data: { ...base, title: 'A grant', levers: [{ lever: 'waivers', how: 'w', cite: ['agency'] }, { lever: 'accountability', how: 'a', cite: ['agency'] }] } },
    { id: 'alaska/c', file: 'c', data: { ...base, state: 'AK', title: 'C' } },
  ];
  const catalog = deriveCatalog(programs, leverInputs);

  it('orders programs by state name, then title', () => {
    expect(catalog.programs.map((p) => p.id)).toEqual(['alaska/c', 'colorado/a-grant', 'colorado/b-grant']);
  });

  it('gives every state a summary, with its programs and levers in lever order', () => {
    expect(catalog.states).toHaveLength(51);
    const co = catalog.stateBySlug.get('colorado')!;
    expect(co.programs.map((p) => p.slug)).toEqual(['a-grant', 'b-grant']);
    expect(co.levers).toEqual(['accountability', 'waivers']);
    expect(catalog.stateBySlug.get('wyoming')!.programs).toEqual([]);
    expect(programLeverIds(catalog.programs[1]!, catalog)).toEqual(['accountability', 'waivers']);
  });

  it('indexes programs by lever and dates the data by its latest review', () => {
    expect(catalog.programsByLever.get('waivers')!.map((p) => p.id)).toEqual(['colorado/a-grant']);
    expect(catalog.programsByLever.get('accountability')!).toHaveLength(3);
    expect(catalog.asOf).toBe('2026-11-23');
  });
});
