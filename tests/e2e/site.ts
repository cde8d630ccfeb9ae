/** Helpers shared by the end-to-end tests: what the build produced, and how to check a page. */
import AxeBuilder from '@axe-core/playwright';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { test as baseTest, expect, type Page } from '@playwright/test';

export const dist = join(import.meta.dirname, '..', '..', 'dist');
export const base = process.env.BASE_PATH ?? '/';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** Every HTML file in the build, as its site path ("/states/colorado/"). */
export function builtPages(): { path: string; file: string }[] {
  return walk(dist)
    .filter((f) => f.endsWith('.html'))
    .map((file) => {
      const rel = relative(dist, file).split(sep).join('/');
      const path = rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
      return { path, file };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

export function readBuilt(file: string): string {
  return readFileSync(file, 'utf8');
}

/** Site path → URL relative to baseURL (which already ends with the base path). */
export function rel(path: string): string {
  return path.replace(/^\//, '');
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** axe-core with WCAG 2.0–2.2 A and AA rules; target-size is off by default in axe, so turn it on. */
export async function axe(page: Page) {
  const results = await new AxeBuilder({ page })
    .options({ runOnly: { type: 'tag', values: WCAG_TAGS }, rules: { 'target-size': { enabled: true } } })
    .analyze();
  return results;
}

export function describeViolations(violations: { id: string; help: string; nodes: { target: unknown; failureSummary?: string }[] }[]): string {
  return violations
    .map((v) => `${v.id}: ${v.help}\n${v.nodes.slice(0, 5).map((n) => `  ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('\n')}`)
    .join('\n');
}

/**
 * Every browser test runs with these checks: no console error, no uncaught exception, no Content
 * Security Policy violation, no request to another origin and no cookie. A test that expects an
 * error (a 404 page) removes it from `problems` itself.
 */
export const test = baseTest.extend<{ problems: string[] }>({
  problems: [
    async ({ page, context, baseURL }, use) => {
      const problems: string[] = [];
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      page.on('console', (msg) => {
        if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
      });
      page.on('pageerror', (err) => problems.push(`exception: ${err.message}`));
      page.on('request', (req) => {
        const url = req.url();
        if (/^https?:/.test(url) && new URL(url).origin !== origin) problems.push(`third-party request: ${url}`);
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
      });
      await use(problems);
      const cookies = await context.cookies();
      if (cookies.length) problems.push(`cookies set: ${cookies.map((c) => c.name).join(', ')}`);
      expect(problems, problems.join('\n')).toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };
