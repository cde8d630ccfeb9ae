import { describe, expect, it } from 'vitest';
import { atomFeed, sortEntries, type FeedEntry } from '../../src/lib/feed.ts';
import { robotsTxt, sitemapXml } from '../../src/lib/sitemap.ts';
import { cardSvg, loadFonts, textWidth, wrapText } from '../../src/lib/social-card.ts';
import { buildMapGeometry } from '../../src/lib/map.ts';
import { escapeXml } from '../../src/lib/xml.ts';
import { latestDate } from '../../src/lib/dates.ts';
import states10m from 'us-atlas/states-10m.json' with { type: 'json' };
import type { Topology } from 'topojson-specification';

const entry = (id: string, updated: string, extra: Partial<FeedEntry> = {}): FeedEntry => ({ id: `https://x.test/${id}/`, title: id, url: `https://x.test/${id}/`, updated, summary: `About ${id}`, ...extra });

describe('xml', () => {
  it('escapes markup characters and drops characters XML forbids', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>\u0001`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
  });
});

describe('atom feed', () => {
  const feed = atomFeed({
    title: 'Feed & more',
    subtitle: 's',
    selfUrl: 'https://x.test/feed.xml',
    pageUrl: 'https://x.test/',
    author: 'State Levers',
    rights: 'CC BY 4.0',
    entries: [entry('b', '2026-01-02'), entry('a', '2026-03-01', { published: '2025-12-01', categories: ['Colorado', 'Seat time & credit'] }), entry('c', '2026-01-02')],
  });
  it('orders entries newest first, ties by id, and dates the feed by its newest entry', () => {
    expect([...feed.matchAll(/<entry>\s*<id>https:\/\/x\.test\/(\w)\//g)].map((m) => m[1])).toEqual(['a', 'b', 'c']);
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">\n  <id>https://x.test/feed.xml</id>');
    expect(feed.match(/<updated>([^<]+)<\/updated>/)![1]).toBe('2026-03-01T00:00:00Z');
    expect(feed).toContain('<published>2025-12-01T00:00:00Z</published>');
    expect(feed).toContain('<category term="Seat time &amp; credit"/>');
    expect(feed).toContain('<title>Feed &amp; more</title>');
  });
  it('is stable whatever order the entries come in', () => {
    const a = [entry('x', '2026-01-01'), entry('y', '2026-01-01'), entry('z', '2025-01-01')];
    expect(sortEntries(a)).toEqual(sortEntries([...a].reverse()));
  });
});

describe('sitemap and robots.txt', () => {
  it('lists each URL once, sorted, with escaped addresses and optional lastmod', () => {
    const xml = sitemapXml([{ loc: 'https://x.test/b/?q=1&r=2' }, { loc: 'https://x.test/a/', lastmod: '2026-11-23' }, { loc: 'https://x.test/a/', lastmod: '2026-11-23' }]);
    expect(xml.match(/<url>/g)).toHaveLength(2);
    expect(xml.indexOf('/a/')).toBeLessThan(xml.indexOf('/b/'));
    expect(xml).toContain('<loc>https://x.test/b/?q=1&amp;r=2</loc></url>');
    expect(xml).toContain('<lastmod>2026-11-23</lastmod>');
  });
  it('points robots to the sitemap', () => {
    expect(robotsTxt('https://x.test/sitemap.xml')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://x.test/sitemap.xml\n');
  });
  it('picks the latest date', () => {
    expect(latestDate(['2026-01-02', undefined, '2026-11-23', '2025-12-31'])).toBe('2026-11-23');
    expect(latestDate([undefined])).toBeUndefined();
  });
});

describe('social cards', () => {
  const measure = (s: string) => s.length * 10;
  it('wraps by measured width and never splits a word', () => {
    expect(wrapText('one two three four', measure, 100, 3)).toEqual(['one two', 'three four']);
    expect(wrapText('one two three four', measure, 95, 3)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('extraordinarily long', measure, 50, 2)).toEqual(['extraordinarily', 'long']);
  });
  it('ends a cut-off text with an ellipsis at a word boundary, within the width', () => {
    const lines = wrapText('alpha beta gamma delta epsilon zeta eta theta', measure, 120, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    for (const l of lines) expect(measure(l)).toBeLessThanOrEqual(120);
    expect(lines).toEqual(['alpha beta', 'gamma delta…']);
    // Room for the words but not the ellipsis: drop a word.
    expect(wrapText('alpha beta gamma delta epsilon', measure, 110, 2)).toEqual(['alpha beta', 'gamma…']);
  });
  it('measures text with the bundled font', () => {
    const { regular, bold } = loadFonts();
    expect(textWidth(regular, 'State Levers', 20)).toBeGreaterThan(100);
    expect(textWidth(bold, 'State Levers', 20)).toBeGreaterThan(textWidth(regular, 'State Levers', 20));
  });
  it('draws the title, escapes text and highlights the given states', () => {
    const map = buildMapGeometry(states10m as unknown as Topology);
    const svg = cardSvg({ kicker: 'Colorado · state program', title: 'Grants <for> A & B', summary: 'S', footer: 'F', highlight: ['CO'] }, map);
    expect(svg).toContain('Grants &lt;for&gt; A &amp; B');
    expect(svg.match(/fill="#ffcf5c"/g)).toHaveLength(1);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1200" height="630"/);
  });
});
