// Scoring of a geoparser's output against gold toponyms, by the field's rules: detection (exact
// or overlapping spans, one prediction per gold toponym) and resolution (distance between the
// gold point and the geometry of the place the mention was mapped to, within 161 km). Pure
// functions, so the bench and its tests share them.
import type { Geometry } from 'geojson';
import type { GoldToponym } from './corpora.ts';
import { distanceKm, featurePoint, greatCircleKm } from './geometryKm.ts';

export { greatCircleKm } from './geometryKm.ts';

/** A place mention as the output gives it: its span and the geometry of the place it was mapped to. */
export interface PredictedToponym {
  start: number;
  end: number;
  text: string;
  /** The mapped place's geometry (places.geojson); none when the mention was not resolved. */
  geometry?: Geometry | null;
  /** What we resolved it to, for error reports. */
  resolvedName?: string;
  /** 'dateline' when the mention is where the report was filed from. */
  role?: string;
}

export type MatchMode = 'exact' | 'overlap';

/**
 * Which gold toponyms are places to find: `places` those the corpus loader marks as places
 * (GWN: the literal ones), `withCoords` every toponym with coordinates whatever its type (the
 * set Mordecai 3 reports on GWN). Gold toponyms outside the set are neutral.
 */
export type GoldSet = 'places' | 'withCoords';

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
   * Of the detected ones with coordinates: resolved within CORRECT_KM under the geometry rule
   * (`within`: 0 km inside the mapped area, else the distance to its point, a line's nearest
   * vertex) or the point rule (`withinPoint`: distance to the mapped place's one point).
   */
  within: number;
  withinPoint: number;
  /** Geometry-rule distances (km) of every detected, coordinate-bearing gold place (Infinity when unresolved). */
  errorsKm: number[];
  /** Individual errors for reports. */
  misses: GoldToponym[];
  falsePositives: PredictedToponym[];
  wrong: { gold: GoldToponym; predicted: PredictedToponym; km: number }[];
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
 * (greedy, in text order). A prediction that matches no gold place is a false positive, unless
 * it matches (by the same mode) a gold toponym outside the scored set: then it is neutral.
 *
 * @example
 * scoreArticle([{ name: 'Aleppo', start: 0, end: 6, lat: 36.2, lon: 37.16, isPlace: true }],
 *   [{ start: 0, end: 6, text: 'Aleppo', geometry: { type: 'Point', coordinates: [37.15, 36.21] } }], 'exact').within; // 1
 */
export function scoreArticle(
  gold: GoldToponym[],
  predicted: PredictedToponym[],
  mode: MatchMode,
  set: GoldSet = 'places',
): ToponymScore {
  const s = emptyScore();
  const used = new Set<number>();
  const inSet = (g: GoldToponym) =>
    set === 'places' ? g.isPlace : g.lat !== undefined && g.lon !== undefined;
  const places = gold.filter(inSet);
  const others = gold.filter((g) => !inSet(g));
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
    const at: [number, number] = [g.lon!, g.lat!];
    const km = p.geometry ? distanceKm(at, p.geometry) : Infinity;
    const point = p.geometry ? featurePoint(p.geometry) : null;
    const pointKm = point ? greatCircleKm(g.lon!, g.lat!, point[0], point[1]) : Infinity;
    s.errorsKm.push(km);
    if (pointKm <= CORRECT_KM) s.withinPoint++;
    if (km <= CORRECT_KM) s.within++;
    else s.wrong.push({ gold: g, predicted: p, km });
  }
  predicted.forEach((p, k) => {
    if (used.has(k)) return;
    if (others.some((g) => matches(g, p, mode))) s.neutral++;
    else {
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
  /** Share within 161 km of the detected gold places with coordinates (geometry rule). */
  accDetected: number;
  /** Share within 161 km of all gold places with coordinates (end to end, geometry rule). */
  accEndToEnd: number;
  /** The same two shares under the point rule (a gold point inside our area not excused). */
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
