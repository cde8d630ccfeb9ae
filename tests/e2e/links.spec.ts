/**
 * Every internal link, script, stylesheet and image in the build resolves to a built file, and
 * every fragment (#source-x) names an element on the target page.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { findBrokenLinks } from '../../src/lib/link-check.ts';
import { base, builtPages, dist, readBuilt } from './site.ts';

test('no broken internal links or anchors', () => {
  const pages = builtPages().map(({ path, file }) => ({ path, html: readBuilt(file) }));
  const { broken, checked } = findBrokenLinks(pages, base, (path) => existsSync(path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path)));
  expect(broken, broken.join('\n')).toEqual([]);
  expect(checked).toBeGreaterThan(1000);
});
