/** What each kind of page is cited as: its title, permanent URL and version date. */
import type { CitableWork } from './cite.ts';
import { entryTitle } from './cite.ts';
import type { Lever, Program, StateSummary } from './derive.ts';
import { latestDate } from './dates.ts';
import { absoluteUrl, paths } from './paths.ts';

export function programWork(p: Program, site: URL | string): CitableWork {
  return { id: p.id, title: entryTitle(p.data.title, p.state.name), url: absoluteUrl(paths.program(p.id), site), date: p.data.lastReviewed };
}

/** A state page changes when any of its entries or its overview is reviewed. */
export function stateWork(s: StateSummary, site: URL | string, asOf: string): CitableWork {
  return {
    id: s.state.slug,
    title: `${s.state.name}: state programs for district innovation`,
    url: absoluteUrl(paths.state(s.state.slug), site),
    date: latestDate([...s.programs.map((p) => p.data.lastReviewed), s.overview?.lastReviewed]) ?? asOf,
  };
}

export function leverWork(l: Lever, programs: readonly Program[], site: URL | string, asOf: string): CitableWork {
  return {
    id: `lever-${l.id}`,
    title: `${l.title}: how states compare`,
    url: absoluteUrl(paths.lever(l.id), site),
    date: latestDate(programs.map((p) => p.data.lastReviewed)) ?? asOf,
  };
}
