import type { APIRoute } from 'astro';
import { getCatalog } from '../lib/catalog.ts';
import { sitemapUrls } from '../lib/published.ts';
import { sitemapXml } from '../lib/sitemap.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(sitemapXml(sitemapUrls(await getCatalog(), site!)), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
