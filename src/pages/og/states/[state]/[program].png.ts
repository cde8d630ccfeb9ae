import type { APIRoute } from 'astro';
import { cardResponse } from '../../../../lib/card-response.ts';
import { programCard } from '../../../../lib/cards.ts';
import { getCatalog } from '../../../../lib/catalog.ts';
import type { Program } from '../../../../lib/derive.ts';

export async function getStaticPaths() {
  const catalog = await getCatalog();
  return catalog.programs.map((p) => ({ params: { state: p.state.slug, program: p.slug }, props: { program: p } }));
}

export const GET: APIRoute = ({ props }) => cardResponse(programCard(props.program as Program));
