/**
 * Citations of State Levers pages, one pure function per format. Every page that offers a
 * citation, every download and the citation metadata in the page head come from here, so the
 * formats always agree. The version date of an entry is its last-reviewed date; the access date
 * is the reader's to add (styles that want it take an optional `accessed`).
 */
import { formatDate, MONTHS, parsePartialDate } from './dates.ts';
import { SITE_NAME } from './site.ts';

export const PUBLISHER = SITE_NAME;

export interface CitableWork {
  /** Stable key, e.g. "colorado/local-accountability-system-grant". */
  id: string;
  /** The work's title as it should be cited, e.g. "Local Accountability System Grant Program (Colorado)". */
  title: string;
  /** Permanent absolute URL. */
  url: string;
  /** Version date, YYYY-MM-DD: when a person last reviewed the entry. */
  date: string;
  /** Optional access date, YYYY-MM-DD. */
  accessed?: string;
}

// MLA abbreviates months longer than four letters.
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const BIB_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function parts(date: string): { y: number; m: number; d: number } {
  const p = parsePartialDate(date);
  if (!p?.month || !p.day) throw new Error(`citation dates must be YYYY-MM-DD; got ${date}`);
  return { y: p.year, m: p.month, d: p.day };
}

/** The title a program is cited under: its name, with the state unless the name already says it. */
export function entryTitle(title: string, stateName: string): string {
  return title.toLowerCase().includes(stateName.toLowerCase()) ? title : `${title} (${stateName})`;
}

/** A citation as styled text: plain, plus which span is italic, so pages can render it safely. */
export interface StyledCitation {
  text: string;
  /** [start, end) of the part set in italics. */
  italic?: [number, number];
}

function styled(before: string, italic: string, after: string): StyledCitation {
  return { text: `${before}${italic}${after}`, italic: [before.length, before.length + italic.length] };
}

/** APA 7, webpage by an organisation that is also the site: the site name is not repeated. */
export function apa(w: CitableWork): StyledCitation {
  const { y, m, d } = parts(w.date);
  const retrieved = w.accessed ? `Retrieved ${formatDate(w.accessed)}, from ` : '';
  return styled(`${PUBLISHER}. (${y}, ${MONTHS[m - 1]} ${d}). `, w.title, `. ${retrieved}${w.url}`);
}

/** MLA 9: the organisation is both author and site, so it is given once, as the container. */
export function mla(w: CitableWork): StyledCitation {
  const { y, m, d } = parts(w.date);
  const accessed = w.accessed ? (() => {
    const a = parts(w.accessed!);
    return ` Accessed ${a.d} ${MLA_MONTHS[a.m - 1]} ${a.y}.`;
  })() : '';
  return styled(`“${w.title}.” `, PUBLISHER, `, ${d} ${MLA_MONTHS[m - 1]} ${y}, ${w.url.replace(/^https?:\/\//, '')}.${accessed}`);
}

/** Chicago 17/18, bibliography entry for a web page with a revision date. */
export function chicago(w: CitableWork): StyledCitation {
  parts(w.date); // throws unless the date is YYYY-MM-DD
  const accessed = w.accessed ? ` Accessed ${formatDate(w.accessed)}.` : '';
  return { text: `${PUBLISHER}. “${w.title}.” Last modified ${formatDate(w.date)}.${accessed} ${w.url}.` };
}

const COMBINING: Record<string, string> = {
  '\u0301': "'", '\u0300': '`', '\u0302': '^', '\u0308': '"', '\u0303': '~', '\u0304': '=', '\u0307': '.',
  '\u0327': 'c', '\u030C': 'v', '\u0306': 'u', '\u030B': 'H', '\u0328': 'k',
};

/** Escapes text for a BibTeX field: LaTeX specials, and accented letters as LaTeX accents. */
export function bibtexEscape(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const special: Record<string, string> = {
      '\\': '\\textbackslash{}', '{': '\\{', '}': '\\}', '&': '\\&', '%': '\\%', '$': '\\$', '#': '\\#', '_': '\\_',
      '~': '\\textasciitilde{}', '^': '\\textasciicircum{}', '“': '``', '”': "''", '–': '--', '—': '---',
    };
    if (special[ch]) {
      out += special[ch];
      continue;
    }
    const decomposed = ch.normalize('NFD');
    const base = decomposed[0]!;
    const mark = decomposed.slice(1);
    if (mark.length === 1 && COMBINING[mark] && /[A-Za-z]/.test(base)) {
      const cmd = COMBINING[mark]!;
      out += /[a-z]/i.test(cmd) ? `{\\${cmd}{${base}}}` : `{\\${cmd}${base}}`;
    } else {
      out += ch;
    }
  }
  return out;
}

