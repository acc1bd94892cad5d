// Pass eight: places the gazetteer lacks, put where the text puts them. A name no gazetteer
// entry fits, that the words call a place ("the border village of X", "X, a hilltop town", "X
// camp", "near X"), is kept as an approximate place when the text anchors it: a place named
// beside it ("X, a town in Y province", "X, 5 km south of Y", "the X district of Y", "X, 60 km
// to the west" of the place named before it); else, for a name whose noun says what it is ("the
// X mountains", "the X oil terminal"), the place its own sentence names nearest to it; else the
// report's own places when they lie close together (a report about one front names its villages
// around the towns it also names). "The X region" where the gazetteer has X only as a town is
// the area around that town when it lies where the words or the report put the region, never a
// namesake town elsewhere. It is drawn at the anchor (moved by the distance and bearing the text
// gives; a bearing alone moves it as far as a place near the anchor lies), marked `precision: 'approximate'` with its anchor and how far off it may be. Names
// with no anchor stay in the list of names left off the map.
import { destination } from '@turf/turf';
import type { GazetteerEntry, PlaceKind, UnplacedName } from '../../types/model.ts';
import type { Gazetteer } from '../../gazetteer/Gazetteer.ts';
import { isWorldAdmin2 } from '../../gazetteer/worldAdmin2.ts';
import type { FoundNames, SentenceTokens, UnmatchedRun } from '../find/NameSpan.ts';
import type { DocContext, Resolution } from '../resolve/DocContext.ts';
import type { Token } from '../text/tokenize.ts';
import { boundedDistance, foldKeyCached as foldKey } from '../index/fold.ts';
import { vowelEdit } from '../index/NameIndex.ts';
import { distance } from '../util/geodesy.ts';
import { nearAnchor } from '../resolve/rank.ts';
import { borderAnchor, countryEntry, crossingPoint } from './borderAnchor.ts';
import { partAnchor } from './partAnchor.ts';
import { Overlaps } from '../util/Overlaps.ts';
import { mayNamePlace } from '../find/readContext.ts';
import { pointInGeometry } from '../../gazetteer/pointInGeometry.ts';
import { DIRECTIONS } from '../../words/directions.ts';
import { lowerBound } from '../../gazetteer/lowerBound.ts';
import { tokenRange } from '../text/tokenRange.ts';
import { DISTANCE_UNITS, PLACE_OF, SETTLEMENT_NOUNS, TOWN_REFERENCES } from '../../words/placeNouns.ts';
import { NUMBER_WORDS } from '../../words/numbers.ts';
import { wordTable } from '../../words/wordTable.ts';
import { SPEECH_VERBS } from '../../words/speechVerbs.ts';
import { PLACE_LIST_GLUE } from '../../words/listGlue.ts';
import { STOPWORDS } from '../../words/stopwords.ts';
import { ACTOR_NOUNS, ORG_HEADS } from '../../words/organisations.ts';
import { PEOPLE_ADJECTIVES, demonymCountry, demonymRegion } from '../../words/demonyms.ts';
import { roundDegrees as round } from '../../gazetteer/geometryUtils.ts';

/** How an approximate place relates to its anchor. */
export type AnchorRelation = 'in' | 'near' | 'of' | 'report';

/** Where the text puts a place the gazetteer lacks. */
export interface Approximation {
  anchor: GazetteerEntry;
  relation: AnchorRelation;
  uncertaintyKm: number;
}

/** Tokens after a name (past its appositive) where its anchor may be named. */
const ANCHOR_WINDOW = 14;
/** Words that start another clause: an anchor after them is not the name's. */
// The last word of a name (at module level: Node bundlers compile a `\p{…}` literal per call).
const LAST_WORD = /\s+(\p{L}+)$/u;
const CLAUSE_BREAK = new Set(
  `that which who whose where when while after before but said says told and or because since as if`.split(
    ' ',
  ),
);
/** Words that relate a name to the place named after them ("in", "near", "of", "from" a distance). */
const RELATION: Record<string, AnchorRelation> = wordTable({
  in: 'in', inside: 'in', within: 'in', near: 'near', outside: 'near', by: 'near', to: 'near', of: 'of',
  from: 'near', around: 'near', opposite: 'near',
}); // prettier-ignore
/** Relation words that may follow a name the gazetteer lacks and relate both to the next place ("the Oskil opposite Y"). */
const RELATION_PAST = new Set(['in', 'inside', 'within', 'near', 'outside', 'around', 'opposite']);
/** Words that may stand between the relation word and the anchor's name. */
const BEFORE_ANCHOR = new Set(['the', 'central', 'northern', 'southern', 'eastern', 'western', 'north', 'south', 'east', 'west', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'neighbouring', 'neighboring', 'nearby', 'occupied', 'rural']); // prettier-ignore
/** The report's places count as close together when this share of their mentions lie within `COMPACT_KM` of one of them. */
const COMPACT_SHARE = 0.7;
const COMPACT_KM = 75;
/** How many of the report's most named places the middle one is looked for among. */
const MIDDLE_OF = 24;
/** Nouns after a name that make it an area of what it is named with ("the X area of Y"). */
const AREA_NOUNS: Record<string, PlaceKind> = wordTable({ area: 'region' });
/** Words before "camp" that make it a camp people live in ("the X refugee camp"). */
const CAMP_MODIFIERS = new Set([
  'refugee',
  'refugees',
  'displacement',
  'displaced',
  'idp',
  'idps',
  'transit',
]);
/**
 * Nouns of ground before "of X" that name a part of X, not what X is: "the hills of X" are in X
 * (a town or a district), "the village of X" is X.
 */
const PARTS_OF = new Set(['hills', 'mountains', 'plains', 'plain', 'forest', 'forests', 'desert', 'range']);
/** Names shorter than this are not matched one letter off even in the area the words name. */
const MISSPELT_MIN_LETTERS = 5;
/** Below this length a name's one-letter difference must be a vowel ("Mogoke", not "Bamo" for "Bama"). */
const SHORT_KEY = 7;
/** Confidence of a town read from a misspelt name in the area the words put it in. */
const MISSPELT_CONFIDENCE = 0.6;
/** A reading of the name this close to where the text puts it may be the place itself. */
const NAMESAKE_KM = 50;
/** Uncertainty of a place put near a town with no distance given, and the least any has. */
const NEAR_KM = 15;
const MIN_KM = 3;
/** Uncertainty of a place put at the town its sentence names (the words do not say how near). */
const SENTENCE_KM = 50;
/** A part of a country larger than this ("In the north," of Mali) says too little of where. */
const MAX_PART_KM = 300;
/** Tokens each way a sentence's place is looked for. */
const SENTENCE_WINDOW = 40;
/** Uncertainty of "the X region" put around the town X. */
const REGION_KM = 25;
/** Kinds of places a report's close-together places are counted from (areas' points say little). */
const POINT_KINDS = new Set<PlaceKind>(['settlement', 'neighbourhood', 'landmark']);

/** Where the words around one mention put it. */
interface Anchor {
  entry: GazetteerEntry;
  relation: AnchorRelation;
  km?: number;
  bearing?: number;
  /** Only the sentence names both: no word relates them. */
  weak?: boolean;
  /** Named in one list with it ("Ayorou and X"): near it, as far off as a sentence's place. */
  listed?: boolean;
  /** The place the name's paragraph (or the report) is about: no word of its sentence relates them. */
  paragraph?: boolean;
  /** A town the report says it names districts of ("several districts of Y"): the name is one. */
  district?: boolean;
  /** The point the words give when it is not the anchor's own (a border's nearest stretch), and how far off it may be. */
  at?: [number, number];
  uncertaintyKm?: number;
}

