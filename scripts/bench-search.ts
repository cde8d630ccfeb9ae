/**
 * npm run bench:search — what search costs at 50, 500 and 2,000 programs. For each size it writes
 * a synthetic content tree to a temporary folder (never content/), reads it the way the build
 * does, builds the index and prints: index size (raw and gzip), build time, query latency p50/p95
 * over a fixed set of queries in Node and in headless Chromium (first run of each query on a fresh
 * page, and repeated), and how often the expected program is in the top 3.
 * Figures, not pass/fail. Goals at 500 programs: p95 ≤ 5 ms in Chromium, index ≤ 150 KiB gzip,
 * ≥ 95 % of queries with the expected program in the top 3.
 * Usage: node scripts/bench-search.ts [--sizes 50,500,2000] [--no-browser] [--keep (the corpora, for profiling)]
 */
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { splitFrontmatter } from '../src/lib/entry-file.ts';
import { buildSearchIndex, searchText, SearchEngine, words } from '../src/lib/search.ts';
import { fold, STATES } from '../src/lib/states.ts';
import { loadSearchDocuments } from './search-corpus.ts';

const root = process.cwd();
const arg = (name: string) => process.argv[process.argv.indexOf(name) + 1];
const sizes = process.argv.includes('--sizes') ? (arg('--sizes') ?? '').split(',').map(Number) : [50, 500, 2000];
const browser = !process.argv.includes('--no-browser');
const keep = process.argv.includes('--keep');
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const gz = (s: string) => gzipSync(s, { level: 9 }).length;

/* ---------------------------------------------------------------- corpus */

function rng(seed: number) {
  let s = seed;
  return () => {
    s = (s * 16807) % 2147483647;
    return (s - 1) / 2147483646;
  };
}

/** Word frequencies of the real entries: synthetic bodies follow the same distribution. */
function realWordModel(): { list: string[]; cumulative: number[] } {
  const counts = new Map<string, number>();
  const dir = join(root, 'content', 'programs');
  for (const state of readdirSync(dir)) {
    for (const f of readdirSync(join(dir, state))) {
      const body = splitFrontmatter(f, readFileSync(join(dir, state, f), 'utf8')).split?.body ?? '';
      for (const m of body.replace(/<Cite[^>]*>/g, ' ').matchAll(/[A-Za-z][a-z]+/g)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
    }
  }
  const list = [...counts.keys()].sort();
  let total = 0;
  const cumulative = list.map((w) => (total += counts.get(w)!));
  return { list, cumulative: cumulative.map((c) => c / total) };
}

const SYLLABLES = ['ka', 'lo', 'ver', 'mis', 'tan', 'dro', 'quel', 'bri', 'nor', 'zu', 'fen', 'gar', 'ith', 'pol', 'sar', 'vin', 'tor', 'wel', 'hax', 'um', 'rid', 'os', 'cle', 'mon'];
const THEMES = ['Competency-Based Education Pilot', 'Innovation Zone Program', 'Seat-Time Waiver', 'Local Accountability System Grant', 'Mastery-Based Learning Network', 'Districts of Innovation', 'Learning Anywhere Credit', 'Proficiency-Based Diploma', 'Innovative Assessment Pilot', 'Flexibility Waiver Program'];
const LEVERS = ['accountability', 'assessment', 'autonomy', 'competency-based', 'educator-capacity', 'funding', 'graduation', 'learning-anywhere', 'seat-time', 'waivers'];
const HEADINGS = ['How it works', 'Who can take part and how to apply', 'What districts have done', 'Before you start', 'History and status'];

interface Planted {
  id: string;
  state: { code: string; name: string };
  name: string;
  bill: string;
  district: string;
  needles: string[];
}

function makeCorpus(n: number, dir: string): Planted[] {
  const random = rng(n * 7919 + 17);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const model = realWordModel();
  const bodyWord = () => {
    const r = random();
    let lo = 0;
    let hi = model.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (model.cumulative[mid]! < r) lo = mid + 1;
      else hi = mid;
    }
    return model.list[lo]!;
  };
  const used = new Set<string>();
  const coin = () => {
    for (;;) {
      let w = '';
      const parts = 2 + Math.floor(random() * 2);
      for (let i = 0; i < parts; i++) w += pick(SYLLABLES);
      if (!used.has(w) && w.length >= 6) {
        used.add(w);
        return w;
      }
    }
  };
  const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);
  cpSync(join(root, 'content', 'levers'), join(dir, 'levers'), { recursive: true });
  const planted: Planted[] = [];
  for (let i = 0; i < n; i++) {
    const state = STATES[i % STATES.length]!;
    const name = cap(coin());
    const title = `${name} ${pick(THEMES)}`;
    const slug = `${name.toLowerCase()}-${i}`;
    const bill = `${pick(['SB', 'HB', 'AB', 'LB'])} ${String(10 + (i % 15)).padStart(2, '0')}-${100 + ((i * 37) % 900)}`;
    // Every fourth district name carries an accent, as "Cañon City" does.
    const districtWord = cap(coin());
    const district = `${i % 4 === 0 ? districtWord.replace(/n/, 'ñ') : districtWord} County School District`;
    const needles = [coin(), coin()];
    const sections = HEADINGS.map((h, s) => {
      const text: string[] = [];
      for (let k = 0; k < 120; k++) text.push(bodyWord());
      if (s === 1) text.splice(40, 0, needles[0]!);
      if (s === 3) text.splice(70, 0, needles[1]!);
      return `## ${h}\n\n${text.join(' ')}.<Cite id="src" />\n`;
    });
    const levers = [pick(LEVERS), pick(LEVERS)].filter((l, k, a) => a.indexOf(l) === k);
    const summary = Array.from({ length: 30 }, bodyWord).join(' ');
    const yaml = [
      '---',
      `title: "${title}"`,
      `state: "${state.code}"`,
      `summary: "${summary.slice(0, 270)}"`,
      'kind: "pilot"',
      'levers:',
      ...levers.flatMap((l) => [`  - lever: "${l}"`, `    how: "${Array.from({ length: 20 }, bodyWord).join(' ')}"`, '    cite: ["src"]']),
      'authority:',
      '  type: "statute"',
      `  bills: ["${bill}"]`,
      '  cite: ["src"]',
      'status:',
      '  value: "active"',
      '  asOf: "2024"',
      '  cite: ["src"]',
      `agency: { text: "${state.name} Department of Education", cite: ["src"] }`,
      'districts:',
      `  - name: "${district}"`,
      `    what: "${Array.from({ length: 25 }, bodyWord).join(' ')}"`,
      '    cite: ["src"]',
      'sources:',
      '  - id: "src"',
      `    title: "${title}"`,
      `    publisher: "${state.name} Department of Education"`,
      `    url: "https://example.org/${slug}"`,
      '    accessed: "2026-01-05"',
      'lastReviewed: "2026-01-05"',
      '---',
      '',
    ].join('\n');
    mkdirSync(join(dir, 'programs', state.slug), { recursive: true });
    writeFileSync(join(dir, 'programs', state.slug, `${slug}.mdx`), `${yaml}${sections.join('\n')}`);
    planted.push({ id: `${state.slug}/${slug}`, state, name, bill, district, needles });
  }
  return planted;
}

