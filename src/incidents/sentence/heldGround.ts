// Ground a side is said to hold, told with no event of its own: its counts of villages or km²,
// kept for an incident of the report (extractIncidents gives them one).
import type { TerritorialFigure } from '../../types/model.ts';
import type { ReportContext } from '../reportContext.ts';
import { clauseAt } from './clauses.ts';
import type { Clause } from './clauses.ts';
import type { DateMention } from './dates.ts';
import { isTerritorial } from './figures.ts';
import { areasOfClause } from './figuresToEvents.ts';
import type { FigureMention } from './figures.ts';
import type { LocatedMention } from './location.ts';
import type { ActorMention } from '../voices/actors.ts';

/**
 * Ground a side is said to hold, told with no event of its own ("the fighters now hold some 40
 * villages in the two provinces"): extractIncidents gives it to an incident of the report.
 * `figure.to` is empty here; `date`/`dateFrom` are the sentence's own days, null when it gives none.
 */
export interface HeldGround {
  figure: TerritorialFigure;
  date: string | null;
  dateFrom: string | null;
}

// Between a side and its count of ground: "now control", "still hold", "have taken", "seized".
const HOLDS =
  /^\s+(?:(?:now|still|already|reportedly|effectively|also)\s+)?(?:(?:control|controls|controlled|hold|holds|held|seized|captured|took|overran)|(?:have|has|had)\s+(?:now\s+|also\s+)?(?:taken|seized|captured|overrun|taken control of|gained))\s+(?:(?:control\s+of|over)\s+)?$/i;

/**
 * Counts of ground whose sentence tells no event ("the fighters now hold some 40 villages in the
 * two provinces"): kept when a side (or "they", the one who acted last) is the
 * subject of holding or taking them, with the areas named in its clause and the sentence's speaker.
 */
export function heldGround(
  text: string,
  offset: number,
  ctx: ReportContext,
  figs: FigureMention[],
  s: {
    clauses: Clause[];
    actors: ActorMention[];
    places: LocatedMention[];
    dates: DateMention[];
    attribution: string | null;
  },
): HeldGround[] {
  const out: HeldGround[] = [];
  for (const f of figs) {
    if (!isTerritorial(f.what)) continue;
    const fc = clauseAt(s.clauses, f.start);
    const before = s.actors
      .filter((a) => a.end <= f.start && a.kind !== 'civilians' && a.kind !== 'org')
      .pop();
    const subject = before && HOLDS.test(text.slice(before.end, f.start)) ? before : null;
    // "they now hold …": the one who acted in the sentence before.
    const they = subject ? -1 : text.slice(0, f.start).search(/\bthey\s+(?:\S+\s+){0,3}$/i);
    const side =
      subject?.side ??
      (they >= 0 && HOLDS.test(text.slice(they + 4, f.start)) ? ctx.lastAgent?.side : undefined);
    if (!side || side === 'unknown') continue;
    if (out.some((h) => h.figure.what === f.what && h.figure.value === f.value)) continue;
    const own = s.dates.filter((d) => clauseAt(s.clauses, d.start) === fc && !d.vague);
    const day = own.sort((a, b) => Math.abs(a.start - f.start) - Math.abs(b.start - f.start))[0];
    const within = areasOfClause(s.places, s.clauses, fc);
    out.push({
      figure: {
        what: f.what,
        value: f.value,
        qualifier: f.qualifier,
        article: ctx.id,
        side,
        from: null,
        to: '',
        within,
        attribution: s.attribution,
        start: offset,
        end: offset + text.length,
      },
      date: day?.date ?? null,
      dateFrom: day?.from ?? null,
    });
  }
  return out;
}
