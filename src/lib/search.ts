/**
 * Full-text search: one pure module shared by the build (which writes the index) and the browser
 * (which loads it). Measured design (npm run bench:search):
 *
 *  - An exact inverted index maps every distinct word of every program (title, state, levers,
 *    summary, body, districts, bills, citations, agency) to the programs that use it, with the
 *    best field it appears in. Exact words and word prefixes cost a binary search and a merge.
 *  - fuse.js is the fuzzy matcher, run over the corpus vocabulary (each distinct word once, not
 *    the text) only for a query word that is not in it: "mastry" finds "mastery", whose postings
 *    are then looked up exactly. The vocabulary's Fuse index is made with Fuse.createIndex at
 *    build time and parsed with Fuse.parseIndex in the browser; Fuse only searches the words that
 *    begin with the same letter and have a similar length, which keeps a typo under a millisecond.
 *
 * Words are folded (lower case, accents removed: "Cañon" = "canon") and split where letters meet
 * digits ("SB19-204" = "SB 19-204" = sb 19 204). A program must contain every query word (in any
 * order, in any field); title-level fields rank above the summary and meta fields, which rank above
 * the body. Results are one hit per program.
 */
import Fuse, { type FuseIndex, type IFuseOptions } from 'fuse.js';
import type { Program } from './derive.ts';
import { fold } from './states.ts';

type FuseIndexRecords = FuseIndex<string>['records'];

/* ------------------------------------------------------------------ words */


const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** The search words of one written word ("Children's" → childrens, "SB19" → sb 19). */
function splitWord(raw: string): string[] {
  const w = fold(raw).replace(/['’]s$/, '').replace(/['’]/g, '');
  return w.match(/\p{L}+|\p{N}+/gu) ?? [];
}

/** Every search word of a text, in order (with repeats). */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) out.push(...splitWord(m[0]));
  return out;
}

/* -------------------------------------------------------------- documents */

export interface SearchSection {
  /** Section heading ("" for text before the first heading). */
  heading: string;
  /** Plain words of the section, without Markdown. */
  text: string;
}

/** Everything search knows about one program. */
export interface SearchDocument {
  /** Program id, `<state-slug>/<program-slug>`. */
  id: string;
  title: string;
  /** Short title and aliases. */
  altTitles: string[];
  state: { code: string; name: string };
  levers: { id: string; title: string }[];
  summary: string;
  bills: string[];
  citation: string;
  agency: string;
  districts: string[];
  /** The body split per section, plus the sourced facts (how each lever is used, eligibility, …). */
  sections: SearchSection[];
}

/** How much a word counts by the field it appears in: title-level, then summary/meta, then body. */
export const FIELD_WEIGHTS = { title: 4, meta: 2, body: 1 } as const;

/** The searchable fields of a document and the class each belongs to. */
const SEARCH_FIELDS: { name: string; cls: 0 | 1 | 2; get: (d: SearchDocument) => string[] }[] = [
  { name: 'title', cls: 0, get: (d) => [d.title, ...d.altTitles] },
  { name: 'state', cls: 0, get: (d) => [d.state.name, d.state.code] },
  // "SB 19-204" is also indexed as "SB19204", so a bill number typed without any separator is found.
  { name: 'bills', cls: 0, get: (d) => [...d.bills, ...d.bills.map((b) => b.replace(/[^\p{L}\p{N}]/gu, '')), d.citation] },
  { name: 'summary', cls: 1, get: (d) => [d.summary] },
  { name: 'levers', cls: 1, get: (d) => d.levers.map((l) => l.title) },
  { name: 'districts', cls: 1, get: (d) => d.districts },
  { name: 'agency', cls: 1, get: (d) => [d.agency] },
  { name: 'body', cls: 2, get: (d) => d.sections.flatMap((s) => [s.heading, s.text]) },
];

const FACT_LABELS = [
  ['eligibility', 'Eligibility'],
  ['funding', 'Funding'],
  ['apply', 'How to take part'],
  ['waives', 'What it waives'],
  ['reporting', 'Reporting'],
  ['sunset', 'Sunset'],
] as const;

