import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { apa, bibtex, bibtexEscape, chicago, cslJson, entryTitle, highwireMeta, mla, ris, type CitableWork } from '../../src/lib/cite.ts';

const work: CitableWork = {
  id: 'colorado/local-accountability-system-grant',
  title: 'Local Accountability System Grant Program (Colorado)',
  url: 'https://levers.test/states/colorado/local-accountability-system-grant/',
  date: '2026-11-23',
};
// Every character that needs escaping in some format.
const hard: CitableWork = {
  id: 'x/cañon',
  title: 'Cañon City & Jeffco: 100% of {pilot} schools_#1 — “Béla” Müller’s ~plan',
  url: 'https://levers.test/states/colorado/x/',
  date: '2024-02-29',
  accessed: '2026-01-05',
};

type CslItem = { title: string; URL: string; issued: { 'date-parts': number[][] }; author?: { literal?: string; family?: string }[] };
const parse = (text: string | object): CslItem[] => new Cite(text).data as CslItem[];

describe('citation text styles', () => {
  it('APA 7', () => {
    expect(apa(work).text).toBe('State Levers. (2026, November 23). Local Accountability System Grant Program (Colorado). https://levers.test/states/colorado/local-accountability-system-grant/');
    const { text, italic } = apa(work);
    expect(text.slice(...italic!)).toBe(work.title);
    expect(apa(hard).text).toContain('Retrieved January 5, 2026, from https://');
  });

  it('MLA 9', () => {
    expect(mla(work).text).toBe('“Local Accountability System Grant Program (Colorado).” State Levers, 23 Nov. 2026, levers.test/states/colorado/local-accountability-system-grant/.');
    expect(mla(hard).text).toMatch(/ Accessed 5 Jan\. 2026\.$/);
  });

  it('Chicago', () => {
    expect(chicago(work).text).toBe('State Levers. “Local Accountability System Grant Program (Colorado).” Last modified November 23, 2026. https://levers.test/states/colorado/local-accountability-system-grant/.');
  });

  it('adds the state to a title only when the name lacks it', () => {
    expect(entryTitle('Learn Everywhere Program', 'New Hampshire')).toBe('Learn Everywhere Program (New Hampshire)');
    expect(entryTitle('North Dakota Innovative Education Program', 'North Dakota')).toBe('North Dakota Innovative Education Program');
  });
});

describe('machine-readable formats round-trip through citation-js', () => {
  for (const w of [work, hard]) {
    it(`BibTeX: ${w.id}`, () => {
      const [item] = parse(bibtex(w));
      expect(item!.title).toBe(w.title.normalize('NFC'));
      expect(item!.URL).toBe(w.url);
      expect(item!.issued['date-parts'][0]).toEqual(w.date.split('-').map(Number));
    });

    it(`RIS: ${w.id}`, () => {
      const [item] = parse(ris(w));
      expect(item!.title).toBe(w.title);
      expect(item!.URL).toBe(w.url);
      expect(item!.issued['date-parts'][0]!.slice(0, 3)).toEqual(w.date.split('-').map(Number));
    });

    it(`CSL-JSON: ${w.id}`, () => {
      const [item] = parse(cslJson(w));
      expect(item!.title).toBe(w.title);
      expect(item!.URL).toBe(w.url);
      expect(item!.issued['date-parts'][0]).toEqual(w.date.split('-').map(Number));
    });
  }

  it('formats a BibTeX record a reference manager can also print', () => {
    const out = new Cite(bibtex(work)).format('bibliography', { format: 'text', template: 'apa' }) as string;
    expect(out).toContain('Local Accountability System Grant Program (Colorado)');
    expect(out).toContain('2026');
  });
});

describe('escaping', () => {
  it('escapes LaTeX specials and accents in BibTeX', () => {
    expect(bibtexEscape('A & B 100% {x} a_b #1 ~ ^ \\')).toBe('A \\& B 100\\% \\{x\\} a\\_b \\#1 \\textasciitilde{} \\textasciicircum{} \\textbackslash{}');
    expect(bibtexEscape('Cañon Béla Müller')).toBe("Ca{\\~n}on B{\\'e}la M{\\\"u}ller");
    expect(bibtex(hard)).not.toMatch(/[ñéü]/);
  });

  it('keeps RIS to one line per field, CR LF, ending with ER', () => {
    const out = ris({ ...work, title: 'Line one\nline two' });
    expect(out).toContain('TI  - Line one line two\r\n');
    expect(out.endsWith('ER  - \r\n')).toBe(true);
  });

  it('gives Highwire tags with slash dates', () => {
    expect(highwireMeta(work)).toContainEqual(['citation_date', '2026/11/23']);
  });
});
