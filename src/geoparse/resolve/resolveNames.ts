// Name spans → resolutions: each span ranked among its candidates in the report's context,
// with the areas a qualifier asks for ("Idlib province", "Manbij district") added as candidates,
// towns that speak ("Washington said") and misspelt names two far-apart places fit left out.
import type { GazetteerEntry } from '../../types/model.ts';
import type { NameHit, NameIndex } from '../index/NameIndex.ts';
import type { FoundNames, NameSpan } from '../find/NameSpan.ts';
import { divisionsAfter, locate, readContext, sentenceTokens } from '../find/readContext.ts';
import type { Token } from '../text/tokenize.ts';
import { foldKeyCached } from '../index/fold.ts';
import { bareName } from '../../gazetteer/admin1Names.ts';
import { isWorldAdmin2 } from '../../gazetteer/worldAdmin2.ts';
import { wantsSeatArea, withSeatAreas } from './seatAreas.ts';
import { acceptable, amongAnchors, apartFromAnchors, km, nearAnchor, rank, unfitDivision } from './rank.ts';
import { liesIn } from '../index/liesIn.ts';
import type { DocContext, Resolution } from './DocContext.ts';
import { onlyPlace } from './onlyPlace.ts';

/**
 * Adds each settlement's governorate as a candidate when a span asks for one ("Idlib province",
 * "the Kherson region"), if the governorate is named after the settlement (its `seat`, or a
 * shared name): a village called "Cape" does not make "Eastern Cape" its state.
 */
export function withAdmin1(hits: NameHit[], index: NameIndex): NameHit[] {
  const extra: NameHit[] = [];
  for (const h of hits) {
    if (h.entry.kind !== 'settlement' || !h.entry.admin1) continue;
    const a = index.admin1ByCode(h.entry.admin1);
    if (
      a &&
      !hits.some((x) => x.entry === a) &&
      (a.seat === h.entry.id || sharesName(h.entry, a) || partOfName(h.entry, a))
    )
      extra.push({ entry: a, primary: false, distance: h.distance });
  }
  return extra.length ? [...hits, ...extra] : hits;
}

/**
 * Whether the town's name is one part of a compound division name: "Hermel governorate" is
 * Baalbek-Hermel, the governorate El Hermel lies in.
 */
function partOfName(town: GazetteerEntry, area: GazetteerEntry): boolean {
  const parts = bareName(area.name).split(/\s*-\s*/);
  if (parts.length < 2) return false;
  const keys = new Set([town.name, ...town.aliases].map(foldKeyCached));
  return parts.some((p) => keys.has(foldKeyCached(p)));
}

// Entries do not change: whether two share a name is asked once per pair (it folds every alias).
const sharedNames = new WeakMap<GazetteerEntry, WeakMap<GazetteerEntry, boolean>>();

function sharesName(a: GazetteerEntry, b: GazetteerEntry): boolean {
  let byB = sharedNames.get(a);
  if (!byB) sharedNames.set(a, (byB = new WeakMap()));
  let shared = byB.get(b);
  if (shared === undefined) {
    const keys = new Set([a.name, ...a.aliases].map(foldKeyCached));
    shared = [b.name, ...b.aliases].some((n) => keys.has(foldKeyCached(n)));
    byB.set(b, shared);
  }
  return shared;
}

/** Kinds of places that are points, not areas. */
const POINT_KINDS = new Set(['settlement', 'neighbourhood', 'landmark']);

/** Farthest a place named as part of another ("the X district of Y") may lie from it. */
const PART_KM = 50;

/** Below this population a place abroad, far from the report's places, is a village it is unlikely to mean. */
const SMALL_ABROAD = 5_000;

/**
 * Resolves the name spans of one report (features, roads and relative areas are left to
 * `resolveDescriptions`). `names.sentences` are the report's tokens, to read the words around a
 * name where a weak reading needs them.
 */
