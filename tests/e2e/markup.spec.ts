/**
 * Every built page is valid, well-structured HTML: html-validate's recommended, document and a11y
 * presets with no errors, a language, a unique title, one main, one h1 and no skipped heading level.
 */
import { HtmlValidate } from 'html-validate';
import { expect, test } from '@playwright/test';
import { builtPages, readBuilt } from './site.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended', 'html-validate:document', 'html-validate:a11y'],
  rules: {
    // Subresource integrity guards files fetched from other origins; every asset here is same-origin.
    'require-sri': ['error', { target: 'crossorigin' }],
    // Program pages are titled with the official program name and its state, which readers need in
    // bookmarks, tabs and reference managers; official names run past the 70-character default.
    'long-title': ['error', { maxlength: 140 }],
    // A RIS record ends with the line "ER  - ", trailing space included, and the citation tools show
    // records verbatim in <pre>; whitespace at a line's end is formatting, not an HTML error.
    'no-trailing-whitespace': 'off',
  },
});

const pages = builtPages();

test('every page passes html-validate', async () => {
  const failures: string[] = [];
  for (const { path, file } of pages) {
    const report = await validator.validateFile(file);
    for (const r of report.results) for (const m of r.messages) failures.push(`${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  expect(failures, failures.slice(0, 50).join('\n')).toEqual([]);
  expect(pages.length).toBeGreaterThan(100);
});

test('every page has a language, a unique title, one main, one h1 and ordered headings', () => {
  const titles = new Map<string, string>();
  const problems: string[] = [];
  for (const { path, file } of pages) {
    const html = readBuilt(file);
    if (!/<html lang="en"/.test(html)) problems.push(`${path}: no lang`);
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
    if (!title) problems.push(`${path}: no title`);
    else if (titles.has(title)) problems.push(`${path}: same title as ${titles.get(title)}: ${title}`);
    else titles.set(title, path);
    if ((html.match(/<main[\s>]/g) ?? []).length !== 1) problems.push(`${path}: not exactly one <main>`);
    if ((html.match(/<h1[\s>]/g) ?? []).length !== 1) problems.push(`${path}: not exactly one <h1>`);
    let previous = 0;
    for (const m of html.matchAll(/<h([1-6])[\s>]/g)) {
      const level = Number(m[1]);
      if (level > previous + 1) problems.push(`${path}: h${level} after h${previous}`);
      previous = level;
    }
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

test('every page carries a strict content security policy', () => {
  const problems: string[] = [];
  for (const { path, file } of pages) {
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(readBuilt(file))?.[1] ?? '';
    for (const needed of ["object-src 'none'", "base-uri 'self'", "default-src 'self'", "script-src 'self'"]) {
      if (!csp.includes(needed)) problems.push(`${path}: CSP lacks ${needed}`);
    }
    if (/unsafe-inline|unsafe-eval/.test(csp)) problems.push(`${path}: CSP allows unsafe-inline or unsafe-eval`);
  }
  expect(problems, problems.join('\n')).toEqual([]);
});
