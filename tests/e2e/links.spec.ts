/**
 * Every internal link, script, stylesheet and image in the build resolves to a built file, and
 * every fragment (#source-x) names an element on the target page.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { base, builtPages, dist, readBuilt } from './site.ts';

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

test('no broken internal links or anchors', () => {
  const pages = builtPages();
  const ids = new Map<string, Set<string>>();
  const refs: { from: string; url: string }[] = [];
  for (const { path, file } of pages) {
    const html = readBuilt(file);
    ids.set(path, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]!))));
    for (const m of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) refs.push({ from: path, url: decode(m[1]!) });
  }
  const broken: string[] = [];
  let checked = 0;
  for (const { from, url } of refs) {
    if (/^(https?:|mailto:|data:)/.test(url)) continue;
    checked++;
    const resolved = new URL(url, `http://site${base}${from.slice(1)}`);
    if (!resolved.pathname.startsWith(base)) {
      broken.push(`${from} → ${url} (outside the base path ${base})`);
      continue;
    }
    const path = `/${resolved.pathname.slice(base.length)}`;
    const file = path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
    if (!existsSync(file)) {
      broken.push(`${from} → ${url} (no file ${path})`);
      continue;
    }
    const fragment = decodeURIComponent(resolved.hash.slice(1));
    if (fragment && !ids.get(path)?.has(fragment)) broken.push(`${from} → ${url} (no element #${fragment})`);
  }
  expect(broken, broken.join('\n')).toEqual([]);
  expect(checked).toBeGreaterThan(1000);
});
