// Figures the date panel prints: area each side holds compared with the first day, and what
// happened or moved the zones on the chosen day.
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { ControlProps } from '../../types/model.ts';
import { controlAsOf, controlDateAsOf, firstDay, lastDay, type Dated } from './asOfDate.ts';

export interface SideArea {
  controller: string;
  km2: number;
  /** Change since the first control date, km². */
  gained: number;
}

/** Earth's mean radius (m), as Turf's area used. */
const RADIUS = 6371008.8;

/** Area of a ring on the sphere, m², unsigned (the spherical excess summed edge by edge). */
function ringArea(ring: Position[]): number {
  const n = ring.length - 1; // the last position repeats the first
  if (n <= 2) return 0;
  const rad = Math.PI / 180;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const prev = ring[(i + n - 1) % n]!;
    const next = ring[(i + 1) % n]!;
    sum += (next[0]! - prev[0]!) * rad * Math.sin(ring[i]![1]! * rad);
  }
  return Math.abs((sum * RADIUS * RADIUS) / 2);
}

/** Area of polygons, m²: outer rings less their holes. */
function polygonsArea(polygons: Position[][][]): number {
  let total = 0;
  for (const [outer, ...holes] of polygons) {
    if (!outer) continue;
    total += ringArea(outer);
    for (const h of holes) total -= ringArea(h);
  }
  return total;
}

function areaOf(f: FeatureCollection<Geometry, ControlProps>['features'][number]): number {
  if (typeof f.properties.areaKm2 === 'number') return f.properties.areaKm2;
  const g = f.geometry;
  if (g?.type === 'Polygon') return polygonsArea([g.coordinates]) / 1e6;
  return g?.type === 'MultiPolygon' ? polygonsArea(g.coordinates) / 1e6 : 0;
}

function areasOn(
  control: FeatureCollection<Geometry, ControlProps>,
  date: string | null,
): Map<string, number> {
  const out = new Map<string, number>();
  if (!date) return out;
  for (const f of control.features) {
    if (f.properties.date !== date || f.properties.layer !== 'zone') continue;
    out.set(f.properties.controller, (out.get(f.properties.controller) ?? 0) + areaOf(f));
  }
  return out;
}

/**
 * Area per controller on `day`, with the change since the baseline (the earliest control date).
 *
 * @example
 * areaBySide(control, '2024-11-30'); // [{ controller: 'opposition', km2: 5400, gained: 410 }, …]
 */
export function areaBySide(
  control: FeatureCollection<Geometry, ControlProps>,
  day: string | null,
): SideArea[] {
  const dates = [...new Set(control.features.map((f) => f.properties.date))].sort();
  const now = areasOn(control, controlDateAsOf(control, day));
  const base = areasOn(control, dates[0] ?? null);
  const sides = new Set([...now.keys(), ...base.keys()]);
  return [...sides]
    .map((controller) => {
      const km2 = now.get(controller) ?? 0;
      return { controller, km2, gained: km2 - (base.get(controller) ?? 0) };
    })
    .sort((a, b) => b.km2 - a.km2);
}

/**
 * Ids of incidents that moved the zones on `day`: in the basis of a control state dated `day`
 * but not in the previous state's. None on a day with no control state of its own (the zones
 * shown then are an earlier day's, changed on that day, not this one).
 */
export function changedBy(control: FeatureCollection<Geometry, ControlProps>, day: string | null): string[] {
  const date = controlDateAsOf(control, day);
  if (!date || (day !== null && date !== day)) return [];
  const prevDates = [...new Set(control.features.map((f) => f.properties.date))]
    .filter((d) => d < date)
    .sort();
  const prev = prevDates.length ? controlAsOf(control, prevDates[prevDates.length - 1]!) : null;
  const before = new Set(prev?.features.flatMap((f) => f.properties.basis ?? []) ?? []);
  const now = controlAsOf(control, date).features.flatMap((f) => f.properties.basis ?? []);
  return [...new Set(now.filter((id) => !before.has(id)))];
}

/**
 * What happened or changed on `day`, of the incidents `shown` then (as of the day: no history,
 * none before its first day, no hidden type): those dated that day or whose window covers it,
 * and those that moved the zones that changed that day.
 *
 * @example
 * changedOn(incidentsAsOf(rows, '2024-11-29'), control, '2024-11-29'); // the 29th's incidents
 */
export function changedOn<P extends Pick<Dated, 'date' | 'dateRange'> & { id: string }>(
  shown: FeatureCollection<Geometry, P>,
  control: FeatureCollection<Geometry, ControlProps>,
  day: string | null,
): Feature<Geometry, P>[] {
  if (!day) return [];
  const moved = new Set(changedBy(control, day));
  return shown.features.filter((f) => {
    const from = firstDay(f.properties);
    const to = lastDay(f.properties);
    return moved.has(f.properties.id) || (from !== null && to !== null && from <= day && day <= to);
  });
}
