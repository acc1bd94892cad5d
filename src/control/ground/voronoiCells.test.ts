import { describe, expect, it } from 'vitest';
import { area, polygon } from '@turf/turf';
import type { Polygon, Position } from 'geojson';
import { buildCells } from './voronoiCells.ts';
import { dissolve } from '../zones/dissolve.ts';
import { frontLines } from '../zones/frontLine.ts';

// A notched square: the notch makes cells along it need real clipping.
const border: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [36, 35],
      [38, 35],
      [38, 37],
      [37.2, 37],
      [37, 36.5],
      [36.8, 37],
      [36, 37],
      [36, 35],
    ],
  ],
};
const borderKm2 = area(polygon(border.coordinates)) / 1e6;
const sites: Position[] = [];
for (let i = 0; i < 6; i++)
  for (let j = 0; j < 6; j++) sites.push([36.1 + i * 0.35 + (j % 2) * 0.05, 35.1 + j * 0.33]);

describe('buildCells', () => {
  const set = buildCells(sites, border);
  it('covers the border exactly once', () => {
    expect(set.cells.length).toBe(sites.length);
    const total = set.cells.reduce((s, c) => s + c.areaKm2, 0);
    expect(total / borderKm2).toBeCloseTo(1, 3);
  });
  it('knows the cell across every inner edge', () => {
    for (const [c, cell] of set.cells.entries())
      for (const e of cell.edges)
        if (e.neighbour >= 0)
          expect(
            set.cells[e.neighbour].edges.some((f) => f.a === e.b && f.b === e.a && f.neighbour === c),
          ).toBe(true);
  });
});

describe('dissolve and frontLines', () => {
  const set = buildCells(sites, border);
  const west = set.cells.map((c) => (sites[c.site][0] < 37 ? 0 : 1));
  it('dissolves all cells into the border polygon', () => {
    const all = dissolve(
      set,
      set.cells.map(() => 0),
    ).get(0)!;
    expect(all).toHaveLength(1);
    expect(area({ type: 'MultiPolygon', coordinates: all }) / 1e6 / borderKm2).toBeCloseTo(1, 3);
  });
  it('splits into groups whose areas add up, with a line between them', () => {
    const parts = dissolve(set, west);
    const km2 = [...parts.values()].map((p) => area({ type: 'MultiPolygon', coordinates: p }) / 1e6);
    expect((km2[0] + km2[1]) / borderKm2).toBeCloseTo(1, 3);
    const lines = frontLines(
      set,
      west.map((g) => String(g)),
    );
    expect([...lines.keys()]).toEqual(['0|1']);
    const line = lines.get('0|1')!.lines;
    expect(line).toHaveLength(1);
    // Runs from the southern edge to the northern edge of the square.
    const ys = line[0].map((p) => p[1]);
    expect(Math.min(...ys)).toBeCloseTo(35, 5);
    expect(Math.max(...ys)).toBeGreaterThan(36.4);
  });
  it('keeps holes: one cell of another group inside a group', () => {
    const mid = set.cells.findIndex(
      (c) =>
        sites[c.site][0] > 36.7 &&
        sites[c.site][0] < 37 &&
        sites[c.site][1] > 35.7 &&
        sites[c.site][1] < 36.1,
    );
    const groups = set.cells.map((_, i) => (i === mid ? 1 : 0));
    const outer = dissolve(set, groups).get(0)!;
    expect(outer[0].length).toBe(2);
  });
});

describe('dissolve of cells meeting at a corner only', () => {
  it('writes two simple rings, not one pinched ring', () => {
    // Four square cells around (1, 1); the diagonal pair is one group, listed so that chaining
    // runs through the shared corner.
    const vertices: Position[] = [
      [0, 0],
      [1, 0],
      [2, 0],
      [0, 1],
      [1, 1],
      [2, 1],
      [0, 2],
      [1, 2],
      [2, 2],
    ];
    const sq = (a: number, b: number, c: number, d: number) =>
      [a, b, c, d].map((v, i, all) => ({ a: v, b: all[(i + 1) % 4], neighbour: -1 }));
    const set = {
      vertices,
      cells: [sq(4, 5, 8, 7), sq(1, 2, 5, 4), sq(3, 4, 7, 6), sq(0, 1, 4, 3)].map((edges, i) => ({
        site: i,
        edges,
        areaKm2: 1,
      })),
    };
    for (const [c, cell] of set.cells.entries())
      for (const e of cell.edges)
        e.neighbour = set.cells.findIndex(
          (o, j) => j !== c && o.edges.some((f) => f.a === e.b && f.b === e.a),
        );
    const diagonal = dissolve(set, [0, 1, 1, 0]).get(0)!;
    expect(diagonal).toHaveLength(2);
    for (const poly of diagonal) expect(new Set(poly[0].slice(0, -1).map((p) => p.join())).size).toBe(4);
  });
});

describe('buildCells with cells much smaller than the border', () => {
  // Sites every 0.08° over the square and 0.4° around it: most cells lie far from any border
  // edge, inside (kept whole) or outside (no cell); the rest are clipped.
  const fine: Position[] = [];
  for (let x = 35.62; x < 38.4; x += 0.08) for (let y = 34.62; y < 37.4; y += 0.08) fine.push([x, y]);
  const set = buildCells(fine, border);

  it('covers the border exactly once; a site whose cell lies outside it gets no ground', () => {
    const total = set.cells.reduce((s, c) => s + c.areaKm2, 0);
    expect(total / borderKm2).toBeCloseTo(1, 3);
    const bySite = new Map(set.cells.map((c) => [c.site, c]));
    const farOut = fine.flatMap(([x, y], i) => (x < 35.9 || x > 38.1 || y < 34.9 ? [i] : []));
    expect(farOut.length).toBeGreaterThan(50);
    for (const i of farOut) {
      const cell = bySite.get(i);
      expect(cell?.areaKm2 ?? 0, `site ${fine[i].join(',')}`).toBe(0);
      expect(cell?.edges.length ?? 0).toBe(0);
    }
    const wellIn = fine.flatMap(([x, y], i) => (x > 36.2 && x < 37.8 && y > 35.2 && y < 36.3 ? [i] : []));
    expect(wellIn.length).toBeGreaterThan(100);
    for (const i of wellIn) expect(bySite.get(i)?.areaKm2 ?? 0).toBeGreaterThan(30);
  });
});
