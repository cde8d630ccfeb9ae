import Fuse from 'fuse.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSearchDocuments } from '../../scripts/search-corpus.ts';
import { bodySections } from '../../src/lib/body-text.ts';
import { paths } from '../../src/lib/paths.ts';
import { fold } from '../../src/lib/states.ts';
import {
  buildSearchIndex,
  decodePostings,
  decodeWordPostings,
  encodePostings,
  highlight,
  packFuseIndex,
  SearchEngine,
  snippet,
  unpackFuseIndex,
  words,
  type SearchDocument,
} from '../../src/lib/search.ts';

describe('search words', () => {
  it('folds case and accents', () => {
    expect(fold('Cañon City')).toBe('canon city');
    expect(words('Cañon City’s SCHOOLS')).toEqual(['canon', 'city', 'schools']);
  });

  it('splits bill numbers the same way however they are written', () => {
    expect(words('SB19-204')).toEqual(['sb', '19', '204']);
    expect(words('SB 19-204')).toEqual(['sb', '19', '204']);
    expect(words('C.R.S. 22-32.5-104')).toEqual(['c', 'r', 's', '22', '32', '5', '104']);
  });
});

describe('postings', () => {
  it('round-trip any sorted list', () => {
    const values = [0, 1, 2, 31, 32, 33, 1023, 1024, 5000, 123456];
    expect(decodePostings(encodePostings(values))).toEqual(values);
    expect(encodePostings([])).toBe('');
    expect(encodePostings([0, 1, 2])).toBe('011');
  });

  it('keep the field class of each program', () => {
    expect(decodeWordPostings(`${encodePostings([1, 4])},${encodePostings([2 * 2 + 0, 3 * 2 + 1])}`).sort((a, b) => a - b)).toEqual([
      1 * 3 + 2,
      2 * 3 + 0,
      3 * 3 + 1,
      4 * 3 + 2,
    ]);
  });
});

describe('the vocabulary Fuse index', () => {
  it('packs and unpacks Fuse.createIndex exactly', () => {
    const vocabulary = ['accountability', 'canon', 'mastery', 'waiver'];
    const json = Fuse.createIndex([], vocabulary).toJSON();
    const packed = packFuseIndex(json);
    expect(packed.words).toEqual(vocabulary);
    expect(unpackFuseIndex(packed)).toEqual(JSON.parse(JSON.stringify(json)));
    const fuse = new Fuse(vocabulary, { includeScore: true, ignoreLocation: true, threshold: 0.3 }, Fuse.parseIndex(unpackFuseIndex(packed)));
    expect(fuse.search('mastry')[0]?.item).toBe('mastery');
  });

  it('refuses an index that is not a list of single words', () => {
    expect(() => packFuseIndex(Fuse.createIndex(['title'], [{ title: 'a b' }]).toJSON())).toThrow(/single words/);
  });
});

describe('body text', () => {
  it('is plain words per section, without Markdown or citations', () => {
    const sections = bodySections('Intro with **bold** and [a link](https://example.org)<Cite id="a" />.\n\n## How it works\n\n- one `code`\n- two\n\n### Detail\n\nMore.\n\n## Status\n\nActive.');
    expect(sections).toEqual([
      { heading: '', text: 'Intro with bold and a link.' },
      { heading: 'How it works', text: 'one code two Detail More.' },
      { heading: 'Status', text: 'Active.' },
    ]);
  });
});

