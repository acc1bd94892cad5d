// Scores the CLI's output files (places.geojson, incidents.geojson, manifest.json) against the
// expected answers of our own test reports, from the outside: only what a user gets is read.
// Pure: the caller loads the files and may pass a country lookup and a gazetteer probe.
//
// Rules (data/testsets/README.md says the same in prose):
// - an expected place is found when some feature has a mention in that report overlapping one
//   of the place's occurrences, of a compatible kind, within tolerance (161 km for towns, the
//   field's rule; 25 km is reported beside it); an area is found when its polygon holds the
//   expected point (or, for a point feature, within the area's tolerance);
// - a wrong namesake is a mention mapped > 500 km away, into another country (beyond 25 km), or
//   within 25 km of a reading the annotator marked wrong (`notAt`);
// - a non-place is mapped when any mention in that report overlaps one of its occurrences;
// - incidents are matched one-to-one per report, greedily by place, type, day and agent; each
//   field is then scored over all expected incidents (a missed incident is wrong in every field).
import type { Geometry } from 'geojson';
import { distanceKm, featurePoint, greatCircleKm } from './geometryKm.ts';
import {
  locate,
  type ExpectedIncident,
  type ExpectedKind,
  type ExpectedPlace,
  type ExpectedReport,
  type LocatedReport,
  type PlaceRole,
  type Span,
} from './testsetsExpected.ts';

/** The field's tolerance for a correct resolution (100 miles). */
export const WIDE_KM = 161;
/** The tighter figure reported beside it, and the tolerance of an incident's place. */
export const TIGHT_KM = 25;
/** Beyond this a mapping is a wrong namesake whatever the country. */
export const NAMESAKE_KM = 500;
/** Default tolerance by expected kind, when the entry gives none. */
export const DEFAULT_TOL_KM: Record<ExpectedKind, number> = {
  settlement: WIDE_KM,
  neighbourhood: WIDE_KM,
  landmark: WIDE_KM,
  admin2: 120,
  admin1: 250,
  region: WIDE_KM,
  country: 1000,
  road: 200,
};
const POINTLIKE: ReadonlySet<ExpectedKind> = new Set(['settlement', 'neighbourhood', 'landmark']);

export const TARGETS = {
  eventRecall: 0.95,
  nonPlacesMapped: 0,
  wrongNamesakes: 0,
  incidentField: 0.85,
};

// ---- the output files, typed loosely: only the fields this scorer reads ----------------------

export interface OutMention {
  article: string;
  start: number;
  end: number;
  text?: string;
  role?: string;
}
export interface OutPlace {
  type?: string;
  id?: string | number;
  geometry: Geometry | null;
  properties: {
    id: string;
    name: string;
    kind: string;
    gazetteerId?: string;
    mentions: OutMention[];
    relativeTo?: { placeId: string; relation?: string };
  };
}
export interface OutActor {
  side?: string;
  name?: string;
  /** Human name of the side ("Rapid Support Forces"), when the output gives one. */
  sideName?: string;
}
export interface OutSource {
  article: string;
  start: number;
  end: number;
  outlet?: string | null;
  attribution?: string | null;
  /** Some outputs may name the speaker `speaker`; read either. */
  speaker?: string | null;
  stance?: string;
}
export interface OutIncident {
  geometry: Geometry | null;
  properties: {
    id: string;
    type: string;
    date?: string | null;
    dateRange?: [string, string] | null;
    place?: string;
    agent?: string | OutActor | null;
    actors?: OutActor[];
    sources?: OutSource[];
    background?: boolean;
  };
}
export interface OutManifestArticle {
  id: string;
  outlet?: string | null;
  reportedFrom?: { start: number; end: number; text: string; name: string; lon: number; lat: number }[];
  unplaced?: { start: number; end: number; text: string; reason: string }[];
}
export interface OutputFiles {
  places: { features: OutPlace[] };
  incidents: { features: OutIncident[] };
  manifest: { articles: OutManifestArticle[] };
}