/** One mention of a name left off the map, with what the words around it say. */
interface Sighting {
  u: UnplacedName;
  kind?: PlaceKind;
  /** The noun that says what it is ("village", "mountains"). */
  noun?: string;
  anchor?: Anchor;
  /** Listed with other names before a plural noun of posts ("the X and Y border crossings"). */
  posts?: boolean;
  /** The words around it call it a place (a name `unplacedNames` listed). */
  cued?: boolean;
  /** Neither cued nor given a noun: it only says where another mention of the name is. */
  bare?: boolean;
  /** "the X valley": ground named after the town or the district X (its readings). */
  landform?: boolean;
  /** "Further south, … X": the way its sentence says it lies from the places before it. */
  way?: number;
  /** The place its sentence says somebody went toward ("pushed out of X, advancing toward Y"), when it names no other. */
  toward?: Anchor;
}

/**
 * The approximate places of one report and the names still left off the map.
 * `unplaced` are the names `unplacedNames` found; `resolutions` the report's resolved names.
 *
 * @example approximatePlaces(doc.article.text, found, unplaced, final.resolutions, ctx, gaz)
 * // "troops took Kfar Dummy, a village 5 km south of Saraqib" → Kfar Dummy ≈ 5 km south of Saraqib
 */
export function approximatePlaces(
  text: string,
  found: FoundNames,
  unplaced: UnplacedName[],
  resolutions: Resolution[],
  ctx: DocContext,
  gazetteer: Gazetteer,
): { resolutions: Resolution[]; unplaced: UnplacedName[] } {
  const placed = resolutions.filter((r) => !r.role && !r.span.demonym);
  const placedAt = new Map<number, Resolution>();
  for (const r of placed) if (!placedAt.has(r.span.start)) placedAt.set(r.span.start, r);
  // "in Poonch district" where the gazetteer has no districts: set aside as a place of its own,
  // but it says where the names beside it are, at the town of its name the report also names.
  const placedTowns = new Set(placed.map((r) => r.entry));
  for (const sp of found.spans) {
    if (placedAt.has(sp.start) || (sp.want !== 'neighbourhood' && sp.want !== 'region') || !sp.surface)
      continue;
    const town = sp.hits.find(
      (h) => h.distance === 0 && h.entry.kind === 'settlement' && placedTowns.has(h.entry),
    );
    if (town) placedAt.set(sp.start, { span: sp, entry: town.entry, confidence: 0, alternatives: [] });
  }
  // Point places in text order, for the place named before a mention.
  const points = placed
    .filter((r) => POINT_KINDS.has(r.entry.kind) && r.relative?.relation !== 'edge')
    .sort((a, b) => a.span.start - b.span.start);
  const sentenceOf = sentenceFinder(found.sentences);
  // "X, on the border with Y": countries (and their adjectives) by where they are written.
  const countryAt = new Map<number, GazetteerEntry>();
  for (const r of resolutions)
    if (r.entry.kind === 'country' && r.role !== 'dateline') countryAt.set(r.span.start, r.entry);
  const onBorder = (tokens: Token[], from: number, to: number): Anchor | undefined => {
    const b = borderAnchor(tokens, from, to, countryAt, ctx.focus, points, gazetteer);
    return b && { entry: b.neighbour, relation: 'near', at: b.point, uncertaintyKm: b.uncertaintyKm };
  };
  // "In the south, … X": the part of the report's country (or of a division) the sentence opens on.
  const inPart = (tokens: Token[]): Anchor | undefined => {
    const p = partAnchor(tokens, placedAt, countryEntry(gazetteer, ctx.focus));
    return p && p.uncertaintyKm <= MAX_PART_KM
      ? { entry: p.area, relation: 'in', at: p.point, uncertaintyKm: p.uncertaintyKm }
      : undefined;
  };
  // One sense per report: a name the report uses as a side ("the Houthis said") is no place.
  const actors = new Set<string>();
  for (const sp of found.spans) if (sp.actor && !sp.demonym) actors.add(sp.key.replace(/s$/, ''));
  for (const { span: sp } of found.unmatched)
    if (sp.actor && !sp.demonym) actors.add(sp.key.replace(/s$/, ''));
  // Sightings of each name (by folded key), each with its kind and anchor as the words give them.
  const byKey = new Map<string, Sighting[]>();
  const sight = (u: UnplacedName, needNoun: boolean, landform = false, placedByWords = false): void => {
    const key = foldKey(u.text);
    const st = sentenceOf(u.start);
    if (!st || !key || peopleAndNoun(u.text) || actors.has(key.replace(/s$/, ''))) return;
    const at = tokenRange(st.tokens, u.start, u.end);
    if (at && several(st.tokens, at.from, at.to, u.text)) return;
    const s: Sighting = { u, ...(needNoun ? {} : { cued: true }), ...(landform ? { landform } : {}) };
    if (at) {
      // "the X and Y border crossings", "the Y, X and Z checkpoints": one of several posts.
      const end = listEnd(st.tokens, at.to);
      const listed = end > at.to || PLACE_LIST_GLUE.has(st.tokens[at.from - 1]?.lower ?? '');
      if (listed && listOfPosts(st.tokens, end)) s.posts = true;
    }
    if (at) {
      const k = kindOf(st.tokens, at.from, at.to, u.text);
      if (k) [s.kind, s.noun] = [k.kind, k.noun];
      const before = placeBefore(points, u.start, st.index);
      // One of several posts is placed only by words of its own, never beside a place of its
      // sentence (the other post, as likely as not).
      const anchor =
        explicitAnchor(st.tokens, at.to, placedAt, ctx.focusCity, before) ??
        onBorder(st.tokens, at.from, at.to) ??
        inPart(st.tokens) ??
        (s.posts ? undefined : sentenceAnchor(st.tokens, at.from, at.to, placedAt, ctx.countries, text));
      if (anchor) s.anchor = anchor;
      else if (!s.posts) {
        const toward = sentenceAnchor(st.tokens, at.from, at.to, placedAt, ctx.countries, text, true);
        if (toward) s.toward = toward;
      }
      const way = furtherWay(st.tokens);
      if (way !== undefined) s.way = way;
    }
    // One capitalised word opening a sentence ("Schools in the city …") is an ordinary word. A
    // name with no noun counts only for the place beside it, and only with another mention that
    // says it is a place ("the town of X … X, in the Y region").
    if (needNoun && !s.kind && !s.anchor) return;
    // A name whose readings in the report's own countries were set aside counts only where words
    // of its own put it ("Petropavlivka, opposite Kupiansk"; the four known lie far from there).
    // The words must follow the name at once: an appositive or a relation word ("X, on the bank
    // … opposite Y", "X near Y"), not a noun of its own ("the X group have taken … of Y").
    if (placedByWords) {
      const next = at && st.tokens[at.to + 1];
      const adjoining = !!next && (next.text === ',' || (!next.cap && RELATION_PAST.has(next.lower)));
      if (!adjoining || !s.anchor || s.anchor.weak || s.anchor.listed || s.anchor.paragraph) return;
      s.cued = true;
    }
    if (needNoun && !placedByWords && (!s.kind || (!u.text.includes(' ') && st.tokens[0]?.start === u.start)))
      s.bare = true;
    const list = byKey.get(key);
    if (list) list.push(s);
    else byKey.set(key, [s]);
  };
  for (const u of unplaced) sight(u, false);
  // Names that matched nothing and that the words around them give no cue to the earlier passes
  // read, but whose noun says what they are ("the X refugee camp", "the X border crossing").
  // Added one by one, not from [...a, ...b.map()]: a list in an elements kind optimised code has
  // not met deoptimises it (see matchRuns).
  const seen = new Overlaps(unplaced);
  for (const r of resolutions) seen.add(r.span);
  for (const m of found.unmatched) {
    const sp = m.span;
    if (m.run.person || sp.hits.length || seen.hits(sp) || !mayNamePlace(sp, found.nonPlace)) continue;
    // "the Beddawi Palestinian refugee camp": a people's adjective closing the run is not the name.
    const name = text
      .slice(sp.start, sp.end)
      .replace(LAST_WORD, (w, last: string) =>
        demonymCountry(last.toLowerCase()) || demonymRegion(last.toLowerCase()) ? '' : w,
      );
    sight({ start: sp.start, end: sp.start + name.length, text: name, reason: 'unknown' }, true);
  }
  // Names whose only readings lie abroad and were rejected ("the Jousieh border crossing near Y"):
  // read like names the gazetteer has far away (a noun and an anchor of their own, no reading near).
  // "The X region" whose only readings are towns was set aside too (resolveNames).
  for (const sp of found.spans) {
    if (!sp.surface || sp.demonym || sp.actor || sp.relative || sp.feature || sp.road || sp.focus || sp.water)
      continue;
    if (seen.hits(sp) || !mayNamePlace(sp, found.nonPlace)) continue;
    const home =
      sp.want !== 'region' &&
      sp.want !== 'neighbourhood' &&
      !sp.landform &&
      sp.hits.some((h) => ctx.countries.has(h.entry.country));
    const candidates = sp.hits.slice(0, 3).map((h) => ({ gazetteerId: h.entry.id, name: h.entry.name }));
    sight(
      { start: sp.start, end: sp.end, text: text.slice(sp.start, sp.end), reason: 'far', candidates },
      true,
      !!sp.landform,
      home,
    );
  }
  if (!byKey.size) return { resolutions: [], unplaced };
  joinQualified(byKey);
  const cluster = reportCluster(placed);
  const districtsOf = townsWithDistricts(text, points);
  const unmatchedByKey = new Map<string, UnmatchedRun[]>();
  for (const m of found.unmatched) {
    const list = unmatchedByKey.get(m.span.key);
    if (list) list.push(m);
    else unmatchedByKey.set(m.span.key, [m]);
  }
  const out: Resolution[] = [];
  const mapped = new Set<UnplacedName>();
  const taken = new Overlaps([]);
  for (const r of resolutions) taken.add(r.span);
  for (const [key, sightings] of byKey) {
    if (sightings.every((s) => s.bare)) continue;
    const said = sightings.find((s) => s.kind)?.kind;
    let kind = said ?? 'settlement';
    // A first-level division or a country the gazetteer lacks is a misspelling, not a new place.
    if ((kind as string) === 'admin1') continue;
    // The words' anchor, else the report's close-together places, else (for a name whose noun
    // says what it is: "the X mountains") the place its sentence names.
    const strong = bestAnchor(sightings, false);
    // "X, in the Y region" where Y has a town one letter from X: that town, spelt another way.
    const misspelt = strong && kind === 'settlement' ? oneEditIn(strong, key, gazetteer) : undefined;
    if (misspelt) {
      const alternatives = [
        { gazetteerId: misspelt.id, name: misspelt.name, score: 1 },
        ...sightings
          .flatMap((s) => s.u.candidates ?? [])
          .filter((c, i, all) => all.findIndex((x) => x.gazetteerId === c.gazetteerId) === i)
          .slice(0, 3)
          .map((c) => Object.assign({}, c, { score: 0 })),
      ];
      for (const u of [
        ...sightings.map((s) => s.u),
        ...otherMentions(unmatchedByKey.get(key) ?? [], text, taken),
      ]) {
        mapped.add(u);
        taken.add(u);
        const span = { start: u.start, end: u.end, sentence: sentenceOf(u.start)?.index ?? 0, key, hits: [], surface: u.text, fuzzy: true }; // prettier-ignore
        out.push({ span, entry: misspelt, confidence: MISSPELT_CONFIDENCE, alternatives });
      }
      continue;
    }
    // Posts strung along a border are as far apart as the border is long: words of their own
    // place them, never the report's other places.
    const posts = sightings.every((s) => s.posts);
    const best =
      (strong && townInArea(strong, sightings)) ??
      strong ??
      (posts
        ? undefined
        : cluster
          ? // Among close-together places, the town its own sentence names beside it ("In Jabalia,
            // … homes in the X area") says more than the middle of them all.
            sentencePlace(sightings, ctx)
          : (bestAnchor(
              sightings,
              sightings.some((s) => s.kind),
            ) ?? paragraphAnchor(text, sightings, points, resolutions, ctx, districtsOf)));
    if (!said && best?.district) kind = 'neighbourhood';
    const onCrossing = best && crossingAnchor(best, sightings, countryAt.values(), gazetteer);
    let where = best
      ? placeBy(onCrossing ?? best, kind, cluster, gazetteer)
      : posts
        ? undefined
        : cluster && placeInCluster(cluster);
    // A name the gazetteer has, but only far from here or in several places: only when the words
    // say what it is or call it a place, and say where ("the village of X in the Y region", "near
    // X, in the Y region"; its sentence's place only for a noun), and no reading lies near there.
    // A division abroad that only shares the name is no reading ("the Catatumbo region" of a
    // report on Colombia and Venezuela's Catatumbo municipality): as if the gazetteer lacked it.
    // "The Neelum valley" across the border is named after the district there: a reading.
    const landform = sightings.some((s) => s.landform);
    const reading = (id: string) => {
      const e = gazetteer.get(id);
      return e && e.kind === 'admin2' && e.country !== ctx.focus && !landform ? null : e;
    };
    const known = sightings.filter(
      (s) => s.u.reason !== 'unknown' && (s.u.candidates ?? []).some((c) => reading(c.gazetteerId) !== null),
    );
    if (known.length) {
      const readings = known
        .flatMap((s) => s.u.candidates ?? [])
        .map((c) => reading(c.gazetteerId))
        .filter((e) => e !== null);
      if (
        (kind === 'region' || kind === 'admin2') &&
        readings.some((e) => e && ctx.countries.has(e.country))
      ) {
        // "The X region" ("X district" where the gazetteer has no districts), X a town of the
        // report's country: the area around the town X where the words put the region ("north
        // of Y") or, when they do not, among the report's places.
        // "The X valley" named after a district: the district (its point is the middle of its
        // towns) among the report's places.
        const town = readings.find(
          (e): e is GazetteerEntry =>
            !!e &&
            ((e.kind === 'settlement' &&
              (where && !best?.weak
                ? distance([e.lon, e.lat], where.point) < NAMESAKE_KM
                : nearAnchor(e, ctx, key))) ||
              (landform && isWorldAdmin2(e) && nearAnchor(e, ctx, key))),
        );
        if (town) where = aroundTown(town);
        else if (!best || best.weak) continue;
      } else {
        // Called a place but not said what it is: the words must put it at a town ("near X, 60 km
        // to the west"), not in a large area or a sea ("X attacks in the Red Sea").
        const at =
          best &&
          (!best.weak || best.paragraph) &&
          (best.km !== undefined || !!best.at || POINT_KINDS.has(best.entry.kind));
        // Or called a place in a report whose places lie close together: among them, when its only
        // readings lie elsewhere ("shelling hit X" beside villages 10 km apart, X also a town abroad).
        const amongThem = !best && !!cluster && sightings.some((s) => s.cued || s.kind);
        if (!amongThem && (!best || !sightings.some((s) => s.kind || (s.cued && at)))) continue;
        if (!where || readings.some((e) => !e || distance([e.lon, e.lat], where!.point) < NAMESAKE_KM))
          continue;
      }
    }
    if (!where) continue;
    // "Further south, … X" with no place of its sentence to put it by: that way from the place
    // the report put it at (the places before it), as far as a place near it lies.
    const further = sightings.find((s) => s.way !== undefined && !s.anchor);
    if (further && (!best || best.paragraph) && !where.approximate.anchor.geometry) {
      const moved = destination(where.point, NEAR_KM, further.way!).geometry.coordinates;
      where = { point: [round(moved[0]), round(moved[1])], approximate: where.approximate };
    }
    const first = sightings[0].u;
    const entry: GazetteerEntry = {
      id: `approx:${key.replace(/ /g, '-')}@${where.approximate.anchor.id}`,
      name: first.text,
      kind: kindNear(kind, where.approximate, sightings.find((s) => s.kind)?.noun),
      names: { en: first.text },
      aliases: [],
      lon: where.point[0],
      lat: where.point[1],
      population: 0,
      country: where.approximate.anchor.country,
      admin1: where.approximate.anchor.admin1,
      featureCode: 'APPROX',
    };
    // What a user may switch it to: the place it was put by, then the readings set aside.
    const anchor = where.approximate.anchor;
    const alternatives = [
      { gazetteerId: anchor.id, name: anchor.name, score: 0.3 },
      ...sightings
        .flatMap((s) => s.u.candidates ?? [])
        .filter(
          (c, i, all) =>
            c.gazetteerId !== anchor.id && all.findIndex((x) => x.gazetteerId === c.gazetteerId) === i,
        )
        .slice(0, 3)
        .map((c) => Object.assign({}, c, { score: 0 })),
    ];
    // Every mention of the name, also those with no cue of their own ("denied that X had fallen").
    const spans = [
      ...sightings.map((s) => s.u),
      ...otherMentions(unmatchedByKey.get(key) ?? [], text, taken),
    ];
    for (const u of spans) {
      mapped.add(u);
      taken.add(u);
      out.push({
        span: {
          start: u.start,
          end: u.end,
          sentence: sentenceOf(u.start)?.index ?? 0,
          key,
          hits: [],
          surface: u.text,
        },
        entry,
        confidence: 0.3,
        alternatives,
        approximate: where.approximate,
      });
    }
  }
  return { resolutions: out, unplaced: unplaced.filter((u) => !mapped.has(u)) };
}

