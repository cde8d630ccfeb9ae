/**
 * /.well-known/security.txt (RFC 9116). The contact is the site's contribute page unless
 * SECURITY_CONTACT names a mailto: or https: address. Expires a year after the newest review
 * date, so the file is the same on every build of the same content.
 */
import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/catalog.ts';
import { absoluteUrl, paths } from '../../lib/paths.ts';
import { securityTxt } from '../../lib/security-txt.ts';

export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  const origin = import.meta.env.SITE;
  const body = securityTxt({
    contact: process.env.SECURITY_CONTACT?.trim() || absoluteUrl(paths.contribute(), origin),
    canonical: absoluteUrl('/.well-known/security.txt', origin),
    asOf: catalog.asOf ?? '2026-01-01',
  });
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
