import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/catalog.ts';
import { programRecords } from '../../lib/open-data.ts';

export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  const records = programRecords(catalog.programs, import.meta.env.SITE);
  return new Response(`${JSON.stringify(records, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
