// One span's candidates → scores, the best and its alternatives. The report decides: which
// countries it is about (country names, demonyms, large places), how close a candidate lies to
// the report's other places, population, feature class, and what the qualifier asks for. Weak
// candidates far from the report's area are dropped rather than guessed.
import type { Alternative, GazetteerEntry } from '../../types/model.ts';
import type { NameHit } from '../index/NameIndex.ts';
import type { NameSpan, Want } from '../find/NameSpan.ts';
import { cosOfLatitude, distanceKm, distanceKmCos } from '../util/geodesy.ts';
import { liesIn } from '../index/liesIn.ts';
import type { DocContext } from './DocContext.ts';
import { namedAs } from '../util/namedAs.ts';
import { genericDivision } from '../util/genericDivision.ts';

const KIND_PRIOR: Record<string, number> = {
  country: 1.5, region: 0.5, admin1: 0.1, admin2: 0, settlement: 0.3, neighbourhood: 0.2, landmark: 0.2, road: 0.3,
}; // prettier-ignore
const SHARPNESS = 3;
/** Up to this many hits, `rank` finds an entry's earlier hit by a linear search rather than a map. */
const LINEAR_DEDUPE = 16;
/** An area name that carries its type ("Idlib Governorate"): the bare name is not the area's own. */
const TYPED_NAME =
  /\s(?:governorate|province|district|subdistrict|region|state|oblast|prefecture|krai|kray|county|territory|department|emirate|voivodeship|okrug)$/i;
/** Beyond this from every place of a report, a town abroad is a namesake unless large (see `acceptable`). */
const FAR_ABROAD_KM = 1500;
/** The same for a town named by one of its other names, not its own. */
const FAR_ABROAD_ALIAS_KM = 500;
const POINT_KINDS = new Set(['settlement', 'neighbourhood', 'landmark']);
/** A letter of another script (at module level: a `\p{…}` literal in a function is compiled per call). */
const NOT_LATIN = /[^\p{Script=Latin}\s\p{P}\p{N}]/u;
/** A map, not an object: feature codes are cut from the gazetteer's text, and an object's lookup by such a string first interns it. */
const FC_BONUS = new Map([
  ['PPLC', 0.4],
  ['PPLA', 0.25],
  ['PPLG', 0.2],
  ['PPLA2', 0.1],
]);

export function km(a: GazetteerEntry, b: GazetteerEntry): number {
  return distanceKm(a.lon, a.lat, b.lon, b.lat);
}

/** A first-level division named as a district ("Lachin District", "Southern District"). */
const DISTRICT_NAME = / district$/i;

export function fits(e: GazetteerEntry, want: Want): boolean {
  const kind = e.kind;
  if (want === 'admin1' || want === 'countryside') return kind === 'admin1';
  if (want === 'settlement') return kind === 'settlement';
  // "X district": a city district, a district, or (when X heads no district) its subdistrict; or a
  // country's first-level division that is itself called a district ("the Lachin district").
  if (want === 'neighbourhood')
    return (
      kind === 'neighbourhood' ||
      kind === 'admin2' ||
      e.adminLevel === 3 ||
      (kind === 'admin1' && DISTRICT_NAME.test(e.name))
    );
  if (want === 'subdistrict') return e.adminLevel === 3 || kind === 'admin2';
  return kind === 'admin1' || kind === 'region' || kind === 'country';
}

/** Distance to the nearest other anchor, and how many other anchors lie within `CLOSE_KM`. */
interface Nearby {
  km: number;
  close: number;
}
const CLOSE_KM = 100;
/**
 * Up to this many anchors, `nearby` measures again rather than remembering its answers: a few
 * distances cost less than two map lookups and an answer object (most reports have a handful).
 */
const REMEMBER_FROM = 16;

/**
 * One anchor list as `nearby` reads it, made once per list: each anchor's point and the cosine
 * of its latitude, and the one name it was resolved from (when only one), so that the loop over
 * the anchors, run for every candidate of every name, reads no entry and no map; for long lists,
 * the answers so far, by name, then entry.
 */
