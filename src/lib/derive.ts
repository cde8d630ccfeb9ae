/**
 * Everything the pages show is derived here from the plain entry data: programs by state and by
 * lever, counts, and the order lists appear in. Pure, so it is unit-tested without Astro.
 */
import type { LeverData, ProgramData, StateOverviewData } from './schema.ts';
import { STATES, stateByCode, type State } from './states.ts';

export interface Lever extends LeverData {
  id: string;
}

export interface Program {
  /** `<state-slug>/<program-slug>`: the permanent id used in URLs and open data. */
  id: string;
  slug: string;
  state: State;
  data: ProgramData;
  /** Repo-relative path of the entry file. */
  file: string;
}

export interface StateSummary {
  state: State;
  programs: Program[];
  /** Lever ids used by any of the state's programs, in lever order. */
  levers: string[];
  /** A sourced introduction to the state's landscape, where one is written. */
  overview?: StateOverviewData;
}

export interface Catalog {
  programs: Program[];
  levers: Lever[];
  leverById: Map<string, Lever>;
  states: StateSummary[];
  stateBySlug: Map<string, StateSummary>;
  programsByLever: Map<string, Program[]>;
  /** The most recent lastReviewed across entries: the data's "as of" date. */
  asOf: string | undefined;
}

export interface ProgramInput {
  id: string;
  file: string;
  data: ProgramData;
}

export function byProgramOrder(a: Program, b: Program): number {
  return a.state.name.localeCompare(b.state.name, 'en') || a.data.title.localeCompare(b.data.title, 'en');
}

export function deriveCatalog(
  programInputs: readonly ProgramInput[],
  leverInputs: readonly { id: string; data: LeverData }[],
  overviews: readonly StateOverviewData[] = [],
): Catalog {
  const levers = leverInputs
    .map((l) => ({ id: l.id, ...l.data }))
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const leverById = new Map(levers.map((l) => [l.id, l]));
  const leverRank = new Map(levers.map((l, i) => [l.id, i]));

  const programs: Program[] = programInputs
    .map((p) => {
      const state = stateByCode(p.data.state);
      if (!state) throw new Error(`${p.file}: unknown state ${p.data.state}`);
      return { id: p.id, slug: p.id.split('/').pop() ?? p.id, state, data: p.data, file: p.file };
    })
    .sort(byProgramOrder);

  const leverOrder = (ids: Iterable<string>) => [...new Set(ids)].sort((a, b) => (leverRank.get(a) ?? 99) - (leverRank.get(b) ?? 99));

  const states = STATES.map((state) => {
    const own = programs.filter((p) => p.state.code === state.code);
    const overview = overviews.find((o) => o.state === state.code);
    return { state, programs: own, levers: leverOrder(own.flatMap((p) => p.data.levers.map((l) => l.lever))), ...(overview ? { overview } : {}) };
  });

  const programsByLever = new Map(levers.map((l) => [l.id, programs.filter((p) => p.data.levers.some((x) => x.lever === l.id))]));
  const asOf = programs.map((p) => p.data.lastReviewed).sort().pop();

  return {
    programs,
    levers,
    leverById,
    states,
    stateBySlug: new Map(states.map((s) => [s.state.slug, s])),
    programsByLever,
    asOf,
  };
}

/** Lever ids of one program in lever order (a program may list them in any order). */
export function programLeverIds(program: Program, catalog: Pick<Catalog, 'levers'>): string[] {
  const own = new Set(program.data.levers.map((l) => l.lever));
  return catalog.levers.filter((l) => own.has(l.id)).map((l) => l.id);
}
