// Places listed together after one verb ("took A, B and C"): one event per place.
import type { PlaceFeature } from '../../types/model.ts';
import { clauseAt } from './clauses.ts';
import type { Clause } from './clauses.ts';
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

// Between places of one list: "A and B", "A, B and the town of C", "A and the nearby village of B".
const PLACE_GLUE =
  /^\s*(?:itself\s*)?(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)(?:(?:in|at|near|on)\s+)?(?:the\s+)?(?:(?:neighbouring|neighboring|nearby|border|southern|northern|eastern|western|central|key|strategic)\s+)?(?:(?:town|city|village|towns|villages|district|neighbou?rhood|camp)\s+of\s+|capital\s+)?$/i;

/** A town whose name is also its province's ("Idlib", "Kherson"): a front so named may be either. */
export function namesProvince(p: PlaceFeature): boolean {
  return p.properties.alternatives.some(
    (a) => /^sm:adm1:/u.test(a.gazetteerId) && a.name.startsWith(p.properties.name.split(' ')[0]),
  );
}

/**
 * The other places listed with the chosen one after a verb ("took A, B and C"): each is its own
 * event. Not "between A and B" or "from A to B", which name a stretch.
 */
export function listedWith(
  text: string,
  mentions: LocatedMention[],
  where: LocatedMention,
  clauses: Clause[],
): LocatedMention[] {
  if (where.start < 0 || !LIST_KINDS.has(where.place.properties.kind)) return [];
  const ci = clauseAt(clauses, where.start);
  const inClause = mentions
    .filter(
      (m) => m.start >= 0 && clauseAt(clauses, m.start) === ci && LIST_KINDS.has(m.place.properties.kind),
    )
    .sort((a, b) => a.start - b.start);
  let i = inClause.indexOf(where);
  if (i < 0) return [];
  while (i > 0 && PLACE_GLUE.test(text.slice(inClause[i - 1].end, inClause[i].start))) i--;
  if (
    /\b(?:between|from)\s+(?:the\s+)?(?:\w+\s+){0,2}$/i.test(
      text.slice(Math.max(0, inClause[i].start - 30), inClause[i].start),
    )
  )
    return [];
  const out: LocatedMention[] = [];
  const seen = new Set([where.place.properties.id]);
  for (let j = i; j < inClause.length; j++) {
    if (j > i && !PLACE_GLUE.test(text.slice(inClause[j - 1].end, inClause[j].start))) break;
    const id = inClause[j].place.properties.id;
    if (!seen.has(id)) out.push(inClause[j]);
    seen.add(id);
  }
  return out;
}