export function resolveNames(
  names: Pick<FoundNames, 'spans' | 'nonPlace' | 'sentences'>,
  index: NameIndex,
  ctx: DocContext,
): Resolution[] {
  const { spans, nonPlace } = names;
  const out: Resolution[] = [];
  const actors = actorKeys(spans);
  const bareKeys = new Set<string>();
  for (const s of spans) if (!s.want && !s.demonym && !s.relative && !s.feature) bareKeys.add(s.key);
  let tokensOf: Map<number, Token[]> | undefined;
  const village = (span: NameSpan): boolean => {
    tokensOf ??= sentenceTokens(names);
    const c = locate(span, tokensOf);
    return !!c && calledVillage(c.tokens, c.from, c.to);
  };
  // "The village of X in the Kharkiv region": a town X that lies in none of the divisions the words
  // set it in is a namesake (approximatePlaces puts X in the division).
  const outsideDivision = (span: NameSpan, e: GazetteerEntry): boolean => {
    tokensOf ??= sentenceTokens(names);
    const c = locate(span, tokensOf);
    const areas = c ? divisionsAfter(c.tokens, c.to, spans, ctx) : [];
    return areas.length > 0 && !areas.includes(e.admin1 ?? '');
  };
  // How strongly the words around a span say it is a place (0 none, 1 weakly, 2 strongly).
  const cue = (span: NameSpan): number => {
    tokensOf ??= sentenceTokens(names);
    const c = locate(span, tokensOf);
    return (c && readContext(c, spans, ctx)?.cue) || 0;
  };
  let sentenceMates: Map<number, Map<string, GazetteerEntry[]>> | undefined;
  // A town named ten times is ranked once: rank reads the hits, the context and these fields only
  // (compared field by field with the spans already ranked on the same hits: a handful at most).
  const rankings = new Map<NameHit[], { span: NameSpan; ranking: ReturnType<typeof rank> }[]>();
  const ranked = (hits: NameHit[], span: NameSpan, parent: GazetteerEntry | undefined) => {
    if (parent || span.within?.length) return rank(hits, span, ctx, parent);
    let done = rankings.get(hits);
    if (!done) rankings.set(hits, (done = []));
    for (const d of done) if (rankedAlike(d.span, span)) return d.ranking;
    const ranking = rank(hits, span, ctx, undefined);
    done.push({ span, ranking });
    return ranking;
  };
  for (const span of spans) {
    if (span.road || span.feature || span.relative || span.focus) continue;
    if (span.demonym) {
      // "Syrian": its country, whatever the words around it (a demonym names no town).
      const e = span.hits[0].entry;
      out.push({
        span,
        entry: e,
        confidence: 1,
        alternatives: [{ gazetteerId: e.id, name: e.name, score: 1 }],
        role: 'demonym',
      });
      continue;
    }
    if (!span.key.includes(' ') && nonPlace.has(span.key) && !index.isStrong(span.key)) continue;
    // "Manbij district": the areas a town is the seat of are candidates beside the town.
    const named = withoutForeignDivisions(span, bareKeys, ctx);
    const own = wantsSeatArea(span.want)
      ? withSeatAreas(named ?? span.hits, index, span.want)
      : (named ?? span.hits);
    const hits = span.want ? withAdmin1(own, index) : own;
    const parent = span.parent ? rank(span.parent.hits, span, { ...ctx }, undefined)?.best.entry : undefined;
    // "X, a frontline village", "the village of X": a city is no reading of it, and a namesake
    // village left is one only near the report's places (else X is approximated among them).
    let city = false;
    let unfit = false;
    for (const h of hits) {
      city ||= isCity(h);
      unfit ||= unfitDivision(h, span, ctx);
    }
    const notCity = city && village(span);
    const r = ranked(
      notCity || unfit
        ? hits.filter((h) => !(notCity && isCity(h)) && !(unfit && unfitDivision(h, span, ctx)))
        : hits,
      span,
      parent,
    );
    if (!r || !acceptable(r.best, span, ctx)) continue;
    const e = r.best.entry;
    if (notCity && !nearAnchor(e, ctx, span.key)) continue;
    // "the X region" when no area bears the name: the region is not the town X (nor a
    // neighbourhood); approximatePlaces puts it around the town or where the words put it.
    if (span.want === 'region' && POINT_KINDS.has(e.kind)) continue;
    // "the Swat valley", "the X hills": ground named after a town or a district the gazetteer has
    // only as a point is neither; approximatePlaces puts it around the one it is named after.
    if (span.landform && (e.kind === 'settlement' || isWorldAdmin2(e))) continue;
    // "X district" in a country whose districts the gazetteer lacks: the area around the town X
    // (approximatePlaces), not a claim about the town itself. Only with the word in the name's
    // span: "several districts of X" are parts of X.
    if (
      span.want === 'neighbourhood' &&
      e.kind === 'settlement' &&
      span.end - span.start > (span.surface?.length ?? Infinity) &&
      !index.hasDistricts(e.country)
    )
      continue;
    // "the al-Faluja area of Jabalia": a part of its parent, not a namesake a country away.
    if (parent && e.parent !== parent.id && !partOf(e, parent)) continue;
    const area = e.kind === 'country' || e.kind === 'region';
    // "Washington said", "Murphy said": a town that speaks is a government or a person; a country may speak.
    if (span.metonymy && !area) continue;
    // One sense per report: a name the report uses as a side ("Hamas said", "Wagner fighters") is
    // that side wherever it stands, unless it names a place of the report's own countries.
    if (actors.has(span.key) && !area && !ctx.countries.has(e.country)) continue;
    if (span.fuzzy && undecided(r, index)) continue;
    // A name one letter off a place needs words that call it a place ("near Saraqeb"): "Hamas"
    // is not Hama, nor "Sky News Arabia" a village.
    if (span.fuzzy && !span.loose && !span.feature && e.kind !== 'landmark' && !area && cue(span) === 0)
      continue;
    // A bare name that only a small village far abroad bears ("Assad" in a report about Syria)
    // is someone's name, unless the words around it say it is a place. Not the one place of its
    // name in another country the report is about, among its places ("attacks hit X" 200 km from
    // the towns of Mali a report filed from Niger names).
    if (
      e.kind === 'settlement' &&
      ctx.focus &&
      e.country !== ctx.focus &&
      e.population < SMALL_ABROAD &&
      !span.want &&
      !span.within &&
      !nearAnchor(e, ctx, span.key) &&
      !(
        ctx.countries.has(e.country) &&
        onlyPlace(span) === e &&
        !apartFromAnchors(e, ctx, span.key, STRANDED_KM)
      ) &&
      cue(span) === 0
    )
      continue;
    if (manyFarNamesakes(span, e, ctx)) continue;
    if (e.kind === 'settlement' && !span.within && outsideDivision(span, e)) continue;
    if (strandedVillage(span, e, ctx, (sentenceMates ??= anchorsBySentence(spans, ctx)).get(span.sentence)))
      continue;
    out.push({ span, entry: r.best.entry, confidence: r.confidence, alternatives: r.alternatives });
  }
  return out;
}