/** "Arab (city)", "Kurdish region": a people's adjective, with or without a noun, names no place. */
function peopleAndNoun(name: string): boolean {
  const words = name.toLowerCase().split(/[\s-]+/);
  if (words.length === 2 && !SETTLEMENT_NOUNS[words[1]]) return false;
  return (
    words.length <= 2 &&
    !!(demonymCountry(words[0]) || demonymRegion(words[0]) || PEOPLE_ADJECTIVES.has(words[0]))
  );
}

/** Plural nouns of places: "the Nile villages" are several places described, no place named. */
const PLURAL_PLACES = new Set([
  'villages',
  'towns',
  'cities',
  'hamlets',
  'settlements',
  'districts',
  'areas',
]);

/**
 * Whether a name is closed by a plural place noun in lower case ("the Nile villages"; not "the
 * Nuba Mountains"): several places described, none named. A list's last name is kept ("the
 * Kalbajar and Lachin districts").
 */
function several(tokens: Token[], from: number, to: number, name: string): boolean {
  const noun =
    PLURAL_PLACES.has(name.slice(name.lastIndexOf(' ') + 1)) || PLURAL_PLACES.has(tokens[to + 1]?.text ?? '');
  return noun && !PLACE_LIST_GLUE.has(tokens[from - 1]?.lower ?? '');
}

