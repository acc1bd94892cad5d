// The figures of a sentence given to its events: tolls to the nearest event, counts of ground taken
// ("70 locations", "400 km²") to the nearest advance, as its territory for the control summary.
import type { Figure } from '../../types/model.ts';
import type { IncidentCandidate } from '../extractIncidents.ts';
import { clauseAt } from './clauses.ts';
import type { Clause } from './clauses.ts';
import { isTerritorial } from './figures.ts';
import type { FigureMention } from './figures.ts';
import type { LocatedMention } from './location.ts';
import type { EventRow, SentenceWords } from './sentenceWords.ts';

/**
 * Gives each figure to the nearest row of `out`, in its own clause first; returns the counts of
 * ground no event of the sentence takes (for heldGround).
 */
export function figuresToEvents(
  s: SentenceWords,
  figures: FigureMention[],
  out: EventRow[],
): FigureMention[] {
  const { text, offset, ctx, clauses, mentions } = s;
  // Each figure goes to the nearest event of the sentence, in its own clause first; counts of
  // ground taken ("70 locations", "400 km²") to the nearest advance, for the control summary.
  const unplaced: FigureMention[] = [];
  for (const f of figures) {
    const fc = clauseAt(clauses, f.start);
    const territorial = isTerritorial(f.what);
    let best: { c: IncidentCandidate; at: number } | null = null;
    let bestKey = Infinity;
    for (const o of out) {
      const key =
        (territorial && o.c.type !== 'advance' ? 100_000 : 0) +
        (clauseAt(clauses, o.at) === fc ? 0 : 10_000) +
        Math.abs(o.at - f.start);
      if (key < bestKey) [best, bestKey] = [o, key];
    }
    const fig: Figure = { what: f.what, value: f.value, qualifier: f.qualifier, article: ctx.id };
    if (!best) {
      if (territorial) unplaced.push(f);
      continue;
    }
    if (!territorial) {
      best.c.figures.push(fig);
      continue;
    }
    // "400 square kilometres (154 square miles)": one extent, told twice.
    if (best.c.territory.some((x) => x.what === fig.what && Math.abs(x.value - fig.value) <= 0.02 * x.value))
      continue;
    // The areas named with it: "in Aleppo and Idlib provinces", "of the city".
    const within = areasOfClause(mentions, clauses, fc);
    best.c.territory.push({
      ...fig,
      side: best.c.agent,
      from: best.c.dateFrom,
      to: best.c.date ?? '',
      within,
      start: offset,
      end: offset + text.length,
    });
  }
  return unplaced;
}

/**
 * The places (ids, once each, in text order) a clause names, countries aside: the areas a count of
 * ground told in it lies within ("70 villages in Aleppo and Idlib provinces").
 */
export function areasOfClause(places: LocatedMention[], clauses: Clause[], ci: number): string[] {
  return [
    ...new Set(
      places
        .filter(
          (m) => m.start >= 0 && clauseAt(clauses, m.start) === ci && m.place.properties.kind !== 'country',
        )
        .map((m) => m.place.properties.id),
    ),
  ];
}
