// Figures the date panel prints: area each side holds compared with the first day, and which
// incidents moved the zones on the chosen day.
import type { FeatureCollection, Geometry } from 'geojson';
import { area } from '@turf/turf';
import type { ControlProps } from '../../types/model.ts';
import { controlAsOf, controlDateAsOf } from './asOfDate.ts';

export interface SideArea {
  controller: string;
  km2: number;
  /** Change since the first control date, km². */
  gained: number;
}

function areaOf(f: FeatureCollection<Geometry, ControlProps>['features'][number]): number {
  if (typeof f.properties.areaKm2 === 'number') return f.properties.areaKm2;
  const g = f.geometry;
  return g && (g.type === 'Polygon' || g.type === 'MultiPolygon') ? area(f) / 1e6 : 0;
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

/** Ids of incidents that appear in the basis of `day`'s control state but not the previous state's. */
export function changedBy(control: FeatureCollection<Geometry, ControlProps>, day: string | null): string[] {
  const date = controlDateAsOf(control, day);
  if (!date) return [];
  const prevDates = [...new Set(control.features.map((f) => f.properties.date))]
    .filter((d) => d < date)
    .sort();
  const prev = prevDates.length ? controlAsOf(control, prevDates[prevDates.length - 1]!) : null;
  const before = new Set(prev?.features.flatMap((f) => f.properties.basis ?? []) ?? []);
  const now = controlAsOf(control, date).features.flatMap((f) => f.properties.basis ?? []);
  return [...new Set(now.filter((id) => !before.has(id)))];
}
