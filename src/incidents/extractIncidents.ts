// One report's sentences → incident candidates: what happened (taxonomy), where (geoparsed places),
// when (dateline-relative dates), who (actors), how many (figures), according to whom and with what
// stance, and whether it is history. Merging across reports happens in mergeIncidents.
import type {
  Actor,
  Figure,
  IncidentType,
  PlaceFeature,
  ResolvedMention,
  SegmentedArticle,
  Sentence,
  Side,
  Stance,
} from '../types/model.ts';
import { clauseAt, normaliseText, splitClauses } from './clauses.ts'; // sentence → clauses
import { findTriggers, VIOLENT_TYPES } from './taxonomy.ts'; // words → incident types
import type { Trigger } from './taxonomy.ts';
import { findDates, isIsoDate } from './dates.ts'; // "on Friday" → 2024-11-29
import { backgroundClauses } from './background.ts'; // "in 2016" → history
import { findActors, uniqueActors } from './actors.ts'; // "HTS", "regime forces" → sides
import type { ActorMention } from './actors.ts';
import { findFigures } from './figures.ts'; // "at least 27 civilians" → figure
import { findAttribution, resolveAnaphor } from './attribution.ts'; // "according to SOHR" → source
import { stanceOf } from './stance.ts'; // "denied" → denial
import { anaphoraMentions, chooseLocation, mainSettlement } from './location.ts'; // trigger → place
import type { LocatedMention } from './location.ts';

/** An incident as told by one sentence of one report, before merging. */
export interface IncidentCandidate {
  article: string;
  outlet: string | null;
  type: IncidentType;
  /** Id of the place in places.geojson. */
  place: string;
  /** Other places named in the same sentence (to put a road incident at the right spot). */
  context: string[];
  date: string | null;
  /** First day when the report gives a span ("over the past three days"). */
  dateFrom: string | null;
  /** True when the date comes from elsewhere in the sentence rather than the event's own clause. */
  dateWeak: boolean;
  background: boolean;
  actors: Actor[];
  /** The side carrying the action out, 'unknown' when the sentence does not say. */
  agent: Side;
  figures: Figure[];
  attribution: string | null;
  stance: Stance;
  /** The supporting sentence, as offsets in the article text. */
  start: number;
  end: number;
  /** The words that signalled the type, as offsets in the article text. */
  trigger: { start: number; end: number };
}

/** Sentences longer than this are not prose (tables, run-on garbage): skipped, keeping time linear. */
const MAX_SENTENCE = 4000;
const IRREALIS =
  /\b(?:would|could|will|might|may|shall|is to|are to|plans? to|planned to|aims? to|aimed to|threaten(?:s|ed)? to|agreed to|agreeing to|involved|intends? to|vowed to|wants? to|set to|ready to|seeks? to|sought to|order(?:s|ed)? to|orders for)\s+(?:(?:a|an|the|safe|\w+ly)\s+)?(?:\w+\s+){0,2}$/i;
// "shelled by rebels", "projectiles from insurgents": the agent right after the trigger.
const PASSIVE_AGENT = /^\S*\s+(?:\S+\s+){0,2}?(?:by|from)\s+(?:the\s+)?$/i;
const THAT_OR_SAID = /\b(?:that|said|says|say|told|reported|denied|confirmed|claimed)\b/gi;

/**
 * Finds the incidents one report tells. `mentions` are this article's resolved mentions; `places`
 * all places (to look mentions up). Never throws on odd text: a sentence it cannot read yields nothing.
 *
 * @example
 * extractIncidents(doc, mentions, places).map((c) => c.type); // ['shelling', 'advance']
 */
export function extractIncidents(
  doc: SegmentedArticle,
  mentions: ResolvedMention[],
  places: PlaceFeature[],
): IncidentCandidate[] {
  const text = typeof doc?.article?.text === 'string' ? doc.article.text : '';
  if (!text || !Array.isArray(doc.sentences)) return [];
  const byId = new Map(places.map((p) => [p.properties.id, p]));
  const located = mentions
    .filter((m) => byId.has(m.placeId))
    .sort((a, b) => a.start - b.start)
    .map((m) => ({ mention: m, place: byId.get(m.placeId) as PlaceFeature }));
  const main = mainSettlement(located.map((l) => l.place));
  const ctx: ArticleContext = {
    id: doc.article.id,
    outlet: doc.article.outlet ?? null,
    dateline: isIsoDate(doc.article.dateline) ? doc.article.dateline : null,
    main,
    sources: [],
  };
  const out: IncidentCandidate[] = [];
  for (const s of doc.sentences) {
    if (!validSentence(s, text.length) || excluded(doc, s)) continue;
    const inSentence = located
      .filter(({ mention }) => mention.start >= s.start && mention.end <= s.end)
      .map(({ mention, place }) => ({ start: mention.start - s.start, end: mention.end - s.start, place }));
    out.push(...fromSentence(normaliseText(text.slice(s.start, s.end)), s.start, inSentence, ctx));
  }
  return out;
}

