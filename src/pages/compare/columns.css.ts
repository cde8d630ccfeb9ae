import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/catalog.ts';
import { staticColumnsCss } from '../../lib/compare.ts';

export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  return new Response(staticColumnsCss(catalog.programs.map((p) => p.id)), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
