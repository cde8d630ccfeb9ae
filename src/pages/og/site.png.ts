import type { APIRoute } from 'astro';
import { cardResponse } from '../../lib/card-response.ts';
import { siteCard } from '../../lib/cards.ts';
import { getCatalog } from '../../lib/catalog.ts';

export const GET: APIRoute = async () => cardResponse(siteCard(await getCatalog()));