export interface ScoreInput {
  reports: { expected: ExpectedReport; text: string; outlet: string | null }[];
  output: OutputFiles;
  /** ISO alpha-2 of the country at a point, or null when unknown (sea, no data). */
  countryAt?: (lon: number, lat: number) => string | null;
  /** A gazetteer entry by id (the base of a relative area the output does not list itself). */
  resolveId?: (id: string) => { name: string; kind: string; geometry: Geometry } | undefined;
  /** Whether the gazetteer knows this place under this spelling (diagnoses misses). */
  gazetteerKnows?: (place: ExpectedPlace, surface: string) => boolean;
}

// ---- geometry: the rules in geometryKm.ts, shared with bench:geoparse --------------------------

export { distanceKm, featurePoint } from './geometryKm.ts';

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

// ---- names -----------------------------------------------------------------------------------

/** Lower case, no accents, no quotes or brackets, no leading article, single spaces. */
export function normName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/["“”()[\]]/g, ' ')
    .replace(/[^\p{L}\p{N}' -]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:the|a|an) /, '');
}

/** Words that say nothing about who: "forces" alone does not match "Russian forces". */
const GENERIC = new Set(
  (
    'the a an of and in its their his her our forces force troops army military fighters militants ' +
    'rebels soldiers gunmen group groups units unit official officials spokesman spokesperson sources ' +
    'source statement government ministry defence defense local men people'
  ).split(' '),
);

/**
 * Whether two names for an actor or a speaker agree: equal once normalised, or one holds the
 * other as whole words and the shorter has a word that is not generic ("Russian forces" holds
 * "Russian"; "army" alone matches only "army").
 */
export function namesMatch(a: string, b: string): boolean {
  const x = normName(a);
  const y = normName(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (!` ${long} `.includes(` ${short} `)) return false;
  return short.split(' ').some((w) => !GENERIC.has(w));
}

const normStance = (s: string | undefined) => (s ?? '').toLowerCase().replace(/[^a-z]/g, '');

// ---- verdicts --------------------------------------------------------------------------------

export type PlaceOutcome = 'found' | 'missed' | 'wrong-namesake' | 'wrong-kind' | 'too-far';

export interface MappedMention {
  text: string;
  start: number;
  feature: string;
  kind: string;
  km: number;
  country: string | null;
}

export interface PlaceVerdict {
  report: string;
  country: string;
  name: string;
  role: PlaceRole;
  kind: ExpectedKind;
  tags: string[];
  outcome: PlaceOutcome;
  /** Found within 25 km (towns) — the tighter figure. */
  tight: boolean;
  /** Some mention of it went to a wrong namesake (even if another was right). */
  wrongNamesake: boolean;
  mapped: MappedMention[];
  /** Datelines: found only through manifest.reportedFrom, not in places.geojson. */
  viaManifestOnly?: boolean;
  /** Misses: the name is listed in the manifest's 'Not on the map', with this reason. */
  unplaced?: string;
  /** Misses: the gazetteer probe found no entry under this spelling near the place. */
  gazetteerGap?: boolean;
}

export interface NonPlaceVerdict {
  report: string;
  country: string;
  text: string;
  tags: string[];
  mapped: MappedMention[];
}

export interface SourceVerdict {
  quote: string;
  speaker: string | null;
  stance: string;
  found: boolean;
  gotSpeaker: string | null;
  gotStance: string | null;
  speakerOk: boolean;
  stanceOk: boolean;
}

export interface IncidentVerdict {
  report: string;
  country: string;
  key: string;
  expected: ExpectedIncident;
  /** Id of the matched output incident, null when none. */
  matched: string | null;
  got?: { type: string; place: string; date: string; agent: string | null; side: string | null };
  type: boolean;
  place: boolean;
  day: boolean;
  /** Looser day: the output's day or window shares a day with the expected one. */
  dayOverlap: boolean;
  /** null when the report names no agent (not scored). */
  agent: boolean | null;
  side: boolean | null;
  sources: SourceVerdict[];
}

export interface ReportScore {
  id: string;
  country: string;
  places: PlaceVerdict[];
  nonPlaces: NonPlaceVerdict[];
  incidents: IncidentVerdict[];
  /** Output incidents citing this report that matched no expected incident. */
  extraIncidents: { id: string; type: string; place: string; date: string | null }[];
  /** Mapped mentions that overlap no expected entry (a place we did not list, or noise). */
  unannotated: MappedMention[];
}

export interface Ratio {
  n: number;
  of: number;
}

export interface Summary {
  reports: number;
  countries: number;
  events: {
    of: number;
    found: number;
    tight: number;
    missed: number;
    wrongNamesake: number;
    wrongKind: number;
    tooFar: number;
    gazetteerGap: number;
    listedUnplaced: number;
  };
  datelines: { of: number; found: number; viaManifestOnly: number };
  others: { of: number; found: number };
  /** Expected places (any role) with at least one mention on a wrong namesake. */
  wrongNamesakes: number;
  nonPlaces: { of: number; mapped: number; mentions: number };
  unannotated: number;
  incidents: {
    of: number;
    found: number;
    type: number;
    place: number;
    day: number;
    dayOverlap: number;
    agent: Ratio;
    side: Ratio;
    sources: number;
    sourceFound: number;
    speaker: number;
    stance: number;
    extra: number;
  };
  meetsTargets: boolean;
  misses: string[];
}

export interface TestsetScore {
  reports: ReportScore[];
  summary: Summary;
  byCountry: Record<string, Summary>;
  /** Recall by tag for places (event and dateline), mapped share by tag for non-places. */
  byTag: Record<string, { places?: Ratio; nonPlaces?: Ratio }>;
}

function kindOk(p: ExpectedPlace, kind: string): boolean {
  return kind === p.kind || (p.kindAlt ?? []).includes(kind as ExpectedKind);
}

function tolerances(p: ExpectedPlace): { wide: number; tight: number } {
  const wide = p.tolKm ?? DEFAULT_TOL_KM[p.kind];
  return { wide, tight: POINTLIKE.has(p.kind) ? Math.min(TIGHT_KM, wide) : wide };
}

function isWrongNamesake(p: ExpectedPlace, m: MappedMention, g: Geometry | null): boolean {
  if (m.km > NAMESAKE_KM) return true;
  for (const q of p.notAt ?? []) if (g && distanceKm(q, g) <= TIGHT_KM && m.km > TIGHT_KM) return true;
  // Another country counts only beyond tolerance: a border town, or a disputed area whose
  // country the data and the annotator see differently, is not a namesake.
  return !!(p.country && m.country && m.country !== p.country && m.km > tolerances(p).wide);
}

interface FeatureMention {
  feature: OutPlace;
  mention: OutMention;
}

/**
 * Every mention in one report with the feature it resolved to. A relative area ("west of Harib",
 * "northern Yemen") stands for the place it is relative to: the words still name that place.
 */
function mentionsOf(input: ScoreInput, report: string, placesById: Map<string, OutPlace>): FeatureMention[] {
  const out: FeatureMention[] = [];
  for (const f of input.output.places.features) {
    const rel = f.properties.relativeTo;
    const base = rel ? (placesById.get(rel.placeId) ?? baseOf(f, rel.placeId, input)) : f;
    for (const m of f.properties.mentions ?? [])
      if (m.article === report) out.push({ feature: base, mention: m });
  }
  return out;
}

/** Kind of a gazetteer id by its namespace, for a base place the output does not list. */
export function kindOfId(id: string): string {
  if (id.startsWith('geonames:')) return 'settlement';
  if (id.startsWith('ne:')) return 'country';
  const m = /^sm:(adm1|adm2|adm3|nbhd|landmark|road|region|water|place)\b/.exec(id);
  const k = m?.[1];
  return k === 'adm1'
    ? 'admin1'
    : k === 'adm2'
      ? 'admin2'
      : k === 'nbhd'
        ? 'neighbourhood'
        : k === 'landmark' || k === 'road'
          ? k
          : k === 'place'
            ? 'settlement'
            : 'region';
}

/**
 * The place a relative area is relative to, when places.geojson lists only the area: from the
 * gazetteer when the caller can look ids up, else its kind by namespace at the area's geometry.
 */
function baseOf(rel: OutPlace, id: string, input: ScoreInput): OutPlace {
  const e = input.resolveId?.(id);
  return {
    geometry: e?.geometry ?? rel.geometry,
    properties: { id, name: e?.name ?? rel.properties.name, kind: e?.kind ?? kindOfId(id), mentions: [] },
  };
}

function scorePlaces(
  loc: LocatedReport,
  fms: FeatureMention[],
  art: OutManifestArticle | undefined,
  input: ScoreInput,
): PlaceVerdict[] {
  const e = loc.expected;
  return e.places.map((p, i) => {
    const occ = loc.places[i];
    const { wide, tight } = tolerances(p);
    const mapped: (MappedMention & { ok: boolean; okTight: boolean; kindOk: boolean; wrong: boolean })[] = [];
    for (const { feature, mention } of fms) {
      if (!occ.some((o) => overlaps(o, mention))) continue;
      const km = distanceKm(p.at, feature.geometry);
      const pt = feature.geometry ? featurePoint(feature.geometry) : null;
      const m: MappedMention = {
        text: mention.text ?? loc.text.slice(mention.start, mention.end),
        start: mention.start,
        feature: feature.properties.name,
        kind: feature.properties.kind,
        km: Math.round(km),
        country: pt && input.countryAt ? input.countryAt(pt[0], pt[1]) : null,
      };
      const k = kindOk(p, feature.properties.kind);
      mapped.push({
        ...m,
        km,
        kindOk: k,
        ok: k && km <= wide,
        okTight: k && km <= tight,
        wrong: isWrongNamesake(p, { ...m, km }, feature.geometry),
      });
    }
    let viaManifestOnly = false;
    if (p.role === 'dateline' && !mapped.some((m) => m.ok)) {
      for (const r of art?.reportedFrom ?? []) {
        if (!occ.some((o) => overlaps(o, r))) continue;
        const km = greatCircleKm(p.at[0], p.at[1], r.lon, r.lat);
        const m: MappedMention = {
          text: r.text,
          start: r.start,
          feature: `${r.name} (manifest reportedFrom)`,
          kind: 'settlement',
          km: Math.round(km),
          country: input.countryAt ? input.countryAt(r.lon, r.lat) : null,
        };
        const wrong = isWrongNamesake(p, { ...m, km }, { type: 'Point', coordinates: [r.lon, r.lat] });
        mapped.push({ ...m, km, kindOk: true, ok: km <= wide, okTight: km <= tight, wrong });
        if (km <= wide) viaManifestOnly = true;
      }
    }
    const wrongNamesake = mapped.some((m) => m.wrong);
    const outcome: PlaceOutcome = mapped.some((m) => m.ok)
      ? 'found'
      : !mapped.length
        ? 'missed'
        : wrongNamesake
          ? 'wrong-namesake'
          : mapped.some((m) => !m.kindOk)
            ? 'wrong-kind'
            : 'too-far';
    const v: PlaceVerdict = {
      report: e.id,
      country: e.country,
      name: p.name,
      role: p.role,
      kind: p.kind,
      tags: p.tags ?? [],
      outcome,
      tight: mapped.some((m) => m.okTight),
      wrongNamesake,
      mapped: mapped.map(({ text, start, feature, kind, km, country }) => ({
        text,
        start,
        feature,
        kind,
        km: Math.round(km),
        country,
      })),
    };
    if (viaManifestOnly) v.viaManifestOnly = true;
    if (outcome === 'missed') {
      const u = (art?.unplaced ?? []).find((x) => occ.some((o) => overlaps(o, x)));
      if (u) v.unplaced = u.reason;
      if (input.gazetteerKnows)
        v.gazetteerGap = ![p.name, ...(p.aka ?? [])].some((s) => input.gazetteerKnows!(p, s));
    }
    return v;
  });
}

// ---- incidents -------------------------------------------------------------------------------

function agentOf(inc: OutIncident): OutActor | null {
  const a = inc.properties.agent;
  if (typeof a === 'string') return { name: a };
  if (a && typeof a === 'object') return a;
  return inc.properties.actors?.[0] ?? null;
}

function dateRangeOf(inc: OutIncident): [string, string] | null {
  const r = inc.properties.dateRange;
  if (Array.isArray(r) && r.length === 2 && r[0] && r[1]) return [r[0], r[1]];
  const d = inc.properties.date;
  return d ? [d, d] : null;
}

/** Looser, reported beside: the output's day or window shares a day with the expected one. */
export function dayOverlaps(exp: ExpectedIncident, got: [string, string] | null): boolean {
  if (!got) return false;
  const [a, b] = exp.window ?? [exp.day!, exp.day!];
  return got[0] <= b && a <= got[1];
}

/** The output day (or window) agrees when it lies within the expected one; a day must be equal. */
export function dayMatches(exp: ExpectedIncident, got: [string, string] | null): boolean {
  if (!got) return false;
  const [a, b] = exp.window ?? [exp.day!, exp.day!];
  return a <= got[0] && got[1] <= b;
}

/**
 * Whether an output incident is at the expected place: within the tight tolerance of it (kind
 * permitting), on a feature that no other expected place of the report resolved to unless this
 * one did too (Oleshky is 8 km from Kherson, yet an incident at Kherson is not at Oleshky).
 */
function placeMatches(
  loc: LocatedReport,
  exp: ExpectedIncident,
  inc: OutIncident,
  placesById: Map<string, OutPlace>,
  input: ScoreInput,
  resolved: Map<string, Set<string>>,
): boolean {
  let f = inc.properties.place ? placesById.get(inc.properties.place) : undefined;
  const rel = f?.properties.relativeTo;
  if (f && rel) f = placesById.get(rel.placeId) ?? baseOf(f, rel.placeId, input);
  const id = f?.properties.id ?? inc.properties.place ?? '';
  const kind = f?.properties.kind ?? 'settlement';
  const geom = f?.geometry ?? inc.geometry;
  const names = [exp.place, ...(exp.placeAlt ?? [])];
  const own = names.some((n) => resolved.get(n)?.has(id));
  if (!own && [...resolved].some(([n, ids]) => !names.includes(n) && ids.has(id))) return false;
  for (const name of names) {
    const p = loc.expected.places.find((x) => x.name === name);
    if (!p || !kindOk(p, kind)) continue;
    if (distanceKm(p.at, geom) <= tolerances(p).tight) return true;
  }
  return false;
}

/** The agent agrees when the expected name (or an alternative) matches its name or its side's name. */
function agentMatches(exp: ExpectedIncident, got: OutActor | null): boolean {
  if (!exp.agent || !got) return false;
  const names = [got.name, got.sideName].filter((x): x is string => !!x);
  return [exp.agent, ...(exp.agentAlt ?? [])].some((a) => names.some((n) => namesMatch(a, n)));
}

function sideMatches(exp: string[], got: OutActor | null): boolean {
  const names = [got?.side, got?.sideName].filter((x): x is string => !!x);
  return exp.some((s) => names.some((n) => namesMatch(s, n)));
}

function speakerMatches(exp: (string | null)[], got: string | null, outlet: string | null): boolean {
  for (const s of exp) {
    if (s === null) {
      if (!got || (outlet && namesMatch(got, outlet))) return true;
    } else if (got && namesMatch(s, got)) return true;
  }
  return false;
}

function scoreIncidents(
  loc: LocatedReport,
  outlet: string | null,
  input: ScoreInput,
  placesById: Map<string, OutPlace>,
  resolved: Map<string, Set<string>>,
): { verdicts: IncidentVerdict[]; extra: ReportScore['extraIncidents'] } {
  const output = input.output;
  const e = loc.expected;
  const cands = output.incidents.features.filter((inc) =>
    (inc.properties.sources ?? []).some((s) => s.article === e.id),
  );
  const pairs: { i: number; j: number; score: number; place: boolean; type: boolean }[] = [];
  e.incidents.forEach((exp, i) => {
    cands.forEach((inc, j) => {
      const place = placeMatches(loc, exp, inc, placesById, input, resolved);
      const type = [exp.type, ...(exp.typeAlt ?? [])].includes(inc.properties.type);
      if (!place && !type) return;
      const day = dayMatches(exp, dateRangeOf(inc));
      const agent = agentMatches(exp, agentOf(inc));
      pairs.push({ i, j, place, type, score: 4 * +place + 2 * +type + +day + 0.5 * +agent });
    });
  });
  pairs.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);
  const byExp = new Map<number, number>();
  const used = new Set<number>();
  for (const p of pairs) {
    if (byExp.has(p.i) || used.has(p.j)) continue;
    byExp.set(p.i, p.j);
    used.add(p.j);
  }
  const verdicts = e.incidents.map((exp, i): IncidentVerdict => {
    const j = byExp.get(i);
    const inc = j === undefined ? undefined : cands[j];
    const sources = exp.sources.map((s, k): SourceVerdict => {
      const q = loc.quotes[i][k];
      const rows = (inc?.properties.sources ?? []).filter((r) => r.article === e.id && overlaps(r, q));
      const wanted = [s.speaker, ...(s.speakerAlt ?? [])];
      const stances = [s.stance, ...(s.stanceAlt ?? [])];
      const scored = rows.map((r) => {
        const who = r.attribution ?? r.speaker ?? null;
        return {
          r,
          who,
          speakerOk: speakerMatches(wanted, who, outlet ?? r.outlet ?? null),
          stanceOk: stances.includes(normStance(r.stance) as never),
        };
      });
      scored.sort((a, b) => +b.speakerOk + +b.stanceOk - (+a.speakerOk + +a.stanceOk));
      const best = scored[0];
      return {
        quote: s.quote,
        speaker: s.speaker,
        stance: s.stance,
        found: !!best,
        gotSpeaker: best?.who ?? null,
        gotStance: best?.r.stance ?? null,
        speakerOk: !!best?.speakerOk,
        stanceOk: !!best?.stanceOk,
      };
    });
    if (!inc)
      return {
        report: e.id,
        country: e.country,
        key: exp.key,
        expected: exp,
        matched: null,
        type: false,
        place: false,
        day: false,
        dayOverlap: false,
        agent: exp.agent === null ? null : false,
        side: exp.side === null ? null : false,
        sources,
      };
    const ag = agentOf(inc);
    const range = dateRangeOf(inc);
    const placeFeature = inc.properties.place ? placesById.get(inc.properties.place) : undefined;
    return {
      report: e.id,
      country: e.country,
      key: exp.key,
      expected: exp,
      matched: inc.properties.id,
      got: {
        type: inc.properties.type,
        place: placeFeature?.properties.name ?? inc.properties.place ?? '?',
        date: range ? (range[0] === range[1] ? range[0] : `${range[0]}..${range[1]}`) : 'no date',
        agent: ag?.name ?? null,
        side: ag?.side ?? null,
      },
      type: [exp.type, ...(exp.typeAlt ?? [])].includes(inc.properties.type),
      place: placeMatches(loc, exp, inc, placesById, input, resolved),
      day: dayMatches(exp, range),
      dayOverlap: dayOverlaps(exp, range),
      agent: exp.agent === null ? null : agentMatches(exp, ag),
      side: exp.side === null ? null : sideMatches(exp.side, ag),
      sources,
    };
  });
  const extra = cands
    .filter((_, j) => !used.has(j))
    .map((inc) => ({
      id: inc.properties.id,
      type: inc.properties.type,
      place: (inc.properties.place && placesById.get(inc.properties.place)?.properties.name) || '?',
      date: inc.properties.date ?? null,
    }));
  return { verdicts, extra };
}

// ---- one report, then the whole set ----------------------------------------------------------

export function scoreReport(
  r: ScoreInput['reports'][number],
  input: ScoreInput,
  placesById: Map<string, OutPlace>,
): ReportScore {
  const loc = locate(r.expected, r.text);
  const fms = mentionsOf(input, r.expected.id, placesById);
  const art = input.output.manifest.articles.find((a) => a.id === r.expected.id);
  const places = scorePlaces(loc, fms, art, input);
  const toMapped = ({ feature, mention }: FeatureMention): MappedMention => {
    const pt = feature.geometry ? featurePoint(feature.geometry) : null;
    return {
      text: mention.text ?? r.text.slice(mention.start, mention.end),
      start: mention.start,
      feature: feature.properties.name,
      kind: feature.properties.kind,
      km: 0,
      country: pt && input.countryAt ? input.countryAt(pt[0], pt[1]) : null,
    };
  };
  const nonPlaces = r.expected.nonPlaces.map((n, i): NonPlaceVerdict => ({
    report: r.expected.id,
    country: r.expected.country,
    text: n.text,
    tags: n.tags ?? [],
    mapped: fms.filter((fm) => loc.nonPlaces[i].some((o) => overlaps(o, fm.mention))).map(toMapped),
  }));
  const all = [...loc.places.flat(), ...loc.nonPlaces.flat()];
  const unannotated = fms.filter((fm) => !all.some((o) => overlaps(o, fm.mention))).map(toMapped);
  // Which features each expected place's words resolved to (by name; spellings of one place
  // listed apart resolve separately).
  const resolved = new Map<string, Set<string>>();
  r.expected.places.forEach((p, i) => {
    const ids = resolved.get(p.name) ?? new Set<string>();
    for (const fm of fms)
      if (loc.places[i].some((o) => overlaps(o, fm.mention))) ids.add(fm.feature.properties.id);
    resolved.set(p.name, ids);
  });
  const { verdicts, extra } = scoreIncidents(loc, r.outlet, input, placesById, resolved);
  return {
    id: r.expected.id,
    country: r.expected.country,
    places,
    nonPlaces,
    incidents: verdicts,
    extraIncidents: extra,
    unannotated,
  };
}

export function summarise(reports: ReportScore[]): Summary {
  const places = reports.flatMap((r) => r.places);
  const ev = places.filter((p) => p.role === 'event');
  const dl = places.filter((p) => p.role === 'dateline');
  const ot = places.filter((p) => p.role === 'other');
  const np = reports.flatMap((r) => r.nonPlaces);
  const inc = reports.flatMap((r) => r.incidents);
  const src = inc.flatMap((i) => i.sources);
  const count = <T>(xs: T[], f: (x: T) => unknown) => xs.filter(f).length;
  const withAgent = inc.filter((i) => i.agent !== null);
  const withSide = inc.filter((i) => i.side !== null);
  const s: Summary = {
    reports: reports.length,
    countries: new Set(reports.map((r) => r.country)).size,
    events: {
      of: ev.length,
      found: count(ev, (p) => p.outcome === 'found'),
      tight: count(ev, (p) => p.tight),
      missed: count(ev, (p) => p.outcome === 'missed'),
      wrongNamesake: count(ev, (p) => p.outcome === 'wrong-namesake'),
      wrongKind: count(ev, (p) => p.outcome === 'wrong-kind'),
      tooFar: count(ev, (p) => p.outcome === 'too-far'),
      gazetteerGap: count(ev, (p) => p.gazetteerGap),
      listedUnplaced: count(ev, (p) => p.unplaced),
    },
    datelines: {
      of: dl.length,
      found: count(dl, (p) => p.outcome === 'found'),
      viaManifestOnly: count(dl, (p) => p.viaManifestOnly),
    },
    others: { of: ot.length, found: count(ot, (p) => p.outcome === 'found') },
    wrongNamesakes: count(places, (p) => p.wrongNamesake),
    nonPlaces: {
      of: np.length,
      mapped: count(np, (n) => n.mapped.length),
      mentions: np.reduce((a, n) => a + n.mapped.length, 0),
    },
    unannotated: reports.reduce((a, r) => a + r.unannotated.length, 0),
    incidents: {
      of: inc.length,
      found: count(inc, (i) => i.matched),
      type: count(inc, (i) => i.type),
      place: count(inc, (i) => i.place),
      day: count(inc, (i) => i.day),
      dayOverlap: count(inc, (i) => i.dayOverlap),
      agent: { n: count(withAgent, (i) => i.agent), of: withAgent.length },
      side: { n: count(withSide, (i) => i.side), of: withSide.length },
      sources: src.length,
      sourceFound: count(src, (x) => x.found),
      speaker: count(src, (x) => x.speakerOk),
      stance: count(src, (x) => x.stanceOk),
      extra: reports.reduce((a, r) => a + r.extraIncidents.length, 0),
    },
    meetsTargets: false,
    misses: [],
  };
  const frac = (n: number, of: number) => (of ? n / of : 1);
  const misses: string[] = [];
  if (frac(s.events.found, s.events.of) < TARGETS.eventRecall) misses.push('event places');
  if (s.nonPlaces.mapped > TARGETS.nonPlacesMapped) misses.push('non-places mapped');
  if (s.wrongNamesakes > TARGETS.wrongNamesakes) misses.push('wrong namesakes');
  const t = TARGETS.incidentField;
  const I = s.incidents;
  if (frac(I.found, I.of) < t) misses.push('incidents found');
  if (frac(I.type, I.of) < t) misses.push('incident type');
  if (frac(I.place, I.of) < t) misses.push('incident place');
  if (frac(I.day, I.of) < t) misses.push('incident day');
  if (frac(I.agent.n, I.agent.of) < t) misses.push('incident agent');
  s.misses = misses;
  s.meetsTargets = misses.length === 0;
  return s;
}

/** Scores every report; the per-country and per-tag figures are sums of the reports'. */
export function scoreTestsets(input: ScoreInput): TestsetScore {
  const placesById = new Map(input.output.places.features.map((f) => [f.properties.id, f]));
  const reports = input.reports.map((r) => scoreReport(r, input, placesById));
  const byCountry: Record<string, Summary> = {};
  for (const c of [...new Set(reports.map((r) => r.country))].sort())
    byCountry[c] = summarise(reports.filter((r) => r.country === c));
  const byTag: TestsetScore['byTag'] = {};
  for (const p of reports.flatMap((r) => r.places).filter((p) => p.role !== 'other'))
    for (const t of p.tags) {
      const e = ((byTag[t] ??= {}).places ??= { n: 0, of: 0 });
      e.of++;
      if (p.outcome === 'found') e.n++;
    }
  for (const n of reports.flatMap((r) => r.nonPlaces))
    for (const t of n.tags) {
      const e = ((byTag[t] ??= {}).nonPlaces ??= { n: 0, of: 0 });
      e.of++;
      if (n.mapped.length) e.n++;
    }
  return { reports, summary: summarise(reports), byCountry, byTag };
}
