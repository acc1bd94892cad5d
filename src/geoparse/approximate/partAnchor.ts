// "In the south, troops took a hilltop overlooking X": a sentence that opens on a part of the
// report's country ("In the south,", "In southern Lebanon,") puts the places it names there.
import { bbox, centroid } from '@turf/turf';
import type { GazetteerEntry } from '../../types/model.ts';
import type { Resolution } from '../resolve/DocContext.ts';
import type { Token } from '../text/tokenize.ts';
import { DIRECTIONS } from '../../words/directions.ts';
import { distance } from '../util/geodesy.ts';
import { relativeGeometry } from '../place/relative.ts';
import { roundDegrees } from '../../gazetteer/geometryUtils.ts';

/** The part of an area a sentence opens on: the area, the part's middle, how far off a place in it may be. */
export interface PartPoint {
  area: GazetteerEntry;
  point: [number, number];
  uncertaintyKm: number;
}

/**
 * The part of the report's country (or of a division) the sentence opens on: "In the south," of
 * `country`, or a relative part resolved right after "In" ("In southern Lebanon,", "In northern
 * Idlib province,"); undefined when the sentence opens otherwise.
 */
export function partAnchor(
  tokens: Token[],
  placedAt: Map<number, Resolution>,
  country: GazetteerEntry | undefined,
): PartPoint | undefined {
  if (tokens[0]?.lower !== 'in') return undefined;
  let area: GazetteerEntry | undefined;
  let bearing: number | undefined;
  if (tokens[1]?.lower === 'the' && tokens[3]?.text === ',' && !tokens[2]?.cap) {
    bearing = DIRECTIONS[tokens[2]?.lower.replace(/-/g, '') ?? ''];
    area = country;
  } else {
    const r = tokens[1] && placedAt.get(tokens[1].start);
    if (r?.relative?.relation === 'part' && (r.entry.kind === 'country' || r.entry.kind === 'admin1')) {
      area = r.entry;
      bearing = r.relative.bearing;
    }
  }
  if (!area || bearing === undefined || !area.geometry || area.geometry.type === 'LineString')
    return undefined;
  const part = relativeGeometry(area, 'part', bearing);
  const point = centroid(part).geometry.coordinates as [number, number];
  const [w, s, e, n] = bbox(part);
  return {
    area,
    point: [roundDegrees(point[0]), roundDegrees(point[1])],
    uncertaintyKm: Math.round(distance([w, s], [e, n]) / 2),
  };
}