function bibtexKey(w: CitableWork): string {
  const { y } = parts(w.date);
  return `statelevers-${w.id.replace(/[^a-z0-9]+/gi, '-')}-${y}`;
}

/** BibTeX (@online, which biblatex reads natively; BibTeX styles treat it as @misc). */
export function bibtex(w: CitableWork): string {
  const { y, m } = parts(w.date);
  const fields: [string, string][] = [
    ['author', `{${bibtexEscape(PUBLISHER)}}`],
    ['title', `{${bibtexEscape(w.title)}}`],
    ['organization', bibtexEscape(PUBLISHER)],
    ['year', String(y)],
    ['month', BIB_MONTHS[m - 1]!],
    ['date', w.date],
    ['url', w.url],
    ['note', `Last reviewed ${formatDate(w.date)}`],
  ];
  if (w.accessed) fields.push(['urldate', w.accessed]);
  // month is a BibTeX macro (no braces); everything else is braced.
  const body = fields.map(([k, v]) => `  ${k} = ${k === 'month' ? v : `{${v}}`}`).join(',\n');
  return `@online{${bibtexKey(w)},\n${body}\n}\n`;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** RIS, as read by Zotero, EndNote and Mendeley. */
export function ris(w: CitableWork): string {
  const { y } = parts(w.date);
  const lines = [
    ['TY', 'ELEC'],
    ['AU', PUBLISHER],
    ['TI', oneLine(w.title)],
    ['PY', String(y)],
    ['DA', `${w.date.replaceAll('-', '/')}/`],
    ['PB', PUBLISHER],
    ['UR', w.url],
    ['N1', `Last reviewed ${w.date}`],
  ];
  if (w.accessed) lines.push(['Y2', w.accessed.replace(/-/g, '/')]);
  lines.push(['ER', '']);
  // RIS lines end CR LF; "ER  - " closes the record.
  return `${lines.map(([k, v]) => `${k}  - ${v}`.trimEnd().replace(/^ER  -$/, 'ER  - ')).join('\r\n')}\r\n`;
}

/** CSL-JSON, the format citeproc-based tools (Zotero, Pandoc) use. */
export function cslJson(w: CitableWork): Record<string, unknown>[] {
  const { y, m, d } = parts(w.date);
  const item: Record<string, unknown> = {
    id: bibtexKey(w),
    type: 'webpage',
    title: w.title,
    author: [{ literal: PUBLISHER }],
    'container-title': PUBLISHER,
    publisher: PUBLISHER,
    issued: { 'date-parts': [[y, m, d]] },
    URL: w.url,
    note: `Last reviewed ${w.date}`,
  };
  if (w.accessed) {
    const a = parts(w.accessed);
    item.accessed = { 'date-parts': [[a.y, a.m, a.d]] };
  }
  return [item];
}

/** Highwire Press tags, read by Zotero and Google Scholar. */
export function highwireMeta(w: CitableWork): [string, string][] {
  parts(w.date); // throws unless the date is YYYY-MM-DD
  const date = w.date.replaceAll('-', '/');
  return [
    ['citation_title', w.title],
    ['citation_author', PUBLISHER],
    ['citation_publisher', PUBLISHER],
    ['citation_date', date],
    ['citation_online_date', date],
    ['citation_public_url', w.url],
    ['citation_language', 'en'],
  ];
}

export const DOWNLOADS = [
  { ext: 'bib', label: 'BibTeX', type: 'application/x-bibtex; charset=utf-8' },
  { ext: 'ris', label: 'RIS', type: 'application/x-research-info-systems; charset=utf-8' },
  { ext: 'json', label: 'CSL-JSON', type: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
] as const;
export type DownloadExt = (typeof DOWNLOADS)[number]['ext'];

export function download(w: CitableWork, ext: DownloadExt): string {
  if (ext === 'bib') return bibtex(w);
  if (ext === 'ris') return ris(w);
  return `${JSON.stringify(cslJson(w), null, 2)}\n`;
}
