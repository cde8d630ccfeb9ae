/**
 * npm run bench — builds the site and prints what it costs: build time, page count and the
 * bytes a reader downloads (raw and gzip) for the home page, its map and its scripts.
 * Figures, not pass/fail: budgets are checked by reading them, never by a timed test.
 * Usage: node scripts/bench.ts [--no-build]
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { buildMapGeometry } from '../src/lib/map.ts';

const root = process.cwd();
const dist = join(root, 'dist');
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const gz = (buf: Buffer | string) => gzipSync(buf, { level: 9 }).length;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const f = join(dir, n);
    return statSync(f).isDirectory() ? walk(f) : [f];
  });
}

const rows: [string, string][] = [];
if (!process.argv.includes('--no-build')) {
  const t0 = performance.now();
  execFileSync('npm', ['run', 'build'], { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  rows.push(['build (content check + astro build)', `${((performance.now() - t0) / 1000).toFixed(1)} s`]);
}

const files = walk(dist);
const pages = files.filter((f) => f.endsWith('.html'));
rows.push(['pages built', String(pages.length)]);
rows.push(['dist total', kib(files.reduce((n, f) => n + statSync(f).size, 0))]);

const pageStats = pages.map((f) => ({ f, raw: statSync(f).size, gz: gz(readFileSync(f)) })).sort((a, b) => b.gz - a.gz);
const median = pageStats[Math.floor(pageStats.length / 2)]!;
rows.push(['largest page (gzip)', `${kib(pageStats[0]!.gz)} ${pageStats[0]!.f.slice(dist.length)}`]);
rows.push(['median page (gzip)', kib(median.gz)]);

const home = readFileSync(join(dist, 'index.html'), 'utf8');
rows.push(['home page HTML', `${kib(home.length)} raw, ${kib(gz(home))} gzip (budget 60 KiB gzip)`]);
const svg = /<svg class="map__svg[\s\S]*?<\/svg>/.exec(home)?.[0] ?? '';
rows.push(['home map SVG', `${kib(svg.length)} raw, ${kib(gz(svg))} gzip on its own`]);

const scripts = [...home.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
const js = scripts.map((src) => readFileSync(join(dist, src.replace(/^.*?\/_astro\//, '_astro/'))));
rows.push(['home JavaScript', `${scripts.length} file(s), ${kib(js.reduce((n, b) => n + b.length, 0))} raw, ${kib(js.reduce((n, b) => n + gz(b), 0))} gzip (map budget 10 KiB gzip)`]);
const css = files.filter((f) => f.endsWith('.css'));
rows.push(['CSS', `${css.length} file(s), ${kib(css.reduce((n, f) => n + gz(readFileSync(f)), 0))} gzip`]);

const topo = JSON.parse(readFileSync(join(root, 'node_modules/us-atlas/states-albers-10m.json'), 'utf8'));
for (const area of [0, 1]) {
  const t0 = performance.now();
  const g = buildMapGeometry(topo, area);
  const ms = performance.now() - t0;
  const all = g.states.map((s) => s.d).join('') + g.innerBorders + g.outline;
  rows.push([`map geometry, simplify ${area ? `${area} px²` : 'off'}`, `${kib(all.length)} raw, ${kib(gz(all))} gzip, computed in ${ms.toFixed(0)} ms`]);
}

const width = Math.max(...rows.map(([k]) => k.length));
console.log(`State Levers benchmark (Node ${process.version})\n`);
for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