/** The sentence whose tokens hold a character offset (sentences in text order). */
function sentenceFinder(sentences: SentenceTokens[]): (offset: number) => SentenceTokens | undefined {
  const withTokens: SentenceTokens[] = [];
  for (const s of sentences) if (s.tokens.length) withTokens.push(s);
  return (offset) => {
    // The last sentence starting at or before the offset.
    const st = withTokens[lowerBound(withTokens, (s) => s.tokens[0].start <= offset) - 1];
    return st && offset < st.tokens[st.tokens.length - 1].end ? st : undefined;
  };
}

/**
 * The kind of place the words make a name, with the noun that says it: a noun in its name ("Lake
 * X", "X Dam"), after it ("X camp", "the X area of Y"), before it with "of" ("the village of X"),
 * or in an appositive ("X, a hilltop town").
 */
function kindOf(
  tokens: Token[],
  from: number,
  to: number,
  name: string,
): { kind: PlaceKind; noun: string } | undefined {
  const of = (noun: string) => ({ kind: SETTLEMENT_NOUNS[noun] ?? AREA_NOUNS[noun] ?? 'settlement', noun });
  const words = name.toLowerCase().split(/[\s-]+/);
  for (const w of [words[words.length - 1], words[0]])
    if (words.length > 1 && SETTLEMENT_NOUNS[w]) return of(w);
  // "X camp", "X refugee camp", "X Palestinian refugee camp": a noun within three words after.
  for (let i = to + 1; i <= to + 3 && i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.word || STOPWORDS.has(t.lower)) break;
    if ((SETTLEMENT_NOUNS[t.lower] || AREA_NOUNS[t.lower]) && !t.cap) {
      // "the X camp" is as often a faction ("the Harris camp"): a camp of people who fled.
      if (t.lower === 'camp' && !CAMP_MODIFIERS.has(tokens[i - 1]?.lower ?? '')) return undefined;
      return of(t.lower);
    }
  }
  // "the (border) village of X". "The hills of X" lie in X, a place on the ground the noun does
  // not say the kind of: a town, as a name with no noun is taken to be, not a range of hills.
  if (tokens[from - 1]?.lower === 'of') {
    const noun = tokens[from - 2]?.lower ?? '';
    if (PARTS_OF.has(noun)) return { kind: 'settlement', noun };
    if (SETTLEMENT_NOUNS[noun] || PLACE_OF.has(noun))
      return { kind: SETTLEMENT_NOUNS[noun] ?? 'settlement', noun };
  }
  // "X, a (sprawling displacement) camp", "X, an ancient royal town".
  if (tokens[to + 1]?.text === ',' && /^(?:a|an|the)$/.test(tokens[to + 2]?.lower ?? ''))
    for (let i = to + 3; i <= to + 6 && i < tokens.length; i++) {
      const t = tokens[i];
      if (!t.word) break;
      if (SETTLEMENT_NOUNS[t.lower]) return of(t.lower);
    }
  return undefined;
}

/**
 * The place the words after a name relate it to: "X, a town in Y province", "X, 5 km south of
 * Y", "near X, in the Y region", "the X district of Y". The anchor is a resolved place (not a
 * country: too large to say where) whose name starts within a few words, after a relation word,
 * with no other clause between. A distance and a direction with no place ("toward X, about 60 km
 * to the west") are from `before`, the place named just before, else from the report's main town.
 */
