// One sentence of a report → incident candidates. Each stage is its own module; this file wires
// them: triggers pick the events, then each event gets its place, date, sides, figures, source and
// stance from the words around it.
import type { PlaceFeature, Side } from '../types/model.ts';
import type { IncidentCandidate } from './extractIncidents.ts';
import { clauseAt, splitClauses } from './clauses.ts';
import type { Clause } from './clauses.ts'; // sentence → clauses
import { advanceProgress, findTriggers, VIOLENT_TYPES } from './taxonomy.ts'; // words → incident types
import type { Trigger } from './taxonomy.ts';
import { findDates } from './dates.ts'; // "on Friday" → 2024-11-29
import { backgroundClauses } from './background.ts'; // "in 2016" → history
import { findActors, uniqueActors } from './actors.ts'; // "HTS", "regime forces" → sides
import type { ActorMention } from './actors.ts';
import { findFigures } from './figures.ts'; // "at least 27 civilians" → figure
import { findAttributions, resolveAnaphor } from './attribution.ts'; // "according to SOHR" → source
import { stanceOf } from './stance.ts'; // "denied" → denial
import { anaphoraMentions, chooseLocation } from './location.ts'; // trigger → place
import type { LocatedMention } from './location.ts';

/** What the reading of a report carries from sentence to sentence. */
export interface ReportContext {
  id: string;
  outlet: string | null;
  dateline: string | null;
  /** The settlement the report is mostly about ("the city"). */
  main: PlaceFeature | null;
  /** The settlement named last before the current sentence ("the town"). */
  lastSettlement: PlaceFeature | null;
  /** Attributions met so far in the report, oldest first (for "he added", "the same source"). */
  sources: { name: string; known: boolean }[];
}

const IRREALIS =
  /\b(?:would|could|will|might|may|shall|is to|are to|plans? to|planned to|aims? to|aimed to|threaten(?:s|ed)? to|agreed to|agreeing to|involved|intends? to|vowed to|wants? to|set to|ready to|seeks? to|sought to|order(?:s|ed)? to|orders for|to avoid|to prevent|avoid|prevent)\s+(?:(?:a|an|the|safe|\w+ly)\s+)?(?:\w+\s+){0,2}$/i;
// "shelled by rebels", "projectiles from insurgents": the agent right after the trigger.
const PASSIVE_AGENT = /^\S*\s+(?:\S+\s+){0,2}?(?:by|from)\s+(?:the\s+)?$/i;
const NOUN_PHRASE_GAP =
  /^(?:[\s,]+(?:and|or|[a-z]+ian|[a-z]+ish|air|naval|forces?|army|military|regime)\b)*[\s,]*$/i;
