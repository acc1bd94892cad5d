// A reading without its places' geometry, and back: how readings travel from a worker thread and
// sit in the cache. A place's geometry depends on its id only (the gazetteer entry, or the
// relative area built from its base place), and a region's polygon would otherwise be copied
// with every report that names it. Not a place the gazetteer lacks: each report puts it where
// its own words say (one point), so it keeps its geometry.
import type { Geometry } from 'geojson';
import type { ReportReading } from '../../../src/pipeline/readReport.ts';

/** Place id → geometry, filled as readings come in. */
export type GeometryTable = Map<string, Geometry | null>;

/**
 * The reading with every place's geometry null, and the geometries `known` lacks (which are
 * added to it).
 *
 * @example
 * const { reading, geometries } = slimReading(r, sent); // send both; the receiver calls fillReading
 */
export function slimReading(
  r: ReportReading,
  known: Set<string> | GeometryTable,
): { reading: ReportReading; geometries: [string, Geometry | null][] } {
  const geometries: [string, Geometry | null][] = [];
  const places = r.places.map((p) => {
    if (p.properties.precision === 'approximate') return p;
    const id = p.properties.id;
    if (!known.has(id)) {
      const g = p.geometry ?? null;
      geometries.push([id, g]);
      if (known instanceof Set) known.add(id);
      else known.set(id, g);
    }
    return { ...p, geometry: null as unknown as Geometry };
  });
  return { reading: { ...r, places }, geometries };
}

/** The reading with its places' geometry from the table; throws naming a place it lacks. */
export function fillReading(r: ReportReading, table: GeometryTable): ReportReading {
  return {
    ...r,
    places: r.places.map((p) => {
      if (p.geometry) return p;
      const g = table.get(p.properties.id);
      if (g === undefined) throw new Error(`no geometry for place ${p.properties.id}`);
      return { ...p, geometry: g as Geometry };
    }),
  };
}