function explicitAnchor(
  tokens: Token[],
  to: number,
  placedAt: Map<number, Resolution>,
  focusCity: GazetteerEntry | undefined,
  before: Resolution | undefined,
): Anchor | undefined {
  let km: number | undefined;
  let bearing: number | undefined;
  let relation: AnchorRelation | undefined;
  for (let i = to + 1; i < tokens.length && i <= to + ANCHOR_WINDOW; i++) {
    const t = tokens[i];
    if (!t.word && t.text !== ',' && t.text !== '-') break;
    if (CLAUSE_BREAK.has(t.lower)) break;
    const lower = t.lower.replace(/-/g, '');
    // "north-east" is three tokens: the second word joins the first ("northeast"), not replaces it.
    const joined = tokens[i - 1]?.text === '-' ? DIRECTIONS[`${tokens[i - 2]?.lower}${lower}`] : undefined;
    if (DIRECTIONS[lower] !== undefined && !t.cap) bearing = joined ?? DIRECTIONS[lower];
    const unit = DISTANCE_UNITS[t.lower];
    if (unit !== undefined) {
      const n = numberBefore(tokens, i);
      if (n !== undefined) km = n * unit;
    }
    if (RELATION[t.lower] && !t.cap) {
      relation = RELATION[t.lower];
      continue;
    }
    // "south of the city": the report's main town, as "the city's western edge" reads it.
    if (relation && focusCity && t.lower === 'the' && TOWN_REFERENCES.has(tokens[i + 1]?.lower ?? '')) {
      if (tokens[i + 2]?.lower === 'of' || tokens[i + 2]?.poss || tokens[i + 1]?.poss) break;
      return {
        entry: focusCity,
        relation,
        ...(km !== undefined ? { km } : {}),
        ...(bearing !== undefined ? { bearing } : {}),
      };
    }
    // A resolved name here ("al-Qusayr" starts in lowercase), else only a few words may stand
    // between the relation word and the anchor ("in central Y").
    const r = placedAt.get(t.start);
    if (!r) {
      // "in the Kokorou area of Y": an area of Y the gazetteer lacks; Y is where the name lies.
      const of = t.cap && relation ? areaOf(tokens, i) : -1;
      if (of > 0) {
        [i, relation] = [of, 'in'];
        continue;
      }
      // "on the bank of the Oskil opposite Y", "near Aguelhok, in the Y region": past a name that
      // names no known place, another relation word goes on to the place that puts both.
      if (t.cap && relation) {
        let j = i + 1;
        while (j < tokens.length && (tokens[j].cap || tokens[j].text === '-')) j++;
        if (tokens[j]?.text === ',') j++;
        if (!RELATION_PAST.has(tokens[j]?.lower ?? '') || tokens[j].cap) break;
        [i, relation] = [j, RELATION[tokens[j].lower]];
        continue;
      }
      if (t.word && !BEFORE_ANCHOR.has(t.lower)) relation = undefined;
      continue;
    }
    if (!relation) break;
    // "in Cameroon's Far North region": the country's name only says whose the division is.
    if (r.entry.kind === 'country') {
      let j = i;
      while (j + 1 < tokens.length && tokens[j + 1].end <= r.span.end) j++;
      if (!tokens[j].poss) break;
      i = j;
      continue;
    }
    if (r.entry.kind === 'road') break;
    // "near X …, the General Staff in Y said": where somebody spoke from, not where X is.
    if (spokenFrom(tokens, i, r)) break;
    const rel = r.relative;
    if (rel && rel.relation !== 'of') break;
    if (rel) bearing = rel.bearing;
    // Only a distance or a direction makes "from" and "to" a place's relation ("5 km from Y").
    if ((tokens[i - 1]?.lower === 'from' || tokens[i - 1]?.lower === 'to') && km === undefined) break;
    return {
      entry: r.entry,
      relation: rel ? 'of' : relation,
      ...(km !== undefined ? { km } : {}),
      ...(bearing !== undefined ? { bearing } : {}),
    };
  }
  // "south of the city": the relative area starts at the direction word, before "of".
  for (let i = to + 1; i < tokens.length && i <= to + ANCHOR_WINDOW; i++) {
    const t = tokens[i];
    if (CLAUSE_BREAK.has(t.lower) || (!t.word && t.text !== ',')) break;
    const found = placedAt.get(t.start);
    const r = found?.relative?.relation === 'of' ? found : undefined;
    if (r)
      return {
        entry: r.entry,
        relation: 'of',
        bearing: r.relative!.bearing,
        ...(km !== undefined ? { km } : {}),
      };
  }
  // "Toward X, about 60 km to the west": of the place named just before, else the report's town.
  const from = before?.entry ?? focusCity;
  if (km !== undefined && bearing !== undefined && from) return { entry: from, relation: 'of', km, bearing };
  return undefined;
}

/**
 * After a capitalised name at token `i` that names no known place, the "of" of "X area of",
 * "X region of", "X district of" (within three tokens), or -1.
 */
function areaOf(tokens: Token[], i: number): number {
  for (let j = i + 1; j <= i + 3 && j + 1 < tokens.length; j++) {
    const t = tokens[j];
    if (!t.word) return -1;
    if (t.cap) continue;
    return (AREA_NOUNS[t.lower] || SETTLEMENT_NOUNS[t.lower]) && tokens[j + 1].lower === 'of' ? j + 1 : -1;
  }
  return -1;
}

/** The point place named last before `offset`, in the same sentence or the one before. */
function placeBefore(points: Resolution[], offset: number, sentence: number): Resolution | undefined {
  const r = points[lowerBound(points, (p) => p.span.start < offset) - 1];
  return r && r.span.sentence >= sentence - 1 ? r : undefined;
}

/**
 * The place of the report's countries that the name's own sentence names nearest to it ("hideouts
 * in the X mountains after an attack near Y"): weak, since no word relates the two. Not a place
 * somebody went to ("around X airport, where flights were diverted to Y"): that is elsewhere;
 * with `toward`, only a place somebody moved toward ("advancing towards Y"), a last resort of
 * `paragraphAnchor`.
 */
function sentenceAnchor(
  tokens: Token[],
  from: number,
  to: number,
  placedAt: Map<number, Resolution>,
  countries: Set<string>,
  text: string,
  toward = false,
): Anchor | undefined {
  // Outward from the name, a bounded number of words each way: linear in a sentence of thousands.
  for (let gap = 1; gap <= SENTENCE_WINDOW; gap++)
    for (const i of [from - gap, to + gap]) {
      const r = i >= 0 && i < tokens.length ? placedAt.get(tokens[i].start) : undefined;
      // A second-level division known only by its point (GeoNames' districts abroad) is small
      // enough to say where a village beside it lies ("homes in Poonch district, and residents of X").
      if (!r || !(POINT_KINDS.has(r.entry.kind) || isWorldAdmin2(r.entry)) || r.relative?.relation === 'edge')
        continue;
      if (countries.size && !countries.has(r.entry.country)) continue;
      if (
        isDestination(text, r.span.start, toward ? TOWARD : DESTINATION) !== toward ||
        spokenFrom(tokens, i, r) ||
        standsForSide(tokens, i, r)
      )
        continue;
      // "raids on Ayorou and X", "Ayorou, X and Y": one list of places, so X lies with Ayorou.
      if (inOneList(tokens, i < from ? i : to, i < from ? from : i)) {
        // "the X and Y border crossings": posts along one line, as far apart as the line is long.
        if (listOfPosts(tokens, Math.max(i, to))) continue;
        return { entry: r.entry, relation: 'near', listed: true };
      }
      return { entry: r.entry, relation: 'near', weak: true };
    }
  return undefined;
}

/**
 * Whether the place whose name starts at token `i` is where somebody spoke from: a verb of saying
 * right after it ("the General Staff in Kyiv said", "officials in Y told reporters").
 */
function spokenFrom(tokens: Token[], i: number, r: Resolution): boolean {
  let j = i;
  while (j + 1 < tokens.length && tokens[j + 1].end <= r.span.end) j++;
  const next = tokens[j + 1];
  return !!next && next.word && SPEECH_VERBS.has(next.lower);
}

/** Nouns after "Y's" that make Y a government or a side, not ground ("Kyiv's troops", "Moscow's officials"). */
const SIDE_NOUNS = new Set(['troops', 'soldiers', 'men', 'officials', 'side', 'leaders', 'military']);

/** Whether the place whose name starts at token `i` stands for its government or side ("Kyiv's troops"). */
function standsForSide(tokens: Token[], i: number, r: Resolution): boolean {
  let j = i;
  while (j + 1 < tokens.length && tokens[j + 1].end <= r.span.end) j++;
  const next = tokens[j + 1];
  return (
    tokens[j].poss &&
    !!next?.word &&
    !next.cap &&
    (SIDE_NOUNS.has(next.lower) || ORG_HEADS.has(next.lower) || ACTOR_NOUNS.has(next.lower))
  );
}

/** Whether a verb of saying follows the name ending at `end` ("officials in Y said"): where somebody spoke. */
function saidIn(text: string, end: number): boolean {
  const next = /^,?\s+([a-z]+)/.exec(text.slice(end, end + 24));
  return !!next && SPEECH_VERBS.has(next[1]);
}

