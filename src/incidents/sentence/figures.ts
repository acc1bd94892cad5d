// Numbers that matter on a situation map (dead, displaced, villages taken, area), with the words
// that qualify them ("at least", "more than", "some", "including").

import { wordTable } from '../../words/wordTable.ts';
import { CARDINALS } from '../../words/numbers.ts';
import { matchList } from '../../geoparse/util/matchList.ts'; // every match, without matchAll's recompiling

export interface FigureMention {
  start: number;
  end: number;
  /** killed, civilians-killed, students-killed, wounded, displaced, villages, km2 … */
  what: string;
  value: number;
  /** at least, more than, some, about, including … ('' when the number stands alone). */
  qualifier: string;
}

const SCALES: Record<string, number> = wordTable({ hundred: 100, thousand: 1000, million: 1_000_000 });

const QUALIFIERS = [
  'at least', 'more than', 'over', 'some', 'about', 'around', 'nearly', 'almost', 'up to', 'fewer than',
  'less than', 'roughly', 'approximately', 'an estimated', 'as many as', 'at most', 'close to', 'including',
  'a total of', 'another', 'only',
]; // prettier-ignore

const PEOPLE: Record<string, string> = wordTable({
  people: '', persons: '', civilians: 'civilians', civilian: 'civilians', students: 'students',
  children: 'children', women: 'women', combatants: 'combatants', fighters: 'fighters', soldiers: 'soldiers',
  troops: 'soldiers', rebels: 'rebels', militants: 'rebels', insurgents: 'rebels', jihadists: 'rebels',
  members: 'combatants', residents: 'civilians', refugees: '', families: 'families',
}); // prettier-ignore
const THINGS: Record<string, string> = wordTable({
  villages: 'villages', towns: 'towns', neighbourhoods: 'neighbourhoods', neighborhoods: 'neighbourhoods',
  locations: 'locations', positions: 'positions', 'square kilometres': 'km2', 'square kilometers': 'km2',
  km2: 'km2', 'sq km': 'km2', 'square miles': 'km2', 'sq miles': 'km2', 'car bombs': 'car-bombs', airstrikes: 'airstrikes', 'air strikes': 'airstrikes',
  tanks: 'tanks',
}); // prettier-ignore

const NUMBER = String.raw`(?<![\w.,-])(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?: (?:hundred|thousand|million))?(?![\w-])|\b(?:${Object.keys(
  CARDINALS,
)
  .sort((a, b) => b.length - a.length)
  .join('|')})(?: (?:hundred|thousand|million))?\b`;
const NOUNS = [...Object.keys(PEOPLE), ...Object.keys(THINGS)].sort((a, b) => b.length - a.length).join('|');
// qualifier? number (of)? up to two modifier words, then a counted noun.
const FIGURE_RE = new RegExp(
  String.raw`(?:\b(?<q>${QUALIFIERS.join('|')}) )?(?<n>${NUMBER}) (?:of (?:them |the )?)?(?:(?<mod>[a-z][a-z'-]*) ){0,2}?(?<noun>${NOUNS})\b`,
  'gi',
);

const KILLED = /\b(?:killed|killing|kills|dead|died|die|deaths?|lives|lost their lives|massacred)\b/i;
const WOUNDED = /\b(?:wounded|injured|injuring|wounding|hurt)\b/i;
const DEPLOYED = /\b(?:sent|send|deployed|dispatched|rushed|reinforc\w*)\b/i;
const DISPLACED = /\b(?:displaced|fled|flee|fleeing|driven out|forced out|uprooted|evacuated|homeless)\b/i;

const TERRITORIAL = new Set(['villages', 'towns', 'neighbourhoods', 'locations', 'positions', 'km2']);

/** Counts of ground ("70 locations", "400 km²"): they go to the control summary, not to an incident's toll. */
export function isTerritorial(what: string): boolean {
  return TERRITORIAL.has(what);
}

/** Parses "14,000", "1.5 million", "four", "twenty thousand" into a number; NaN when it is not one. */
export function parseNumber(raw: string): number {
  const words = raw.toLowerCase().trim().split(/\s+/u);
  const last = words[words.length - 1];
  const scale = words.length > 1 && SCALES[last] ? SCALES[last] : 1;
  const head = scale > 1 ? words.slice(0, -1).join(' ') : words.join(' ');
  const base = CARDINALS[head] ?? Number(head.replace(/,/gu, ''));
  return Number.isFinite(base) ? base * scale : Number.NaN;
}

/**
 * Counted things in a clause. `context` is the clause the figure stands in: it tells whether
 * people were killed, wounded or displaced (a bare "4 million people" is not a figure).
 *
 * @example
 * findFigures('at least 27 civilians were killed', 'at least 27 civilians were killed');
 * // [{ what: 'civilians-killed', value: 27, qualifier: 'at least', … }]
 */
export function findFigures(text: string, context: (at: number) => string = () => text): FigureMention[] {
  const out: FigureMention[] = [];
  FIGURE_RE.lastIndex = 0;
  for (const m of matchList(FIGURE_RE, text)) {
    const g = m.groups ?? {};
    const value = parseNumber(g.n ?? '');
    if (!Number.isFinite(value) || value <= 0) continue;
    const noun = (g.noun ?? '').toLowerCase();
    const start = m.index ?? 0;
    const what = describe(noun, g.mod?.toLowerCase() ?? '', context(start));
    if (!what) continue;
    // Square miles are counted in km² like the rest.
    const km2 = /mile/i.test(noun) ? Math.round(value * 2.58999) : value;
    out.push({ start, end: start + m[0].length, what, value: km2, qualifier: (g.q ?? '').toLowerCase() });
  }
  return out;
}

function describe(noun: string, modifier: string, context: string): string | null {
  if (noun in THINGS) return THINGS[noun];
  const who = modifier === 'civilian' ? 'civilians' : PEOPLE[noun];
  if (who === undefined) return null;
  const outcome = KILLED.test(context)
    ? 'killed'
    : WOUNDED.test(context)
      ? 'wounded'
      : DISPLACED.test(context)
        ? 'displaced'
        : DEPLOYED.test(context)
          ? 'deployed'
          : null;
  if (!outcome) return null;
  if (outcome === 'displaced') return 'displaced';
  return who ? `${who}-${outcome}` : outcome;
}