interface AnchorTable {
  entries: GazetteerEntry[];
  lon: Float64Array;
  lat: Float64Array;
  cosLat: Float64Array;
  soleKey: (string | undefined)[];
  byKey: Map<string, Map<GazetteerEntry, Nearby>> | undefined;
}
const anchorTables = new WeakMap<GazetteerEntry[], AnchorTable>();

function anchorTable(ctx: DocContext): AnchorTable {
  let t = anchorTables.get(ctx.anchors);
  if (t) return t;
  const entries = ctx.anchors;
  const lon = new Float64Array(entries.length);
  const lat = new Float64Array(entries.length);
  const cosLat = new Float64Array(entries.length);
  const soleKey: (string | undefined)[] = [];
  for (let k = 0; k < entries.length; k++) {
    const a = entries[k];
    lon[k] = a.lon;
    lat[k] = a.lat;
    cosLat[k] = cosOfLatitude(a.lat);
    const keys = ctx.anchorKeys?.get(a);
    let sole: string | undefined;
    if (keys && keys.size === 1) for (const only of keys) sole = only;
    soleKey.push(sole);
  }
  const byKey = entries.length > REMEMBER_FROM ? new Map() : undefined;
  t = { entries, lon, lat, cosLat, soleKey, byKey };
  anchorTables.set(entries, t);
  return t;
}

/**
 * Distance to the nearest other anchor, ignoring anchors resolved only from the same name
 * (so "Ras al-Ain" resolved in pass one does not pull its namesake across the border closer),
 * and how many lie within `CLOSE_KM`. Remembered per anchor list when it is long.
 */
function nearby(e: GazetteerEntry, ctx: DocContext, key: string): Nearby {
  const t = anchorTable(ctx);
  // Keyed by name, then entry (no key string built per call: this runs for every candidate).
  let cache: Map<GazetteerEntry, Nearby> | undefined;
  if (t.byKey) {
    cache = t.byKey.get(key);
    if (!cache) t.byKey.set(key, (cache = new Map()));
    const hit = cache.get(e);
    if (hit !== undefined) return hit;
  }
  let best = Infinity;
  let close = 0;
  const lon = e.lon;
  const lat = e.lat;
  const cosLat = cosOfLatitude(lat);
  const { entries, soleKey } = t;
  for (let k = 0; k < entries.length; k++) {
    if (entries[k] === e || soleKey[k] === key) continue;
    const d = distanceKmCos(t.lon[k], t.lat[k], t.cosLat[k], lon, lat, cosLat);
    best = Math.min(best, d);
    if (d < CLOSE_KM) close++;
  }
  const out = { km: best, close };
  cache?.set(e, out);
  return out;
}

function nearestKm(e: GazetteerEntry, ctx: DocContext, key: string): number {
  return nearby(e, ctx, key).km;
}

/** Whether a place lies within 100 km of one of the report's anchors (other than those resolved from `key`). */
export function nearAnchor(e: GazetteerEntry, ctx: DocContext, key: string): boolean {
  return nearestKm(e, ctx, key) < CLOSE_KM;
}

/** Whether another of the report's anchors lies within 100 km of a place: it lies among them. */
export function amongAnchors(e: GazetteerEntry, ctx: DocContext): boolean {
  return nearby(e, ctx, '').close > 0;
}

/**
 * Whether a place lies at least `minKm` from every one of the report's anchors (other than those
 * resolved from `key`), none of them in its admin-1 area.
 */
export function apartFromAnchors(e: GazetteerEntry, ctx: DocContext, key: string, minKm: number): boolean {
  return nearestKm(e, ctx, key) >= minKm && !hasAnchorWithin(e, ctx, key);
}

/** Whether another of the report's anchors lies in this admin-1 area (same admin code), not counting itself. */
function hasAnchorWithin(e: GazetteerEntry, ctx: DocContext, key: string): boolean {
  if (!e.admin1) return false;
  return ctx.anchors.some((a) => {
    if (a === e || a.admin1 !== e.admin1) return false;
    const keys = ctx.anchorKeys?.get(a);
    return !(keys && keys.size === 1 && keys.has(key));
  });
}