/** A typo: one letter dropped or two neighbours swapped (not the first letter). */
function typo(word: string, k: number): string {
  const i = 2 + (k % Math.max(1, word.length - 3));
  return k % 2 ? word.slice(0, i) + word.slice(i + 1) : word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
}

function querySet(planted: Planted[]): { q: string; expect: string; kind: string }[] {
  const kinds: ((p: Planted, k: number) => [string, string])[] = [
    (p) => ['title word', p.name],
    (p, k) => ['title typo', typo(p.name.toLowerCase(), k)],
    (p) => ['bill, spaced', p.bill],
    (p) => ['bill, no space', p.bill.replace(' ', '')],
    (p) => ['bill, compact', p.bill.replace(/[^A-Za-z0-9]/g, '').toLowerCase()],
    (p) => ['district name', p.district.replace(' School District', '')],
    (p) => ['district, no accent', fold(p.district).split(' ')[0]!],
    (p, k) => ['district typo', `${typo(p.district.split(' ')[0]!.toLowerCase(), k)} county`],
    (p) => ['body-only word', p.needles[0]!],
    (p, k) => ['body-only typo', typo(p.needles[1]!, k)],
    (p) => ['state code + body word', `${p.state.code} ${p.needles[1]!}`],
    (p) => ['words in any order', `${p.needles[0]!} ${p.state.name.toLowerCase()} ${p.name.toLowerCase()}`],
    (p) => ['typing (prefix)', p.name.slice(0, 5).toLowerCase()],
  ];
  const out: { q: string; expect: string; kind: string }[] = [];
  for (let r = 0; r < 3; r++) {
    kinds.forEach((make, k) => {
      const p = planted[(k * 7 + r * 13 + 1) % planted.length]!;
      const [kind, q] = make(p, k + r);
      out.push({ q, expect: p.id, kind });
    });
  }
  return out;
}

/* ----------------------------------------------------------- measurement */

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
}

interface Timing {
  load: number;
  first: number[];
  repeat: number[];
  top3: boolean[];
}

