// Coordinates rounded to 5 decimals (about 1 m): stable output and smaller files.
import type { Geometry, Position } from 'geojson';
import { roundDegrees as round } from '../../gazetteer/geometryUtils.ts';

function roundAny(c: unknown): unknown {
  if (typeof c === 'number') return round(c);
  return Array.isArray(c) ? c.map(roundAny) : c;
}

/** A copy of a geometry with every coordinate rounded to 5 decimals. */
export function roundGeometry(g: Geometry): Geometry {
  if (g.type === 'GeometryCollection')
    return { type: 'GeometryCollection', geometries: g.geometries.map(roundGeometry) };
  return { type: g.type, coordinates: roundAny(g.coordinates) as Position[] } as Geometry;
}
