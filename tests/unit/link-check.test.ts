import { describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../../src/lib/link-check.ts';

describe('link check', () => {
  const pages = [
    { path: '/', html: '<a href="/a/">a</a> <a href="/a/#x">x</a> <a href="/a/#y">y</a> <a href="/missing/">m</a> <a href="https://ext.test/">e</a> <img src="/img.png">' },
    { path: '/a/', html: '<h2 id="x">X</h2><a href="../">up</a><a href="#x">self</a>' },
  ];
  const exists = (p: string) => ['/', '/a/', '/img.png'].includes(p);

  it('reports missing pages and missing fragments, and skips external links', () => {
    const { broken, checked } = findBrokenLinks(pages, '/', exists);
    expect(broken).toEqual(['/ → /a/#y (no element #y)', '/ → /missing/ (nothing at /missing/)']);
    expect(checked).toBe(7);
  });

  it('treats links that escape the base path as broken', () => {
    const based = [{ path: '/', html: '<a href="/sub/a/">ok</a><a href="/a/">root</a>' }, { path: '/a/', html: '' }];
    const { broken } = findBrokenLinks(based, '/sub/', (p) => ['/', '/a/'].includes(p));
    expect(broken).toEqual(['/ → /a/ (outside the base path /sub/)']);
  });
});
