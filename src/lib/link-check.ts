/**
 * Finds broken internal links in a built site: every href and src that points inside the site
 * must name a built file, and every #fragment an element id on the target page. Pure: give it
 * the pages' HTML keyed by site path, and a function saying whether a file exists.
 */
export interface BuiltPage {
  /** Site path without the base, e.g. "/states/colorado/". */
  path: string;
  html: string;
}

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&#x27;/g, "'");

export function findBrokenLinks(pages: readonly BuiltPage[], base: string, fileExists: (sitePath: string) => boolean): { broken: string[]; checked: number } {
  const ids = new Map<string, Set<string>>();
  for (const p of pages) ids.set(p.path, new Set([...p.html.matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]!))));
  const broken: string[] = [];
  let checked = 0;
  for (const { path: from, html } of pages) {
    for (const m of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      const url = decode(m[1]!);
      if (/^(https?:|mailto:|data:)/.test(url)) continue;
      checked++;
      const resolved = new URL(url, `http://site${base}${from.slice(1)}`);
      if (!resolved.pathname.startsWith(base)) {
        broken.push(`${from} → ${url} (outside the base path ${base})`);
        continue;
      }
      const path = `/${resolved.pathname.slice(base.length)}`;
      if (!fileExists(path)) {
        broken.push(`${from} → ${url} (nothing at ${path})`);
        continue;
      }
      const fragment = decodeURIComponent(resolved.hash.slice(1));
      if (fragment && !ids.get(path)?.has(fragment)) broken.push(`${from} → ${url} (no element #${fragment})`);
    }
  }
  return { broken, checked };
}
