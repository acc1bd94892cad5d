// Runs our geoparser on one raw text and flattens its answer into scored predictions: each
// mention's span with the coordinates of the place it was resolved to.
import type { Geometry, MultiPolygon, Polygon } from 'geojson';
import type { ArticleInput, PlaceFeature } from '../../src/types/model.ts';
import type { Gazetteer } from '../../src/gazetteer/Gazetteer.ts';
import { segment } from '../../src/geoparse/text/segment.ts';
import { geoparseReport } from '../../src/geoparse/geoparse.ts';
import type { PredictedToponym } from './scoreToponyms.ts';

/**
 * Geoparses one article end to end (segment → geoparse) and returns every mention with the
 * [lat, lon] of its place, the dateline's places first. Points come from the gazetteer entry
 * (its representative point, as the gold data use), other shapes from the centre of their
 * bounding box.
 */
export function predictToponyms(article: ArticleInput, gazetteer: Gazetteer): PredictedToponym[] {
  const { places, mentions, reportedFrom } = geoparseReport(segment(article), gazetteer);
  const byId = new Map(places.map((p) => [p.properties.id, p]));
  // The dateline's place is a place the text names too (the reporter's), though not an event's.
  const filedFrom: PredictedToponym[] = reportedFrom.map((r) => {
    const g = gazetteer.get(r.gazetteerId)?.geometry;
    return {
      start: r.start,
      end: r.end,
      text: r.text,
      lat: r.lat,
      lon: r.lon,
      resolvedName: `${r.name} (${r.gazetteerId})`,
      area: g && (g.type === 'Polygon' || g.type === 'MultiPolygon') ? g : undefined,
    };
  });
  return filedFrom.concat(
    mentions.map((m) => {
      const place = byId.get(m.placeId);
      const at = place ? placeLatLon(place, gazetteer) : undefined;
      return {
        start: m.start,
        end: m.end,
        text: m.text,
        lat: at?.[0],
        lon: at?.[1],
        resolvedName: place ? `${place.properties.name} (${place.properties.gazetteerId})` : undefined,
        area: place ? placeArea(place, gazetteer) : undefined,
      };
    }),
  );
}

/** [lat, lon] of a place feature: its gazetteer entry's point, else its geometry's centre. */
export function placeLatLon(place: PlaceFeature, gazetteer: Gazetteer): [number, number] | undefined {
  const entry = gazetteer.get(place.properties.gazetteerId);
  if (entry && Number.isFinite(entry.lat) && Number.isFinite(entry.lon)) return [entry.lat, entry.lon];
  return geometryCentre(place.geometry);
}

/** The area of a place (its own polygon, else its gazetteer entry's), if it is an area. */
export function placeArea(place: PlaceFeature, gazetteer: Gazetteer): Polygon | MultiPolygon | undefined {
  const isArea = (g: Geometry | null | undefined): g is Polygon | MultiPolygon =>
    !!g && (g.type === 'Polygon' || g.type === 'MultiPolygon');
  if (isArea(place.geometry)) return place.geometry;
  const g = gazetteer.get(place.properties.gazetteerId)?.geometry;
  return isArea(g) ? g : undefined;
}

function geometryCentre(g: Geometry | null): [number, number] | undefined {
  if (!g) return undefined;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      minX = Math.min(minX, c[0]);
      maxX = Math.max(maxX, c[0]);
      minY = Math.min(minY, c[1] as number);
      maxY = Math.max(maxY, c[1] as number);
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  if (g.type === 'GeometryCollection')
    g.geometries.forEach((x) => visit('coordinates' in x ? x.coordinates : []));
  else visit(g.coordinates);
  return Number.isFinite(minX) ? [(minY + maxY) / 2, (minX + maxX) / 2] : undefined;
}
