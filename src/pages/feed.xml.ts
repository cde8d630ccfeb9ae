import type { APIRoute } from 'astro';
import { getCatalog } from '../lib/catalog.ts';
import { siteFeed } from '../lib/feeds.ts';

export const GET: APIRoute = async ({ site }) => siteFeed(await getCatalog(), site!);
