import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/paths.ts';
import { robotsTxt } from '../lib/sitemap.ts';

// Served from the base path; when the site lives under a sub-path, the host's own robots.txt
// should point to this sitemap too.
export const GET: APIRoute = ({ site }) => new Response(robotsTxt(absoluteUrl('/sitemap.xml', site!)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
