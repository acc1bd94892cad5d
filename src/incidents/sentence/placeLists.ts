// Places listed together after one verb ("took A, B and C"): one event per place.
import type { PlaceFeature } from '../../types/model.ts';
import type { LocatedMention } from './location.ts';

export const LISTED_TYPES = new Set([
  'advance',
  'withdrawal',
  'airstrike',
  'shelling',
  'closure',
  'explosion',
  'armed-clash',
]);

const LIST_KINDS = new Set(['settlement', 'neighbourhood', 'landmark', 'admin2']);

// Words that go on with a place's name before the list goes on: "in the Baalbek area and near Y".
const AREA = String.raw`(?:\s+(?:area|countryside|outskirts|suburbs|surroundings))?`;
// An aside about the place just listed, between commas: ", in Y province,", ", south of Y,", ", on
// the road to Y,", ", where a building collapsed," ("hit A, south of Y, where …, and B").
const ASIDE = String.raw`\s*,\s*(?:(?:about\s+|some\s+)?\d+\s*(?:km|kilomet(?:re|er)s|miles)\s+)?(?:(?:in|near|on|outside|by|along|close\s+to|(?:north|south|east|west)(?:-?(?:east|west))?(?:\s+of)?)\s[^,;()"]{1,50}?|where\s[^,;()"]{1,100}?)`;
// The words that bring the next member: ", ", " and ", ", and in ", " and the nearby village of ".
// (Not a bare ", near": "took A, near B" says where A is.)
const JOIN = String.raw`(?:,\s*(?:and\s+|or\s+|(?!near\b))|\s(?:and|or)\s+)`;
const LEAD = String.raw`(?:(?:in|at|near|on)\s+)?(?:the\s+)?(?:(?:neighbouring|neighboring|nearby|border|southern|northern|eastern|western|central|key|strategic)\s+)?(?:(?:town|city|village|towns|villages|district|neighbou?rhood|camp)\s+of\s+|capital\s+)?`;
// Past tenses without -ed ("and the army struck near B" tells an event of its own).
const IRREGULAR_PAST =
  '(?:struck|hit|shot|took|held|fought|fled|left|went|came|said|saw|made|kept|ran|drove|sent|set|put|cut|blew|threw|met|began|rose|fell|broke|stood|lost|won|overran|withdrew|brought)';
// After "and", another thing hit at the next place: "a block in A and a warehouse in B", "the
// outskirts of A and villages near B", "convoys near A and on the road to B" (a noun phrase of
// one or two words, no verb: not "and troops attacked positions near B", which tells an event of
// its own).
const OBJECT_LEAD = String.raw`(?:(?:to|in|at|on|near)\s+)?(?:(?:(?:an?|the|two|three|four|five|several|many|\d+)\s+(?:(?![a-z]+(?:ed|ing)\s|${IRREGULAR_PAST}\s)[a-z-]+\s+){1,2}|(?:villages|towns|hamlets|positions|areas)\s+)(?:in|at|near|on|outside|around)|(?:the\s+)?(?:road|highway|route)\s+(?:to|towards?))\s+(?:the\s+)?`;

// Between places of one list: "A and B", "A, B and the town of C", "A and the nearby village of B".
const PLACE_GLUE = new RegExp(
  String.raw`^\s*(?:itself\s*)?${AREA}(?:${JOIN}${LEAD}|,?\s(?:and|or)\s+${OBJECT_LEAD})$`,
  'i',
);
// The same with asides after the place ("A, south of Y, where …, and B"): the list goes on only
// with "and" / "or" after an aside.
const ASIDE_GLUE = new RegExp(
  String.raw`^\s*${AREA}(?:${ASIDE})+\s*,?\s*(?:and|or)\s+(?:${LEAD}|${OBJECT_LEAD})$`,
  'i',
);
// Locatives listed each with its own preposition: "on islands in A and in a forest near B". Areas
// (a lake, a valley) join such a list, not a bare one ("fighting in Aleppo and the Idlib
// countryside" names no two events).
const LOCATIVE_GLUE =
  /^\s*(?:area\s+)?(?:,\s*)?(?:and|or)\s+(?:in|at|near|on|over|around)\s+(?:(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:near|in|outside|around|of)\s+)?(?:the\s+)?$/i;