/** Score of one candidate for a span in a report's context (higher is better). */
export function scoreHit(
  h: NameHit,
  span: Pick<NameSpan, 'want' | 'surface' | 'afterThe' | 'within'> & { key?: string },
  ctx: DocContext,
  parent?: GazetteerEntry,
  ownedElsewhere = false,
  namesakes = false,
): number {
  const e = h.entry;
  // Read once: a gazetteer entry's fields are accessors (worldCodec), asked here for every candidate.
  const kind = e.kind;
  const country = e.country;
  let s = Math.log10(e.population + 1) / 7 + (KIND_PRIOR[kind] ?? 0) + (FC_BONUS.get(e.featureCode) ?? 0);
  // A name the place is known by, as written ("Geneva" for Genève), counts as its own name,
  // unless it is another candidate's own name (GeoNames lists "Arizona" among Yuma's names).
  s += (h.primary || (!ownedElsewhere && isLiteralAlias(e, span.surface)) ? 0.3 : 0) - h.distance * 0.3;
  if (span.want) s += fits(e, span.want) ? 2 : -2;
  // Divisions are many and their names fold together ("Hainan" and "Henan"): one not spelt as
  // written is less likely meant.
  if (kind === 'admin1' && span.surface && !namedAs(e, span.surface)) s -= 0.3;
  if (span.afterThe && kind === 'settlement' && !/^the\s/i.test(e.name)) s -= 1;
  if (span.within?.some((a) => liesIn(e, a))) s += 1.5;
  if (country && ctx.countries.has(country)) s += country === ctx.focus ? 1.2 : 0.6;
  // Closeness to the report's other places counts for points; an area's label point says little.
  if (kind === 'settlement' || kind === 'neighbourhood' || kind === 'landmark') {
    const { km: d, close } = nearby(e, ctx, span.key ?? '');
    s += d < 25 ? 1 : d < 100 ? 0.6 : d < 300 ? 0.3 : 0;
    // Of places on the ground of one name, the one among several of the report's places rather
    // than beside one: "Borova" of a report on Kupiansk's front is the one near Kupiansk,
    // Kivsharivka and Balakliia, not the one beside Kyiv, where the General Staff spoke.
    if (namesakes) s += 0.15 * Math.min(2, Math.max(0, close - 1));
  } else if (
    kind === 'admin1' &&
    h.primary &&
    !TYPED_NAME.test(e.name) &&
    hasAnchorWithin(e, ctx, span.key ?? '')
  ) {
    // A state called by its own bare name gains from a place of the report inside it:
    // "California" near Los Angeles is the state, not a village of that name elsewhere. An area
    // whose own name carries its type ("Idlib Governorate") is not called by the bare name: that
    // is first the city's.
    s += 1;
  }
  if (ctx.within?.size && kind === 'settlement' && e.admin1 && ctx.within.has(e.admin1)) s += 1;
  if (parent)
    s +=
      e.parent === parent.id
        ? 2
        : km(e, parent) < 15
          ? 1
          : (e.seat || parent.kind === 'admin1') && !!e.admin1 && e.admin1 === parent.admin1
            ? 0.5
            : -1;
  return s;
}

/** The words as written are one of the entry's own aliases ("Geneva" for Genève), not just the same folded key. */
function isLiteralAlias(e: GazetteerEntry, surface: string | undefined): boolean {
  if (!surface) return false;
  let lower = lowerAliases.get(e);
  if (!lower) {
    lower = new Set();
    for (const a of e.aliases) lower.add(a.toLowerCase());
    lowerAliases.set(e, lower);
  }
  return lower.has(surface.toLowerCase());
}

// Entries do not change: each one's aliases are lowercased once, not at every candidate that asks.
const lowerAliases = new WeakMap<GazetteerEntry, Set<string>>();

