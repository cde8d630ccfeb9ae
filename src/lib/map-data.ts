/**
 * What the map says about each state: the colour class, the accessible name and the tooltip text.
 * Shared by the server-rendered SVG and the browser script (which recolours for a chosen lever),
 * so both always say the same thing.
 */
import type { Catalog } from './derive.ts';
import { plural } from './format.ts';

export interface MapStateData {
  code: string;
  name: string;
  /** Lever titles in lever order. */
  leverTitles: string[];
  leverIds: string[];
  programTitles: string[];
}

export type MapMode = { kind: 'count' } | { kind: 'lever'; lever: string; leverTitle: string } | { kind: 'state'; code: string };

/** Colour class: "0".."3" for program counts (3 means three or more), "on"/"off" otherwise. */
export function fillClass(s: MapStateData, mode: MapMode): string {
  switch (mode.kind) {
    case 'count':
      return String(Math.min(s.programTitles.length, 3));
    case 'lever':
      return s.leverIds.includes(mode.lever) ? 'on' : 'off';
    case 'state':
      return s.code === mode.code ? 'on' : s.programTitles.length ? 'some' : 'off';
  }
}

/**
 * e.g. "Colorado, CO: 2 programs — accountability, innovation funding". The code is in the name
 * because small states show it as their visible label (WCAG 2.5.3, label in name); not in
 * parentheses, which axe and some speech-input tools ignore when matching.
 */
export function stateSummary(s: MapStateData): string {
  const who = `${s.name}, ${s.code}`;
  if (!s.programTitles.length) return `${who}: no program documented yet`;
  return `${who}: ${plural(s.programTitles.length, 'program')} — ${s.leverTitles.map((t) => t.toLowerCase()).join(', ')}`;
}

/** The accessible name of a state's link, leading with what the current view shows. */
export function accessibleName(s: MapStateData, mode: MapMode): string {
  if (mode.kind === 'lever') {
    const uses = s.leverIds.includes(mode.lever);
    return `${s.name}, ${s.code}: ${uses ? 'uses' : 'no documented use of'} ${mode.leverTitle.toLowerCase()}${s.programTitles.length ? `; ${plural(s.programTitles.length, 'program')} in all` : ''}`;
  }
  return stateSummary(s);
}

export interface LegendItem {
  fill: string;
  label: string;
}

export function legend(mode: MapMode): LegendItem[] {
  switch (mode.kind) {
    case 'count':
      return [
        { fill: '0', label: 'No program documented yet' },
        { fill: '1', label: '1 program' },
        { fill: '2', label: '2 programs' },
        { fill: '3', label: '3 or more programs' },
      ];
    case 'lever':
      return [
        { fill: 'on', label: `Uses ${mode.leverTitle.toLowerCase()}` },
        { fill: 'off', label: 'No documented use' },
      ];
    case 'state':
      return [
        { fill: 'on', label: 'This state' },
        { fill: 'some', label: 'Other states with programs' },
        { fill: 'off', label: 'No program documented yet' },
      ];
  }
}

/** The map's view of the catalog: one entry per state code. */
export function mapStateData(catalog: Pick<Catalog, 'states' | 'leverById'>): Map<string, MapStateData> {
  return new Map(
    catalog.states.map((s) => [
      s.state.code,
      {
        code: s.state.code,
        name: s.state.name,
        leverIds: s.levers,
        leverTitles: s.levers.map((id) => catalog.leverById.get(id)?.title ?? id),
        programTitles: s.programs.map((p) => p.data.title),
      },
    ]),
  );
}
