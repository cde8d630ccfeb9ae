/** What each page's social card says, and where it lives. */
import type { Catalog, Lever, Program, StateSummary } from './derive.ts';
import { formatDate } from './dates.ts';
import { plural } from './format.ts';
import type { CardContent } from './social-card.ts';

/** Pixel size of every card (the size Open Graph and X recommend), also stated in each page's head. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export const cardPaths = {
  site: () => '/og/site.png',
  state: (slug: string) => `/og/states/${slug}.png`,
  program: (id: string) => `/og/states/${id}.png`,
  lever: (id: string) => `/og/levers/${id}.png`,
};

const reviewed = (date: string) => `Sourced entry · last reviewed ${formatDate(date)}`;

export function siteCard(catalog: Catalog): CardContent {
  const covered = catalog.states.filter((s) => s.programs.length > 0);
  return {
    kicker: 'State policy for K-12 district innovation',
    title: 'What room does each state give districts to innovate?',
    summary: 'Waivers, competency-based learning, local accountability, learning anywhere: every program sourced, compared and easy to cite.',
    footer: `${plural(catalog.programs.length, 'program')} in ${plural(covered.length, 'state')}`,
    highlight: covered.map((s) => s.state.code),
  };
}

export function programCard(p: Program): CardContent {
  return { kicker: `${p.state.name} · state program`, title: p.data.title, summary: p.data.summary, footer: reviewed(p.data.lastReviewed), highlight: [p.state.code] };
}

export function stateCard(s: StateSummary): CardContent {
  const names = s.programs.map((p) => p.data.title).join('; ');
  return {
    kicker: `${s.state.name} · ${plural(s.programs.length, 'program')}`,
    title: `${s.state.name}: how the state lets districts innovate`,
    summary: s.overview?.summary ?? (names || 'No program documented yet. Know one? Suggest it, with a source.'),
    footer: 'Every fact sourced · State Levers',
    highlight: [s.state.code],
  };
}

export function leverCard(l: Lever, programs: readonly Program[]): CardContent {
  const states = [...new Set(programs.map((p) => p.state.code))];
  return {
    kicker: 'Lever · how states compare',
    title: l.title,
    summary: l.definition,
    footer: `${plural(programs.length, 'program')} in ${plural(states.length, 'state')}`,
    highlight: states,
  };
}

/** Alt text for a card image: what it shows, in one line. */
export function cardAlt(card: CardContent): string {
  return `${card.kicker}: ${card.title}. ${card.footer}.`;
}
