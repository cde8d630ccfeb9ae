/**
 * What the site publishes for sharing and following: feeds, sitemap, robots.txt, Open Graph and
 * Twitter cards with their images, revision history and the printed brief.
 */
import { execFileSync } from 'node:child_process';
import { expect, test, builtPages, readBuilt, rel } from './site.ts';

const PROGRAM = '/states/colorado/local-accountability-system-grant/';
const PROGRAM_FILE = 'content/programs/colorado/local-accountability-system-grant.mdx';

type AtomEntry = { id: string; title: string; link: string; updated: string };
type Parsed = { error: string | null; root: string; ns: string | null; selfHref: string | null; entries: AtomEntry[] };

/** Parses XML with the browser's own XML parser, as a feed reader would. */
async function parseAtom(page: import('@playwright/test').Page, xml: string): Promise<Parsed> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const error = doc.querySelector('parsererror')?.textContent ?? null;
    const root = doc.documentElement;
    const kids = (el: Element, name: string) => [...el.children].filter((c) => c.localName === name);
    const entries = kids(root, 'entry').map((e) => ({
      id: kids(e, 'id')[0]?.textContent ?? '',
      title: kids(e, 'title')[0]?.textContent ?? '',
      link: kids(e, 'link')[0]?.getAttribute('href') ?? '',
      updated: kids(e, 'updated')[0]?.textContent ?? '',
    }));
    const selfHref = kids(root, 'link').find((l) => l.getAttribute('rel') === 'self')?.getAttribute('href') ?? null;
    return { error, root: root.localName, ns: root.namespaceURI, selfHref, entries };
  }, xml);
}

/** Site paths of the program pages in the build (moved-entry pages carry noindex and are left out). */
function programPaths(): string[] {
  return builtPages()
    .filter((p) => /^\/states\/[^/]+\/[^/]+\/$/.test(p.path) && !readBuilt(p.file).includes('name="robots" content="noindex"'))
    .map((p) => p.path);
}

