// Where an event happened: the most specific place named near its trigger, in its own clause first.
// "the city" / "the town" point back to the settlement the report is about.
import type { IncidentType, PlaceFeature } from '../../types/model.ts';
import type { Clause } from './clauses.ts';
import { clauseAt } from './clauses.ts';
import { extentKm2 } from '../merge/placeRelations.ts';
import { REPORTING_VERBS } from '../../words/speechVerbs.ts';
import { matchList } from '../../geoparse/util/matchList.ts'; // every match, without matchAll's recompiling

export interface LocatedMention {
  /** Offsets in the sentence text. */
  start: number;
  end: number;
  place: PlaceFeature;
}

// A country, or a place that is also an actor ("Russia was providing", "Moscow considered"), locates
// an event only after a locative preposition ("in Syria", "across northern Syria").
const LOCATIVE_BEFORE =
  /\b(?:in|at|into|inside|across|throughout|near|to|from|towards?|on|over|outside|around|within)\s+(?:the\s+)?(?:[a-z-]+\s+)?$/i;
// (Also what they left to defend: "repositioned to defend the city of X".)
const DESTINATION =
  /\b(?:to|towards?|into|for)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}$|\bto\s+(?:defend|protect|reinforce|hold|secure|guard|shield)\s+(?:the\s+)?(?:(?:city|town|village|capital|base|port)\s+of\s+)?$/i;
// "arrived by road from X", "sent from X to Y", "rockets fired from X": where forces or fire came
// from (not "10 km from X", which says where it happened).
const ORIGIN =
  /(?<!\b(?:km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|away|far)\s+)\b[Ff]rom\s+(?:the\s+)?(?:(?!(?:to|and|or|into|towards?)\s)[a-z-]+\s+){0,2}$/;
// Types that happen where their subject leaves ("fled from X", "withdrew from X", "flights from X").
const AT_ORIGIN: ReadonlySet<IncidentType> = new Set(['withdrawal', 'displacement', 'closure']);
// Verbs whose subject acts on something else (not "fell", "was shelled").
const ACTS =
  /^(?:closed|closes|shut|struck|strikes|shelled|shells|bombed|attacked|attacks|hit|fired|launched|seized|captured|took|sent|deployed)\b/i;
// "held positions around X and had repelled assaults near Y": X belongs to the verb before "and".
const ANOTHER_VERB_BEFORE =
  /^["\u201d]?\s+and\s+(?:(?:had|have|has|was|were|then|later|also|had\s+also)\s+)?$/i;
// Where an event went on to: "the fighting … spread to the villages of X and Y".
const SPREAD_TO =
  /\b(?:spread|spreading|spreads|extended|extending|widened)\s+(?:\w+\s+)?(?:to|into)\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:villages?|towns?|city|cities|districts?|neighbou?rhoods?|areas?|outskirts)\s+of\s+)?$/i;
// A direction off the place: "north of the town", "west of X".
const COMPASS_OF =
  /\b(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the\s+)?$|\b(?:outside|beyond)\s+(?:the\s+)?$/i;
const APPOSITION = /^\s*,\s*(?:(?:on|in|at|near|just|about|some)\s+)?(?:the\s+)?$/i;
// Where people fled to: "fled north toward X", "were evacuated to X" (not troops who "moved to X").
const FLED_TO =
  /\b(?:fled|flee|fleeing|escaped|evacuated|left|leaving|sought refuge|took refuge)\b[^,;.]{0,30}?\b(?:to|towards?|into|for)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}$/i;
// ("the capital" bare: "the provincial capital", "the capital of X", "the capital Sanaa" name theirs.)
const ANAPHOR_RE = /\bthe (?:city|town|village|hamlet|capital)\b(?! of\b)/gi;
const NAME_AFTER = /^(?:\s+\p{Lu}|-)/u;