/** Whether the best candidate is plausible enough to map. */
export function acceptable(h: NameHit, span: NameSpan, ctx: DocContext): boolean {
  const e = h.entry;
  const near = nearestKm(e, ctx, span.key);
  if (span.fuzzy)
    return ctx.countries.has(e.country) && (ctx.anchors.length === 0 || near < 100 || e.kind === 'country');
  // "Southern District", "Eastern Province": many countries have one, and courts and companies
  // are named so too; only a report about the country means its own.
  if (e.kind === 'admin1' && genericDivision(e) && !ctx.countries.has(e.country)) return false;
  if (e.kind === 'country' || e.kind === 'region') return true;
  if (unfitDivision(h, span, ctx)) return false;
  if (ctx.countries.has(e.country) || near < 300) return true;
  if (span.beforeRoadNoun) return false;
  // A report whose places lie in its own country: a town abroad, in a country it never names and
  // thousands of km from all of them, is the namesake of a town the gazetteer lacks ("a gas
  // project near Palma" in a report on Mozambique is not Palma de Mallorca); a capital or a city
  // of a million is named from afar ("talks in Doha").
  // Named by one of its other names (not its own: "Mambasa" for Mombasa, "Gold" for Gold Coast),
  // a place abroad is a namesake already a few hundred km from them, whatever its size.
  if (
    ctx.focus &&
    ctx.anchors.length >= 2 &&
    POINT_KINDS.has(e.kind) &&
    e.featureCode !== 'PPLC' &&
    (h.primary && namedAs(e, span.surface)
      ? near > FAR_ABROAD_KM && e.population < 1_000_000
      : near > FAR_ABROAD_ALIAS_KM &&
        !NOT_LATIN.test(span.surface ?? '') &&
        // Written as none of its names, only folded alike ("Kawlin" and Gulin, "Al-Fallujah area"
        // beside Jabalia), a city under a million abroad is an alias-like reading too.
        (!h.primary || e.population < 1_000_000))
  )
    return false;
  // A division far from the report's places must be named as it is spelt: folding makes
  // "al-Qaeda" a key of Kedah, a state of Malaysia.
  // (A division asked for by its town's name, "the Nabatieh region", is named through its seat.)
  if (e.kind === 'admin1' && !namedAs(e, span.surface) && !namedBySeat(e, span)) return false;
  // A report that names no country and no anchor place ("Jets struck Saraqib.") gives no area to
  // compare with: a place's own name, matched exactly, is then taken at its word.
  if (
    ctx.countries.size === 0 &&
    ctx.anchors.length === 0 &&
    h.distance === 0 &&
    (h.primary || span.key.includes(' ') || isLiteralAlias(e, span.surface))
  )
    return true;
  // Far from the report's area only a large place by its own name will do (or by a name in
  // another script: Latin aliases of big cities include odd ones, such as "Qaeda" for Jeddah).
  if (e.population >= 100_000 && (h.primary || !/[a-z]/.test(span.key) || isLiteralAlias(e, span.surface)))
    return true;
  // "The town of X" with a town of that name abroad: only when the report has too few places of
  // its own to say where it is about ("the town of El Bur" in a report on Somalia is not Bor in
  // South Sudan, 1,500 km from every place the report names).
  return !!span.want && fits(e, span.want) && e.population >= 10_000 && ctx.anchors.length < 2;
}

/**
 * The world's second-level divisions (GeoNames' points; Syria's derived districts have a level)
 * are many, 25,000, and their names fold together: one must be spelt as written ("Saba" is the
 * news agency, not the Sabah district; "Khan Younis" the town, not the Khan Yunis division),
 * unless reached through its seat town, and outside the report's country only when the words
 * call it one: "the Catatumbo region" of a report on Colombia is not Venezuela's Catatumbo
 * municipality. Such a reading is no candidate at all (resolveNames drops it before ranking).
 */
export function unfitDivision(
  h: NameHit,
  span: Pick<NameSpan, 'want' | 'surface' | 'fuzzy' | 'loose' | 'hits'>,
  ctx: DocContext,
): boolean {
  const e = h.entry;
  if (e.kind !== 'admin2' || e.adminLevel || namedBySeat(e, span)) return false;
  if (!namedAs(e, span.surface)) return true;
  return e.country !== ctx.focus && (!span.want || !fits(e, span.want) || !!span.fuzzy || !!span.loose);
}

/** A division a qualifier asks for, by the exact name of the town it is named after. */
function namedBySeat(e: GazetteerEntry, span: Pick<NameSpan, 'want' | 'hits'>): boolean {
  return !!span.want && !!e.seat && span.hits.some((h) => h.entry.id === e.seat && h.distance === 0);
}

/** Up to this many candidates, `byScore` sorts by insertion (no comparator calls, no work array). */
const INSERTION_SORT = 24;