test('the site feed is valid Atom with one entry per program, each linking to its page', async ({ page, request }) => {
  await page.goto(rel('/'));
  const href = await page.locator('head link[rel=alternate][type="application/atom+xml"]').first().getAttribute('href');
  const res = await request.get(new URL(href!, page.url()).toString());
  expect(res.ok()).toBe(true);
  const feed = await parseAtom(page, await res.text());
  expect(feed.error).toBeNull();
  expect([feed.root, feed.ns]).toEqual(['feed', 'http://www.w3.org/2005/Atom']);
  expect(feed.selfHref).toMatch(/\/feed\.xml$/);
  const programs = programPaths();
  expect(feed.entries.map((e) => new URL(e.link).pathname.replace(/^.*?\/states\//, '/states/')).sort()).toEqual([...programs].sort());
  for (const e of feed.entries) {
    expect(e.id).toBe(e.link);
    expect(e.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
    expect(e.title.length).toBeGreaterThan(5);
  }
  // Newest first.
  const dates = feed.entries.map((e) => e.updated);
  expect(dates).toEqual([...dates].sort().reverse());
});

test('state and lever pages link their own feeds, which carry only their programs', async ({ page, request }) => {
  for (const [path, linksTo] of [
    ['/states/kentucky/', (l: string) => l.includes('/states/kentucky/')],
    ['/levers/seat-time/', null],
  ] as const) {
    await page.goto(rel(path));
    const links = page.locator('head link[rel=alternate][type="application/atom+xml"]');
    await expect(links).toHaveCount(2);
    const own = await links.nth(1).getAttribute('href');
    const feed = await parseAtom(page, await (await request.get(new URL(own!, page.url()).toString())).text());
    expect(feed.error).toBeNull();
    expect(feed.entries.length).toBeGreaterThan(0);
    if (linksTo) for (const e of feed.entries) expect(linksTo(e.link), e.link).toBe(true);
    else {
      // A lever feed lists exactly the programs in the lever's comparison table.
      const rows = await page.locator('#lever-table-caption').locator('xpath=..').locator('tbody th[scope=row] a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(feed.entries.map((e) => new URL(e.link).pathname).sort()).toEqual(rows.map((h) => new URL(h).pathname).sort());
    }
  }
});

test('the sitemap lists every indexable page and robots.txt points to it', async ({ page, request }) => {
  const robots = await (await request.get(rel('/robots.txt'))).text();
  const sitemapUrl = robots.match(/^Sitemap: (\S+)$/m)?.[1];
  expect(sitemapUrl, robots).toMatch(/^https?:\/\/.+\/sitemap\.xml$/);
  const xml = await (await request.get(rel('/sitemap.xml'))).text();
  const { error, locs, lastmods } = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      locs: [...doc.getElementsByTagName('loc')].map((l) => l.textContent ?? ''),
      lastmods: [...doc.getElementsByTagName('lastmod')].map((l) => l.textContent ?? ''),
    };
  }, xml);
  expect(error).toBeNull();
  const listed = new Set(locs.map((l) => new URL(l).pathname));
  const base = new URL(sitemapUrl!).pathname.replace(/sitemap\.xml$/, '');
  const indexable = builtPages().filter((p) => p.path.endsWith('/') && !p.path.startsWith('/embed/') && !readBuilt(p.file).includes('content="noindex"'));
  for (const p of indexable) expect(listed.has(`${base}${p.path.slice(1)}`), `${p.path} missing from the sitemap`).toBe(true);
  expect(locs.length).toBe(indexable.length);
  for (const d of lastmods) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});

test('every page has Open Graph and Twitter tags, and program cards are 1200×630 PNGs', async ({ page, request }) => {
  for (const { path, file } of builtPages().filter((p) => p.path.endsWith('/') && !p.path.startsWith('/embed/'))) {
    const html = readBuilt(file);
    for (const tag of ['og:title', 'og:description', 'og:url', 'og:image', 'og:image:alt']) expect(html, `${path} lacks ${tag}`).toContain(`property="${tag}"`);
    expect(html, `${path} lacks twitter:card`).toContain('name="twitter:card" content="summary_large_image"');
  }
  await page.goto(rel(PROGRAM));
  const og = async (p: string) => page.locator(`meta[property="${p}"]`).getAttribute('content');
  expect(await og('og:url')).toBe(await page.locator('link[rel=canonical]').getAttribute('href'));
  expect(await og('og:type')).toBe('article');
  expect(await og('og:title')).toBe('Local Accountability System Grant Program (Colorado)');
  const image = (await og('og:image'))!;
  expect(image).toMatch(/^https?:\/\/.+\/og\/states\/colorado\/local-accountability-system-grant\.png$/);
  expect(await og('og:image:alt')).toContain('Colorado');
  const res = await request.get(rel(new URL(image).pathname.replace(/^.*?\/og\//, '/og/')));
  expect(res.ok()).toBe(true);
  const png = await res.body();
  // PNG signature, then the IHDR chunk's width and height.
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
});

test('a program page shows when it was last reviewed and what changed, from the git history', async ({ page }) => {
  await page.goto(rel(PROGRAM));
  const history = page.getByRole('region', { name: 'Revision history' });
  const reviewed = await page.locator('meta[name=citation_date]').getAttribute('content');
  await expect(history.locator('dd').first().locator('time')).toHaveAttribute('datetime', reviewed!.replaceAll('/', '-'));
  let subjects: string[] = [];
  try {
    subjects = execFileSync('git', ['log', '--follow', '--format=%s', '--', PROGRAM_FILE], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
  } catch {
    // Not a git checkout: the page must say the history is unavailable.
  }
  if (subjects.length === 0) {
    await expect(history).toContainText('not available');
  } else {
    const items = history.getByRole('listitem');
    await expect(items.first()).toContainText(subjects[0]!);
    await expect(items).toHaveCount(Math.min(subjects.length, 8));
  }
});

test('program pages link to a pre-filled correction report', async ({ page }) => {
  await page.goto(rel(PROGRAM));
  const link = page.getByRole('link', { name: 'Suggest a correction' });
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Suggest a program or a correction');
});

test('a program page prints as a brief: no navigation, its URL, last review and full source addresses', async ({ page }) => {
  await page.goto(rel(PROGRAM));
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeHidden();
  const canonical = (await page.locator('link[rel=canonical]').getAttribute('href'))!;
  await expect(page.locator('.print-url')).toHaveText(canonical);
  await expect(page.getByRole('region', { name: 'Revision history' }).getByText('Last reviewed', { exact: true })).toBeVisible();
  const after = await page.locator('.sources a[href^="http"]').first().evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('http');
  await expect(page.locator('copy-text').first()).toBeHidden();
  const pdf = await page.pdf({ format: 'Letter' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});