/** Whether `rank` reads two spans alike (the fields it reads besides the hits, parent and `within`). */
function rankedAlike(a: NameSpan, b: NameSpan): boolean {
  return (
    a.key === b.key &&
    a.surface === b.surface &&
    a.want === b.want &&
    !!a.afterThe === !!b.afterThe &&
    !!a.fuzzy === !!b.fuzzy &&
    !!a.loose === !!b.loose
  );
}

/**
 * A village name the country has many times over ("Mykhailivka"), none of them near the
 * report's places: any one of them is a guess, so the name is left off the map (listed as
 * ambiguous) rather than put where nothing happened.
 */
function manyFarNamesakes(span: NameSpan, e: GazetteerEntry, ctx: DocContext): boolean {
  if (e.kind !== 'settlement' || e.population >= 20_000 || span.within || span.parent) return false;
  if (span.want && span.want !== 'settlement') return false;
  if (ctx.anchors.length < 2) return false;
  const same = new Set<GazetteerEntry>();
  for (const h of span.hits)
    if (h.distance === 0 && h.entry.kind === 'settlement' && h.entry.country === e.country) same.add(h.entry);
  if (same.size < 3) return false;
  for (const x of same) if (nearAnchor(x, ctx, span.key)) return false;
  return true;
}

/** Farthest from all of a report's places that a village named beside some of them may lie. */
const STRANDED_KM = 300;
/** From this many people a place is a town a report may name from afar. */
const STRANDED_POPULATION = 20_000;

/**
 * A village the gazetteer has only far from every place of the report ("Vovchansk and the
 * village of Hlyboke" where the one Hlyboke known lies 700 km off, by the sea), when the words
 * set it among them: its own sentence names a place of the report that lies among others (a
 * list, "near Y", "between Y and Z"). The village meant is one the gazetteer lacks; taken from
 * here, approximatePlaces puts it among the report's places, with the far one as an alternative.
 * Not when the words put it in an area ("X, Odesa region") or the report has a place near it.
 */
function strandedVillage(
  span: NameSpan,
  e: GazetteerEntry,
  ctx: DocContext,
  mates: Map<string, GazetteerEntry[]> | undefined,
): boolean {
  if (!mates || e.kind !== 'settlement' || e.population >= STRANDED_POPULATION) return false;
  if (span.within || span.parent || (span.want && span.want !== 'settlement')) return false;
  if (!apartFromAnchors(e, ctx, span.key, STRANDED_KM)) return false;
  for (const [key, anchors] of mates)
    if (key !== span.key && anchors.some((a) => km(a, e) >= STRANDED_KM && amongAnchors(a, ctx))) return true;
  return false;
}