/**
 * Indices of `scores`, highest score first, ties by id. The ids are distinct, so the order is
 * total and any sort gives the same one: short lists (most names) by insertion.
 */
export function byScore(scores: number[], ids: string[]): number[] {
  const n = scores.length;
  const order: number[] = [];
  for (let j = 0; j < n; j++) order.push(j);
  const before = (a: number, b: number) =>
    scores[a] > scores[b] || (scores[a] === scores[b] && ids[a] < ids[b]);
  if (n > INSERTION_SORT) return order.sort((a, b) => (before(a, b) ? -1 : 1));
  for (let j = 1; j < n; j++) {
    const x = order[j];
    let k = j - 1;
    for (; k >= 0 && before(x, order[k]); k--) order[k + 1] = order[k];
    order[k + 1] = x;
  }
  return order;
}

/** Ranks candidates; returns the best with softmax confidences for the top alternatives. */
export function rank(
  hits: NameHit[],
  span: NameSpan,
  ctx: DocContext,
  parent?: GazetteerEntry,
): { best: NameHit; confidence: number; alternatives: Alternative[] } | null {
  // "Odessa, Texas": the state or country written after the name says which place it is.
  const inArea = span.within?.length ? hits.filter((h) => span.within!.some((a) => liesIn(h.entry, a))) : [];
  if (inArea.length) hits = inArea;
  // One pass over the hits for what the scores depend on:
  // - the place the name is the own name of;
  let owner: GazetteerEntry | undefined;
  // - a division of another country never outranks a place of a country the report is about:
  //   "the Charlotte region" in a report on North Carolina is not Charlotte Parish of St Vincent;
  let home = false;
  // - only places on the ground of one name, two or more: how many of the report's places lie
  //   around each decides between them (never between a town and a division).
  let onGround: GazetteerEntry | undefined;
  let namesakes = false;
  let areas = false;
  for (const h of hits) {
    const e = h.entry;
    if (owner === undefined && h.primary && h.distance === 0) owner = e;
    if (!home && ctx.countries.has(e.country)) home = true;
    if (POINT_KINDS.has(e.kind)) {
      if (onGround && onGround !== e) namesakes = true;
      onGround ??= e;
    } else areas = true;
  }
  namesakes &&= !areas;
  // Each entry's best-scoring hit, in the order entries first appear. Most names have a handful
  // of hits: parallel lists searched in place; a map by id only for long hit lists.
  const best: NameHit[] = [];
  const ids: string[] = [];
  const scores: number[] = [];
  const slot = hits.length > LINEAR_DEDUPE ? new Map<string, number>() : undefined;
  for (const h of hits) {
    if (home && h.entry.kind === 'admin1' && !ctx.countries.has(h.entry.country)) continue;
    const s = scoreHit(h, span, ctx, parent, !!owner && owner !== h.entry, namesakes);
    const id = h.entry.id;
    const j = slot ? (slot.get(id) ?? -1) : ids.indexOf(id);
    if (j < 0) {
      slot?.set(id, best.length);
      best.push(h);
      ids.push(id);
      scores.push(s);
    } else if (s > scores[j]) {
      best[j] = h;
      scores[j] = s;
    }
  }
  if (best.length === 0) return null;
  // Highest score first; ties by id.
  const order = byScore(scores, ids);
  const top = scores[order[0]];
  // Softmax with a sharp temperature: a lead of one point is a clear preference.
  let z = 0;
  for (const j of order) z += Math.exp(SHARPNESS * (scores[j] - top));
  const alternatives: Alternative[] = [];
  for (let k = 0; k < order.length && k < 5; k++) {
    const j = order[k];
    alternatives.push({
      gazetteerId: ids[j],
      name: best[j].entry.name,
      score: Math.round((Math.exp(SHARPNESS * (scores[j] - top)) / z) * 1000) / 1000,
    });
  }
  // One edit away is weaker evidence; a loose match (skeleton only) weaker still.
  const confidence = Math.round((1 / z) * (span.loose ? 0.6 : span.fuzzy ? 0.8 : 1) * 1000) / 1000;
  return { best: best[order[0]], confidence, alternatives };
}
