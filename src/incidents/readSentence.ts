// One sentence of a report → incident candidates, as a list of steps: who speaks, its days and
// triggers, its actors and places; then each trigger's event (readEvent: place, day, voice, agent,
// type, stance) and the passes over the sentence's rows (counter-claims, figures, replies).
import type { IncidentCandidate } from './extractIncidents.ts';
import type { KnownSpeaker, Referent, ReportContext } from './reportContext.ts'; // what one sentence hands the next
import { clauseAt, splitClauses, THAT_OR_SAID } from './sentence/clauses.ts'; // sentence → clauses
import { selectTriggers } from './sentence/selectTriggers.ts'; // the triggers worth an incident
import { findDates } from './sentence/dates.ts'; // "on Friday" → 2024-11-29
import { relativeDays } from './sentence/relativeDays.ts'; // "the next day"
import { backgroundClauses, pastYears } from './sentence/background.ts'; // "in 2016" → history
import { sentenceSpeakers } from './voices/sentenceSpeakers.ts'; // who speaks, as the report knows them
import { reportActors } from './voices/agents.ts'; // the actors a sentence names
import { findFigures, isTerritorial } from './sentence/figures.ts'; // "at least 27 civilians" → figure
import type { FigureMention } from './sentence/figures.ts';
import { heldGround } from './sentence/heldGround.ts'; // "now hold some 40 villages"
import type { HeldGround } from './sentence/heldGround.ts';
import { anaphoraMentions, speakersSeat } from './sentence/location.ts'; // "the town" → the place named before
import type { LocatedMention } from './sentence/location.ts';
import type { EventRow, SentenceWords } from './sentence/sentenceWords.ts'; // the sentence as its steps read it
import { readEvent } from './sentence/readEvent.ts'; // one trigger → its rows
import { stillContested, withdrawalAnswers, withoutOwnCaptureCounters } from './voices/counterclaims.ts'; // a side's version
import { figuresToEvents } from './sentence/figuresToEvents.ts'; // figures → the nearest event
import { clauseReplies, deniedAccounts, isDenial, responseTo, tollReplies } from './voices/replies.ts'; // denials, confirmations
import { deniable } from './sentence/referents.ts'; // the events a denial answers
import { matchList } from '../geoparse/util/matchList.ts'; // every match, without matchAll's recompiling

// An event's noun after a determiner that points back: "the blast", "the latest attack", "that raid".
const NAMED_BEFORE =
  /\b(?:the|this|that|these|those)\s+(?:(?:latest|recent|deadly|same|previous|overnight|morning|night|weekend)\s+)?$/i;

/** Fewer places than this taken at once lie around the place named with them. */
const FEW_PLACES = 10;

/**
 * Reads one sentence (`text`, starting at `offset` in the article; `named` are its place mentions
 * with offsets in `text`). `carried` mentions and speaker come from the sentence before when this
 * one continues its quotation. Returns the candidates and the sentence's main speaker.
 */