interface ArticleContext {
  id: string;
  outlet: string | null;
  dateline: string | null;
  main: PlaceFeature | null;
  /** Attributions met so far in the report, oldest first (for "he added", "the same source"). */
  sources: { name: string; known: boolean }[];
}

function validSentence(s: Sentence, length: number): boolean {
  return (
    Number.isInteger(s?.start) &&
    Number.isInteger(s?.end) &&
    s.start >= 0 &&
    s.end <= length &&
    s.end > s.start &&
    s.end - s.start <= MAX_SENTENCE
  );
}

function excluded(doc: SegmentedArticle, s: Sentence): boolean {
  return (doc.excluded ?? []).some((x) => x.start <= s.start && s.end <= x.end);
}

function fromSentence(
  text: string,
  offset: number,
  named: LocatedMention[],
  ctx: ArticleContext,
): IncidentCandidate[] {
  const triggers = selectTriggers(text);
  const attribution = findAttribution(text);
  let source: string | null = null;
  if (attribution?.anaphoric) source = resolveAnaphor(attribution.name, ctx.sources);
  else if (attribution) {
    source = attribution.name;
    ctx.sources.push({ name: attribution.name, known: attribution.known });
  }
  if (!triggers.length) return [];
  const clauses = splitClauses(text);
  const mentions = [...named, ...anaphoraMentions(text, named, ctx.main)];
  if (!mentions.length) return [];
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
    out.push({
      at: t.start,
      c: {
        article: ctx.id,
        outlet: ctx.outlet,
        type: t.type,
        place: where.place.properties.id,
        context: [...new Set(mentions.map((m) => m.place.properties.id))].filter(
          (id) => id !== where.place.properties.id,
        ),
        date: date?.date ?? null,
        dateFrom: date?.from ?? null,
        dateWeak: !own.length && !!date,
        background: background[ci],
        actors: uniqueActors(clauseActors.length ? clauseActors : actors),
        agent: agentOf(text, clauseActors, clauses[ci].start, t),
        figures: [],
        attribution: source,
        stance: stanceOf(text, clauses, t.start),
        start: offset,
        end: offset + text.length,
        trigger: { start: offset + t.start, end: offset + t.end },
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
  return out.map((o) => o.c);
}

/**
 * Triggers worth an incident: one per type and clause; generic words only where nothing specific
 * is said; casualties on their own only when no violent event in the sentence explains them.
 */
function selectTriggers(text: string): Trigger[] {
  const all = findTriggers(text);
  if (!all.length) return [];
  const clauses = splitClauses(text);
  const strongIn = new Set(all.filter((t) => !t.weak).map((t) => clauseAt(clauses, t.start)));
  const violent = all.some((t) => VIOLENT_TYPES.has(t.type) || t.type === 'commander-killed');
  const seen = new Set<string>();
  const out: Trigger[] = [];
  for (const t of all) {
    const ci = clauseAt(clauses, t.start);
    if (t.weak && strongIn.has(ci)) continue;
    if (t.type === 'civilian-casualties' && violent) continue;
    const key = `${t.type}|${ci}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(t);
  }
  // Reinforcements "arrived in" a town: that is the reinforcement, not an advance.
  const reinforced = new Set(
    out.filter((t) => t.type === 'reinforcement').map((t) => clauseAt(clauses, t.start)),
  );
  const kept = out.filter(
    (t) =>
      !(
        t.type === 'advance' &&
        /^arriv/i.test(text.slice(t.start, t.end)) &&
        reinforced.has(clauseAt(clauses, t.start))
      ),
  );
  // Things planned, agreed or feared ("agreed to withdraw", "set to begin arriving") did not happen.
  const real = kept.filter(
    (t) =>
      !IRREALIS.test(text.slice(Math.max(clauses[clauseAt(clauses, t.start)].start, t.start - 40), t.start)),
  );
  // A commander's death is one event, not also a clash or casualties in the same clause.
  const commander = new Set(
    real.filter((t) => t.type === 'commander-killed').map((t) => clauseAt(clauses, t.start)),
  );
  return real.filter(
    (t) =>
      (t.type !== 'armed-clash' && t.type !== 'civilian-casualties') ||
      !commander.has(clauseAt(clauses, t.start)),
  );
}

// The side that acts: the first actor after the last "that"/reporting verb before the trigger
// ("an official denied that rebels entered"), else the first in the clause, else "by X" after it.
function agentOf(text: string, actors: ActorMention[], clauseStart: number, t: Trigger): Side {
  const armed = actors.filter((a) => a.side !== 'civilians');
  let from = clauseStart;
  THAT_OR_SAID.lastIndex = 0;
  for (const m of text.slice(clauseStart, t.start).matchAll(THAT_OR_SAID))
    from = clauseStart + (m.index ?? 0);
  const after = armed.find((a) => a.start >= from && a.end <= t.start);
  if (after) return after.side;
  const before = armed.find((a) => a.end <= t.start);
  if (before) return before.side;
  const by = armed.find((a) => a.start >= t.end && PASSIVE_AGENT.test(text.slice(t.end, a.start)));
  return by?.side ?? 'unknown';
}
