/**
 * Checks on a content file's bytes before anything parses it: an author's editor, not YAML,
 * should be the first suspect when a file is not plain UTF-8 text.
 */
import type { Problem } from './problems.ts';

export const MAX_FILE_BYTES = 256 * 1024;
export const FILE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*\.(mdx|md)$/;

export interface PreflightResult {
  text?: string;
  problems: Problem[];
}

function position(text: string, index: number): string {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  const column = index - before.lastIndexOf('\n');
  return `${line}:${column}`;
}

/** `expectExt` is the extension this collection uses ('mdx' for programs, 'md' for levers). */
export function preflight(file: string, bytes: Uint8Array, expectExt: 'mdx' | 'md'): PreflightResult {
  const problems: Problem[] = [];
  const name = file.split('/').pop() ?? file;
  const add = (field: string, message: string) => problems.push({ file, field, message });

  const m = FILE_NAME.exec(name);
  if (!m || m[1] !== expectExt) {
    add('(file name)', `file names are lower-case letters, digits and hyphens ending in .${expectExt}, e.g. "learn-everywhere.${expectExt}"; rename "${name}"`);
  }
  if (bytes.byteLength > MAX_FILE_BYTES) {
    add('(file)', `file is ${(bytes.byteLength / 1024).toFixed(1)} KiB; the limit is ${MAX_FILE_BYTES / 1024} KiB — shorten the body`);
    return { problems };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    add('(encoding)', 'file starts with a byte-order mark (BOM); re-save it as UTF-8 without BOM');
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    add('(encoding)', 'file is UTF-16; re-save it as UTF-8');
    return { problems };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    let i = 0;
    // Find the first bad byte so the author can locate it.
    for (; i < bytes.byteLength; i++) {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, i + 1));
      } catch {
        if (i + 4 >= bytes.byteLength) break;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, i + 4));
        } catch {
          break;
        }
      }
    }
    const byte = bytes[i] ?? 0;
    const hint = byte >= 0x80 && byte <= 0x9f ? ' (looks like Windows-1252 punctuation)' : byte >= 0xa0 ? ' (looks like Latin-1)' : '';
    add('(encoding)', `not valid UTF-8: byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} at offset ${i}${hint}; re-save the file as UTF-8`);
    return { problems };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const control = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/.exec(text);
  if (control) {
    const code = control[0].charCodeAt(0);
    const label = code === 0 ? 'a NUL byte' : code >= 0x202a ? 'a bidirectional-override character' : 'a control character';
    add(position(text, control.index), `${label} (U+${code.toString(16).toUpperCase().padStart(4, '0')}) is not allowed in content; delete it`);
  }
  if (/\r(?!\n)/.test(text)) add('(line endings)', 'old Mac line endings (CR) found; save with LF line endings');
  return problems.length ? { problems } : { text, problems };
}
