/**
 * Atom feeds (RFC 4287) of new and updated entries: one for the whole site, one per state and
 * one per lever. Feed readers key entries on <id>, so an entry's id is its permanent URL and
 * <updated> moves whenever it is reviewed or changed.
 */
import { escapeXml } from './xml.ts';

export interface FeedEntry {
  id: string;
  title: string;
  url: string;
  /** YYYY-MM-DD */
  updated: string;
  /** YYYY-MM-DD, when first published, if known. */
  published?: string | undefined;
  summary: string;
  categories?: readonly string[];
}

export interface Feed {
  title: string;
  subtitle: string;
  /** Absolute URL of the feed itself. */
  selfUrl: string;
  /** Absolute URL of the HTML page the feed follows. */
  pageUrl: string;
  author: string;
  rights: string;
  entries: readonly FeedEntry[];
}

/** Newest first; ties broken by id so the output never depends on input order. */
export function sortEntries(entries: readonly FeedEntry[]): FeedEntry[] {
  return [...entries].sort((a, b) => (a.updated === b.updated ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.updated < b.updated ? 1 : -1));
}

// Atom wants full timestamps; our dates are days, so use midnight UTC.
const stamp = (day: string) => `${day}T00:00:00Z`;

export function atomFeed(feed: Feed): string {
  const entries = sortEntries(feed.entries);
  const updated = entries[0]?.updated ?? '1970-01-01';
  const e = escapeXml;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  <id>${e(feed.selfUrl)}</id>`,
    `  <title>${e(feed.title)}</title>`,
    `  <subtitle>${e(feed.subtitle)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${e(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${e(feed.pageUrl)}"/>`,
    `  <updated>${stamp(updated)}</updated>`,
    `  <author><name>${e(feed.author)}</name></author>`,
    `  <rights>${e(feed.rights)}</rights>`,
    ...entries.flatMap((x) => [
      '  <entry>',
      `    <id>${e(x.id)}</id>`,
      `    <title>${e(x.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${e(x.url)}"/>`,
      `    <updated>${stamp(x.updated)}</updated>`,
      ...(x.published ? [`    <published>${stamp(x.published)}</published>`] : []),
      `    <summary>${e(x.summary)}</summary>`,
      ...(x.categories ?? []).map((c) => `    <category term="${e(c)}"/>`),
      '  </entry>',
    ]),
    '</feed>',
    '',
  ];
  return lines.join('\n');
}
