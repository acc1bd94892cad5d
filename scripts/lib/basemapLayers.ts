// The basemap layers the app draws from the gazetteer: governorates, M-roads and labels.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GazetteerEntry, GazetteerPack } from '../../src/types/model.ts';

const collection = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
/** An entry as a feature with its id, the given properties, and its shape unless told another. */
const entryFeature = (
  e: GazetteerEntry,
  properties: Record<string, unknown>,
  geometry = e.geometry as Geometry,
): Feature => ({ type: 'Feature', id: e.id, properties, geometry });

/** Syria's governorates as polygons with id, name_en, name_ar, pcode. */
export function admin1Layer(pack: GazetteerPack): FeatureCollection {
  return collection(
    pack.entries
      .filter((e) => e.kind === 'admin1' && e.country === 'SY' && e.geometry)
      .map((e) =>
        entryFeature(e, {
          id: e.id,
          name_en: e.names.en,
          name_ar: e.names.ar ?? null,
          pcode: e.id.split(':').pop(),
        }),
      ),
  );
}

/** The M-roads as lines with id, ref, name. */
export function roadsLayer(pack: GazetteerPack): FeatureCollection {
  return collection(
    pack.entries
      .filter((e) => e.kind === 'road' && e.geometry)
      .map((e) =>
        entryFeature(e, { id: e.id, ref: e.id.split(':').pop(), name: e.name, name_ar: e.names.ar ?? null }),
      ),
  );
}

const LABEL_KINDS = new Set(['settlement', 'neighbourhood', 'landmark']);

/** Syrian settlements, neighbourhoods and landmarks as points, biggest first. */
export function labelsLayer(pack: GazetteerPack): FeatureCollection {
  const pick = (e: GazetteerEntry) => e.country === 'SY' && LABEL_KINDS.has(e.kind);
  return collection(
    pack.entries
      .filter(pick)
      .sort((a, b) => b.population - a.population)
      .map((e) =>
        entryFeature(
          e,
          {
            id: e.id,
            name_en: e.names.en,
            name_ar: e.names.ar ?? null,
            kind: e.kind,
            featureCode: e.featureCode,
            population: e.population,
          },
          { type: 'Point', coordinates: [e.lon, e.lat] },
        ),
      ),
  );
}
