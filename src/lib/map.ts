/**
 * The US map, computed once per build: us-atlas (already projected to Albers USA, 975×610, Alaska
 * and Hawaii as insets) → topojson-client → d3-geo → SVG path strings. Pure: the topology is an
 * argument, so tests can run it on any input; `usMap()` memoises the real one.
 *
 * The topology is simplified (removing detail under ~1 px² at full size) and coordinates are
 * rounded to 0.1 px: about half the bytes of the raw geometry with no difference a reader can see.
 */
import { geoPath } from 'd3-geo';
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import states10m from 'us-atlas/states-albers-10m.json' with { type: 'json' };
import { stateByFips, type State } from './states.ts';

export const MAP_WIDTH = 975;
export const MAP_HEIGHT = 610;

/** States too small to find, hover or tap on the map: drawn with a labelled box in the Atlantic. */
export const CALLOUT_STATES = ['VT', 'NH', 'MA', 'RI', 'CT', 'NJ', 'DE', 'MD', 'DC'] as const;

const CALLOUT = { x: 916, y0: 150, w: 50, h: 30, gap: 6 };

/**
 * Where the label of a state sits when its centroid misleads (peninsulas, island chains, odd
 * shapes). Offsets in map pixels from the centroid of the state's largest polygon.
 */
const LABEL_NUDGE: Record<string, [number, number]> = {
  FL: [18, 16],
  LA: [-12, -6],
  MI: [12, 22],
  KY: [6, 3],
  ID: [0, 18],
  HI: [0, 0],
  VA: [10, 2],
  WV: [-3, 4],
  NY: [6, 0],
  MN: [-6, 6],
  CA: [-10, 0],
  OK: [12, -2],
  TX: [8, 0],
  AK: [0, 0],
};

export interface Callout {
  /** The box, in map pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Leader line from the state to the box. */
  line: [number, number, number, number];
}

export interface MapState {
  state: State;
  /** SVG path data for the state's shape. */
  d: string;
  /** Label anchor (centre of the text) for states big enough to carry their code. */
  label: [number, number];
  callout?: Callout;
  /** Codes of the nearest state in each direction, for arrow-key navigation. */
  neighbours: { up?: string; down?: string; left?: string; right?: string };
}

export interface MapGeometry {
  width: number;
  height: number;
  states: MapState[];
  /** Borders between states, drawn once on top of the fills. */
  innerBorders: string;
  /** The coastline and national border. */
  outline: string;
}

type Dir = 'up' | 'down' | 'left' | 'right';
const DIRS: Record<Dir, [number, number]> = { up: [0, -1], down: [0, 1], left: [-1, 0], right: [1, 0] };

/**
 * The nearest state in each direction: among states whose anchor lies within 60° of the
 * direction, the one with the smallest distance, with off-axis distance counting double.
 */
export function directionalNeighbours(points: ReadonlyMap<string, [number, number]>): Map<string, MapState['neighbours']> {
  const out = new Map<string, MapState['neighbours']>();
  for (const [code, [x, y]] of points) {
    const n: MapState['neighbours'] = {};
    for (const dir of Object.keys(DIRS) as Dir[]) {
      const [dx, dy] = DIRS[dir];
      let best: string | undefined;
      let bestScore = Infinity;
      for (const [other, [ox, oy]] of points) {
        if (other === code) continue;
        const vx = ox - x;
        const vy = oy - y;
        const along = vx * dx + vy * dy;
        const across = Math.abs(vx * dy - vy * dx);
        if (along <= 0 || across > along * Math.tan(Math.PI / 3)) continue;
        const score = along + 2 * across;
        if (score < bestScore) {
          bestScore = score;
          best = other;
        }
      }
      if (best) n[dir] = best;
    }
    out.set(code, n);
  }
  return out;
}

function largestPolygon(f: Feature<Geometry>): Feature<Polygon> | Feature<MultiPolygon> {
  if (f.geometry.type !== 'MultiPolygon') return f as Feature<Polygon>;
  const area = geoPath().area;
  const polys = f.geometry.coordinates.map((coordinates) => ({ type: 'Feature' as const, properties: {}, geometry: { type: 'Polygon' as const, coordinates } }));
  return polys.reduce((a, b) => (area(b) > area(a) ? b : a));
}

const round = (n: number) => Math.round(n * 10) / 10;

export function buildMapGeometry(topology: Topology, minArea = 1): MapGeometry {
  const topo: Topology = minArea > 0 ? simplify(presimplify(structuredClone(topology) as Topology<{}>), minArea) : topology;
  const object = topo.objects.states as GeometryCollection;
  const path = geoPath().digits(1);
  const features = (feature(topo, object) as unknown as { features: Feature<Geometry>[] }).features;

  const byCode = new Map<string, { state: State; d: string; centroid: [number, number] }>();
  for (const f of features) {
    const state = stateByFips(String(f.id));
    if (!state) continue; // us-atlas has only the 50 states and DC in this file
    const [cx, cy] = path.centroid(largestPolygon(f));
    const [nx, ny] = LABEL_NUDGE[state.code] ?? [0, 0];
    byCode.set(state.code, { state, d: path(f) ?? '', centroid: [round(cx + nx), round(cy + ny)] });
  }

  const callouts = new Map<string, Callout>();
  CALLOUT_STATES.forEach((code, i) => {
    const s = byCode.get(code);
    if (!s) return;
    const y = CALLOUT.y0 + i * (CALLOUT.h + CALLOUT.gap);
    callouts.set(code, {
      x: CALLOUT.x,
      y,
      width: CALLOUT.w,
      height: CALLOUT.h,
      line: [s.centroid[0], s.centroid[1], CALLOUT.x, round(y + CALLOUT.h / 2)],
    });
  });

  // Arrow keys move between what a sighted user sees: the label or the callout box.
  const anchors = new Map<string, [number, number]>();
  for (const [code, s] of byCode) {
    const c = callouts.get(code);
    anchors.set(code, c ? [c.x + c.width / 2, c.y + c.height / 2] : s.centroid);
  }
  const neighbours = directionalNeighbours(anchors);

  const states = [...byCode.values()]
    .sort((a, b) => a.state.name.localeCompare(b.state.name, 'en'))
    .map((s) => {
      const callout = callouts.get(s.state.code);
      return { state: s.state, d: s.d, label: s.centroid, ...(callout ? { callout } : {}), neighbours: neighbours.get(s.state.code) ?? {} };
    });

  return {
    width: MAP_WIDTH,
    height: MAP_HEIGHT,
    states,
    innerBorders: path(mesh(topo, object, (a, b) => a !== b)) ?? '',
    outline: path(mesh(topo, object, (a, b) => a === b)) ?? '',
  };
}

let cached: MapGeometry | undefined;

/** The map of the 50 states and DC, computed on first use and reused for every page. */
export function usMap(): MapGeometry {
  cached ??= buildMapGeometry(states10m as unknown as Topology);
  return cached;
}