const OBJECT_OF =
  /\b(?:to|of|with|against|from|on|at|for|towards?|by|than)\s+(?:(?:the|a|an|its|their)\s+)?(?:[a-z'-]+\s+)?$/i;
const THAT_OR_SAID = /\b(?:that|said|says|say|told|reported|denied|confirmed|claimed)\b/gi;

/**
 * Reads one sentence (`text`, starting at `offset` in the article; `named` are its place mentions
 * with offsets in `text`). `carried` mentions and attribution come from the sentence before when
 * this one continues its quotation. Returns the candidates and the sentence's attribution.
 */
export function readSentence(
  text: string,
  offset: number,
  named: LocatedMention[],
  ctx: ReportContext,
  carried: LocatedMention[] = [],
  carriedAttribution: string | null = null,
): { candidates: IncidentCandidate[]; attribution: string | null } {
  const triggers = selectTriggers(text);
  // Who says so, resolving "he" / "the same source" against what the report said before.
  const isPlace = (start: number, end: number) => named.some((m) => m.start < end && start < m.end);
  const attributions = findAttributions(text, isPlace).map((a) => {
    const name = a.anaphoric ? resolveAnaphor(a.name, ctx.sources) : a.name;
    if (!a.anaphoric) ctx.sources.push({ name: a.name, known: a.known });
    return { at: a.at, global: a.global, name };
  });
  const source = attributions.find((a) => a.global)?.name ?? attributions[0]?.name ?? carriedAttribution;
  if (!triggers.length) return { candidates: [], attribution: source };
  const clauses = splitClauses(text);
  const mentions = [...named, ...anaphoraMentions(text, named, ctx.main, ctx.lastSettlement), ...carried];
  if (!mentions.length) return { candidates: [], attribution: source };
  const dates = findDates(text, ctx.dateline);
  const actors = findActors(text);
  const clauseText = (i: number) => text.slice(clauses[i].start, clauses[i].end);
  const background = backgroundClauses(text, clauses, ctx.dateline, (i) =>
    dates.some((d) => clauseAt(clauses, d.start) === i),
  );
  const out: { c: IncidentCandidate; at: number }[] = [];
  for (const t of triggers) {
    const where = chooseLocation(text, mentions, clauses, t, actors);
    if (!where) continue;
    const ci = clauseAt(clauses, t.start);
    const own = dates.filter((d) => clauseAt(clauses, d.start) === ci);
    const distinct = new Set(dates.map((d) => d.date));
    const nearest = own.sort((a, b) => Math.abs(a.start - t.start) - Math.abs(b.start - t.start))[0];
    const date = nearest ?? (distinct.size === 1 ? dates[0] : undefined);
    const clauseActors = actors.filter((a) => clauseAt(clauses, a.start) === ci);
    // Who killed a commander is rarely said; the side named beside him is his own.
    const agent =
      t.type === 'commander-killed' ? 'unknown' : agentOf(text, clauseActors, clauses[ci].start, t);
    // Armed men who "fled" or "evacuated" a place withdrew from it; civilians were displaced.
    const withdrew =
      t.type === 'displacement' && agent !== 'unknown' && !clauseActors.some((a) => a.side === 'civilians');
    out.push({
      at: t.start,
      c: {
        article: ctx.id,
        outlet: ctx.outlet,
        type: withdrew ? 'withdrawal' : t.type,
        place: where.place.properties.id,
        context: [...new Set(mentions.map((m) => m.place.properties.id))].filter(
          (id) => id !== where.place.properties.id,
        ),
        date: date?.date ?? null,
        dateFrom: date?.from ?? null,
        dateWeak: !own.length && !!date,
        background: background[ci],
        actors: uniqueActors(clauseActors.length ? clauseActors : actors),
        agent,
        figures: [],
        attribution: governing(attributions, clauses, t.start) ?? carriedAttribution,
        stance: stanceOf(text, clauses, t.start),
        start: offset,
        end: offset + text.length,
        trigger: { start: offset + t.start, end: offset + t.end },
        ...(t.type === 'advance' && !withdrew
          ? { progress: advanceProgress(text.slice(t.start, t.end)) }
          : {}),
      },
    });
  }
  // Each figure goes to the nearest event of the sentence, in its own clause first.
  const figures = findFigures(text, (at) => clauseText(clauseAt(clauses, at)));
  for (const f of figures) {
    const fc = clauseAt(clauses, f.start);
    let best: { c: IncidentCandidate; at: number } | null = null;
    let bestKey = Infinity;
    for (const o of out) {
      const key = (clauseAt(clauses, o.at) === fc ? 0 : 10_000) + Math.abs(o.at - f.start);
      if (key < bestKey) [best, bestKey] = [o, key];
    }
    best?.c.figures.push({ what: f.what, value: f.value, qualifier: f.qualifier, article: ctx.id });
  }
  return { candidates: out.map((o) => o.c), attribution: source };
}

/**
 * Triggers worth an incident: one per type and clause; generic words only where nothing specific
 * is said; casualties on their own only when no violent event in the sentence explains them.
 */
function selectTriggers(text: string): Trigger[] {
  const all = findTriggers(text);
  if (!all.length) return [];
  const clauses = splitClauses(text);
  const clauseOf = (t: Trigger) => clauseAt(clauses, t.start);
  // Specific words silence generic ones ("attack") in their clause; casualties are not specific.
  const strongIn = new Set(all.filter((t) => !t.weak && t.type !== 'civilian-casualties').map(clauseOf));
  const reinforced = new Set(all.filter((t) => t.type === 'reinforcement').map(clauseOf));
  const seen = new Set<string>();
  const kept: Trigger[] = [];
  for (const t of all) {
    const ci = clauseOf(t);
    if (t.weak && strongIn.has(ci)) continue;
    // Reinforcements "arrived in" a town: that is the reinforcement, not an advance.
    if (t.type === 'advance' && reinforced.has(ci) && /^arriv/i.test(text.slice(t.start, t.end))) continue;
    // Things planned, agreed or avoided ("agreed to withdraw", "set to begin arriving") did not happen.
    if (IRREALIS.test(text.slice(Math.max(clauses[ci].start, t.start - 40), t.start))) continue;
    const key = `${t.type}|${ci}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(t);
  }
  // Casualties make their own incident only when no violent event in the sentence explains them;
  // a commander's death is one event, not also a clash in the same clause.
  const violent = kept.some((t) => VIOLENT_TYPES.has(t.type) || t.type === 'commander-killed');
  const commander = new Set(kept.filter((t) => t.type === 'commander-killed').map(clauseOf));
  return kept.filter(
    (t) =>
      !(t.type === 'civilian-casualties' && violent) &&
      !((t.type === 'armed-clash' || t.type === 'civilian-casualties') && commander.has(clauseOf(t))),
  );
}

// The side that acts: the nearest actor before the trigger after the last "that"/reporting verb
// ("an official denied that rebels entered"), else the first in the clause, else "by X" after it.
function agentOf(text: string, actors: ActorMention[], clauseStart: number, t: Trigger): Side {
  // An actor after a preposition ("clashes with regime forces", "close to Turkey") is not the subject.
  const armed = actors.filter(
    (a) => a.side !== 'civilians' && !OBJECT_OF.test(text.slice(Math.max(0, a.start - 30), a.start)),
  );
  let from = clauseStart;
  THAT_OR_SAID.lastIndex = 0;
  for (const m of text.slice(clauseStart, t.start).matchAll(THAT_OR_SAID))
    from = clauseStart + (m.index ?? 0);
  // "Russian airstrikes", "Russian and Syrian air forces … strikes": an actor in the event's own
  // noun phrase acted, whatever preposition stands before it.
  const own = actors
    .filter((a) => a.side !== 'civilians' && a.start < t.start && t.start - a.end <= 30)
    .filter((a) => a.end > t.start || NOUN_PHRASE_GAP.test(text.slice(a.end, t.start)))
    .pop();
  if (own) return own.side;
  // The subject usually stands right before its verb: the nearest actor after "that"/"said".
  const near = armed.filter((a) => a.start >= from && a.end <= t.start).pop();
  if (near) return near.side;
  const before = armed.find((a) => a.end <= t.start);
  if (before) return before.side;
  const by = armed.find((a) => a.start >= t.end && PASSIVE_AGENT.test(text.slice(t.end, a.start)));
  return by?.side ?? 'unknown';
}

// "X said" covers its own clause and those joined to it without a new coordinate clause ("…, and the
// army said …" speaks for the army's clause only); "according to" covers the sentence.
const COORDINATE = new Set(['and', 'but', 'while', 'whereas', 'although', 'though']);

function governing(
  attributions: { at: number; global: boolean; name: string | null }[],
  clauses: Clause[],
  at: number,
): string | null {
  const ct = clauseAt(clauses, at);
  let best: { name: string | null; d: number } | null = null;
  for (const a of attributions) {
    const ca = clauseAt(clauses, a.at);
    const [lo, hi] = ca < ct ? [ca, ct] : [ct, ca];
    let open = a.global || ca === ct;
    if (!open) {
      open = true;
      for (let i = lo + 1; i <= hi; i++) if (COORDINATE.has(clauses[i].opener)) open = false;
    }
    const d = Math.abs(a.at - at);
    if (open && a.name && (!best || d < best.d)) best = { name: a.name, d };
  }
  return best?.name ?? null;
}