describe('highlighting', () => {
  it('marks whole written words whose search words matched, keeping the text as written', () => {
    expect(highlight('Cañon City Schools', new Set(['canon']))).toEqual([
      { text: 'Cañon', mark: true },
      { text: ' City Schools', mark: false },
    ]);
    expect(highlight('under SB19-204.', new Set(['204']))).toEqual([
      { text: 'under SB19-', mark: false },
      { text: '204', mark: true },
      { text: '.', mark: false },
    ]);
  });

  it('returns markup in the data as text', () => {
    const parts = highlight('<img src=x onerror=alert(1)> waiver', new Set(['waiver']));
    expect(parts.map((p) => p.text).join('')).toBe('<img src=x onerror=alert(1)> waiver');
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['waiver']);
  });

  it('cuts a snippet from the section with most matches', () => {
    const long = Array.from({ length: 80 }, (_, i) => `w${i}`).join(' ');
    const cut = snippet(
      [
        { heading: 'A', text: 'nothing here' },
        { heading: 'B', text: `${long} seat time ${long}` },
      ],
      new Set(['seat', 'time']),
      10,
    );
    expect(cut?.heading).toBe('B');
    const text = cut!.parts.map((p) => p.text).join('');
    expect(text.startsWith('… ')).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
    expect(cut!.parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['seat', 'time']);
    expect(snippet([{ heading: '', text: 'no match' }], new Set(['x']))).toBeUndefined();
    // With no words to match (a hit on the title alone), the start of the first section stands in.
    const start = snippet([{ heading: 'Summary', text: 'one two three four five six' }, { heading: 'More', text: 'seven' }], new Set(), 3);
    expect(start?.heading).toBe('Summary');
    expect(start?.parts.map((p) => p.text).join('')).toMatch(/^one two three/);
    expect(start?.parts.some((p) => p.mark)).toBe(false);
  });
});

describe('search over the real entries', () => {
  let docs: SearchDocument[];
  let engine: SearchEngine;
  const top = (q: string, n = 3, filters = {}) => engine.search(q, filters).hits.slice(0, n).map((h) => h.program.id);
  const LASG = 'colorado/local-accountability-system-grant';

  beforeAll(() => {
    docs = loadSearchDocuments('content');
    engine = new SearchEngine(JSON.parse(JSON.stringify(buildSearchIndex(docs))));
  });

  it('builds the same index every time, with the vocabulary sorted', () => {
    const a = JSON.stringify(buildSearchIndex(docs));
    expect(JSON.stringify(buildSearchIndex(docs))).toBe(a);
    const { fuse } = buildSearchIndex(docs);
    expect([...fuse.words].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))).toEqual(fuse.words);
    expect(new Set(fuse.words).size).toBe(fuse.words.length);
  });

  it('finds accents, typos, bill numbers and state codes', () => {
    expect(top('Canon City', 1)).toEqual([LASG]);
    expect(top('mastry').every((id) => id.includes('mastery-based'))).toBe(true);
    for (const q of ['SB19-204', 'SB 19-204', 'sb19204']) expect(top(q, 1), q).toEqual([LASG]);
    for (const q of ['ND', 'north dakota', 'nort dakta']) expect(top(q, 1)[0], q).toMatch(/^north-dakota\//);
  });

  it('needs every word, in any order, and ranks titles above bodies', () => {
    expect(top('michigan seat time')).toEqual(top('time seat michigan'));
    expect(top('seat time', 1)).toEqual(['michigan/seat-time-waivers']);
    const r = engine.search('greeley evans');
    expect(r.hits.map((h) => h.program.id)).toEqual([LASG]);
    expect(r.partial).toBe(false);
  });

  it('falls back to the programs with most of the words, and says so', () => {
    const r = engine.search('greeley xqzzvw');
    expect(r.partial).toBe(true);
    expect(r.unknown).toEqual(['xqzzvw']);
    expect(r.hits[0]?.program.id).toBe(LASG);
    expect(engine.search('xqzzvw').hits).toEqual([]);
  });

  it('filters by state and lever, and lists all programs for filters alone', () => {
    const ky = engine.search('innovation', { state: 'KY' }).hits;
    expect(ky.length).toBeGreaterThan(0);
    expect(ky.every((h) => h.program.state === 'KY')).toBe(true);
    const seat = engine.search('', { lever: 'seat-time' }).hits;
    expect(seat.length).toBe(docs.filter((d) => d.levers.some((l) => l.id === 'seat-time')).length);
  });

  it('suggests the corrected query', () => {
    const q = 'profficiency';
    expect(engine.suggestion(q, engine.search(q))).toBe('proficiency');
    expect(engine.suggestion('waiver', engine.search('waiver'))).toBeUndefined();
  });

  it('has a search page path that carries the query', () => {
    expect(paths.search()).toBe('/search/');
    expect(paths.search('seat time & more')).toBe('/search/?q=seat+time+%26+more');
  });
});
