import type { APIRoute } from 'astro';
import { getSearchDocuments } from '../lib/catalog.ts';
import { buildSearchIndex } from '../lib/search.ts';

/** The search index (see src/lib/search.ts), fetched by the browser on first use of a search box. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(buildSearchIndex(await getSearchDocuments())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
