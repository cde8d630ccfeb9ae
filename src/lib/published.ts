/**
 * What the site publishes for machines: feed entries and sitemap URLs, from the catalog and the
 * entries' git history. Pages and endpoints stay thin; this is the one place that decides what
 * "updated" means (the later of the last review and the last change).
 */
import { entryTitle } from './cite.ts';
import { latestDate } from './dates.ts';
import type { Catalog, Program } from './derive.ts';
import type { FeedEntry } from './feed.ts';
import { fileHistory } from './history.ts';
import { absoluteUrl, paths } from './paths.ts';
import type { SitemapUrl } from './sitemap.ts';

/** Pages that are not built from content, in the sitemap. */
const STATIC_PAGES = [paths.home(), paths.states(), paths.levers(), paths.search(), paths.compare(), paths.data(), paths.methodology(), paths.about(), paths.contribute(), paths.accessibility()];

/** Last review or last commit, whichever is later. */
function programUpdated(p: Program): string {
  return latestDate([p.data.lastReviewed, fileHistory(p.file).revisions[0]?.date])!;
}

export function programFeedEntry(p: Program, catalog: Pick<Catalog, 'leverById'>, site: URL | string): FeedEntry {
  const url = absoluteUrl(paths.program(p.id), site);
  const history = fileHistory(p.file);
  return {
    id: url,
    title: entryTitle(p.data.title, p.state.name),
    url,
    updated: programUpdated(p),
    // The first commit is the publication date only when the whole history is known.
    published: history.complete ? history.revisions.at(-1)?.date : undefined,
    summary: p.data.summary,
    categories: [p.state.name, ...p.data.levers.map((l) => catalog.leverById.get(l.lever)?.title ?? l.lever)],
  };
}

export function sitemapUrls(catalog: Catalog, site: URL | string): SitemapUrl[] {
  const abs = (path: string) => absoluteUrl(path, site);
  return [
    ...STATIC_PAGES.map((path) => ({ loc: abs(path) })),
    ...catalog.programs.map((p) => ({ loc: abs(paths.program(p.id)), lastmod: programUpdated(p) })),
    ...catalog.states.map((s) => ({
      loc: abs(paths.state(s.state.slug)),
      lastmod: latestDate([...s.programs.map(programUpdated), s.overview?.lastReviewed]),
    })),
    ...catalog.levers.map((l) => ({
      loc: abs(paths.lever(l.id)),
      lastmod: latestDate((catalog.programsByLever.get(l.id) ?? []).map(programUpdated)),
    })),
  ];
}