/** Whether only list glue and capitalised words stand between tokens `a` and `b` ("A, B and C"). */
function inOneList(tokens: Token[], a: number, b: number): boolean {
  let glue = false;
  for (let k = a + 1; k < b; k++) {
    const t = tokens[k];
    if (PLACE_LIST_GLUE.has(t.lower)) glue = true;
    else if (!t.word || !t.cap) return false;
  }
  return glue;
}

/** Plural nouns of posts strung along a border or a road ("crossings", "checkpoints"): listed, each is elsewhere. */
const POSTS = new Set(['crossings', 'checkpoints', 'posts', 'gates', 'terminals']);

/**
 * The last token of the list of capitalised names that goes on after token `to` ("X, Y and Z":
 * Z's), or `to` when no list goes on. Every name of a sentence asks, so the sentence's answers
 * are made once (`listEnds`): walking the list from each name was quadratic in a line of names.
 */
function listEnd(tokens: Token[], to: number): number {
  let ends = LIST_ENDS.get(tokens);
  if (!ends) LIST_ENDS.set(tokens, (ends = listEnds(tokens)));
  const end = ends[to + 1] ?? -1;
  return end >= 0 ? end : to;
}

const LIST_ENDS = new WeakMap<Token[], Int32Array>();

/**
 * For each token k, the last token of the list that goes on from k (list glue, then capitalised
 * words, again and again), or -1 when none does; one pass from the sentence's end.
 */
function listEnds(tokens: Token[]): Int32Array {
  const n = tokens.length;
  const ends = new Int32Array(n + 1).fill(-1);
  // The first token at or after k that is not a capitalised word, and not list glue.
  const capsEnd = new Int32Array(n + 1).fill(n);
  const glueEnd = new Int32Array(n + 1).fill(n);
  for (let k = n - 1; k >= 0; k--) {
    const t = tokens[k];
    capsEnd[k] = t.word && t.cap ? capsEnd[k + 1] : k;
    glueEnd[k] = PLACE_LIST_GLUE.has(t.lower) ? glueEnd[k + 1] : k;
  }
  for (let k = n - 1; k >= 0; k--) {
    const j = glueEnd[k];
    if (j === k || j >= n || !tokens[j].word || !tokens[j].cap) continue;
    const next = capsEnd[j];
    ends[k] = ends[next] >= 0 ? ends[next] : next - 1;
  }
  return ends;
}

/**
 * Whether the list of names that holds token `last` is closed by a plural noun of posts, with
 * "border" or "crossing" before it or not ("the X and Y border crossings", "the X and Y crossing
 * points", "X and Y checkpoints").
 */
function listOfPosts(tokens: Token[], last: number): boolean {
  let k = last + 1;
  while (k < tokens.length && tokens[k].word && tokens[k].cap) k++;
  if (/^(?:border|frontier|crossing|military|army|police)$/.test(tokens[k]?.lower ?? '')) k++;
  if (tokens[k]?.lower === 'points' && tokens[k - 1]?.lower === 'crossing') return true;
  return POSTS.has(tokens[k]?.lower ?? '');
}

/** Words before a name that make it where somebody or something went ("diverted to", "fled toward the town of"). */
const DESTINATION = /\b(?:to|toward|towards|into)\s+(?:the\s+)?(?:[a-z]+\s+of\s+)?$/;

/** Words before a place somebody moved toward ("advancing towards Y"), not one they reached or were sent to. */
const TOWARD = /\btowards?\s+(?:the\s+)?(?:[a-z]+\s+of\s+)?$/;

/**
 * Whether the name at `start` is where somebody or something went, not where the text is (with
 * `TOWARD`, where they moved toward).
 */
function isDestination(text: string, start: number, words = DESTINATION): boolean {
  return words.test(text.slice(Math.max(0, start - 40), start));
}

/**
 * For a name no word relates to a place, in a report whose places are spread out: the place its
 * paragraph is about (the places of the report's country it names before the name, when they lie
 * together; not one somebody went to: "heard in X and around Y airport, where flights were
 * diverted to Z"), else the report's main town when the report says it is about it (named twice,
 * its districts named, or inside the one division of the country the report names). Weak: only
 * the paragraph or the report puts them together.
 */
function paragraphAnchor(
  text: string,
  sightings: Sighting[],
  points: Resolution[],
  resolutions: Resolution[],
  ctx: DocContext,
  districtsOf: Set<GazetteerEntry>,
): Anchor | undefined {
  if (!ctx.focus) return undefined;
  // The divisions of the report's country it names (not as a side: "Syunik said").
  const divisions = resolutions.filter(
    (r) => r.entry.kind === 'admin1' && r.entry.country === ctx.focus && !r.role && !r.span.metonymy,
  );
  const reportDivisions = new Set(divisions.map((r) => r.entry));
  // Looked for once: the sightings of a name repeated a thousand times stay linear.
  let beside: Anchor | undefined;
  let besideDone = false;
  const partsNamed = new Set(districtsOf);
  for (const r of points)
    if (r.entry.kind === 'settlement' && r.relative?.relation === 'part') partsNamed.add(r.entry);
  for (const s of sightings) {
    if (s.bare) continue;
    const start = s.u.start;
    const paragraph = text.lastIndexOf('\n', start) + 1;
    const end = text.indexOf('\n', start);
    const before: GazetteerEntry[] = [];
    for (let i = points.length - 1; i >= 0; i--) {
      const r = points[i];
      if (r.span.start >= start) continue;
      if (r.span.start < paragraph) break;
      if (ctx.countries.has(r.entry.country) && !isDestination(text, r.span.start)) before.push(r.entry);
    }
    let town: GazetteerEntry | undefined = before[0];
    if (town && before.some((e) => distance([e.lon, e.lat], [town!.lon, town!.lat]) > COMPACT_KM)) continue;
    // "the X area", "the X district": a part of the one town whose parts the report names
    // ("districts of Y", "northern Y"), not of the town it names most.
    const whole = !town && s.noun && PART_NOUNS.has(s.noun) ? onlyTown(partsNamed, ctx.focus) : undefined;
    if (whole)
      return {
        entry: whole,
        relation: 'in',
        weak: true,
        paragraph: true,
        district: true,
        at: [whole.lon, whole.lat],
        uncertaintyKm: NEAR_KM,
      };
    // Else the place a sentence of the name names beside it ("clashes in X began after an attack
    // near Y"): the text ties them, the report's most named town (or the dateline's) does not.
    if (!town && !besideDone) [besideDone, beside] = [true, sentencePlace(sightings, ctx)];
    if (!town && beside) return beside;
    // Else a place its sentence says somebody went toward ("pushed out of X and advancing toward
    // Y"): the words tie them, if loosely; the report's most named town does not.
    const toward = town ? undefined : sightings.find((s) => s.toward)?.toward;
    if (toward) return Object.assign({}, toward, { weak: true, paragraph: true });
    if (!town) {
      const main = ctx.focusCity;
      // Named twice where things are (not only where people went, nor as its government, nor
      // where somebody spoke: "officials in Y said"), its districts named, or inside the one
      // division the report names. The dateline is where the reporter sits: a provincial capital
      // filed from counts only when the body names it where things are, not as a speaker's seat.
      const named = points.filter(
        (r) =>
          r.entry === main &&
          !r.span.metonymy &&
          !isDestination(text, r.span.start) &&
          !saidIn(text, r.span.end),
      ).length;
      const [only] = reportDivisions.size === 1 ? reportDivisions : [];
      const filedFrom = !!main && !!ctx.filedFrom?.has(main.id);
      if (
        main &&
        main.country === ctx.focus &&
        (named >= 2 ||
          districtsOf.has(main) ||
          ((named >= 1 || !filedFrom) && !!only && !!main.admin1 && only.admin1 === main.admin1))
      )
        town = main;
      else {
        // Else the one division of the country its paragraph names: in it, as far off as it is large.
        const here = new Set(
          divisions
            .filter((r) => r.span.start >= paragraph && (end < 0 || r.span.end <= end))
            .map((r) => r.entry),
        );
        if (here.size === 1) return { entry: [...here][0], relation: 'in', weak: true, paragraph: true };
        continue;
      }
      if (!districtsOf.has(town)) return { entry: town, relation: 'report', weak: true, paragraph: true };
    }
    // "Fighting broke out in several districts of Y … in X": X is one of them, inside the town.
    if (districtsOf.has(town))
      return {
        entry: town,
        relation: 'in',
        weak: true,
        paragraph: true,
        district: true,
        at: [town.lon, town.lat],
        uncertaintyKm: NEAR_KM,
      };
    return { entry: town, relation: 'near', weak: true, paragraph: true };
  }
  return undefined;
}

