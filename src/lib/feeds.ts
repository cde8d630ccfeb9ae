/** The site's feeds: which entries each one carries and what it is called. */
import { CONTENT_LICENSE, SITE_NAME } from './site.ts';
import type { Catalog, Lever, Program, StateSummary } from './derive.ts';
import { atomFeed } from './feed.ts';
import { absoluteUrl, paths } from './paths.ts';
import { programFeedEntry } from './published.ts';

const feedPaths = {
  site: () => '/feed.xml',
  state: (slug: string) => `/states/${slug}/feed.xml`,
  lever: (id: string) => `/levers/${id}/feed.xml`,
};

export interface FeedLink {
  title: string;
  path: string;
}

export const siteFeedLink: FeedLink = { title: `${SITE_NAME}: new and updated entries`, path: feedPaths.site() };
export const stateFeedLink = (s: StateSummary): FeedLink => ({ title: `${SITE_NAME}: ${s.state.name}`, path: feedPaths.state(s.state.slug) });
export const leverFeedLink = (l: Lever): FeedLink => ({ title: `${SITE_NAME}: ${l.title}`, path: feedPaths.lever(l.id) });

const rights = `Text and data: ${CONTENT_LICENSE.name}`;

function feedXml(catalog: Catalog, link: FeedLink, pagePath: string, subtitle: string, programs: readonly Program[], site: URL | string): Response {
  const body = atomFeed({
    title: link.title,
    subtitle,
    selfUrl: absoluteUrl(link.path, site),
    pageUrl: absoluteUrl(pagePath, site),
    author: SITE_NAME,
    rights,
    entries: programs.map((p) => programFeedEntry(p, catalog, site)),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}

export const siteFeed = (catalog: Catalog, site: URL | string) =>
  feedXml(catalog, siteFeedLink, paths.home(), 'State programs that give K-12 districts room to innovate: new entries and entries reviewed or changed.', catalog.programs, site);

export const stateFeed = (catalog: Catalog, s: StateSummary, site: URL | string) =>
  feedXml(catalog, stateFeedLink(s), paths.state(s.state.slug), `New and updated entries on ${s.state.name}'s programs for district innovation.`, s.programs, site);

export const leverFeed = (catalog: Catalog, l: Lever, site: URL | string) =>
  feedXml(catalog, leverFeedLink(l), paths.lever(l.id), `New and updated entries on programs that use this lever: ${l.title.toLowerCase()}.`, catalog.programsByLever.get(l.id) ?? [], site);