/** A program's search document; `body` is its entry body as sections of plain text. */
export function programDocument(program: Program, leverTitle: (id: string) => string, body: SearchSection[]): SearchDocument {
  const d = program.data;
  const facts: SearchSection[] = [
    { heading: 'Levers it gives districts', text: d.levers.map((l) => `${leverTitle(l.lever)}: ${l.how}`).join(' ') },
    ...FACT_LABELS.flatMap(([key, heading]) => (d[key] ? [{ heading, text: d[key].text }] : [])),
    ...(d.status.note ? [{ heading: 'Status', text: d.status.note }] : []),
    ...(d.districts?.length ? [{ heading: 'Districts and participants', text: d.districts.map((x) => `${x.name}: ${x.what}`).join(' ') }] : []),
  ];
  return {
    id: program.id,
    title: d.title,
    altTitles: [...(d.shortTitle ? [d.shortTitle] : []), ...(d.aliases ?? [])],
    state: { code: program.state.code, name: program.state.name },
    levers: d.levers.map((l) => ({ id: l.lever, title: leverTitle(l.lever) })),
    summary: d.summary,
    bills: d.authority.bills ?? [],
    citation: d.authority.citation ?? '',
    agency: d.agency?.text ?? '',
    districts: (d.districts ?? []).map((x) => x.name),
    sections: [...body.filter((s) => s.text || s.heading), ...facts],
  };
}

/** Site paths of the static search data (pass them through href()). */
export const SEARCH_INDEX_PATH = '/search-index.json';
export const SEARCH_TEXT_DIR = '/search-text/';

/** What the search page fetches per result to show matched words in context: summary first. */
export function searchText(doc: SearchDocument): { sections: SearchSection[] } {
  return { sections: [{ heading: '', text: doc.summary }, ...doc.sections] };
}

/* ------------------------------------------------------------------ index */

/**
 * Fuse over the vocabulary: a list of single words, so no keys. ignoreLocation because a typo can
 * be anywhere in a word; threshold 0.3 allows one edit in 4–6 letters and two from 7 letters.
 */
export const FUSE_OPTIONS: IFuseOptions<string> = {
  keys: [],
  threshold: 0.3,
  ignoreLocation: true,
  includeScore: true,
  includeMatches: false,
  isCaseSensitive: true,
  shouldSort: true,
};

/** The static JSON the build writes (search-index.json). Arrays, not objects, to stay small. */
export interface SearchIndexData {
  v: 1;
  /** [id, title, state code, lever ids] in catalog order; a program's number is its position. */
  programs: [string, string, string, string[]][];
  /**
   * Fuse.createIndex([], vocabulary).toJSON(), packed: every record of a single word is
   * { v: word, i: position, n: 1 }, so only the (sorted) words are stored. See packFuseIndex.
   */
  fuse: { keys: []; words: string[] };
  /** Per word (same order): the programs that contain it and in which class of field (decodeWordPostings). */
  postings: string[];
}

/* Postings: sorted numbers program*3+class, stored as gaps in a base-64 variable-length code:
   a digit below 32 ends a number, a digit of 32 or more carries 5 more bits. */
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_';
const DIGIT_VALUE = new Map([...DIGITS].map((c, i) => [c, i]));

export function encodePostings(values: readonly number[]): string {
  let out = '';
  let previous = 0;
  for (const v of values) {
    let gap = v - previous;
    previous = v;
    const chunks: number[] = [gap & 31];
    gap = Math.floor(gap / 32);
    while (gap > 0) {
      chunks.push(gap & 31);
      gap = Math.floor(gap / 32);
    }
    for (let i = chunks.length - 1; i > 0; i--) out += DIGITS[32 + chunks[i]!];
    out += DIGITS[chunks[0]!];
  }
  return out;
}

export function decodePostings(text: string): number[] {
  const out: number[] = [];
  let value = 0;
  let previous = 0;
  for (const c of text) {
    const d = DIGIT_VALUE.get(c) ?? 0;
    if (d >= 32) value = value * 32 + (d - 32);
    else {
      previous += value * 32 + d;
      out.push(previous);
      value = 0;
    }
  }
  return out;
}

/** Fuse's serialized index of a word list, without what the word list already says. */
export function packFuseIndex(index: { keys: readonly unknown[]; records: FuseIndexRecords }): { keys: []; words: string[] } {
  const words = index.records.map((r, i) => {
    const rec = r as { v?: string; i: number; n?: number };
    if (typeof rec.v !== 'string' || rec.i !== i || rec.n !== 1 || index.keys.length) throw new Error('packFuseIndex expects a list of single words');
    return rec.v;
  });
  return { keys: [], words };
}

