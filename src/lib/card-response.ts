/** PNG responses for the social-card endpoints. */
import { cardSvg, renderPng, type CardContent } from './social-card.ts';
import { usMap } from './map.ts';

export async function cardResponse(card: CardContent): Promise<Response> {
  const png = await renderPng(cardSvg(card, usMap()));
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
}
