import type { APIRoute } from 'astro';
import { getCatalog } from '../../../../lib/catalog.ts';
import { programWork } from '../../../../lib/citable.ts';
import { citationPaths, citationResponse } from '../../../../lib/citation-files.ts';
import type { CitableWork, DownloadExt } from '../../../../lib/cite.ts';

export async function getStaticPaths() {
  const catalog = await getCatalog();
  const site = import.meta.env.SITE;
  return citationPaths(catalog.programs.map((p) => ({ params: { state: p.state.slug, program: p.slug }, work: programWork(p, site) })));
}

export const GET: APIRoute = ({ props }) => citationResponse(props.work as CitableWork, props.ext as DownloadExt);
