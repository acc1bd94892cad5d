// Scoring of a geoparser's output against gold toponyms: detection (spans) and resolution
// (distance between the place we chose and the gold coordinates). Pure functions, so the
// bench and its tests share them.
import type { MultiPolygon, Polygon } from 'geojson';
import type { GoldToponym } from './corpora.ts';

/** A place mention our geoparser produced, with the coordinates it resolved to (if any). */
export interface PredictedToponym {
  start: number;
  end: number;
  text: string;
  lat?: number;
  lon?: number;
  /** What we resolved it to, for error reports. */
  resolvedName?: string;
  /** The resolved place's area (country, governorate, relative area), when it has one. */
  area?: Polygon | MultiPolygon;
}

export type MatchMode = 'exact' | 'overlap';

/** Kilometres counted as a correct resolution in the literature (100 miles). */
export const CORRECT_KM = 161;

export interface ToponymScore {
  /** Detection: gold place spans found / missed, predictions on no gold annotation. */
  tp: number;
  fp: number;
  fn: number;
  /** Predictions that hit a gold toponym not counted as a place (metonymy, demonym): neutral. */
  neutral: number;
  /** Gold places with coordinates, and those of them we detected. */
  goldWithCoords: number;
  detectedWithCoords: number;
  /**
   * Of the detected ones with coordinates: resolved within CORRECT_KM, counting a gold point
   * inside the resolved area as 0 km (`within`), or by point distance alone (`withinPoint`).
   */
  within: number;
  withinPoint: number;
  /** Distances (km) of every detected, coordinate-bearing gold place (Infinity when unresolved). */
  errorsKm: number[];
  /** Individual errors for reports. */
  misses: GoldToponym[];
  falsePositives: PredictedToponym[];
  wrong: { gold: GoldToponym; predicted: PredictedToponym; km: number }[];
}

/** Great-circle distance in km on a sphere of radius 6371 km. */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
}

function matches(
  a: { start: number; end: number },
  b: { start: number; end: number },
  mode: MatchMode,
): boolean {
  return mode === 'exact' ? a.start === b.start && a.end === b.end : a.start < b.end && b.start < a.end;
}

/** An empty score, to be filled by scoreArticle and summed by addScores. */
export function emptyScore(): ToponymScore {
  return {
    tp: 0,
    fp: 0,
    fn: 0,
    neutral: 0,
    goldWithCoords: 0,
    detectedWithCoords: 0,
    within: 0,
    withinPoint: 0,
    errorsKm: [],
    misses: [],
    falsePositives: [],
    wrong: [],
  };
}

/**
 * Scores one article. Each gold place is matched to at most one prediction and vice versa
 * (greedy, in text order). A prediction on a gold toponym with `isPlace: false` is neutral.
 *
 * @example
 * scoreArticle([{ name: 'Aleppo', start: 0, end: 6, lat: 36.2, lon: 37.16, isPlace: true }],
 *   [{ start: 0, end: 6, text: 'Aleppo', lat: 36.21, lon: 37.15 }], 'exact').within; // 1
 */
export function scoreArticle(
  gold: GoldToponym[],
  predicted: PredictedToponym[],
  mode: MatchMode,
): ToponymScore {
  const s = emptyScore();
  const used = new Set<number>();
  const places = gold.filter((g) => g.isPlace);
  const others = gold.filter((g) => !g.isPlace);
  for (const g of places) {
    const hasCoords = g.lat !== undefined && g.lon !== undefined;
    if (hasCoords) s.goldWithCoords++;
    const i = predicted.findIndex((p, k) => !used.has(k) && matches(g, p, mode));
    if (i < 0) {
      s.fn++;
      s.misses.push(g);
      continue;
    }
    used.add(i);
    s.tp++;
    if (!hasCoords) continue;
    s.detectedWithCoords++;
    const p = predicted[i];
    const pointKm =
      p.lat === undefined || p.lon === undefined ? Infinity : haversineKm(g.lat!, g.lon!, p.lat, p.lon);
    const km = p.area && pointInArea(g.lon!, g.lat!, p.area) ? 0 : pointKm;
    s.errorsKm.push(km);
    if (pointKm <= CORRECT_KM) s.withinPoint++;
    if (km <= CORRECT_KM) s.within++;
    else s.wrong.push({ gold: g, predicted: p, km });
  }
  predicted.forEach((p, k) => {
    if (used.has(k)) return;
    if (others.some((g) => matches(g, p, 'overlap')) || places.some((g) => matches(g, p, 'overlap'))) {
      // Overlapping a gold span that was already matched or is not a place: neither right nor wrong.
      s.neutral++;
    } else {
      s.fp++;
      s.falsePositives.push(p);
    }
  });
  return s;
}

/** Sums scores (returns a new object). */
export function addScores(a: ToponymScore, b: ToponymScore): ToponymScore {
  return {
    tp: a.tp + b.tp,
    fp: a.fp + b.fp,
    fn: a.fn + b.fn,
    neutral: a.neutral + b.neutral,
    goldWithCoords: a.goldWithCoords + b.goldWithCoords,
    detectedWithCoords: a.detectedWithCoords + b.detectedWithCoords,
    within: a.within + b.within,
    withinPoint: a.withinPoint + b.withinPoint,
    errorsKm: a.errorsKm.concat(b.errorsKm),
    misses: a.misses.concat(b.misses),
    falsePositives: a.falsePositives.concat(b.falsePositives),
    wrong: a.wrong.concat(b.wrong),
  };
}

/** Headline figures of a score: detection P/R/F1, resolution within 161 km, median error. */
export function summarise(s: ToponymScore): {
  precision: number;
  recall: number;
  f1: number;
  /** Share within 161 km of the detected gold places with coordinates. */
  accDetected: number;
  /** Share within 161 km of all gold places with coordinates (end to end). */
  accEndToEnd: number;
  /** The same two shares by point distance alone (a gold point inside our area not excused). */
  accDetectedPoint: number;
  accEndToEndPoint: number;
  medianKm: number;
} {
  const precision = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 0;
  const recall = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const sorted = [...s.errorsKm].sort((x, y) => x - y);
  return {
    precision,
    recall,
    f1,
    accDetected: s.detectedWithCoords ? s.within / s.detectedWithCoords : 0,
    accEndToEnd: s.goldWithCoords ? s.within / s.goldWithCoords : 0,
    accDetectedPoint: s.detectedWithCoords ? s.withinPoint / s.detectedWithCoords : 0,
    accEndToEndPoint: s.goldWithCoords ? s.withinPoint / s.goldWithCoords : 0,
    medianKm: sorted.length ? sorted[Math.floor(sorted.length / 2)] : NaN,
  };
}

/**
 * Whether [lon, lat] lies inside a polygon (even-odd rule over every ring, so holes count as
 * outside). Planar, which is fine at the scale of the 161 km criterion.
 */
export function pointInArea(lon: number, lat: number, area: Polygon | MultiPolygon): boolean {
  const polygons = area.type === 'Polygon' ? [area.coordinates] : area.coordinates;
  let inside = false;
  for (const rings of polygons) {
    for (const ring of rings) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i];
        const [xj, yj] = ring[j];
        if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
  }
  return inside;
}