/** "Kyiv's troops", "Moscow's forces": a capital standing for its state (the words after its name). */
export const STATE_POSSESSIVE =
  /^['’]s\s+(?:[\w-]+\s+)?(?:troops|forces|army|soldiers|units|military|government|officials|ministry|leaders?|envoy|allies)\b/iu;
// The ground a direction off a place spans ("north of the town"), as a region's.
const OFF_PLACE_KM2 = 300;
// Types whose natural location is a road or a facility rather than the town around it.
const PREFERS_FACILITY: ReadonlySet<IncidentType> = new Set(['closure']);

// Where a speaker spoke, not where it happened: "told reporters in X", "said in X", "speaking
// to Reuters from X" (an outlet by its capital: "told AFP in X").
const SEAT = new RegExp(
  `\\b(?:${[...REPORTING_VERBS, 'speaking', 'spoke'].join('|')})\\s+` +
    '(?:(?:to\\s+)?(?:reporters|journalists|the press|(?:a|the) (?:news |press )?(?:conference|briefing)|[A-Z][\\w-]*)\\s+)?' +
    '(?:in|from)\\s+(?:the\\s+)?$',
  'u',
);

/** Whether a mention is the place a speaker spoke in ("a commander told reporters in X"). */
export function speakersSeat(text: string, m: { start: number }): boolean {
  return m.start > 0 && SEAT.test(text.slice(Math.max(0, m.start - 60), m.start));
}

// What a report calls a settlement it names: "X, a village south of Y", "the small town of X",
// "X village". "The village" later means the one it called a village.
const CALLED_AFTER = /^\s*,\s*(?:an?|the)\s+(?:[\w'-]+\s+){0,2}?(village|town|city|hamlet)\b/i;
const CALLED_BEFORE = /\bthe\s+(?:[\w'-]+\s+){0,2}?(village|town|city|hamlet)\s+of\s+$/i;
const CALLED_SUFFIX = /^\s+(village|town)\b/i;

// The noun of an area's name: "the Hamrin range", "Sambisa forest", "the Bekaa valley".
const AREA_NOUNS = 'range|mountains|hills|valley|forest|desert|marshland|marshes|plain';
const AREA_NOUN_AFTER = new RegExp(`^\\s+(${AREA_NOUNS})\\b`, 'i');
const AREA_NOUN_LAST = new RegExp(`\\b(${AREA_NOUNS})$`, 'i');
// "the rugged range", "the forest": an area the report named by that noun.
const AREA_ANAPHOR = new RegExp(`\\bthe\\s+(?:([a-z-]+)\\s+)?(${AREA_NOUNS})\\b(?!\\s+of\\b)`, 'gi');

/** The noun of the name of the area mentioned at [start, end) ("range" of "the Hamrin range"), if any. */
export function areaNoun(text: string, m: { start: number; end: number }): string | null {
  if (m.start < 0) return null;
  const noun =
    AREA_NOUN_AFTER.exec(text.slice(m.end, m.end + 20))?.[1] ??
    AREA_NOUN_LAST.exec(text.slice(m.start, m.end))?.[1];
  return noun ? sameArea(noun) : null;
}

/** One noun for the words that name one kind of area: a range is its mountains, its hills. */
const sameArea = (noun: string) => {
  const n = noun.toLowerCase();
  return n === 'range' || n === 'hills' ? 'mountains' : n === 'marshes' ? 'marshland' : n;
};

/** The noun the text gives the settlement mentioned at [start, end), if any ("village", "town" …). */
export function calledAs(text: string, m: { start: number; end: number }): string | null {
  if (m.start < 0) return null;
  const after = text.slice(m.end, m.end + 60);
  const noun =
    CALLED_AFTER.exec(after)?.[1] ??
    CALLED_SUFFIX.exec(after)?.[1] ??
    CALLED_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start))?.[1];
  return noun ? noun.toLowerCase() : null;
}

/**
 * Mentions that stand for the place only through "the city" / "the town": each becomes a mention of
 * the settlement named earlier in the same sentence (the one called by that noun first); else
 * "the city" is the report's main settlement and "the town" / "the village" the settlement named
 * last before this sentence, unless the report called that one by another noun and another one by
 * this noun (`called`: "X, a village …", or an earlier "the town" that meant it). "The capital" is
 * the report's capital (`capital`), or none.
 */
export function anaphoraMentions(
  text: string,
  mentions: LocatedMention[],
  main: PlaceFeature | null,
  lastSettlement: PlaceFeature | null = null,
  called: ReadonlyMap<string, PlaceFeature> = new Map(),
  capital: PlaceFeature | null = null,
): LocatedMention[] {
  const out: LocatedMention[] = [];
  ANAPHOR_RE.lastIndex = 0;
  for (const m of matchList(ANAPHOR_RE, text)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (mentions.some((x) => x.start < end && start < x.end)) continue;
    const noun = m[0].slice(4).toLowerCase();
    if (noun === 'capital') {
      if (capital && !NAME_AFTER.test(text.slice(end, end + 2))) out.push({ start, end, place: capital });
      continue;
    }
    // (Not a capital standing for its state: "Moscow's troops pressed toward … the town"; nor
    // where people went, when the sentence names where they were: "Residents of A fled toward B
    // after shells fell near the town" is A.)
    const settled = mentions.filter(
      (x) =>
        x.end <= start &&
        x.place.properties.kind === 'settlement' &&
        !STATE_POSSESSIVE.test(text.slice(x.end)),
    );
    const stayed = settled.filter((x) => !FLED_TO.test(text.slice(Math.max(0, x.start - 50), x.start)));
    const before = stayed.length ? stayed : settled;
    const earlier = before.filter((x) => calledAs(text, x) === noun).pop() ?? before.pop();
    const city = noun === 'city';
    // (The settlement named last, unless the report called it something else and called another
    // one so: "Mykhailivka, a village near the town …. … denied that the village had fallen".)
    const named = called.get(noun);
    const otherwise =
      lastSettlement &&
      named &&
      named !== lastSettlement &&
      [...called].some(([n, p]) => n !== noun && p.properties.id === lastSettlement.properties.id)
        ? named
        : (lastSettlement ?? named);
    const place = earlier?.place ?? (city ? main : (otherwise ?? main));
    if (place) out.push({ start, end, place });
  }
  // "Jets struck caves in the rugged range": the area the report named by that noun (a lower-case
  // word between, not a name: "the Nuba mountains" names its own).
  AREA_ANAPHOR.lastIndex = 0;
  for (const m of matchList(AREA_ANAPHOR, text)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const place = called.get(sameArea(m[2]));
    if (!place || (m[1] && !/^[a-z]/.test(m[1])) || mentions.some((x) => x.start < end && start < x.end))
      continue;
    out.push({ start, end, place });
  }
  return out;
}

/** The settlement a report is mostly about: the one named most often, the first on a tie. */
export function mainSettlement(places: PlaceFeature[]): PlaceFeature | null {
  const counts = new Map<string, { place: PlaceFeature; n: number; first: number }>();
  places.forEach((p, i) => {
    if (p.properties.kind !== 'settlement') return;
    const c = counts.get(p.properties.id) ?? { place: p, n: 0, first: i };
    c.n++;
    counts.set(p.properties.id, c);
  });
  let best: { place: PlaceFeature; n: number; first: number } | null = null;
  for (const c of counts.values())
    if (!best || c.n > best.n || (c.n === best.n && c.first < best.first)) best = c;
  return best?.place ?? null;
}

// A hyphen that goes on with a place's own name ("Croix-des-Bouquets", "Saut-d'Eau"), not an
// adjective ("UK-based").
// Particles in any case ("Deir-El-…"); a one-letter capital part of the name ("Mrauk-U") only
// in capitals, so it needs its own pattern without the /i flag.
const NAME_GOES_ON = /^-(?:(?:des|de|du|la|le|les|sur|en|di|del|el|al)-|d['’])/iu;
const ONE_LETTER_PART = /^-\p{Lu}(?![\p{L}-])/u;

/**
 * The mention that locates the event whose trigger spans [start, end): in the trigger's clause if
 * any, preferring roads and facilities for closures, then the smallest place, then the nearest
 * (a place after the trigger is nearer than one the same distance before it). `broad` prefers the
 * largest place instead (for an advance told as a count of villages or km²).
 */
export function chooseLocation(
  text: string,
  mentions: LocatedMention[],
  clauses: Clause[],
  trigger: { start: number; end: number; type: IncidentType; counter?: boolean },
  actorSpans: { start: number; end: number }[] = [],
  broad = false,
): LocatedMention | null {
  const home = clauseAt(clauses, trigger.start);
  let best: LocatedMention | null = null;
  let bestKey: number[] = [];
  for (const m of mentions) {
    // "UK-based", "Iran-backed": a place word used as an adjective locates nothing.
    // (Not a name the hyphen goes on with: "Croix-des-Bouquets", "Saint-Jean-de-Luz".)
    if (text[m.end] === '-') {
      const after = text.slice(m.end, m.end + 5);
      if (!NAME_GOES_ON.test(after) && !ONE_LETTER_PART.test(after)) continue;
    }
    const kind = m.place.properties.kind;
    const actorLike = kind === 'country' || actorSpans.some((a) => a.start < m.end && m.start < a.end);
    if (
      actorLike &&
      (text.startsWith("'s", m.end) || !LOCATIVE_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)))
    ) {
      continue;
    }
    // Troops withdraw and people flee from a place, towards another: the destination is not where
    // it happened.
    const destination = isDestination(text, m, trigger);
    // Nor is it where the defender's words, in another clause, put the attack: "it repelled the
    // assault, and the attackers withdrew toward X".
    if (
      m.start > 0 &&
      trigger.counter &&
      clauseAt(clauses, m.start) !== home &&
      DESTINATION.test(text.slice(Math.max(0, m.start - 25), m.start))
    )
      continue;
    // Where flights were "diverted to" or a road leads "to" is not where the closure is, even when
    // the closed place stands in the clause before ("the airport, where flights were diverted to X").
    const elsewhere =
      trigger.type === 'closure' &&
      m.start > trigger.end &&
      DESTINATION.test(text.slice(Math.max(trigger.end, m.start - 25), m.start));
    // "which Amman closed", "Kyiv struck": a town standing as the subject of an act is a state
    // acting, not where it happened.
    const subject =
      m.start >= 0 &&
      m.end <= trigger.start &&
      /^\s+(?:\w+ly\s+)?$/u.test(text.slice(m.end, trigger.start)) &&
      ACTS.test(text.slice(trigger.start, trigger.end)) &&
      !LOCATIVE_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start));
    // Reinforcements "arrived from X" in Y, troops "sent from X to Y": the origin is not the event's
    // place when the sentence names another.
    const origin =
      !AT_ORIGIN.has(trigger.type) &&
      ORIGIN.test(text.slice(Math.max(0, m.start - 30), Math.max(0, m.start)));
    // "The fighting began with kidnappings near X and spread to Y": where it went on to, of a
    // trigger before it.
    const spread =
      m.start >= trigger.end && SPREAD_TO.test(text.slice(Math.max(trigger.end, m.start - 60), m.start));
    // "took hills near X and shot down a drone over Y": X is the first verb's, when Y follows.
    const otherVerb = m.end <= trigger.start && ANOTHER_VERB_BEFORE.test(text.slice(m.end, trigger.start));
    // "North of the town, troops attacked positions near Y": a direction off a place spans more
    // ground than the place (the geoparser makes "north of X" an area; "the town" is read here).
    const offPlace = m.start > 0 && COMPASS_OF.test(text.slice(Math.max(0, m.start - 25), m.start));
    // "near Antonivka, on the eastern edge of Kherson": the relative place says where the town is.
    const appositive =
      !!m.place.properties.relativeTo &&
      mentions.some(
        (o) => o !== m && o.start >= 0 && o.end <= m.start && APPOSITION.test(text.slice(o.end, m.start)),
      );
    const key = [
      subject ? 1 : 0,
      elsewhere ? 1 : 0,
      origin ? 1 : 0,
      m.start >= 0 && clauseAt(clauses, m.start) === home ? 0 : 1,
      spread ? 0 : 1,
      otherVerb ? 1 : 0,
      appositive ? 1 : 0,
      destination ? 1 : 0,
      PREFERS_FACILITY.has(trigger.type) && (kind === 'road' || kind === 'landmark') ? 0 : 1,
      // "captured 50 villages around X and in eastern Y": a count of places is told of an area.
      (broad ? -1 : 1) *
        Math.round(Math.log10(Math.max(offPlace ? OFF_PLACE_KM2 : 1, extentKm2(m.place))) * 2),
      m.start >= trigger.end ? m.start - trigger.end : (trigger.start - m.end) * 1.5,
    ];
    if (!best || lexLess(key, bestKey)) {
      best = m;
      bestKey = key;
    }
  }
  return best;
}

const CHASE = /^(?:pursu|chas)/i;

/**
 * Whether a mention is where troops withdrew or people fled to ("withdrew toward the border",
 * "fled to Tawila"), or where attackers were chased to, not where the event happened.
 */
export function isDestination(
  text: string,
  m: LocatedMention,
  trigger: { start: number; end: number; type: IncidentType },
): boolean {
  // (Nor where armed men were chased to: "pursued the attackers towards the hills".)
  return (
    (trigger.type === 'withdrawal' ||
      trigger.type === 'displacement' ||
      CHASE.test(text.slice(trigger.start, trigger.end))) &&
    m.start > trigger.end &&
    DESTINATION.test(text.slice(Math.max(trigger.end, m.start - 25), m.start))
  );
}

function lexLess(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i];
  return false;
}
