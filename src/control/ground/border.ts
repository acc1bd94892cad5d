// The outline zones are clipped to: the gazetteer's Syria polygon, or a box around the units
// when the gazetteer has none (so the map still works, with square edges that say so).
import type { MultiPolygon, Polygon } from 'geojson';
import type { Gazetteer } from '../../gazetteer/Gazetteer.ts';
import type { ControlUnit } from './baseline.ts';

export interface Border {
  geometry: Polygon | MultiPolygon;
  /** 'ne:SYR' or 'fallback-box'. */
  source: string;
}

const FALLBACK_MARGIN_DEG = 0.3;

/**
 * The border polygon to clip zones to.
 *
 * @example controlBorder(gazetteer, units).source; // 'ne:SYR'
 */
export function controlBorder(gazetteer: Gazetteer, units: ControlUnit[], id = 'ne:SYR'): Border {
  const g = gazetteer.get(id)?.geometry;
  if (g && (g.type === 'Polygon' || g.type === 'MultiPolygon')) return { geometry: g, source: id };
  const xs = units.map((u) => u.lon);
  const ys = units.map((u) => u.lat);
  const [x0, x1] = [Math.min(...xs) - FALLBACK_MARGIN_DEG, Math.max(...xs) + FALLBACK_MARGIN_DEG];
  const [y0, y1] = [Math.min(...ys) - FALLBACK_MARGIN_DEG, Math.max(...ys) + FALLBACK_MARGIN_DEG];
  const ring = [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
    [x0, y0],
  ];
  return { geometry: { type: 'Polygon', coordinates: [ring] }, source: 'fallback-box' };
}
