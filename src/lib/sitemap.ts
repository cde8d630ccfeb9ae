/** sitemap.xml (sitemaps.org protocol 0.9) and robots.txt. */
import { escapeXml } from './xml.ts';

export interface SitemapUrl {
  /** Absolute URL. */
  loc: string;
  /** YYYY-MM-DD */
  lastmod?: string | undefined;
}

export function sitemapXml(urls: readonly SitemapUrl[]): string {
  const unique = [...new Map(urls.map((u) => [u.loc, u])).values()].sort((a, b) => (a.loc < b.loc ? -1 : a.loc > b.loc ? 1 : 0));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...unique.map((u) => `  <url><loc>${escapeXml(u.loc)}</loc>${u.lastmod ? `<lastmod>${u.lastmod}</lastmod>` : ''}</url>`),
    '</urlset>',
    '',
  ].join('\n');
}

export function robotsTxt(sitemapUrl: string, disallow: readonly string[] = []): string {
  return ['User-agent: *', ...disallow.map((p) => `Disallow: ${p}`), 'Allow: /', '', `Sitemap: ${sitemapUrl}`, ''].join('\n');
}