const LOCATIVE_BEFORE = /\b(?:in|at|near|on|over|around)\s+(?:the\s+)?$/i;

/** A span of the text: a day told right after a listed place ("took A on Saturday and B on Monday"). */
type Span = { start: number; end: number };

/** The day told right after the place `m` ("A on Saturday"), if any. */
export function dayAfter<D extends Span>(text: string, m: LocatedMention, days: readonly D[]): D | undefined {
  return days.find((d) => d.start >= m.end && /^\s*$/u.test(text.slice(m.end, d.start)));
}

/** Whether the words between two places of a sentence go on with one list (past a day told after the first). */
function joins(text: string, a: LocatedMention, b: LocatedMention, days: readonly Span[]): boolean {
  const between = text.slice(dayAfter(text, a, days)?.end ?? a.end, b.start);
  if (isArea(a) || isArea(b)) return LOCATIVE_GLUE.test(between);
  return PLACE_GLUE.test(between) || ASIDE_GLUE.test(between);
}

// A lake, a valley, a forest: listed only among locatives.
const isArea = (m: LocatedMention) => m.place.properties.kind === 'region';

/** A town whose name is also its province's ("Idlib", "Kherson"): a front so named may be either. */
export function namesProvince(p: PlaceFeature): boolean {
  return p.properties.alternatives.some(
    (a) => /^sm:adm1:/u.test(a.gazetteerId) && a.name.startsWith(p.properties.name.split(' ')[0]),
  );
}

/**
 * The other places listed with the chosen one after a verb ("took A, B and C"): each is its own
 * event, past asides ("hit A, south of Y, where …, and B"), across a comma before "and" and past
 * each place's own day (`days`: "took A on Saturday and B on Monday"). Not "between A and B" or
 * "from A to B", which name a stretch.
 */
export function listedWith(
  text: string,
  mentions: LocatedMention[],
  where: LocatedMention,
  days: readonly Span[] = [],
): LocatedMention[] {
  if (where.start < 0 || !(LIST_KINDS.has(where.place.properties.kind) || listedArea(text, where))) return [];
  // (Across clauses too, when only the list's words lie between: "took A, B, and C".)
  const listable = mentions
    .filter((m) => m.start >= 0 && (LIST_KINDS.has(m.place.properties.kind) || listedArea(text, m)))
    .sort((a, b) => a.start - b.start);
  let i = listable.indexOf(where);
  if (i < 0) return [];
  // (A place inside an aside is passed over: "A, in Y province, and B".)
  const previous = (j: number) =>
    [j - 1, j - 2, j - 3].find((k) => k >= 0 && joins(text, listable[k], listable[j], days));
  const next = (j: number) =>
    [j + 1, j + 2, j + 3].find((k) => k < listable.length && joins(text, listable[j], listable[k], days));
  for (let k = previous(i); k !== undefined; k = previous(k)) i = k;
  if (
    /\b(?:between|from)\s+(?:the\s+)?(?:\w+\s+){0,2}$/i.test(
      text.slice(Math.max(0, listable[i].start - 30), listable[i].start),
    )
  )
    return [];
  const out: LocatedMention[] = [];
  const seen = new Set([where.place.properties.id]);
  for (let j: number | undefined = i; j !== undefined; j = next(j)) {
    const id = listable[j].place.properties.id;
    if (!seen.has(id)) out.push(listable[j]);
    seen.add(id);
  }
  return out;
}

/** An area (a lake, a valley, a forest) named with a locative of its own: "on islands in Lake Chad". */
function listedArea(text: string, m: LocatedMention): boolean {
  return (
    isArea(m) &&
    !m.place.properties.relativeTo &&
    m.start >= 0 &&
    LOCATIVE_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start))
  );
}