/** By sentence, the report's anchors each name of it was resolved to (read from `ctx.anchorKeys`). */
function anchorsBySentence(spans: NameSpan[], ctx: DocContext): Map<number, Map<string, GazetteerEntry[]>> {
  const byKey = new Map<string, GazetteerEntry[]>();
  for (const [a, keys] of ctx.anchorKeys ?? [])
    for (const k of keys) {
      const list = byKey.get(k);
      if (list) list.push(a);
      else byKey.set(k, [a]);
    }
  const out = new Map<number, Map<string, GazetteerEntry[]>>();
  for (const s of spans) {
    const anchors = byKey.get(s.key);
    if (!anchors) continue;
    let mates = out.get(s.sentence);
    if (!mates) out.set(s.sentence, (mates = new Map()));
    mates.set(s.key, anchors);
  }
  return out;
}

/**
 * "The Poonch district" in a report on India is the area around India's Poonch, not Pakistan's
 * Poonch District across the line: a division of another country gives way to a town of the
 * name in the report's own country, or in one of its countries when the report also writes the
 * name alone. The span's hits without such divisions; undefined when there are none.
 */
function withoutForeignDivisions(
  span: NameSpan,
  bareKeys: Set<string>,
  ctx: DocContext,
): NameHit[] | undefined {
  if (!span.want || !span.hits.some((h) => isWorldAdmin2(h.entry) && !h.entry.seat)) return undefined;
  const towns = span.hits.filter(
    (h) =>
      h.distance === 0 &&
      h.entry.kind === 'settlement' &&
      (h.entry.country === ctx.focus || (ctx.countries.has(h.entry.country) && bareKeys.has(span.key))),
  );
  const foreign = (h: NameHit) =>
    isWorldAdmin2(h.entry) && !h.entry.seat && towns.some((t) => t.entry.country !== h.entry.country);
  return span.hits.some(foreign) ? span.hits.filter((h) => !foreign(h)) : undefined;
}

/**
 * Whether a place can be the part of `parent` the words say it is: inside it when the parent is
 * a division or a country ("the Kurram district of Khyber Pakhtunkhwa"), else within
 * `PART_KM` of it ("the al-Faluja area of Jabalia").
 */
function partOf(e: GazetteerEntry, parent: GazetteerEntry): boolean {
  if (parent.kind === 'admin1') return (!!e.admin1 && e.admin1 === parent.admin1) || liesIn(e, parent);
  if (parent.kind === 'country') return e.country === parent.country;
  return km(e, parent) <= PART_KM;
}

/** Nouns that call a place small. */
const VILLAGE_NOUNS = new Set(['village', 'hamlet']);
/** From this many people a place is a city, whatever a report calls its namesake. */
const CITY_POPULATION = 100_000;

const isCity = (h: NameHit): boolean =>
  h.entry.kind === 'settlement' && h.entry.population >= CITY_POPULATION;

/**
 * Whether the words call the name at tokens `from`..`to` a village: "the village of X", "X
 * village", or an appositive "X, a (frontline) village".
 */
export function calledVillage(tokens: Token[], from: number, to: number): boolean {
  if (tokens[from - 1]?.lower === 'of' && VILLAGE_NOUNS.has(tokens[from - 2]?.lower ?? '')) return true;
  const next = tokens[to + 1];
  if (next && !next.cap && VILLAGE_NOUNS.has(next.lower)) return true;
  if (next?.text !== ',' || !/^(?:a|an)$/.test(tokens[to + 2]?.lower ?? '')) return false;
  for (let k = to + 3; k <= to + 6 && k < tokens.length; k++) {
    const w = tokens[k];
    if (!w.word || w.cap) return false;
    if (VILLAGE_NOUNS.has(w.lower)) return true;
  }
  return false;
}

/** Keys of the names a report uses as a side or a speaker somewhere (see `NameSpan.actor`). */
function actorKeys(spans: NameSpan[]): Set<string> {
  const keys = new Set<string>();
  for (const s of spans) if (s.actor && !s.demonym) keys.add(s.key);
  return keys;
}

/**
 * A misspelt or loose name that fits two far-apart places about equally well names neither for sure:
 * guessing would put a mark where nothing happened.
 */
function undecided(r: NonNullable<ReturnType<typeof rank>>, index: NameIndex): boolean {
  const [a, b] = r.alternatives;
  if (!b || b.score < a.score / 2) return false;
  const ea = index.byId(a.gazetteerId);
  const eb = index.byId(b.gazetteerId);
  return !!ea && !!eb && km(ea, eb) > 10;
}
