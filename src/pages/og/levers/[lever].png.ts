import type { APIRoute } from 'astro';
import { cardResponse } from '../../../lib/card-response.ts';
import { leverCard } from '../../../lib/cards.ts';
import { getCatalog } from '../../../lib/catalog.ts';
import type { Lever, Program } from '../../../lib/derive.ts';

export async function getStaticPaths() {
  const catalog = await getCatalog();
  return catalog.levers.map((l) => ({ params: { lever: l.id }, props: { lever: l, programs: catalog.programsByLever.get(l.id) ?? [] } }));
}

export const GET: APIRoute = ({ props }) => cardResponse(leverCard(props.lever as Lever, props.programs as Program[]));
