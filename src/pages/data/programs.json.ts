import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/catalog.ts';
import { programRecord } from '../../lib/open-data.ts';
import { absoluteUrl } from '../../lib/paths.ts';

export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  const records = catalog.programs.map((p) => programRecord(p, (path) => absoluteUrl(path, import.meta.env.SITE)));
  return new Response(`${JSON.stringify(records, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
