import type { APIRoute } from 'astro';
import { cardResponse } from '../../../lib/card-response.ts';
import { stateCard } from '../../../lib/cards.ts';
import { getCatalog } from '../../../lib/catalog.ts';
import type { StateSummary } from '../../../lib/derive.ts';

export async function getStaticPaths() {
  const catalog = await getCatalog();
  return catalog.states.map((s) => ({ params: { state: s.state.slug }, props: { summary: s } }));
}

export const GET: APIRoute = ({ props }) => cardResponse(stateCard(props.summary as StateSummary));
