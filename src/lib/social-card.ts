/**
 * Social cards: the 1200×630 images that link previews show (Open Graph, Twitter). Drawn as SVG
 * and rasterised to PNG at build time with a bundled font (DejaVu Sans), never the machine's own
 * fonts, so the output is the same on every machine. A card names the site, what the
 * page is, its title and summary, and shows the US map with the states concerned filled in.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
// The package's main entry is CommonJS, so it has a default export only.
import opentype, { type Font } from 'opentype.js';
import type { MapGeometry } from './map.ts';
import { CARD_HEIGHT, CARD_WIDTH } from './cards.ts';
import { escapeXml } from './xml.ts';

export interface CardContent {
  /** Small line above the title: "Colorado · State program". */
  kicker: string;
  title: string;
  summary: string;
  /** Bottom line, e.g. "Last reviewed 23 November 2026". */
  footer: string;
  /** States to highlight on the map (USPS codes). */
  highlight: readonly string[];
}

export interface Fonts {
  regular: Font;
  bold: Font;
  /** The raw files, for the rasteriser. */
  buffers: Uint8Array[];
}

const require = createRequire(import.meta.url);
const fontFile = (name: string) => require.resolve(`dejavu-fonts-ttf/ttf/${name}`);
const toArrayBuffer = (b: Buffer) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

let fonts: Fonts | undefined;
export function loadFonts(): Fonts {
  if (!fonts) {
    const regular = readFileSync(fontFile('DejaVuSans.ttf'));
    const bold = readFileSync(fontFile('DejaVuSans-Bold.ttf'));
    fonts = { regular: opentype.parse(toArrayBuffer(regular)), bold: opentype.parse(toArrayBuffer(bold)), buffers: [new Uint8Array(regular), new Uint8Array(bold)] };
  }
  return fonts;
}

/**
 * Width of a line in pixels from the glyphs' advance widths. Kerning is left out: it moves a
 * line by a pixel or two, and wrapping keeps a margin anyway.
 */
export function textWidth(font: Font, text: string, size: number): number {
  let units = 0;
  for (const ch of text) units += font.charToGlyph(ch).advanceWidth ?? font.unitsPerEm / 2;
  return (units * size) / font.unitsPerEm;
}

/**
 * Greedy word wrap by measured width. When the text needs more than `maxLines`, the last line is
 * cut at a word and ends with an ellipsis, so a card never shows half a word.
 */
export function wrapText(text: string, measure: (s: string) => number, maxWidth: number, maxLines: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let i = 0;
  for (; i < words.length; i++) {
    const next = line ? `${line} ${words[i]}` : words[i]!;
    if (measure(next) <= maxWidth || !line) {
      line = next;
      continue;
    }
    lines.push(line);
    line = words[i]!;
    if (lines.length === maxLines) break;
  }
  if (lines.length < maxLines) {
    if (line) lines.push(line);
    return lines;
  }
  // Out of room: finish the last line with as many words as fit before an ellipsis.
  let last = lines[maxLines - 1]!;
  while (last.includes(' ') && measure(`${last}…`) > maxWidth) last = last.slice(0, last.lastIndexOf(' '));
  lines[maxLines - 1] = `${last.replace(/[\s,;:.–—-]+$/, '')}…`;
  return lines;
}

const PALETTE = { bg: '#0b2540', panel: '#12335a', text: '#ffffff', muted: '#c5d6ea', accent: '#8cc4ff', land: '#2a4d75', border: '#0b2540', on: '#ffcf5c' };

function textAt(weight: 'normal' | 'bold', text: string, x: number, y: number, size: number, fill: string): string {
  return `<text x="${x}" y="${y.toFixed(1)}" font-family="DejaVu Sans" font-weight="${weight}" font-size="${size}" fill="${fill}">${escapeXml(text)}</text>`;
}

/** The card as an SVG document. */
export function cardSvg(card: CardContent, map: MapGeometry, f: Fonts = loadFonts()): string {
  const pad = 64;
  const mapWidth = 420;
  const maxWidth = CARD_WIDTH - pad * 3 - mapWidth;
  const regular = (s: string, size: number) => textWidth(f.regular, s, size);
  const bold = (s: string, size: number) => textWidth(f.bold, s, size);
  const on = new Set(card.highlight);
  const parts: string[] = [];
  // Site name with the logo mark.
  parts.push(`<rect x="${pad}" y="${pad - 6}" width="40" height="40" rx="8" fill="${PALETTE.accent}"/>`);
  parts.push(`<path d="M${pad + 11} ${pad + 23}V${pad + 9}m9 14V${pad + 13}m9 10v-6" stroke="${PALETTE.bg}" stroke-width="4" stroke-linecap="round" fill="none" transform="translate(0 6)"/>`);
  parts.push(textAt('bold', 'State Levers', pad + 56, pad + 26, 30, PALETTE.text));
  // Kicker, title, summary.
  let y = pad + 110;
  for (const line of wrapText(card.kicker, (s) => regular(s, 28), maxWidth, 1)) {
    parts.push(textAt('normal', line, pad, y, 28, PALETTE.accent));
  }
  const titleSize = bold(card.title, 58) <= maxWidth * 2 ? 58 : 48;
  const titleLines = wrapText(card.title, (s) => bold(s, titleSize), maxWidth, 3);
  y += 22;
  for (const line of titleLines) {
    y += titleSize * 1.18;
    parts.push(textAt('bold', line, pad, y, titleSize, PALETTE.text));
  }
  y += 24;
  const summaryLines = wrapText(card.summary, (s) => regular(s, 26), maxWidth, titleLines.length > 2 ? 2 : 3);
  for (const line of summaryLines) {
    y += 26 * 1.4;
    parts.push(textAt('normal', line, pad, y, 26, PALETTE.muted));
  }
  parts.push(textAt('normal', card.footer, pad, CARD_HEIGHT - pad + 8, 24, PALETTE.muted));
  // The map, scaled into the right-hand column.
  const scale = mapWidth / map.width;
  const mapX = CARD_WIDTH - pad - mapWidth;
  const mapY = (CARD_HEIGHT - map.height * scale) / 2 + 20;
  const shapes = map.states.map((s) => `<path d="${s.d}" fill="${on.has(s.state.code) ? PALETTE.on : PALETTE.land}"/>`).join('');
  parts.push(
    `<g transform="translate(${mapX.toFixed(1)} ${mapY.toFixed(1)}) scale(${scale.toFixed(5)})">${shapes}<path d="${map.innerBorders}" fill="none" stroke="${PALETTE.border}" stroke-width="1.2"/></g>`,
  );
  const label = `${card.kicker}. ${card.title}. ${card.summary} ${card.footer}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}"><title>${escapeXml(label)}</title><rect width="100%" height="100%" fill="${PALETTE.bg}"/><rect x="0" y="${CARD_HEIGHT - 12}" width="${CARD_WIDTH}" height="12" fill="${PALETTE.accent}"/>${parts.join('')}</svg>`;
}

let wasmReady: Promise<void> | undefined;
function ensureWasm(): Promise<void> {
  wasmReady ??= initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
  return wasmReady;
}

export async function renderPng(svg: string, f: Fonts = loadFonts()): Promise<Uint8Array> {
  await ensureWasm();
  const resvg = new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH }, font: { fontBuffers: f.buffers, defaultFontFamily: 'DejaVu Sans' } });
  const image = resvg.render();
  const png = image.asPng();
  image.free();
  resvg.free();
  return png;
}
