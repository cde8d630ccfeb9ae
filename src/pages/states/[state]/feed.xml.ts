import type { APIRoute } from 'astro';
import { getCatalog } from '../../../lib/catalog.ts';
import type { StateSummary } from '../../../lib/derive.ts';
import { stateFeed } from '../../../lib/feeds.ts';

export async function getStaticPaths() {
  const catalog = await getCatalog();
  return catalog.states.map((s) => ({ params: { state: s.state.slug }, props: { summary: s } }));
}

export const GET: APIRoute = async ({ props, site }) => stateFeed(await getCatalog(), props.summary as StateSummary, site!);
