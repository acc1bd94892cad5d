// History is not news: a clause dated to an earlier year ("retook the city in late 2016", "since
// 2015", "in March 2020") tells background, kept off the current map. A comparison ("the largest
// since 2020", "the first time since 2016") dates nothing and is not background.
import { MONTH_NAMES } from '../../words/months.ts';
import { matchList } from '../../geoparse/util/matchList.ts'; // every match, without matchAll's recompiling

const MONTHS = MONTH_NAMES.join('|');
const YEAR_RE = new RegExp(
  String.raw`\b(?<prep>in|since|during|until|by|from|of|between|after|before)?\s*(?:(?:early|mid|late|the end of|the start of|the spring of|the summer of|the autumn of|the winter of)[- ]?\s*)?(?:(?<month>${MONTHS})\s+)?(?<year>(?:19|20)\d{2})(?:\s*[-–/]\s*(?<year2>(?:19|20)\d{2}))?\b(?!-)`,
  'gi',
);
const LAST_YEAR_RE = /\blast year\b|\b(two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) years ago\b/gi;
const WORD_NUMBERS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const wordNumber = (w: string) => (/^\d+$/u.test(w) ? Number(w) : WORD_NUMBERS.indexOf(w.toLowerCase()) + 2);
const COMPARISON_RE =
  /\b(?:largest|biggest|fiercest|worst|heaviest|deadliest|highest|lowest|most|first|longest|strongest)\b[^.;]{0,60}$/i;
// "The civil war has claimed …": the whole war's toll, not an event of the day.
const WAR_TOTAL_RE =
  /\b(?:civil war|the war|the conflict|the uprising)\b(?: in \w+)? (?:has|have|had|that erupted)\b/i;

export interface YearMention {
  start: number;
  end: number;
  /** The latest year named (2020 for "2019-2020"). */
  year: number;
}

/**
 * Years before the dateline that date what a text tells. `datelineDate` is YYYY-MM-DD or null
 * (then any year before the latest one in the text counts as past).
 *
 * @example
 * pastYears('Government forces retook the city in late 2016.', '2024-11-29').length; // 1
 */
export function pastYears(text: string, datelineDate: string | null): YearMention[] {
  const out: YearMention[] = [];
  YEAR_RE.lastIndex = 0;
  const dlYear = datelineDate ? Number(datelineDate.slice(0, 4)) : Number.NaN;
  const dlMonth = datelineDate ? Number(datelineDate.slice(5, 7)) - 1 : 0;
  for (const m of matchList(YEAR_RE, text)) {
    const g = m.groups ?? {};
    const year = Number(g.year2 ?? g.year);
    const month = g.month ? MONTH_NAMES.indexOf(g.month.toLowerCase()) : 11;
    const start = m.index ?? 0;
    // "the fiercest since 2020" compares; it does not date the event.
    if (g.prep?.toLowerCase() === 'since' && COMPARISON_RE.test(text.slice(Math.max(0, start - 60), start)))
      continue;
    const past = Number.isFinite(dlYear) ? year < dlYear || (year === dlYear && month < dlMonth - 1) : true;
    if (past) out.push({ start, end: start + m[0].length, year });
  }
  // "last year", "two years ago": a year before the dateline's.
  if (Number.isFinite(dlYear))
    for (const m of matchList(LAST_YEAR_RE, text)) {
      const start = m.index ?? 0;
      if (COMPARISON_RE.test(text.slice(Math.max(0, start - 60), start))) continue;
      out.push({ start, end: start + m[0].length, year: dlYear - (m[1] ? wordNumber(m[1]) : 1) });
    }
  if (!Number.isFinite(dlYear) && out.length) {
    const latest = Math.max(...out.map((y) => y.year));
    return out.filter((y) => y.year < latest);
  }
  return out;
}

/**
 * Whether a clause is background: it names a past year, or it opens with "when"/"where" right after
 * a clause that ends on one ("… since 2016, when the government retook the city").
 */
export function isBackground(
  clause: string,
  previousClause: string | null,
  opener: string,
  datelineDate: string | null,
): boolean {
  if (pastYears(clause, datelineDate).length) return true;
  if (WAR_TOTAL_RE.test(clause)) return true;
  if (!previousClause || !/^(?:when|where|after which)$/u.test(opener)) return false;
  const tail = /\b((?:19|20)\d{2})\W{0,2}$/u.exec(previousClause.trimEnd());
  if (!tail) return false;
  return datelineDate ? Number(tail[1]) < Number(datelineDate.slice(0, 4)) : true;
}

const INHERITING = new Set(['after', 'before', 'with', 'and', 'when', 'where', 'amid', 'as']);

/**
 * Background flags for the clauses of a sentence. A clause that continues a background clause
 * ("… retook the city in 2016, with the rebels agreeing to withdraw after months of siege") is
 * background too, unless it carries a date of its own (`dated(i)`).
 */
export function backgroundClauses(
  text: string,
  clauses: { start: number; end: number; opener: string }[],
  datelineDate: string | null,
  dated: (i: number) => boolean,
): boolean[] {
  // "In 2020, …" / "In late 2016 the army …": a past year put first dates the whole sentence.
  const lead =
    /^\W*(?:in|since|by|during)\s+(?:(?:early|mid|late)[- ]?\s*)?(?:[a-z]+\s+)?((?:19|20)\d{2})\b/i.exec(
      text,
    );
  if (lead && (!datelineDate || Number(lead[1]) < Number(datelineDate.slice(0, 4))))
    return clauses.map(() => true);
  const out: boolean[] = [];
  clauses.forEach((c, i) => {
    const prev = i > 0 ? text.slice(clauses[i - 1].start, clauses[i - 1].end) : null;
    const own = isBackground(text.slice(c.start, c.end), prev, c.opener, datelineDate);
    out.push(own || (i > 0 && out[i - 1] && INHERITING.has(c.opener) && !dated(i)));
  });
  return out;
}