/**
 * "X, a hamlet in Y province … the column reached X from Z before dawn": a name the words put
 * in a large area (a division, with no distance or point of its own) whose
 * sentences also name a town inside that area lies near that town, the smallest place that holds
 * it as far as the text goes (as far off as a sentence's place).
 */
function townInArea(a: Anchor, sightings: Sighting[]): Anchor | undefined {
  const area = a.entry;
  if (a.relation !== 'in' || a.km !== undefined || a.at || POINT_KINDS.has(area.kind)) return undefined;
  const g = area.geometry;
  const holds = (e: GazetteerEntry) =>
    area.kind === 'admin1'
      ? e.country === area.country && e.admin1 === area.admin1
      : !!g && g.type !== 'LineString' && pointInGeometry([e.lon, e.lat], g);
  for (const s of sightings) {
    const t = s.anchor;
    if (t && (t.weak || t.listed) && POINT_KINDS.has(t.entry.kind) && holds(t.entry))
      return { entry: t.entry, relation: 'near', weak: true };
  }
  return undefined;
}

/**
 * "The X crossing on the Y road": a crossing put only at a town (no distance, no way) by a border
 * of the town's country with a country the report names is on that border, where it passes
 * nearest the town.
 */
function crossingAnchor(
  a: Anchor,
  sightings: Sighting[],
  named: Iterable<GazetteerEntry>,
  gazetteer: Gazetteer,
): Anchor | undefined {
  if (sightings.find((s) => s.kind)?.noun !== 'crossing') return undefined;
  if (a.at || a.km !== undefined || a.bearing !== undefined || !POINT_KINDS.has(a.entry.kind))
    return undefined;
  const b = crossingPoint(a.entry, named, gazetteer);
  return b && { entry: a.entry, relation: 'near', at: b.point, uncertaintyKm: b.uncertaintyKm };
}

/**
 * The bearing of a sentence that opens on "Further south," ("Farther to the north-west,"): the
 * places it names lie that way from those the report named before; undefined otherwise.
 */
function furtherWay(tokens: Token[]): number | undefined {
  if (tokens[0]?.lower !== 'further' && tokens[0]?.lower !== 'farther') return undefined;
  let i = tokens[1]?.lower === 'to' && tokens[2]?.lower === 'the' ? 3 : 1;
  let word = tokens[i]?.lower ?? '';
  if (tokens[i + 1]?.text === '-') [word, i] = [word + (tokens[i + 2]?.lower ?? ''), i + 2];
  const bearing = DIRECTIONS[word];
  return bearing !== undefined && tokens[i + 1]?.text === ',' ? bearing : undefined;
}

/** Nouns after a name that make it a part of a town when the report names the town's parts. */
const PART_NOUNS = new Set(['area', 'district', 'neighbourhood', 'neighborhood', 'quarter', 'suburb']);

/** The one town of the report's country in `towns`, if there is exactly one. */
function onlyTown(towns: Set<GazetteerEntry>, country: string | undefined): GazetteerEntry | undefined {
  let one: GazetteerEntry | undefined;
  for (const t of towns) {
    if (t.country !== country) continue;
    if (one) return undefined;
    one = t;
  }
  return one;
}

/** The place a sentence of the name names nearest to it (of the report's countries), as the paragraph's anchor. */
function sentencePlace(sightings: Sighting[], ctx: DocContext): Anchor | undefined {
  for (const s of sightings) {
    const a = s.anchor;
    if (a && (a.weak || a.listed) && ctx.countries.has(a.entry.country))
      return Object.assign({}, a, { weak: true, paragraph: true });
  }
  return undefined;
}

/** Folded names closed by a noun that says what they are ("kurram district", "karari area"). */
const QUALIFIED_KEY = / (?:district|area|region|territory|county|municipality)$/;

/**
 * "The Kurram district … clashes in Kurram": one place named with and without its noun. The
 * mentions are read together (the noun of one says what all are, an anchor of one places all),
 * in text order, under the bare name.
 */
function joinQualified(byKey: Map<string, Sighting[]>): void {
  for (const [key, list] of [...byKey]) {
    const bare = key.replace(QUALIFIED_KEY, '');
    const into = bare !== key ? byKey.get(bare) : undefined;
    if (!into) continue;
    into.push(...list);
    into.sort((a, b) => a.u.start - b.u.start);
    byKey.delete(key);
  }
}

/** Words around a town that say the report names its districts ("districts of Y", "Y's suburbs"). */
const DISTRICTS_BEFORE =
  /\b(?:districts|neighbou?rhoods|suburbs|quarters)\s+of\s+(?:the\s+(?:city|capital|town)\s+of\s+)?$/i;
