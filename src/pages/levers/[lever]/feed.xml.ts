import type { APIRoute } from 'astro';
import { getCatalog } from '../../../lib/catalog.ts';
import type { Lever } from '../../../lib/derive.ts';
import { leverFeed } from '../../../lib/feeds.ts';

export async function getStaticPaths() {
  const catalog = await getCatalog();
  return catalog.levers.map((l) => ({ params: { lever: l.id }, props: { lever: l } }));
}

export const GET: APIRoute = async ({ props, site }) => leverFeed(await getCatalog(), props.lever as Lever, site!);
