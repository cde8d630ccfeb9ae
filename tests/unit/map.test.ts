import { describe, expect, it } from 'vitest';
import { accessibleName, fillClass, legend, type MapStateData } from '../../src/lib/map-data.ts';
import { CALLOUT_STATES, directionalNeighbours, usMap } from '../../src/lib/map.ts';

describe('map geometry', () => {
  const map = usMap();
  const byCode = new Map(map.states.map((s) => [s.state.code, s]));

  it('draws the 50 states and DC, each with a shape inside the frame', () => {
    expect(map.states).toHaveLength(51);
    for (const s of map.states) {
      expect(s.d, s.state.code).toMatch(/^M[\d.,LMZ-]+Z$/);
      const [x, y] = s.label;
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(map.width);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(map.height);
    }
  });

  it('rounds coordinates to one decimal', () => {
    const numbers = map.states.flatMap((s) => s.d.match(/-?\d+(?:\.\d+)?/g) ?? []);
    expect(numbers.every((n) => !/\.\d\d/.test(n))).toBe(true);
  });

  it('gives the small eastern states and DC a labelled box big enough to tap', () => {
    const withCallout = map.states.filter((s) => s.callout).map((s) => s.state.code);
    expect(withCallout.sort()).toEqual([...CALLOUT_STATES].sort());
    for (const code of CALLOUT_STATES) {
      const c = byCode.get(code)!.callout!;
      expect(c.width).toBeGreaterThanOrEqual(44);
      expect(c.height).toBeGreaterThanOrEqual(28);
      expect(c.x + c.width).toBeLessThanOrEqual(map.width);
    }
    // Boxes do not overlap one another.
    const boxes = CALLOUT_STATES.map((c) => byCode.get(c)!.callout!);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.y).toBeGreaterThanOrEqual(boxes[i - 1]!.y + boxes[i - 1]!.height);
  });

  it('moves the arrow keys to the neighbour a reader expects', () => {
    expect(byCode.get('CO')!.neighbours).toEqual({ up: 'WY', down: 'NM', left: 'UT', right: 'KS' });
    expect(byCode.get('TX')!.neighbours.up).toBe('OK');
    expect(byCode.get('NH')!.neighbours.down).toBe('MA');
    // Every state can be reached from every other by arrow keys.
    const seen = new Set(['CO']);
    const queue = ['CO'];
    while (queue.length) {
      const n = byCode.get(queue.shift()!)!.neighbours;
      for (const next of Object.values(n)) if (next && !seen.has(next)) (seen.add(next), queue.push(next));
    }
    expect(seen.size).toBe(51);
  });

  it('finds directional neighbours on a grid', () => {
    const grid = new Map<string, [number, number]>([['a', [0, 0]], ['b', [10, 0]], ['c', [0, 10]], ['d', [10, 10]]]);
    expect(directionalNeighbours(grid).get('a')).toEqual({ right: 'b', down: 'c' });
  });

  it('stays the same geometry unless we mean to change it', async () => {
    const digest = map.states.map((s) => `${s.state.code} ${s.d.length} ${s.label.join(',')}`).join('\n');
    await expect(`${digest}\nborders ${map.innerBorders.length}\noutline ${map.outline.length}\n`).toMatchFileSnapshot('./__snapshots__/us-map.txt');
  });
});

describe('map data', () => {
  const co: MapStateData = { code: 'CO', name: 'Colorado', leverIds: ['accountability', 'funding'], leverTitles: ['Accountability', 'Innovation funding'], programTitles: ['A', 'B'] };
  const wy: MapStateData = { code: 'WY', name: 'Wyoming', leverIds: [], leverTitles: [], programTitles: [] };

  it('colours by program count, lever or state', () => {
    expect(fillClass(co, { kind: 'count' })).toBe('2');
    expect(fillClass({ ...co, programTitles: ['a', 'b', 'c', 'd'] }, { kind: 'count' })).toBe('3');
    expect(fillClass(wy, { kind: 'count' })).toBe('0');
    expect(fillClass(co, { kind: 'lever', lever: 'funding', leverTitle: 'Innovation funding' })).toBe('on');
    expect(fillClass(co, { kind: 'lever', lever: 'waivers', leverTitle: 'Waivers' })).toBe('off');
    expect(fillClass(co, { kind: 'state', code: 'CO' })).toBe('on');
    expect(fillClass(wy, { kind: 'state', code: 'CO' })).toBe('off');
  });

  it('names each state link with its data', () => {
    expect(accessibleName(co, { kind: 'count' })).toBe('Colorado, CO: 2 programs — accountability, innovation funding');
    expect(accessibleName(wy, { kind: 'count' })).toBe('Wyoming, WY: no program documented yet');
    expect(accessibleName(co, { kind: 'lever', lever: 'funding', leverTitle: 'Innovation funding' })).toBe('Colorado, CO: uses innovation funding; 2 programs in all');
  });

  it('has a legend entry in words for every colour it uses', () => {
    expect(legend({ kind: 'count' }).map((l) => l.fill)).toEqual(['0', '1', '2', '3']);
    expect(legend({ kind: 'lever', lever: 'x', leverTitle: 'Seat time' })[0]!.label).toBe('Uses seat time');
  });
});