export function readSentence(
  text: string,
  offset: number,
  named: LocatedMention[],
  ctx: ReportContext,
  carried: LocatedMention[] = [],
  carriedSpeaker: KnownSpeaker | null = null,
  recent: Referent[] = [],
  earlier: Referent[] = [],
): {
  candidates: IncidentCandidate[];
  speaker: KnownSpeaker | null;
  told: IncidentCandidate[];
  held: HeldGround[];
} {
  // Who speaks, resolving "he" / "the same source" against what the report said before.
  const { speakers, main } = sentenceSpeakers(text, named, ctx, recent, earlier);
  const sentenceSpeaker = main?.who ?? carriedSpeaker;
  // Places the sentence names as the scene, not as a speaker's words ("officials in Kherson
  // Oblast", "forces loyal to Yemen's government") nor a whole country.
  const scene = named.filter(
    (m) =>
      m.place.properties.kind !== 'country' && !speakers.some((s) => s.start <= m.start && m.end <= s.end),
  );
  // A denial may answer an event told several sentences before ("Rebels took the town on
  // Saturday. … … The army denied it had been defeated."): the report's last event it can answer.
  // (Nor is a denial told just before what it answers: "The government said its army had not
  // left the city. \"Our forces remain deployed in it,\" a spokesman said." denies the capture.)
  if (main && isDenial(text, main) && recent.every((r) => r.cand.stance === 'denial'))
    recent = deniable(earlier, main.who.side, scene);
  const calendar = findDates(text, ctx.dateline);
  const dates = [...calendar, ...relativeDays(text, ctx.lastDay ?? null, ctx.dateline, calendar)].sort(
    (a, b) => a.start - b.start,
  );
  const said = matchList(THAT_OR_SAID, text).map((m) => m.index ?? 0);
  const history = pastYears(text, ctx.dateline).length > 0;
  const lastDay = dates.filter((d) => !d.from && !d.vague).pop()?.date;
  if (lastDay) ctx.lastDay = lastDay;
  // "in two days of fighting" dates the sentence; it is not another event.
  const triggers = selectTriggers(text).filter(
    (t) => !dates.some((d) => d.start <= t.start && t.end <= d.end),
  );
  const clauses = splitClauses(text);
  // (Not a word of a place's own name: "Datu Saudi Ampatuan", "Tal Abyad al-Kurdi".)
  const actors = reportActors(text, ctx).filter(
    (a) =>
      !named.some(
        (m) =>
          m.place.properties.kind !== 'country' &&
          m.start <= a.start &&
          a.end <= m.end &&
          (m.start < a.start || a.end < m.end),
      ),
  );
  // Said by the outlet in its own voice when it quotes itself ("…, AFP reported" in an AFP story).
  const attribution =
    main && !(ctx.outlet && ctx.outlet.toLowerCase().includes(main.who.name.toLowerCase()))
      ? main.who.name
      : (sentenceSpeaker?.name ?? ctx.outlet);
  const held = (figs: FigureMention[], places: LocatedMention[]) =>
    heldGround(text, offset, ctx, figs, { clauses, actors, places, dates, attribution });
  if (!triggers.length)
    return {
      candidates: responseTo(text, offset, scene, speakers, recent, earlier, history),
      speaker: sentenceSpeaker,
      told: [],
      held: held(findFigures(text), named),
    };
  // (Not where a speaker spoke: "…, an official told reporters in X".)
  const anaphors = anaphoraMentions(text, named, ctx.main, ctx.lastSettlement, ctx.called, ctx.capital);
  for (const a of anaphors) ctx.called.set(text.slice(a.start + 4, a.end).toLowerCase(), a.place);
  const mentions = [...named.filter((m) => !speakersSeat(text, m)), ...anaphors, ...carried];
  if (!mentions.length && !recent.length)
    return { candidates: [], speaker: sentenceSpeaker, told: [], held: held(findFigures(text), named) };
  const clauseText = (i: number) => text.slice(clauses[i].start, clauses[i].end);
  const background = backgroundClauses(text, clauses, ctx.dateline, (i) =>
    dates.some((d) => clauseAt(clauses, d.start) === i),
  );
  // "had taken A and B, two towns on the highway": a count in apposition to named places describes
  // them; it counts no ground of its own.
  const figures = findFigures(text, (at) => clauseText(clauseAt(clauses, at))).filter(
    (f) =>
      !isTerritorial(f.what) ||
      !mentions.some((m) => m.end >= 0 && m.end <= f.start && /^\s*,\s*$/u.test(text.slice(m.end, f.start))),
  );
  // Many villages or a stretch of km² are told of an area; a handful ("three villages near A")
  // lies around the place named with it.
  const counted = new Set(
    figures
      .filter((f) => isTerritorial(f.what) && (f.what === 'km2' || f.value >= FEW_PLACES))
      .map((f) => clauseAt(clauses, f.start)),
  );
  const s: SentenceWords = {
    text,
    offset,
    ctx,
    clauses,
    background,
    dates,
    said,
    actors,
    speakers,
    carriedSpeaker,
    mentions,
    recent,
    earlier,
  };
  // Each event: its place, day, voice, agent, type and stance (readEvent), a row per place listed.
  const out: EventRow[] = [];
  for (const t of triggers)
    readEvent(s, t, t.type === 'advance' && counted.has(clauseAt(clauses, t.start)), out);
  // A toll that places nothing of its own tells of the event just told.
  if (!out.length) out.push(...tollReplies(s, main, triggers));
  // "The militia blamed the rebels for the blast; a spokesman denied any role in it": words that
  // only name the event just told ("the blast", "the attack") tell no event; the sentence replies.
  // (Not history: "killed in the civil war that erupted in 2011".)
  if (
    !out.length &&
    !history &&
    triggers.every((t) => NAMED_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start)))
  )
    for (const c of responseTo(text, offset, scene, speakers, recent, earlier))
      out.push({ c, at: c.trigger.start - offset, referred: true });
  // A side's own capture is no defender's version of another event; its euphemism for a
  // withdrawal, or fighting it says goes on, is its version of the other side's capture there.
  withoutOwnCaptureCounters(out);
  withdrawalAnswers(s, out);
  stillContested(s, out);
  // Tolls to the nearest event; counts of ground taken to the nearest advance.
  const unplaced = figuresToEvents(s, figures, out);
  // "Rebels said they took the town, while the army denied it": a speaker whose part of the
  // sentence tells no event of its own answers the events the other voices told in it.
  for (const c of clauseReplies(text, offset, speakers, out))
    out.push({ c, at: c.trigger.start - offset, referred: true });
  deniedAccounts(s, main, out);
  const acted = out.filter((o) => !o.c.background && o.c.agentActor).pop();
  if (acted?.c.agentActor) ctx.lastAgent = acted.c.agentActor;
  else if (out.length) ctx.lastAgent = null;
  return {
    candidates: out.map((o) => o.c),
    speaker: sentenceSpeaker,
    told: out.filter((o) => !o.referred).map((o) => o.c),
    held: held(unplaced, mentions),
  };
}