/** Runs in Node and, serialized, in the browser: the same code measures both. */
function measure(Engine: typeof SearchEngine, json: string, queries: { q: string; expect: string }[]): Timing {
  const t0 = performance.now();
  const engine = new Engine(JSON.parse(json));
  const load = performance.now() - t0;
  const first: number[] = [];
  const top3: boolean[] = [];
  for (const { q, expect } of queries) {
    const t = performance.now();
    const r = engine.search(q);
    first.push(performance.now() - t);
    top3.push(r.hits.slice(0, 3).some((h) => h.program.id === expect));
  }
  const repeat: number[] = [];
  const rounds = 20;
  for (const { q } of queries) {
    const t = performance.now();
    for (let i = 0; i < rounds; i++) engine.search(q);
    repeat.push((performance.now() - t) / rounds);
  }
  return { load, first, repeat, top3 };
}

async function browserBundle(): Promise<string> {
  const out = await build({ entryPoints: [join(root, 'src/lib/search.ts')], bundle: true, format: 'iife', globalName: 'SL', write: false, minify: true, target: 'es2022' });
  return out.outputFiles[0]!.text;
}

const ms = (x: number) => `${x.toFixed(2)} ms`;
const lines: string[] = [];
const scratch = mkdtempSync(join(tmpdir(), 'state-levers-search-bench-'));
const b = browser ? await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] }) : undefined;
const bundle = b ? await browserBundle() : '';

try {
  for (const n of sizes) {
    const dir = join(scratch, String(n));
    const planted = makeCorpus(n, dir);
    let t = performance.now();
    const docs = loadSearchDocuments(dir);
    const readMs = performance.now() - t;
    t = performance.now();
    const index = buildSearchIndex(docs);
    const buildMs = performance.now() - t;
    const json = JSON.stringify(index);
    const texts = docs.map((d) => JSON.stringify(searchText(d)));
    const bodyWords = docs.reduce((s, d) => s + d.sections.reduce((x, sec) => x + words(sec.text).length, 0), 0) / docs.length;
    const queries = querySet(planted);

    const node = measure(SearchEngine, json, queries);
    lines.push(`\n${n} programs (${Math.round(bodyWords)} body words each on average, ${index.fuse.words.length} distinct words, ${queries.length} queries)`);
    lines.push(`  index             ${kib(json.length)} raw, ${kib(gz(json))} gzip (search-index.json)`);
    lines.push(`  result text       ${kib(texts.reduce((s, x) => s + gz(x), 0) / texts.length)} gzip per program, fetched only for results shown on /search/`);
    lines.push(`  build             read entries ${ms(readMs)}, build index ${ms(buildMs)}`);
    const row = (where: string, r: Timing) =>
      `  ${where.padEnd(8)}  load ${ms(r.load)}; first run p50 ${ms(percentile(r.first, 50))} p95 ${ms(percentile(r.first, 95))}; repeated p50 ${ms(percentile(r.repeat, 50))} p95 ${ms(percentile(r.repeat, 95))}`;
    lines.push(row('Node', node));
    if (b) {
      const page = await b.newPage();
      await page.addScriptTag({ content: bundle });
      const fn = `(${measure.toString()})`;
      const r = await page.evaluate(([f, j, q]) => (0, eval)(f)((globalThis as unknown as { SL: { SearchEngine: unknown } }).SL.SearchEngine, j, q), [fn, json, queries] as const);
      lines.push(row('Chromium', r as Timing));
      await page.close();
    }
    const hits = node.top3.filter(Boolean).length;
    lines.push(`  relevance         ${hits}/${queries.length} (${((100 * hits) / queries.length).toFixed(0)} %) with the expected program in the top 3`);
    const misses = queries.filter((_, i) => !node.top3[i]).map((q) => `${q.kind}: "${q.q}"`);
    if (misses.length) lines.push(`  missed            ${misses.join('; ')}`);
    const slow = queries.map((q, i) => ({ q, t: node.first[i]! })).sort((a, c) => c.t - a.t).slice(0, 3);
    lines.push(`  slowest (Node)    ${slow.map((s) => `${s.q.kind} "${s.q.q}" ${ms(s.t)}`).join('; ')}`);
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
} finally {
  await b?.close();
  if (keep) console.log(`corpora kept in ${scratch}`);
  else rmSync(scratch, { recursive: true, force: true });
}

console.log(`State Levers search benchmark (Node ${process.version}${b ? ', headless Chromium' : ''})`);
const built = join(root, 'dist', 'search-index.json');
if (existsSync(built)) console.log(`The site's own index (${built.slice(root.length + 1)}): ${kib(statSync(built).size)} raw, ${kib(gz(readFileSync(built, 'utf8')))} gzip`);
console.log(lines.join('\n'));
