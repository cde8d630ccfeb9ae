/**
 * npm run test:build — properties of the build itself, which no page test can see:
 *  1. Reproducible: two clean builds of the same commit are byte-identical.
 *  2. Self-contained: the build passes with an empty environment (no secrets, no SITE_URL).
 *  3. Portable: a build under a base path (/state-levers/) has no broken internal link.
 * Builds go to a temporary folder, never to dist/. Exits 1 on any failure.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { findBrokenLinks } from '../src/lib/link-check.ts';

const root = process.cwd();
const scratch = mkdtempSync(join(tmpdir(), 'state-levers-build-'));
const failures: string[] = [];

function build(outDir: string, env: Record<string, string>): void {
  // Only PATH and HOME: a build must not depend on anything else in the environment.
  const base = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? scratch, ASTRO_TELEMETRY_DISABLED: '1' };
  execFileSync(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir], {
    cwd: root,
    env: { ...base, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const f = join(dir, n);
    return statSync(f).isDirectory() ? files(f) : [f];
  });
}

function digest(dir: string): Map<string, string> {
  return new Map(files(dir).map((f) => [relative(dir, f).split(sep).join('/'), createHash('sha256').update(readFileSync(f)).digest('hex')]));
}

try {
  const a = join(scratch, 'a');
  const b = join(scratch, 'b');
  build(a, {});
  build(b, {});
  const da = digest(a);
  const db = digest(b);
  const differ = [...new Set([...da.keys(), ...db.keys()])].filter((k) => da.get(k) !== db.get(k));
  if (differ.length) failures.push(`two builds differ in ${differ.length} file(s): ${differ.slice(0, 10).join(', ')}`);
  else console.log(`✓ reproducible: two builds with an empty environment are byte-identical (${da.size} files)`);

  const c = join(scratch, 'c');
  const basePath = '/state-levers/';
  build(c, { BASE_PATH: basePath, SITE_URL: 'https://levers.test' });
  const pages = files(c)
    .filter((f) => f.endsWith('.html'))
    .map((f) => {
      const rel = relative(c, f).split(sep).join('/');
      return { path: rel === 'index.html' ? '/' : `/${rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel}`, html: readFileSync(f, 'utf8') };
    });
  const { broken, checked } = findBrokenLinks(pages, basePath, (p) => existsSync(p.endsWith('/') ? join(c, p, 'index.html') : join(c, p)));
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(join(c, 'states', 'index.html'), 'utf8'))?.[1];
  if (canonical !== 'https://levers.test/state-levers/states/') failures.push(`canonical URL under a base path is ${canonical}`);
  if (broken.length) failures.push(`under ${basePath}: ${broken.length} broken link(s):\n  ${broken.slice(0, 20).join('\n  ')}`);
  else console.log(`✓ portable: under ${basePath}, ${checked} internal links across ${pages.length} pages all resolve`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

if (failures.length) {
  console.error(failures.map((f) => `✖ ${f}`).join('\n'));
  process.exit(1);
}

