import type { APIRoute } from 'astro';
import { getCatalog } from '../../../lib/catalog.ts';
import { leverWork } from '../../../lib/citable.ts';
import { citationPaths, citationResponse } from '../../../lib/citation-files.ts';
import type { CitableWork, DownloadExt } from '../../../lib/cite.ts';

export async function getStaticPaths() {
  const catalog = await getCatalog();
  const site = import.meta.env.SITE;
  return citationPaths(catalog.levers.map((l) => ({ params: { lever: l.id }, work: leverWork(l, catalog.programsByLever.get(l.id) ?? [], site, catalog.asOf ?? '2026-01-01') })));
}

export const GET: APIRoute = ({ props }) => citationResponse(props.work as CitableWork, props.ext as DownloadExt);
