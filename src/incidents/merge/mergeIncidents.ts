// Candidates of all reports → one incident per event. Two candidates tell the same event when their
// types are compatible, their places are the same or nested (or a stone's throw apart), their dates
// agree (or one is unknown) and their acting sides do not conflict. Sentences are never compared.
import type { Position } from 'geojson';
import type { IncidentFeature, IncidentType, PlaceFeature } from '../../types/model.ts';
import { allied } from '../voices/actors.ts';
import type { IncidentCandidate } from '../extractIncidents.ts';
import { compatibleTypes, TYPE_PRIORITY } from '../sentence/taxonomy.ts';
import { addDays, dayNumber, daysBetween, isIsoDate } from '../../types/days.ts';
import { extentKm2, placesCompatible, representativePoint, WITHIN_KM } from './placeRelations.ts';
import { cmp, incidentFeature } from './incidentFeature.ts';
import { lowerBound } from '../../gazetteer/lowerBound.ts';

interface Cluster {
  /** Creation order: ties between equally good clusters go to the older one. */
  order: number;
  members: IncidentCandidate[];
  /** One member per distinct (type, place, date, side): all that compatibility looks at. */
  kinds: Map<string, IncidentCandidate>;
  places: Set<string>;
}

// Compatibility depends on these fields only; checking one member per signature keeps merging
// near-linear when many reports tell the same events.
const signature = (c: IncidentCandidate) =>
  `${c.type}|${c.place}|${c.date}|${c.dateFrom}|${c.dateWeak}|${c.agent}|${c.background}|${c.part}`;

/**
 * Merges the candidates of every report into incidents with all their sources. Conflicting figures
 * are kept side by side; a claim and a denial of one event make it `contested`.
 *
 * @example
 * mergeIncidents([shellingFromA, shellingFromB], places).length; // 1, with two sources
 */
export function mergeIncidents(candidates: IncidentCandidate[], places: PlaceFeature[]): IncidentFeature[] {
  const byId = new Map(places.map((p) => [p.properties.id, p]));
  // Candidates may come from elsewhere (a worker, a file): unknown places drop, bad dates are unknown.
  const usable = candidates
    .filter((c) => c && byId.has(c.place))
    .map((c) => ({
      ...c,
      figures: c.figures ?? [],
      territory: c.territory ?? [],
      actors: c.actors ?? [],
      speakerSide: c.speakerSide ?? null,
      scope: c.scope ?? { start: c.start, end: c.end },
      ...(isIsoDate(c.date) && (c.dateFrom == null || isIsoDate(c.dateFrom))
        ? {}
        : { date: null, dateFrom: null }),
    }));
  const keyOf = new Map(usable.map((c) => [c, orderKey(c, byId)]));
  const ordered = [...usable].sort(
    (a, b) =>
      keyOf.get(a)! - keyOf.get(b)! || cmp(a.article, b.article) || a.start - b.start || cmp(a.type, b.type),
  );
  const clusters: Cluster[] = [];
  const near = placeCache(byId);
  const nearby = nearbyPlaces(byId, near);
  // Clusters by the places they hold: a candidate is only compared with clusters at a place
  // near its own (the only ones `fits` can accept), in the order they were made; a dated one
  // only with those whose first member's date its dates may agree with (ClustersByDate).
  const atPlace = new Map<string, Cluster[]>();
  const byDate = new Map<string, ClustersByDate>();
  for (const c of ordered) {
    let best: Cluster | null = null;
    let bestScore = -1;
    const asked = c.date ? datedClustersNear(c, nearby, byDate) : clustersNear(c.place, nearby, atPlace);
    for (const cl of asked) {
      if (!fits(c, cl, near)) continue;
      const score = (cl.places.has(c.place) ? 1e9 : 0) + cl.members.length;
      if (score > bestScore) [best, bestScore] = [cl, score];
    }
    if (!best) {
      best = { order: clusters.length, members: [], kinds: new Map(), places: new Set() };
      clusters.push(best);
    }
    best.members.push(c);
    if (!best.kinds.has(signature(c))) best.kinds.set(signature(c), c);
    if (!best.places.has(c.place)) {
      best.places.add(c.place);
      const list = atPlace.get(c.place);
      if (list) list.push(best);
      else atPlace.set(c.place, [best]);
      let dated = byDate.get(c.place);
      if (!dated) byDate.set(c.place, (dated = new ClustersByDate()));
      dated.add(best);
    }
  }
  const features = clusters.map((cl) => incidentFeature(cl.members, byId));
  const used = new Map<string, number>();
  for (const f of features) {
    const n = (used.get(f.properties.id) ?? 0) + 1;
    used.set(f.properties.id, n);
    if (n > 1) f.properties.id = `${f.properties.id}-${n}`;
  }
  return features.sort((a, b) => featureOrder(a, byId, b));
}