const DISTRICTS_AFTER = /^['’]s\s+(?:[a-z]+\s+)?(?:districts|neighbou?rhoods|suburbs|quarters)\b/i;

/** The towns the report says it names districts of. */
function townsWithDistricts(text: string, points: Resolution[]): Set<GazetteerEntry> {
  const out = new Set<GazetteerEntry>();
  for (const r of points)
    if (
      r.entry.kind === 'settlement' &&
      (DISTRICTS_BEFORE.test(text.slice(Math.max(0, r.span.start - 60), r.span.start)) ||
        DISTRICTS_AFTER.test(text.slice(r.span.end, r.span.end + 40)))
    )
      out.add(r.entry);
  return out;
}

/**
 * The one town of the area an anchor puts a name in ("X, in the Y region") whose name is one
 * letter from it ("Mogoke" for Mogok): added, dropped or swapped, and only a vowel in a name of
 * fewer than seven letters. Only a first-level division (by its code) or an area with a shape,
 * and only when one town fits: a misspelling the area decides, not a guess.
 */
function oneEditIn(a: Anchor, key: string, gazetteer: Gazetteer): GazetteerEntry | undefined {
  const area = a.entry;
  if (a.relation !== 'in' || a.km !== undefined || a.at || !area.country) return undefined;
  if (area.kind !== 'admin1' && !(area.kind === 'admin2' && area.geometry)) return undefined;
  const letters = key.replace(/ /g, '').length;
  if (letters < MISSPELT_MIN_LETTERS || !/^[a-z ]+$/.test(key)) return undefined;
  let found: GazetteerEntry | undefined;
  for (const e of gazetteer.byCountry(area.country)) {
    if (e.kind !== 'settlement' || e.seat) continue;
    if (area.kind === 'admin1' ? e.admin1 !== area.admin1 : !pointInGeometry([e.lon, e.lat], area.geometry!))
      continue;
    const close = [e.name, ...e.aliases].some((n) => {
      const k = foldKey(n);
      return boundedDistance(k, key, 1) === 1 && (letters >= SHORT_KEY || vowelEdit(k, key));
    });
    if (!close) continue;
    if (found && found !== e) return undefined;
    found = e;
  }
  return found;
}

/** "The X region" around the town X. */
function aroundTown(town: GazetteerEntry): { point: [number, number]; approximate: Approximation } {
  return {
    point: [town.lon, town.lat],
    approximate: { anchor: town, relation: 'near', uncertaintyKm: REGION_KM },
  };
}

/** The number before a distance unit ("5 km", "a few kilometres", "about 60 km"). */
function numberBefore(tokens: Token[], i: number): number | undefined {
  const t = tokens[i - 1];
  if (!t) return undefined;
  const n = Number(t.text.replace(/,/g, ''));
  if (Number.isFinite(n) && n > 0 && n < 2000) return n;
  return NUMBER_WORDS[t.lower] || undefined;
}

/** The sighting whose anchor says most: a distance, then a town, then an area; a sentence's place last. */
function bestAnchor(sightings: Sighting[], weakToo: boolean): Anchor | undefined {
  const rank = (a: Anchor) =>
    (a.weak ? 4 : 0) + (a.km !== undefined ? 0 : 2) + (POINT_KINDS.has(a.entry.kind) ? 0 : 1);
  const anchors = sightings.flatMap((s) => (s.anchor && (weakToo || !s.anchor.weak) ? [s.anchor] : []));
  return anchors.sort((a, b) => rank(a) - rank(b))[0];
}

/** The report's places that lie close together, and the one nearest the others. */
interface Cluster {
  centre: GazetteerEntry;
  radiusKm: number;
}

/**
 * The place in the middle of the report's places (the one whose distances to the other mentions
 * add up least), when most of its mentions lie within `COMPACT_KM` of it; undefined when the
 * report's places are spread out (then a name with no anchor of its own cannot be placed).
 */
function reportCluster(placed: Resolution[]): Cluster | undefined {
  const counts = new Map<GazetteerEntry, number>();
  for (const r of placed)
    if (!r.relative && POINT_KINDS.has(r.entry.kind)) counts.set(r.entry, (counts.get(r.entry) ?? 0) + 1);
  // The middle is looked for among the most named places only: linear in a report of thousands.
  const entries = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)!).slice(0, MIDDLE_OF);
  if (!entries.length) return undefined;
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const at = (e: GazetteerEntry) => [e.lon, e.lat];
  let best: { e: GazetteerEntry; sum: number } | undefined;
  for (const e of entries) {
    let sum = 0;
    for (const [o, n] of counts) sum += n * distance(at(e), at(o));
    if (!best || sum < best.sum) best = { e, sum };
  }
  const centre = best!.e;
  let near = 0;
  let radiusKm = 0;
  for (const [o, n] of counts) {
    const d = distance(at(centre), at(o));
    if (d <= COMPACT_KM) {
      near += n;
      radiusKm = Math.max(radiusKm, d);
    }
  }
  return near >= COMPACT_SHARE * total && total >= 2 ? { centre, radiusKm } : undefined;
}

function placeInCluster(c: Cluster): { point: [number, number]; approximate: Approximation } {
  return {
    point: [c.centre.lon, c.centre.lat],
    approximate: {
      anchor: c.centre,
      relation: 'report',
      uncertaintyKm: Math.round(Math.max(NEAR_KM, c.radiusKm)),
    },
  };
}

/**
 * Where an anchor puts a place: moved by the distance and bearing the text gives (a bearing
 * alone: by NEAR_KM, the distance a place "near" a town is taken to lie at); in an area,
 * at the report's middle place when the area holds it, else at the area's town nearest to it,
 * else at the area's point.
 */
function placeBy(
  a: Anchor,
  kind: PlaceKind,
  cluster: Cluster | undefined,
  gazetteer: Gazetteer,
): { point: [number, number]; approximate: Approximation } {
  const e = a.entry;
  if (a.at)
    return {
      point: [round(a.at[0]), round(a.at[1])],
      approximate: { anchor: e, relation: a.relation, uncertaintyKm: a.uncertaintyKm ?? NEAR_KM },
    };
  const base: [number, number] = [e.lon, e.lat];
  if (POINT_KINDS.has(e.kind)) {
    // "X, south-east of Y" with no distance: that way from Y, as far as a place near Y lies.
    const moved =
      a.bearing !== undefined
        ? (destination(base, a.km ?? NEAR_KM, a.bearing).geometry.coordinates as [number, number])
        : base;
    const km =
      a.km !== undefined
        ? a.bearing !== undefined
          ? a.km * 0.3
          : a.km
        : a.weak || a.listed
          ? SENTENCE_KM
          : NEAR_KM;
    return {
      point: [round(moved[0]), round(moved[1])],
      approximate: {
        anchor: e,
        relation: a.relation === 'in' && kind !== 'admin2' && kind !== 'neighbourhood' ? 'near' : a.relation,
        uncertaintyKm: Math.round(Math.max(MIN_KM, km)),
      },
    };
  }
  const radius = areaRadiusKm(e);
  const approximate: Approximation = { anchor: e, relation: 'in', uncertaintyKm: Math.round(radius) };
  // The report's places in another country say nothing of where in this one's area it lies.
  if (!cluster || cluster.centre.country !== e.country) return { point: base, approximate };
  const c = cluster.centre;
  if (e.geometry && e.geometry.type !== 'LineString' && pointInGeometry([c.lon, c.lat], e.geometry))
    return { point: [c.lon, c.lat], approximate };
  const town = nearestTownOf(e, c, gazetteer);
  return { point: town ? [town.lon, town.lat] : base, approximate };
}

/** The area's town nearest to a place (the part of the area the report is about). */
function nearestTownOf(
  area: GazetteerEntry,
  to: GazetteerEntry,
  gazetteer: Gazetteer,
): GazetteerEntry | undefined {
  const g = area.geometry;
  if (!area.country || !g || g.type === 'LineString') return undefined;
  let best: { e: GazetteerEntry; d: number } | undefined;
  for (const e of gazetteer.byCountry(area.country)) {
    if (e.kind !== 'settlement') continue;
    if (area.kind === 'admin1' ? e.admin1 !== area.admin1 : !pointInGeometry([e.lon, e.lat], g)) continue;
    const d = distance([e.lon, e.lat], [to.lon, to.lat]);
    if (!best || d < best.d) best = { e, d };
  }
  return best?.e;
}

/** Half the diagonal of an area's bounding box, in km (how far off its point may be). */
function areaRadiusKm(e: GazetteerEntry): number {
  const g = e.geometry;
  if (!g || g.type === 'LineString') return 50;
  let [w, s, east, n] = [Infinity, Infinity, -Infinity, -Infinity];
  const rings = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  for (const poly of rings)
    for (const [x, y] of poly[0]) {
      w = Math.min(w, x);
      east = Math.max(east, x);
      s = Math.min(s, y);
      n = Math.max(n, y);
    }
  return distance([w, s], [east, n]) / 2;
}

/**
 * A district or an area of (or in) a town is a neighbourhood ("the X area of Y"); in a province
 * or near a town, an admin-2 area or a region.
 */
function kindNear(kind: PlaceKind, a: Approximation, noun: string | undefined): PlaceKind {
  const part = POINT_KINDS.has(a.anchor.kind) && a.relation !== 'near' && a.relation !== 'report';
  if (part && (kind === 'admin2' || noun === 'area')) return 'neighbourhood';
  return kind;
}

/** Other mentions of the same name that matched nothing (no cue of their own), not already placed. */
function otherMentions(runs: UnmatchedRun[], text: string, taken: Overlaps): UnplacedName[] {
  const out: UnplacedName[] = [];
  for (const m of runs) {
    const s = m.span;
    if (m.run.person || s.hits.length || taken.hits(s)) continue;
    out.push({ start: s.start, end: s.end, text: text.slice(s.start, s.end), reason: 'unknown' });
    taken.add(s);
  }
  return out;
}