export function unpackFuseIndex(packed: { keys: []; words: readonly string[] }): { keys: []; records: FuseIndexRecords } {
  return { keys: [], records: packed.words.map((v, i) => ({ v, i, n: 1 })) };
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Builds the index from documents in the order given. Deterministic: same documents, same JSON. */
export function buildSearchIndex(docs: readonly SearchDocument[]): SearchIndexData {
  // Per word: the programs containing it (ascending, as documents are read in order) and the best class.
  const best = new Map<string, { programs: number[]; classes: number[] }>();
  const split = new Map<string, string[]>();
  docs.forEach((doc, p) => {
    for (const field of SEARCH_FIELDS) {
      for (const text of field.get(doc)) {
        for (const m of text.matchAll(WORD)) {
          let parts = split.get(m[0]);
          if (!parts) split.set(m[0], (parts = splitWord(m[0])));
          for (const w of parts) {
            let e = best.get(w);
            if (!e) best.set(w, (e = { programs: [], classes: [] }));
            const last = e.programs.length - 1;
            if (e.programs[last] !== p) {
              e.programs.push(p);
              e.classes.push(field.cls);
            } else if (field.cls < e.classes[last]!) e.classes[last] = field.cls;
          }
        }
      }
    }
  });
  const vocabulary = [...best.keys()].sort(byCodeUnit);
  const fuseIndex = Fuse.createIndex([], vocabulary).toJSON();
  return {
    v: 1,
    programs: docs.map((d) => [d.id, d.title, d.state.code, [...new Set(d.levers.map((l) => l.id))]]),
    fuse: packFuseIndex(fuseIndex),
    postings: vocabulary.map((w) => {
      const { programs, classes } = best.get(w)!;
      const body = programs.filter((_, i) => classes[i] === 2);
      const higher = programs.flatMap((p, i) => (classes[i]! < 2 ? [p * 2 + classes[i]!] : []));
      return higher.length ? `${encodePostings(body)},${encodePostings(higher)}` : encodePostings(body);
    }),
  };
}

/**
 * One word's postings as numbers program*3+class. Stored as two gap lists: programs that have the
 * word in the body only, then (after a comma, when any) program*2+class for title and meta matches.
 */
export function decodeWordPostings(text: string): number[] {
  const [body = '', higher = ''] = text.split(',');
  return [...decodePostings(body).map((p) => p * 3 + 2), ...decodePostings(higher).map((v) => (v >> 1) * 3 + (v & 1))];
}

/* ----------------------------------------------------------------- search */

export interface SearchProgram {
  index: number;
  id: string;
  title: string;
  state: string;
  levers: string[];
}

export interface SearchHit {
  program: SearchProgram;
  score: number;
}

export interface SearchResult {
  hits: SearchHit[];
  /** Vocabulary words that matched, for highlighting. */
  matchedWords: Set<string>;
  /** True when no program has every word and the hits are those with the most. */
  partial: boolean;
  /** For words not in the corpus, the closest word Fuse found ("mastry" → "mastery"). */
  corrections: Map<string, string>;
  /** Query words that matched nothing at all. */
  unknown: string[];
}

export interface SearchFilters {
  state?: string | undefined;
  lever?: string | undefined;
}

interface Candidate {
  word: number;
  weight: number;
}

const CLASS_WEIGHT = [FIELD_WEIGHTS.title, FIELD_WEIGHTS.meta, FIELD_WEIGHTS.body];
const PREFIX_LIMIT = 40;
const FUZZY_LIMIT = 4;
/** Endings that make another form of the same word ("waiver" → waivers, "pilot" → piloted). */
const ENDINGS = new Set(['s', 'es', 'ed', 'd', 'ing', 'er', 'ers', 'al', 'ly', 'ment', 'ments']);

export class SearchEngine {
  readonly programs: SearchProgram[];
  private readonly vocabulary: readonly string[];
  private readonly postings: readonly string[];
  private readonly decoded = new Map<number, number[]>();
  /** Vocabulary positions by first letter and length: the typo lookup searches one group at a time. */
  private readonly groups = new Map<string, number[]>();
  private readonly buckets = new Map<string, { fuse: Fuse<string>; words: number[] }>();

  constructor(data: SearchIndexData) {
    if (data.v !== 1) throw new Error(`unknown search index version ${String(data.v)}`);
    this.programs = data.programs.map(([id, title, state, levers], index) => ({ index, id, title, state, levers }));
    this.vocabulary = data.fuse.words;
    this.postings = data.postings;
    this.vocabulary.forEach((w, i) => {
      const k = `${w[0]}${w.length}`;
      const g = this.groups.get(k);
      if (g) g.push(i);
      else this.groups.set(k, [i]);
    });
    // The index loads when a search box gains focus, before the first key: do the one-off work
    // of typo lookup now (compiling Fuse's matcher) so the reader's
    // first query is not the one that pays for it.
    this.fuzzy('warmup');
  }

  private posting(word: number): number[] {
    let list = this.decoded.get(word);
    if (!list) this.decoded.set(word, (list = decodeWordPostings(this.postings[word] ?? '')));
    return list;
  }

  /** Position of the first vocabulary word ≥ `w`. */
  private lowerBound(w: string): number {
    let lo = 0;
    let hi = this.vocabulary.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.vocabulary[mid]! < w) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Fuse over the vocabulary words that start with `first` and have `length` letters. */
  private bucket(first: string, length: number) {
    const key = `${first}${length}`;
    let b = this.buckets.get(key);
    if (!b) {
      const ids = this.groups.get(key) ?? [];
      const words = ids.map((i) => this.vocabulary[i]!);
      b = { fuse: new Fuse(words, FUSE_OPTIONS, Fuse.parseIndex<string>(unpackFuseIndex({ keys: [], words }))), words: ids };
      this.buckets.set(key, b);
    }
    return b;
  }

  /** Vocabulary words within a typo of `token`, best first. */
  fuzzy(token: string, limit = FUZZY_LIMIT): { word: number; score: number }[] {
    if (token.length < 4 || /^\p{N}+$/u.test(token)) return [];
    const spread = token.length >= 7 ? 2 : 1;
    const found: { word: number; score: number }[] = [];
    for (let len = Math.max(2, token.length - spread); len <= token.length + spread; len++) {
      const b = this.bucket(token[0]!, len);
      if (!b.words.length) continue;
      for (const r of b.fuse.search(token, { limit })) found.push({ word: b.words[r.refIndex]!, score: r.score ?? 1 });
    }
    const df = (w: number) => this.posting(w).length;
    return found.sort((a, b) => a.score - b.score || df(b.word) - df(a.word) || a.word - b.word).slice(0, limit);
  }

  private candidates(token: string, last: boolean): { list: Candidate[]; correction?: string } {
    const list: Candidate[] = [];
    const start = this.lowerBound(token);
    const exact = this.vocabulary[start] === token;
    if (exact) list.push({ word: start, weight: 1 });
    // Word endings (plurals and the like) count nearly as much; the word being typed counts as a
    // prefix, the more so the less is missing.
    const ends: Candidate[] = [];
    for (let i = start + (exact ? 1 : 0); i < this.vocabulary.length && this.vocabulary[i]!.startsWith(token); i++) {
      const word = this.vocabulary[i]!;
      if (token.length >= 3 && ENDINGS.has(word.slice(token.length))) ends.push({ word: i, weight: 0.8 });
      else if (last) ends.push({ word: i, weight: (0.6 * token.length) / word.length });
    }
    if (ends.length > PREFIX_LIMIT) ends.sort((a, b) => b.weight - a.weight || a.word - b.word);
    list.push(...ends.slice(0, PREFIX_LIMIT));
    if (list.length) return { list };
    const fuzzy = this.fuzzy(token);
    for (const f of fuzzy) list.push({ word: f.word, weight: 0.7 * (1 - f.score) });
    return fuzzy[0] ? { list, correction: this.vocabulary[fuzzy[0].word]! } : { list };
  }

  search(query: string, filters: SearchFilters = {}): SearchResult {
    const all = words(query);
    const tokens = [...new Set(all)];
    const lastToken = all.at(-1);
    const openEnded = !!lastToken && !/[\s\p{P}]$/u.test(query);
    const n = this.programs.length;
    const matchedWords = new Set<string>();
    const corrections = new Map<string, string>();
    const unknown: string[] = [];
    const score = new Float64Array(n);
    const count = new Uint16Array(n);
    const perToken = new Float64Array(n);
    for (const token of tokens) {
      const { list, correction } = this.candidates(token, openEnded && token === lastToken);
      if (correction) corrections.set(token, correction);
      if (!list.length) {
        unknown.push(token);
        continue;
      }
      perToken.fill(0);
      for (const c of list) {
        const posting = this.posting(c.word);
        const idf = 1 + Math.log(n / Math.max(1, posting.length));
        matchedWords.add(this.vocabulary[c.word]!);
        for (const v of posting) {
          const p = (v / 3) | 0;
          const s = c.weight * CLASS_WEIGHT[v % 3]! * idf;
          if (s > perToken[p]!) perToken[p] = s;
        }
      }
      for (let p = 0; p < n; p++) {
        if (perToken[p]! > 0) {
          score[p] = score[p]! + perToken[p]!;
          count[p] = count[p]! + 1;
        }
      }
    }
    const pass = (p: SearchProgram) => (!filters.state || p.state === filters.state) && (!filters.lever || p.levers.includes(filters.lever));
    let hits: SearchHit[] = [];
    if (tokens.length > 0) {
      // The programs with the most of the query's words: all of them when any program has all.
      const most = Math.max(0, ...this.programs.filter(pass).map((p) => count[p.index]!));
      if (most > 0) {
        hits = this.programs
          .filter((p) => pass(p) && count[p.index] === most)
          .map((p) => ({ program: p, score: score[p.index]! }))
          .sort((a, b) => b.score - a.score || a.program.index - b.program.index);
      }
      return { hits, matchedWords, partial: hits.length > 0 && most < tokens.length, corrections, unknown };
    }
    hits = this.programs.filter(pass).map((p) => ({ program: p, score: 0 }));
    return { hits, matchedWords, partial: false, corrections, unknown };
  }

  /** The query with every corrected word replaced ("mastry based" → "mastery based"), or undefined. */
  suggestion(query: string, result: SearchResult): string | undefined {
    if (!result.corrections.size) return undefined;
    const typed = words(query);
    const fixed = typed.map((w) => result.corrections.get(w) ?? w).join(' ');
    return fixed === typed.join(' ') ? undefined : fixed;
  }
}

/* ------------------------------------------------------------- highlighting */

export interface TextPart {
  text: string;
  mark: boolean;
}

/** Splits `text` into plain and marked parts: a written word is marked when one of its search words matched. */
export function highlight(text: string, matched: ReadonlySet<string>): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  const push = (t: string, mark: boolean) => {
    if (!t) return;
    const prev = parts[parts.length - 1];
    if (prev && prev.mark === mark) prev.text += t;
    else parts.push({ text: t, mark });
  };
  for (const m of text.matchAll(WORD)) {
    if (!splitWord(m[0]).some((w) => matched.has(w))) continue;
    push(text.slice(at, m.index), false);
    push(m[0], true);
    at = m.index + m[0].length;
  }
  push(text.slice(at), false);
  return parts;
}

/** The section with most matched words, cut to about `size` words around the first match. */
export function snippet(sections: readonly SearchSection[], matched: ReadonlySet<string>, size = 32): { heading: string; parts: TextPart[] } | undefined {
  let bestSection: SearchSection | undefined;
  let bestCount = 0;
  for (const s of sections) {
    const hits = words(s.text).filter((w) => matched.has(w)).length;
    if (hits > bestCount) {
      bestCount = hits;
      bestSection = s;
    }
  }
  // Nothing to match (a program found by its title, state or bill): the start of the first section.
  if (!bestSection && matched.size === 0) bestSection = sections[0];
  if (!bestSection) return undefined;
  const spans = [...bestSection.text.matchAll(/\S+/g)];
  const first = Math.max(0, spans.findIndex((m) => words(m[0]).some((w) => matched.has(w))));
  const from = Math.max(0, first - Math.floor(size / 3));
  const to = Math.min(spans.length, from + size);
  const start = spans[from]!.index;
  const last = spans[to - 1]!;
  let text = bestSection.text.slice(start, last.index + last[0].length);
  if (from > 0) text = `… ${text}`;
  if (to < spans.length) text = `${text} …`;
  return { heading: bestSection.heading, parts: highlight(text, matched) };
}