// Dated candidates seed clusters before undated ones, specific places before broad ones.
function orderKey(c: IncidentCandidate, byId: Map<string, PlaceFeature>): number {
  const dated = c.date ? (c.dateWeak ? 1 : 0) : 2;
  return dated * 100 + Math.round(Math.log10(Math.max(1, extentKm2(byId.get(c.place) as PlaceFeature))));
}

// Ground changing hands, closures and troop moves happen at one named place: entering a city and
// taking one of its neighbourhoods are two events. Strikes and shelling of a city and of a site in
// it may be one.
const AT_ONE_PLACE: ReadonlySet<IncidentType> = new Set([
  'advance',
  'withdrawal',
  'closure',
  'reinforcement',
]);

function fits(c: IncidentCandidate, cl: Cluster, near: (a: string, b: string) => boolean): boolean {
  if (cl.members[0].background !== c.background) return false;
  let strict = AT_ONE_PLACE.has(c.type);
  // Taking some neighbourhoods of a city is not entering the city.
  if (!!cl.members[0].part !== !!c.part) return false;
  for (const m of cl.kinds.values()) {
    if (!compatibleTypes(m.type, c.type) || !datesCompatible(m, c) || !sidesCompatible(m, c)) return false;
    strict ||= AT_ONE_PLACE.has(m.type);
  }
  if (strict) return cl.places.size === 1 && cl.places.has(c.place);
  for (const id of cl.places) if (near(id, c.place)) return true;
  return false;
}

/** Clusters holding a place near `place`, oldest first, each once. */
function clustersNear(
  place: string,
  nearby: (id: string) => string[],
  atPlace: Map<string, Cluster[]>,
): Cluster[] {
  const lists: Cluster[][] = [];
  for (const id of nearby(place)) {
    const list = atPlace.get(id);
    if (list) lists.push(list);
  }
  if (lists.length === 0) return [];
  if (lists.length === 1) return lists[0];
  const seen = new Set<Cluster>();
  const out: Cluster[] = [];
  for (const list of lists)
    for (const cl of list)
      if (!seen.has(cl)) {
        seen.add(cl);
        out.push(cl);
      }
  return out.sort((a, b) => a.order - b.order);
}

/**
 * The clusters at one place by the date of their first member (their anchor), for dated
 * candidates: `fits` wants every member's dates to agree with the candidate's, the anchor's
 * among them, and an anchor agrees only if its date lies between the candidate's first day less
 * a day and its last day plus a day plus the anchor's own span (dateFrom to date). Clusters whose
 * first member is undated are always asked.
 */
class ClustersByDate {
  private dates: string[] = [];
  private lists: Cluster[][] = [];
  private undated: Cluster[] = [];
  /** The longest anchor span here, in days. */
  private span = 0;
  /** When each cluster came to this place (clustersNear's order for a lone place). */
  readonly arrival = new Map<Cluster, number>();

  add(cl: Cluster): void {
    this.arrival.set(cl, this.arrival.size);
    const first = cl.members[0];
    if (!first.date) {
      this.undated.push(cl);
      return;
    }
    if (first.dateFrom) this.span = Math.max(this.span, daysBetween(first.dateFrom, first.date));
    const date = first.date;
    const i = lowerBound(this.dates, (d) => d < date);
    if (this.dates[i] === date) this.lists[i].push(cl);
    else {
      this.dates.splice(i, 0, date);
      this.lists.splice(i, 0, [cl]);
    }
  }

  /**
   * Every cluster whose anchor may agree with a candidate over `from` … `to`, and the undated
   * ones: anchors from `lo` (the first day less a day) to `hiFor(span)` (the last day plus a day
   * and this place's longest span).
   */
  agreeing(lo: string, hiFor: (span: number) => string, out: Cluster[]): void {
    if (this.dates.length) {
      const hi = hiFor(this.span);
      for (let i = lowerBound(this.dates, (d) => d < lo); i < this.dates.length && this.dates[i] <= hi; i++)
        for (const cl of this.lists[i]) out.push(cl);
    }
    for (const cl of this.undated) out.push(cl);
  }
}

/**
 * clustersNear for a dated candidate, less the clusters whose first member's dates cannot agree
 * with it (`fits` would turn them down), in the same order: as they came to the place when one
 * place nearby has clusters, else oldest first, each once.
 */
function datedClustersNear(
  c: IncidentCandidate,
  nearby: (id: string) => string[],
  byDate: Map<string, ClustersByDate>,
): Cluster[] {
  const out: Cluster[] = [];
  const at = nearby(c.place).flatMap((id) => byDate.get(id) ?? []);
  // The window's ends, made once per candidate (and per span: places share a few).
  const lo = addDays(c.dateFrom ?? c.date!, -1);
  const ends = new Map<number, string>();
  const hiFor = (span: number) => {
    let hi = ends.get(span);
    if (hi === undefined) ends.set(span, (hi = addDays(c.date!, 1 + span)));
    return hi;
  };
  for (const place of at) place.agreeing(lo, hiFor, out);
  if (out.length < 2) return out;
  if (at.length === 1) return out.sort((a, b) => at[0].arrival.get(a)! - at[0].arrival.get(b)!);
  const seen = new Set<Cluster>();
  return out.filter((cl) => !seen.has(cl) && !!seen.add(cl)).sort((a, b) => a.order - b.order);
}

