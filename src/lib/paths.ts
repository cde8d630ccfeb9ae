/**
 * The only place internal URLs are built. Every link goes through `href()` so the site works
 * under any base path (BASE_PATH), and every page URL ends in a slash (one canonical form).
 * URLs are permanent: researchers cite them. Change none of these shapes.
 */

function envBase(): string {
  const env = (import.meta as { env?: { BASE_URL?: string } }).env;
  return env?.BASE_URL ?? '/';
}

/** Joins a site-relative path ("/states/") onto the base path ("/state-levers/"). */
export function href(path: string, base: string = envBase()): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const p = path.startsWith('/') ? path.slice(1) : path;
  return `${b}${p}`;
}

/** Absolute URL for canonical links, citations and feeds. */
export function absoluteUrl(path: string, site: string | URL, base: string = envBase()): string {
  return new URL(href(path, base), site).toString();
}

export const paths = {
  home: () => '/',
  states: () => '/states/',
  state: (stateSlug: string) => `/states/${stateSlug}/`,
  /** `id` is `<state-slug>/<program-slug>`. */
  program: (id: string) => `/states/${id}/`,
  levers: () => '/levers/',
  lever: (leverId: string) => `/levers/${leverId}/`,
  /** One lever's comparison table as CSV. */
  leverCsv: (leverId: string) => `/levers/${leverId}/programs.csv`,
  /** Side-by-side comparison; the chosen programs go in the query (see lib/compare.ts). */
  compare: () => '/compare/',
  /** The rules that show ticked programs' columns on /compare/ without scripts. */
  compareColumnsCss: () => '/compare/columns.css',
  /** The open data and its dictionary. */
  data: () => '/data/',
  programsJson: () => '/data/programs.json',
  programsCsv: () => '/data/programs.csv',
  methodology: () => '/methodology/',
  about: () => '/about/',
  contribute: () => '/contribute/',
  accessibility: () => '/accessibility/',
  /** The search page; with a query, `/search/?q=…` (the query is state, not part of the page's identity). */
  search: (query?: string) => (query ? `/search/?${new URLSearchParams({ q: query })}` : '/search/'),
} as const;

/** Strips the base path from a pathname, for comparing the current page with a link. */
export function withoutBase(pathname: string, base: string = envBase()): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return pathname.startsWith(b) ? `/${pathname.slice(b.length)}` : pathname;
}