/**
 * The places of the batch that `near` may accept for a place (itself included), remembered.
 * Compatible places lie within WITHIN_KM of each other (placesCompatible), so only places in
 * the grid cells around a place's point are asked; places without a point are near only to
 * themselves.
 */
function nearbyPlaces(
  byId: Map<string, PlaceFeature>,
  near: (a: string, b: string) => boolean,
): (id: string) => string[] {
  const CELL = 0.25; // degrees of latitude ≈ 28 km > WITHIN_KM
  const grid = new Map<string, string[]>();
  const points = new Map<string, Position>();
  for (const [id, p] of byId) {
    const pt = representativePoint(p.geometry);
    if (!pt) continue;
    points.set(id, pt);
    const key = `${Math.floor(pt[1] / CELL)}:${Math.floor(pt[0] / CELL)}`;
    const list = grid.get(key);
    if (list) list.push(id);
    else grid.set(key, [id]);
  }
  const memo = new Map<string, string[]>();
  return (id) => {
    let out = memo.get(id);
    if (out) return out;
    out = [id];
    const pt = points.get(id);
    if (pt) {
      const row = Math.floor(pt[1] / CELL);
      // Cells narrow towards the poles: enough columns to cover WITHIN_KM at this latitude.
      const kmPerCol = Math.max(
        0.01,
        111.195 * CELL * Math.cos((Math.min(89, Math.abs(pt[1]) + CELL) * Math.PI) / 180),
      );
      const cols = Math.ceil(WITHIN_KM / kmPerCol);
      const col = Math.floor(pt[0] / CELL);
      for (let r = row - 1; r <= row + 1; r++)
        for (let c = col - cols; c <= col + cols; c++)
          for (const other of grid.get(`${r}:${c}`) ?? [])
            if (other !== id && near(id, other)) out.push(other);
    }
    memo.set(id, out);
    return out;
  };
}

/**
 * placesCompatible by place id, remembered (the same pairs come up again and again), by the
 * lesser id then the greater (no key string made per question).
 */
function placeCache(byId: Map<string, PlaceFeature>): (a: string, b: string) => boolean {
  const memo = new Map<string, Map<string, boolean>>();
  return (a, b) => {
    const [lo, hi] = a < b ? [a, b] : [b, a];
    let row = memo.get(lo);
    if (!row) memo.set(lo, (row = new Map()));
    let v = row.get(hi);
    if (v === undefined) {
      v = placesCompatible(byId.get(a) as PlaceFeature, byId.get(b) as PlaceFeature);
      row.set(hi, v);
    }
    return v;
  };
}

/** A dated candidate's first and last day as day numbers (days since 1970-01-01), made once. */
const DAY_SPAN = new WeakMap<IncidentCandidate, { from: number; to: number }>();

function daySpan(c: IncidentCandidate): { from: number; to: number } {
  let span = DAY_SPAN.get(c);
  if (!span) DAY_SPAN.set(c, (span = { from: dayNumber(c.dateFrom ?? c.date!), to: dayNumber(c.date!) }));
  return span;
}

/**
 * The two candidates' days overlap, with a day's slack when either date is weak. By day numbers:
 * the same answer as comparing ISO dates moved by addDays, without printing a date per question.
 */
function datesCompatible(a: IncidentCandidate, b: IncidentCandidate): boolean {
  if (!a.date || !b.date) return true;
  // A date taken from elsewhere in the sentence, or a report filed a day later, may be a day off.
  const slack = a.dateWeak || b.dateWeak ? 1 : 0;
  const sa = daySpan(a);
  const sb = daySpan(b);
  return sb.from <= sa.to + slack && sb.to >= sa.from - slack;
}

function sidesCompatible(a: IncidentCandidate, b: IncidentCandidate): boolean {
  if (a.type === 'armed-clash' || b.type === 'armed-clash') return true;
  return a.agent === 'unknown' || b.agent === 'unknown' || allied(a.agent, b.agent);
}
function featureOrder(a: IncidentFeature, byId: Map<string, PlaceFeature>, b: IncidentFeature): number {
  const pa = a.properties;
  const pb = b.properties;
  if (pa.background !== pb.background) return pa.background ? 1 : -1;
  if (pa.date !== pb.date) return pa.date === null ? 1 : pb.date === null ? -1 : cmp(pa.date, pb.date);
  const ea = extentKm2(byId.get(pa.place) as PlaceFeature);
  const eb = extentKm2(byId.get(pb.place) as PlaceFeature);
  return ea - eb || TYPE_PRIORITY.indexOf(pa.type) - TYPE_PRIORITY.indexOf(pb.type) || cmp(pa.id, pb.id);
}
