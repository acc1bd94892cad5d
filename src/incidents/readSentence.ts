// One sentence of a report → incident candidates. Each stage is its own module; this file wires
// them: triggers pick the events, then each event gets its place, date, actors, figures, speaker
// and stance from the words around it.
import type { Actor, Figure, PlaceFeature, Side, Stance, TerritorialFigure } from '../types/model.ts';
import type { IncidentCandidate } from './extractIncidents.ts';
import { clauseAt, splitClauses } from './sentence/clauses.ts'; // sentence → clauses
import type { Clause } from './sentence/clauses.ts';
import { advanceProgress, compatibleTypes, findTriggers, VIOLENT_TYPES } from './sentence/taxonomy.ts'; // words → incident types
import type { Trigger } from './sentence/taxonomy.ts';
import { addDays, findDates, subordinateOffset } from './sentence/dates.ts'; // "on Friday" → 2024-11-29
import type { DateMention } from './sentence/dates.ts';
import { backgroundClauses, pastYears } from './sentence/background.ts'; // "in 2016" → history
import { allied, findActors, uniqueActors, withCapitals } from './voices/actors.ts'; // "Israeli warplanes", "RSF" → sides
import { sideLabel, stateOf, stateSide } from './voices/states.ts'; // 'rsf' → "Rapid Support Forces"
import type { ActorContext, ActorMention } from './voices/actors.ts';
import { findFigures, isTerritorial } from './sentence/figures.ts'; // "at least 27 civilians" → figure
import type { FigureMention } from './sentence/figures.ts';
import { canonicalSource, resolveAnaphor } from './voices/attribution.ts'; // "the center" → the monitor named before
import { findSpeakers, speakerAt, speakerSide } from './voices/speakers.ts'; // who speaks for which words
import type { Speaker } from './voices/speakers.ts';
import { stanceOf } from './voices/stance.ts'; // denial, counter-claim, confirmation, claim, report
import { anaphoraMentions, chooseLocation, isDestination, speakersSeat } from './sentence/location.ts'; // trigger → place
import type { LocatedMention } from './sentence/location.ts';
import { matchList } from '../geoparse/util/matchList.ts'; // every match, without matchAll's recompiling

/** An event told in a recent sentence, with its place: what a follow-up sentence refers to. */
export interface Referent {
  cand: IncidentCandidate;
  place: PlaceFeature;
  /** Its sentence tells of civilians or civilian buildings hit ("a school sheltering families"). */
  civilian?: boolean;
}

/** A speaker as the report knows it: name, side and whether it stands outside the war. */
export interface KnownSpeaker {
  name: string;
  known: boolean;
  side: Side | null;
  thirdParty: boolean;
  /** A party named with outsiders ("police and residents"): its claim, never a concession. */
  withOutsiders?: boolean;
}

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

/** What the reading of a report carries from sentence to sentence. */
export interface ReportContext {
  id: string;
  outlet: string | null;
  dateline: string | null;
  /** The settlement the report is mostly about ("the city"). */
  main: PlaceFeature | null;
  /** The settlement named last before the current sentence ("the town"). */
  lastSettlement: PlaceFeature | null;
  /** The settlement the report last called a village, a town … ("X, a village near Y"). */
  called: Map<string, PlaceFeature>;
  /** The day named last before the current sentence ("the same day", "the day before"). */
  lastDay?: string | null;
  /** Who acted in the last sentence that told an event ("they" in the next one). */
  lastAgent?: Actor | null;
  /** Speakers met so far in the report, oldest first (for "he added", "the same source"). */
  sources: KnownSpeaker[];
  /** The main speaker of the sentence just before (whose body "a spokesman" speaks for). */
  previousSpeaker?: KnownSpeaker | null;
  /**
   * The body that opened the sentence just before when that sentence had no speaker ("The army
   * offered another version."): who "it" or "they" saying something in the next one is.
   */
  previousSubject?: KnownSpeaker | null;
  /** Whose war it is and the armed group named last ("the army", "the rebels"). */
  actors: ActorContext;
  /** Capitals the report names, by the words that name them, with their state's ISO alpha-2 code. */
  capitals?: ReadonlyMap<string, string>;
}

const NO_CAPITALS: ReadonlyMap<string, string> = new Map();

const SINCE_BEFORE = /\bsince\s+(?:the\s+)?(?:start\s+of\s+(?:the\s+)?)?(?:[\w-]+\s+){0,2}$/i;
const IRREALIS =
  /\b(?:would|could|will|might|may|shall|is to|are to|plans? to|planned to|aims? to|aimed to|threaten(?:s|ed)? to|agreed to|agreeing to|involved|intends? to|vowed to|pledged to|promised to|wants? to|set to|ready to|seeks? to|sought to|order(?:s|ed)? to|orders for|to avoid|to prevent|avoid|prevent|in order to)\s+(?:(?:a|an|the|safe|\w+ly)\s+)?(?:\w+\s+){0,2}$/i;
// "shelled by rebels", "projectiles from insurgents": the agent right after the trigger.
const PASSIVE_AGENT = /^\S*\s+(?:\S+\s+){0,2}?(?:by|from)\s+(?:the\s+)?$/i;
const NOUN_PHRASE_GAP =
  /^(?:[\s,]+(?:and|or|[a-z]+ian|[a-z]+ish|air|naval|forces?|army|military|regime)\b)*\s*$/i;
const OBJECT_OF =
  /\b(?:to|of|with|alongside|beside|against|from|on|at|for|towards?|by|than)\s+(?:(?:the|a|an|its|their)\s+)?(?:[a-z'-]+\s+)?$/i;
// Allies or means named with the subject: "troops fighting alongside X", "soldiers backed by X".
const COMITATIVE =
  /\b(?:alongside|beside|with|together with|along with|backed by|supported by|aided by|assisted by|loyal to|allied (?:with|to))\s+(?:(?:the|a|an|its|their)\s+)?$/i;
// "… were killed", "… died": the actor before it was hit, it did not act.
const VICTIM =
  /^[^.;,]{0,30}?\b(?:were|was|have been|had been|being)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|hurt|captured|taken prisoner)\b|^\s+(?:died|were killed)\b/i;
// The speaker's own forces, or the speaker as subject, doing the deed.
const SELF_SUBJECT =
  /\b(?:(?:its|their|our|his|her)\s+(?:own\s+)?(?:forces|troops|fighters|units|men|soldiers|army|navy|aircraft|jets|drones|warplanes|air force|artillery|gunners|militants|members)|(?:said|says|claimed|claims|announced|confirmed|stated)\s+(?:(?:on|in)\s+(?:an?\s+|the\s+|its\s+|their\s+)?\w+(?:\s+(?:on|in)\s+\w+)?\s+)?(?:that\s+)?(?:it|they|we))\b[^,;]{0,60}$/i;
// An actor that is the subject of a reporting verb speaks; it need not act.
const SPEAKS =
  /^\s*(?:\([^)]*\)\s*)?(?:has |have |had )?(?:also |later |earlier )?(?:said|says|say|told|claimed|claims|announced|reported|denied|denies|confirmed|accused|warned|acknowledged|stated|added)\b/i;
const THAT_OR_SAID = /\b(?:that|said|says|say|told|reported|denied|confirmed|claimed)\b/gi;
// Unnamed parts of a town: "several neighbourhoods of the city", "key areas of the city".
const PARTS = /\b(?:neighbou?rhoods|districts|quarters|parts|areas|sections)\b/i;
// "… and were combing", "… and then moved": the clause goes on with another verb.
const NEXT_VERB = /\band\s+(?:were|was|are|is|had|have|has|then|later|also|\w+ed|\w+ing)\b/i;
const GROUND_TYPES = new Set(['advance', 'armed-clash', 'withdrawal']);
/** Events this many days or more before the dateline are history, not the news. */
const HISTORY_DAYS = 14;
/** Fewer places than this taken at once lie around the place named with them. */
const FEW_PLACES = 10;
/** Windows longer than this ("in recent weeks") recall the build-up, not the day's events. */
const LONG_WINDOW_DAYS = 8;

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
  // A subject that is only a place name ("Aleppo says") is no speaker; "Syria's state TV" is, and
  // so is a state ("Russia said").
  // (A capital speaks for its state: "Islamabad said".)
  const capitals = ctx.capitals ?? NO_CAPITALS;
  const isPlace = (start: number, end: number) =>
    named.some(
      (m) =>
        m.start <= start &&
        end <= m.end + 2 &&
        m.place.properties.kind !== 'country' &&
        !capitals.has(text.slice(m.start, m.end)),
    );
  const actorsOf = (t: string) => withCapitals(findActors(t, ctx.actors), t, capitals);
  const subjectBefore = ctx.previousSubject ?? null;
  // Who speaks, resolving "he" / "the same source" against what the report said before.
  const speakers = findSpeakers(text, isPlace).map((s) => {
    // "The group denied shelling …": the accused group denies, not the last source that accused it.
    // "…, killing three SDF fighters, the group said": the first armed group its sentence names
    // before it speaks is "the group"; else, for a denial or a statement, the group told acting last.
    const accused = s.anaphoric
      ? (groupNamedBefore(s.name, actorsOf(text), s.start, ctx) ?? accusedGroup(s.name, recent, earlier, ctx))
      : null;
    // "The army offered another version. … it said its units had repelled …": "it" is the body
    // the sentence before opened with, not the last source quoted.
    const subject =
      s.anaphoric && !accused && subjectBefore && pronounFor(s.name, subjectBefore.name)
        ? subjectBefore
        : null;
    const past = s.anaphoric && !accused && !subject ? resolveAnaphor(s.name, ctx.sources) : null;
    const prior = past ? [...ctx.sources].reverse().find((h) => h.name === past) : undefined;
    // "X did not confirm the loss. A spokesman, Jane Doe, said …": a spokesman who names no body
    // speaks for the party that spoke in the sentence before.
    const body =
      !s.anaphoric && !s.known && BARE_SPOKESMAN.test(s.phrase) && ctx.previousSpeaker?.side
        ? ctx.previousSpeaker
        : null;
    const who: KnownSpeaker = accused
      ? { name: accused.sideName ?? accused.name, known: false, side: accused.side, thirdParty: false }
      : subject
        ? { ...subject }
        : body && !body.thirdParty
          ? { name: s.name, known: false, side: body.side, thirdParty: false }
          : prior
            ? { ...prior }
            : {
                name: s.anaphoric ? (past ?? s.name) : s.name,
                known: s.known,
                ...(capitals.has(s.phrase)
                  ? { side: stateSide(capitals.get(s.phrase)!), thirdParty: false }
                  : sideOf(s.name, s.phrase, actorsOf, ctx.actors.home)),
              };
    if (!s.anaphoric) ctx.sources.push(who);
    const name = s.via && !/\(to /u.test(who.name) ? `${who.name} (to ${s.via})` : who.name;
    return { ...s, who: { ...who, name } };
  });
  const main = speakers.find((s) => s.depth === -1) ?? speakers.find((s) => s.depth === 0) ?? null;
  ctx.previousSubject = main ? null : openingBody(text, actorsOf(text));
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
  const dates = [...findDates(text, ctx.dateline), ...relativeDays(text, ctx.lastDay ?? null)].sort(
    (a, b) => a.start - b.start,
  );
  const said = matchList(THAT_OR_SAID, text).map((m) => m.index ?? 0);
  const lastDay = dates.filter((d) => !d.from && !d.vague).pop()?.date;
  if (lastDay) ctx.lastDay = lastDay;
  // "in two days of fighting" dates the sentence; it is not another event.
  const triggers = selectTriggers(text).filter(
    (t) => !dates.some((d) => d.start <= t.start && t.end <= d.end),
  );
  const clauses = splitClauses(text);
  // (Not a word of a place's own name: "Datu Saudi Ampatuan", "Tal Abyad al-Kurdi".)
  const actors = actorsOf(text).filter(
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
      candidates: responseTo(text, offset, scene, speakers, recent, earlier),
      speaker: sentenceSpeaker,
      told: [],
      held: held(findFigures(text), named),
    };
  // (Not where a speaker spoke: "…, an official told reporters in X".)
  const anaphors = anaphoraMentions(text, named, ctx.main, ctx.lastSettlement, ctx.called);
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
  // `referred`: placed by the event told before, not by this sentence's own words.
  const out: { c: IncidentCandidate; at: number; referred?: boolean }[] = [];
  for (const t of triggers) {
    const broad = t.type === 'advance' && counted.has(clauseAt(clauses, t.start));
    const chosen = chooseLocation(
      text,
      mentions.filter((m) => !broad || m.place.properties.kind !== 'country'),
      clauses,
      t,
      actors,
      broad,
    );
    // A sentence that names no place for its event ("The army said it repelled the attack") tells
    // more of the event just told: it happened there, then.
    // (A party's words may answer an event told sentences before: "The army said in a statement
    // that it had repelled the assault", after a witness's account in between.)
    const voice = speakerAt(speakers, t.start)?.who ?? carriedSpeaker;
    // "A spokesman in Y said his units had repelled the attack", "The army said it repelled the
    // attack": "the attack" is the one just told, not the speaker's seat. (A place named after
    // the words, "the attack on Y", "… and killed insurgents near Y", is read as before.)
    // (Told earlier in this sentence, "the attacks" are those: read as before.)
    const definite =
      t.counter &&
      !out.length &&
      DEFINITE_ATTACK.test(text.slice(t.end, t.end + 60)) &&
      !(chosen && chosen.start >= t.end)
        ? (recent.find(
            (r) =>
              counters(text, t, r.cand.type) &&
              (!voice?.side ||
                voice.thirdParty ||
                r.cand.agent === 'unknown' ||
                !allied(voice.side, r.cand.agent)),
          ) ?? null)
        : null;
    const placed = definite ? null : chosen;
    const ref =
      definite ??
      (placed
        ? null
        : referentOf(t, recent, text, () =>
            voice?.side && !voice.thirdParty && !t.weak ? lastOfKind(t, earlier, text, voice.side) : null,
          ));
    // "The troops withdrew toward the border": named only where they went, they left the place of
    // the event just told.
    // (People who "left villages in the hills for X" arrived at X: the origin is told, unnamed.)
    const origin =
      placed &&
      placed.start >= 0 &&
      isDestination(text, placed, t) &&
      !(t.type === 'displacement' && UNNAMED_ORIGIN.test(text.slice(t.end, placed.start)))
        ? referentOf(t, recent, text)
        : // "It had withdrawn from the area, and accused the army of strikes near X": "the area" is
          // where the event just told happened, not a place another clause names.
          placed && placed.start > t.end && THE_AREA.test(text.slice(t.end, placed.start))
          ? (recent[0] ?? null)
          : null;
    const where: LocatedMention | null = origin
      ? { start: -1, end: -1, place: origin.place }
      : (placed ?? (ref ? { start: -1, end: -1, place: ref.place } : null));
    if (!where) continue;
    // "The attacks came from three directions … and were repelled": a sentence whose subject is
    // the event just told, by its definite noun, tells more of it (its attacker, its day).
    const resumed =
      !ref &&
      !origin &&
      (RESUMED_EVENT.test(text.slice(0, t.end)) || (RESUMED_STRIKES.exec(text)?.[0].length ?? 0) >= t.end)
        ? referentOf(t, recent, text)
        : null;
    const ci = clauseAt(clauses, t.start);
    const own = dates.filter((d) => clauseAt(clauses, d.start) === ci);
    const distinct = new Set(dates.map((d) => `${d.from}|${d.date}`));
    // The nearest of its clause, unless a reporting verb stands between them ("…, where troops have
    // held ground since Aug. 6, the ministry said forces repelled attacks since Friday").
    const apart = (d: { start: number; end: number }) =>
      said.some((at) => (d.end <= at && at < t.start) || (t.end <= at && at < d.start));
    const nearest = own.sort(
      (a, b) =>
        Number(apart(a)) - Number(apart(b)) || Math.abs(a.start - t.start) - Math.abs(b.start - t.start),
    )[0];
    let date: DateMention | { date: string; from: string | null | undefined; vague: boolean } | undefined =
      nearest ??
      (distinct.size === 1
        ? dates[0]
        : (ref ?? origin ?? resumed)?.cand.date
          ? {
              date: (ref ?? origin ?? resumed)!.cand.date!,
              from: (ref ?? origin ?? resumed)!.cand.dateFrom,
              vague: !!(ref ?? origin ?? resumed)!.cand.dateVague,
            }
          : undefined);
    // "On Friday, two days after militants overran the post, …", "struck X on Friday, a day after
    // rebels entered Y": the subordinate event lies that many days from the day the sentence gave
    // before it — unless its clause gives a day of its own, or it is someone's words ("a day after
    // the group said it had fired …" dates the saying).
    const lead = subordinateOffset(text.slice(0, t.start));
    if (lead && !said.some((at) => at > lead.at && at < t.start)) {
      const bases = new Set(dates.filter((d) => d.end <= lead.at && !d.from && !d.vague).map((d) => d.date));
      if (!dates.some((d) => d.start >= lead.at) && bases.size === 1)
        date = { date: addDays([...bases][0], lead.days), from: null, vague: false };
    }
    // "An army spokesman denied that …": the body a speaker speaks for does not act in its words.
    const clauseActors = actors.filter(
      (a) =>
        clauseAt(clauses, a.start) === ci &&
        !speakers.some((s) => s.start <= a.start && a.end <= s.end && s.end < t.start && a.end < s.end),
    );
    // "The rebels, who captured X on Thursday, said …": words inside the speaker's own noun phrase,
    // before its verb, are the outlet's, not the speaker's.
    const heard = speakerAt(speakers, t.start);
    const found =
      heard &&
      heard.depth >= 0 &&
      heard.start < t.start &&
      t.start < heard.at &&
      heard.from <= heard.start &&
      /\b(?:who|which|that)\s/iu.test(text.slice(heard.start, t.start))
        ? null
        : heard;
    // An outlet quoting itself ("…, AFP reported" in an AFP story) speaks in its own voice.
    const selfReport =
      !!found && !!ctx.outlet && ctx.outlet.toLowerCase().includes(found.who.name.toLowerCase());
    const sp = selfReport ? null : found;
    const who = sp?.who ?? (sp || selfReport ? null : carriedSpeaker);
    // Who killed a commander is rarely said; the side named beside him is his own. The defender's
    // words ("repelled an advance by rebels") tell the attacker's event: its agent follows them.
    // "its units had only returned fire after Armenian troops shot at …": who fired first acted.
    const firstFire = /^return/i.test(text.slice(t.start, t.end))
      ? (actors.find(
          (a) =>
            a.start >= t.end &&
            a.kind !== 'civilians' &&
            /^\s+(?:[\w'-]+\s+){0,3}?(?:after|when|once)\s+(?:the\s+)?$/i.test(text.slice(t.end, a.start)),
        ) ?? null)
      : null;
    const named = firstFire
      ? firstFire
      : t.type === 'commander-killed'
        ? null
        : t.loss
          ? // "the town was lost to the rebels": who took it follows "to"; its subject lost it.
            (clauseActors.find(
              (a) => a.start >= t.end && /^\s*(?:[\w'-]+\s+){0,4}?to\s+$/i.test(text.slice(t.end, a.start)),
            ) ?? null)
          : t.counter
            ? counterAgent(text, clauseActors, t, who?.side ?? null)
            : (agentOf(text, clauseActors, clauses[ci].start, t) ??
              // "…, before pulling out at dusk": a clause without a subject acts with the sentence's.
              (NO_SUBJECT.test(text.slice(clauses[ci].start, t.end))
                ? agentOf(
                    text,
                    actors.filter((a) => a.end <= t.start),
                    0,
                    t,
                  )
                : null));
    // "The army said its forces entered …", "Hezbollah said it fired rockets …": the speaker acted.
    const ownForces =
      !firstFire &&
      !t.counter &&
      !t.loss &&
      t.type !== 'commander-killed' &&
      who?.side &&
      !named?.kind.startsWith('civ')
        ? // (A speaker named after its words, "\"Our forces took X,\" the minister said": the clause's.)
          SELF_SUBJECT.exec(
            text.slice(
              sp && sp.at > t.start ? clauses[ci].start : Math.max(clauses[ci].start, sp?.at ?? 0),
              t.start,
            ),
          )
        : null;
    const agentActor: ActorMention | null =
      ownForces && who?.side && (!named || named.generic || named.start < (sp?.at ?? 0))
        ? {
            side: who.side,
            name: who.name,
            sideName: sideLabel(who.side, who.name),
            kind: 'group',
            generic: false,
            start: -1,
            end: -1,
          }
        : (named ??
          // "By Friday they had taken the city": the one who acted in the sentence before.
          (ctx.lastAgent &&
          !t.counter &&
          !t.loss &&
          PRONOUN_SUBJECT.test(text.slice(clauses[ci].start, t.start))
            ? { ...ctx.lastAgent, ...NO_SPAN }
            : null));
    // The event told before acted through its own agent ("repelled the attack": the attacker's).
    // "F-16 jets struck caves in the range. Ground forces then seized a hideout": a new event of
    // another kind, told by its own subject or as what came next, happened where the last one did.
    const followOn =
      !!ref &&
      ref !== definite &&
      !t.weak &&
      !t.counter &&
      !t.loss &&
      !compatibleTypes(t.type, ref.cand.type) &&
      // (A deed told as done, "seized", "struck": not a noun or a participle, "stepped up its
      // airstrikes", "the advancing forces".)
      TOLD_DONE.test(text.slice(t.start, t.end)) &&
      !/\b(?:the|its|their|his|her|a|an)\s+$/i.test(text.slice(Math.max(0, t.start - 8), t.start)) &&
      ((!!named && named.end <= t.start && named.kind !== 'civilians') ||
        SEQUENCE.test(text.slice(clauses[ci].start, t.start)));
    const told = ref?.cand.agentActor ? { ...ref.cand.agentActor, ...NO_SPAN } : null;
    // "Iraq sent troops to the border. Tanks were deployed near al-Qaim": a passive that names no
    // one, right after an event of its kind, was done by the same hands.
    const sameKind =
      !ref &&
      !agentActor &&
      !t.counter &&
      !clauseActors.some((a) => a.kind !== 'civilians') &&
      (PASSIVE_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start)) ||
        /^(?:was|were|been|being|is|are)\s/i.test(text.slice(t.start, t.end)))
        ? recent.find((r) => r.cand.type === t.type && r.cand.agentActor)?.cand.agentActor
        : undefined;
    // The defender's words ("troops repelled an attack on X", "most of the rockets were
    // intercepted") are its version of the other side's attack the report told there: that event.
    const countered = t.counter
      ? (ref ?? counteredAt(text, t, where.place.properties.id, earlier, who))
      : null;
    const attack = countered && counters(text, t, countered.cand.type) ? countered.cand : null;
    const actedBy =
      ref && !followOn
        ? ((t.counter ? named : null) ?? told)
        : (agentActor ??
          (sameKind ? { ...sameKind, ...NO_SPAN } : null) ??
          (attack?.agentActor ? { ...attack.agentActor, ...NO_SPAN } : null) ??
          (resumed?.cand.agentActor ? { ...resumed.cand.agentActor, ...NO_SPAN } : null));
    const agent: Side =
      actedBy?.side ?? (ref && ref.cand.agent !== 'unknown' ? ref.cand.agent : (attack?.agent ?? 'unknown'));
    // Armed men who "fled" or "evacuated" a place withdrew from it; civilians were displaced.
    // ("forcing hundreds of families to flee": the people named right before the word fled.)
    const withdrew =
      t.type === 'displacement' &&
      agent !== 'unknown' &&
      !clauseActors.some((a) => a.side === 'civilians') &&
      !PEOPLE_FLEE.test(text.slice(Math.max(clauses[ci].start, t.start - 40), t.start)) &&
      // ("forced thousands of families out of X": the people are the trigger's own words.)
      !PEOPLE_BEFORE.test(text.slice(t.start, t.end));
    // "Thousands of families have arrived in Tabqa": people on the move, not an advance.
    // ("Residents were leaving the city": people leave, armed men withdraw.)
    const fled =
      ((t.type === 'advance' && MOVED.test(text.slice(t.start, t.end))) ||
        (t.type === 'withdrawal' && !t.counter)) &&
      PEOPLE_BEFORE.test(text.slice(clauses[ci].start, t.start)) &&
      !clauseActors.some((a) => a.side !== 'civilians' && a.end <= t.start);
    const type = withdrew ? 'withdrawal' : fled ? 'displacement' : (attack?.type ?? t.type);
    // The defender tells the attack's day, or a day or two later ("on Monday the army said it had
    // repelled the attack"): the attack's day.
    const joined =
      !!attack?.date && (!date || (date.date >= attack.date && date.date <= addDays(attack.date, 2)));
    if (joined) date = { date: attack.date!, from: attack.dateFrom, vague: !!attack.dateVague };
    // (Not parts named by a verb of their own after it: "had liberated the city and were
    // combing its neighbourhoods" took the city.)
    const part =
      GROUND_TYPES.has(t.type) &&
      where.place.properties.kind === 'settlement' &&
      (PARTS.test(text.slice(clauses[ci].start, t.start)) ||
        PARTS.test(text.slice(t.start, clauses[ci].end).split(NEXT_VERB)[0]));
    const recalled =
      !!date?.from && addDays(date.from, LONG_WINDOW_DAYS) < date.date && !own.some((d) => !d.from);
    // "X denied the account, saying its units had only returned fire after …": what follows the
    // denied account is the speaker's own version, told, not denied.
    // (A participle goes on with its speaker's verb: "denied the account, saying …" is one voice.)
    const answered =
      sp?.verb === 'deny'
        ? Math.max(
            -1,
            ...speakers
              .filter((x) => x.verb === 'deny' && x.who.name === sp.who.name && x.at <= sp.at)
              .map((x) => deniedAccount(text, x.at)),
          )
        : -1;
    const read = stanceOf({
      text,
      clauses,
      trigger: t,
      speaker:
        sp && answered >= 0 && t.start > answered
          ? { at: sp.at, verb: 'say' }
          : (sp ?? (who ? { at: -1, verb: 'say' } : null)),
      speakerSide: who?.side ?? null,
      thirdParty: who?.thirdParty ?? false,
      otherSpeech: speakers.filter((x) => x !== sp && x.who.name !== who?.name).map((x) => x.at),
      agent,
      type,
    });
    // A party telling more of the event just told, in words of its kind, gives its own account
    // ("The rebels said their fighters had destroyed two tanks") or, of the other side's deed,
    // its version ("The army said the shells had hit an empty market").
    const account =
      !!ref &&
      read === 'claim' &&
      // (Not a generic word: "the rapid advance was due to …" comments on it.)
      !t.weak &&
      !!sp &&
      !!who?.side &&
      !who.thirdParty &&
      // (Of an exchange of fire nobody is said to have started, either party's words are its account.)
      (ref.cand.agent !== 'unknown' || ref.cand.type === 'armed-clash') &&
      compatibleTypes(t.type, ref.cand.type);
    // The acting side naming a military target ("its jets struck "terrorist infrastructure"") of
    // a strike the report told, in another voice, as hitting civilians: its version of it.
    const justified =
      read === 'claim' &&
      STRIKES.has(type) &&
      !!who?.side &&
      !who.thirdParty &&
      (agent === 'unknown' || allied(who.side, agent)) &&
      JUSTIFIES.test(text.slice(t.start, clauses[ci].end)) &&
      !!victimsTold(ref, where.place.properties.id, earlier, who);
    const stance: Stance =
      (account && !allied(who.side!, ref.cand.agent)) || justified ? 'counterclaim' : read;
    // Otherwise, of the event told before, a sentence without a place tells only the other side's
    // version or a denial ("The army said it repelled the attack"), or confirms it; comments and
    // consequences ("the attack violated …", "thousands fled the bombing") are no account of it.
    if (
      ref &&
      !followOn &&
      !account &&
      stance !== 'denial' &&
      stance !== 'counterclaim' &&
      sp?.verb !== 'confirm'
    )
      continue;
    out.push({
      at: t.start,
      ...(ref && !followOn ? { referred: true } : {}),
      c: {
        article: ctx.id,
        outlet: ctx.outlet,
        type,
        place: where.place.properties.id,
        context: [...new Set([...mentions, where].map((m) => m.place.properties.id))].filter(
          (id) => id !== where.place.properties.id,
        ),
        date: date?.date ?? null,
        dateFrom: date?.from ?? null,
        dateWeak: (!own.length || joined) && !!date,
        ...(date && nearest === date && claimDay(text, nearest, t) ? { dateOfClaim: true } : {}),
        ...(date?.vague ? { dateVague: true } : {}),
        background:
          (background[ci] && !currentNearer(text, t, nearest, ctx.dateline)) ||
          recalled ||
          // An event dated weeks before the report is its history ("retaken on Nov. 11, 2022").
          (!!date && !!ctx.dateline && date.date < addDays(ctx.dateline, -HISTORY_DAYS)) ||
          (!!ref && ref.cand.background && !own.length),
        actors: uniqueActors(clauseActors.length ? clauseActors : actors),
        agent,
        ...(actedBy ? { agentActor: actorOf(actedBy) } : {}),
        figures: [],
        territory: [],
        attribution: who?.name ?? ctx.outlet,
        speakerSide: who?.side ?? null,
        stance,
        start: offset,
        end: offset + text.length,
        scope: sp
          ? { start: offset + Math.min(sp.from, sp.start), end: offset + Math.max(sp.to, sp.end) }
          : { start: offset, end: offset + text.length },
        trigger: { start: offset + t.start, end: offset + t.end },
        ...(part ? { part } : {}),
        ...(type === 'advance' && !t.counter
          ? { progress: advanceProgress(text.slice(t.start, t.end)) }
          : {}),
      },
    });
    // "seized checkpoints in Nawa and Jassem", "had taken Rastan and Talbiseh": one event per place.
    const first = out[out.length - 1].c;
    // Fronts too ("clashes on the fronts of A, B and C", "repelled attacks on A and B"), of towns
    // and quarters only: "fighting in Aleppo and Idlib" names provinces by their capitals' names.
    const listed = LISTED_TYPES.has(t.type) ? listedWith(text, mentions, where, clauses) : [];
    if ((t.counter || t.type === 'armed-clash') && [where, ...listed].some((m) => namesProvince(m.place)))
      listed.length = 0;
    for (const other of listed) {
      const id = other.place.properties.id;
      // (The attacker's version answers the strike told as hitting civilians there: "its jets hit
      // command centres in A and in B" after civilians were told killed in A is its claim of B.)
      const answers = !justified || (!!who && !!victimsTold(null, id, earlier, who));
      out.push({
        at: t.start,
        c: {
          ...first,
          ...(answers ? {} : { stance: read }),
          place: id,
          context: [...new Set([first.place, ...first.context])].filter((x) => x !== id),
          figures: [],
          territory: [],
        },
      });
    }
  }
  // "Its troops had recaptured X and inflicted heavy losses", "had taken the hills near X and shot
  // down a drone": a side telling its own capture tells one account of X; its other words there
  // are no defender's version of another event.
  for (let i = out.length - 1; i >= 0; i--) {
    const c = out[i].c;
    if (c.stance !== 'counterclaim') continue;
    const taken = out.some(
      (o) =>
        o.c.type === 'advance' &&
        o.c.stance === 'claim' &&
        o.c.place === c.place &&
        o.c.attribution === c.attribution &&
        !!o.c.speakerSide &&
        o.c.agent !== 'unknown' &&
        allied(o.c.speakerSide, o.c.agent),
    );
    if (taken) out.splice(i, 1);
  }
  // "Its forces carried out a planned redeployment", "had withdrawn from some positions for
  // tactical reasons": a side's own word for its withdrawal is also its version of the other
  // side's capture the report told there.
  for (const o of [...out]) {
    const c = o.c;
    if (c.type !== 'withdrawal' || c.stance !== 'claim' || c.background || !c.speakerSide) continue;
    if (!EUPHEMISM.test(text.slice(c.scope.start - offset, c.scope.end - offset))) continue;
    const taken = otherSidesCapture(earlier, c, (stance) => stance !== 'denial');
    if (!taken) continue;
    out.push({ at: o.at, referred: true, c: counterclaimOf(taken, c, []) });
  }
  // "Fighting is still going on around X, and our units hold their positions": a party telling
  // fighting where the other side said it took the place contests that capture (its version).
  for (const o of out) {
    const c = o.c;
    if (o.referred || c.type !== 'armed-clash' || c.background || c.stance !== 'claim' || !c.speakerSide)
      continue;
    if (!STILL_CONTESTED.test(text.slice(c.scope.start - offset, c.scope.end - offset))) continue;
    const taken = otherSidesCapture(earlier, c, (stance) => stance === 'claim');
    if (!taken) continue;
    o.referred = true;
    o.c = counterclaimOf(taken, c, c.figures);
  }
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
    const within = [
      ...new Set(
        mentions
          .filter(
            (m) => m.start >= 0 && clauseAt(clauses, m.start) === fc && m.place.properties.kind !== 'country',
          )
          .map((m) => m.place.properties.id),
      ),
    ];
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
  // "Rebels said they took the town, while the army denied it": a speaker whose part of the
  // sentence tells no event of its own answers the events the other voices told in it.
  for (const c of clauseReplies(text, offset, speakers, out))
    out.push({ c, at: c.trigger.start - offset, referred: true });
  // "Baku denied the account, saying …": the account denied is the other side's just told, even
  // when the speaker goes on to tell events of its own.
  if (main && main.verb === 'deny' && deniedAccount(text, main.at) >= 0) {
    const scope = { start: offset, end: offset + text.length };
    for (const r of recent) {
      const c = r.cand;
      if (c.background || c.stance !== 'claim') continue;
      if (main.who.side && c.speakerSide && allied(main.who.side, c.speakerSide)) continue;
      if (out.some((o) => o.c.place === c.place && o.c.stance === 'denial' && o.c.type === c.type)) continue;
      out.push({ c: replyRow(c, main, true, text, offset, scope), at: main.at, referred: true });
    }
  }
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

// Between a side and its count of ground: "now control", "still hold", "have taken", "seized".
const HOLDS =
  /^\s+(?:(?:now|still|already|reportedly|effectively|also)\s+)?(?:(?:control|controls|controlled|hold|holds|held|seized|captured|took|overran)|(?:have|has|had)\s+(?:now\s+|also\s+)?(?:taken|seized|captured|overrun|taken control of|gained))\s+(?:(?:control\s+of|over)\s+)?$/i;

/**
 * Counts of ground whose sentence tells no event ("the fighters now hold some 40 villages in the
 * two provinces"): kept when a side (or "they", the one who acted last) is the
 * subject of holding or taking them, with the areas named in its clause and the sentence's speaker.
 */
function heldGround(
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
    const within = [
      ...new Set(
        s.places
          .filter(
            (m) =>
              m.start >= 0 && clauseAt(s.clauses, m.start) === fc && m.place.properties.kind !== 'country',
          )
          .map((m) => m.place.properties.id),
      ),
    ];
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

// A reporting verb just before a day: "said on Wednesday", "said in a statement on Sunday".
const SAID_BEFORE_DAY =
  /\b(?:said|says|told|announced|claimed|stated|reported|confirmed|added)\s+(?:[\w'-]+\s+){0,5}$/i;

/** The day names when its speaker spoke, not when the event it reports happened ("said on Friday that …"). */
function claimDay(text: string, day: DateMention, t: Trigger): boolean {
  return day.end <= t.start && SAID_BEFORE_DAY.test(text.slice(Math.max(0, day.start - 48), day.start));
}

// Days told against the day named before: "the same day", "the day before", "the next day".
const RELATIVE_DAY =
  /\b(?:(?<same>the same (?:day|night|morning|afternoon|evening)|that (?:day|night))|(?<before>the (?:day|night) before|the previous (?:day|night)|a day earlier)|(?<after>the (?:next|following) (?:day|morning)|a day later))\b/gi;

function relativeDays(text: string, lastDay: string | null): DateMention[] {
  if (!lastDay) return [];
  return matchList(RELATIVE_DAY, text).map((m) => {
    const g = m.groups ?? {};
    const start = m.index ?? 0;
    const date = g.same ? lastDay : addDays(lastDay, g.before ? -1 : 1);
    return { start, end: start + m[0].length, date };
  });
}

/**
 * Whether the event's own current day stands nearer its words than the past year that made its
 * clause history ("groups that reconciled in 2018 rose up on Thursday and seized …").
 */
function currentNearer(
  text: string,
  t: Trigger,
  day: DateMention | undefined,
  dateline: string | null,
): boolean {
  if (!day || !dateline || (day.from ?? day.date) < addDays(dateline, -LONG_WINDOW_DAYS)) return false;
  const gap = (a: { start: number; end: number }) =>
    a.end <= t.start ? t.start - a.end : a.start >= t.end ? a.start - t.end : 0;
  const years = pastYears(text, dateline);
  return years.length > 0 && years.every((y) => gap(y) > gap(day));
}

// ("The militia", "the rebels" are no anaphors: they name the report's group themselves.)
const GROUP_ANAPHOR = /^(?:the )?group$/iu;

/**
 * The armed group an anaphoric denier ("the group") is: the one the report last
 * told acting in an event it may deny — not a state's forces, and not a speaker the report quoted.
 */
function accusedGroup(
  anaphor: string,
  recent: Referent[],
  earlier: Referent[],
  ctx: ReportContext,
): Actor | null {
  if (!GROUP_ANAPHOR.test(anaphor.trim())) return null;
  // A speaker the report already called a group ("the rights group said") is who "the group" is.
  if (ctx.sources.some((h) => /\bgroup\b/iu.test(h.name))) return null;
  const home = ctx.actors.home;
  for (const r of [...earlier, ...recent].reverse()) {
    const a = r.cand.agentActor;
    if (a && a.side !== 'unknown' && a.side !== home && !stateOf(a.sideName ?? a.name)) return a;
  }
  return null;
}

/** The first armed group (not a state, not a generic word) named before `at`, for "the group". */
function groupNamedBefore(
  anaphor: string,
  actors: ActorMention[],
  at: number,
  ctx: ReportContext,
): Actor | null {
  if (!GROUP_ANAPHOR.test(anaphor.trim())) return null;
  const home = ctx.actors.home;
  const a = actors.find(
    (x) =>
      x.end <= at && x.kind === 'group' && !x.generic && x.side !== home && !stateOf(x.sideName ?? x.name),
  );
  return a
    ? { side: a.side, name: a.sideName ?? a.name, ...(a.sideName ? { sideName: a.sideName } : {}) }
    : null;
}

/** A speaker's side from its name ("Syrian rebels"), else from all its words with its role. */
function sideOf(
  name: string,
  phrase: string,
  actorsOf: (t: string) => ActorMention[],
  home: Side | null,
): { side: Side | null; thirdParty: boolean; withOutsiders?: boolean } {
  const byName = speakerSide(name, actorsOf, home);
  // "Factions of the Syrian National Army said": a generic head is the group named after it
  // (not one it is opposed to: "rebels opposed to the president").
  const named = (t: string) => actorsOf(t).some((a) => !a.generic && a.kind !== 'civilians');
  const head = actorsOf(phrase)[0];
  if (byName.side && !named(name) && head && head.start <= 4 && !head.generic && head.kind !== 'civilians')
    return { side: head.side, thirdParty: false };
  // (Outsiders named with a party, "local aid workers and the rebel army", tell the party's claim.)
  const byPhrase = byName.side ? null : speakerSide(phrase, actorsOf, home);
  if (byName.thirdParty && byPhrase?.side && byPhrase.withOutsiders) return byPhrase;
  return byName.side || byName.thirdParty ? byName : byPhrase!;
}

// Between places of one list: "A and B", "A, B and the town of C", "A and the nearby village of B".
const PLACE_GLUE =
  /^\s*(?:itself\s*)?(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)(?:(?:in|at|near|on)\s+)?(?:the\s+)?(?:(?:neighbouring|neighboring|nearby|border|southern|northern|eastern|western|central|key|strategic)\s+)?(?:(?:town|city|village|towns|villages|district|neighbou?rhood|camp)\s+of\s+|capital\s+)?$/i;
const LISTED_TYPES = new Set([
  'advance',
  'withdrawal',
  'airstrike',
  'shelling',
  'closure',
  'explosion',
  'armed-clash',
]);
const LIST_KINDS = new Set(['settlement', 'neighbourhood', 'landmark', 'admin2']);

/** A town whose name is also its province's ("Idlib", "Kherson"): a front so named may be either. */
function namesProvince(p: PlaceFeature): boolean {
  return p.properties.alternatives.some(
    (a) => /^sm:adm1:/u.test(a.gazetteerId) && a.name.startsWith(p.properties.name.split(' ')[0]),
  );
}

/**
 * The other places listed with the chosen one after a verb ("took A, B and C"): each is its own
 * event. Not "between A and B" or "from A to B", which name a stretch.
 */
function listedWith(
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

// A pronoun standing as the subject right before the event's words ("they had taken", "it then seized").
const PRONOUN_SUBJECT =
  /(?:^|[^\w'])(?:they|it)\s+(?:(?:had|have|has|then|also|later|quickly|\w+ly)\s+){0,2}$/i;
const MOVED = /^(?:arriv|mov|swept|sweeping|pour|flood|cross)/i;
// "forcing families to flee", "sending thousands of residents fleeing": people, not the armed men.
const PEOPLE_FLEE =
  /\b(?:people|families|residents|civilians|refugees|villagers|inhabitants|households|thousands|hundreds)\s+(?:(?:to|had|have|were|was|of|their|homes|\w+ly)\s+)*$/i;
const PEOPLE_BEFORE =
  /\b(?:people|families|residents|civilians|refugees|displaced|villagers|inhabitants|households|thousands|hundreds|tens of thousands)\b/i;

// A clause that starts on its verb ("before pulling out", ", retaking the city", "and then withdrew").
const NO_SUBJECT =
  /^\W*(?:(?:and|then|before|after|while|since|when|later|also)\s+)*(?:[a-z]+ing|[a-z]+ed)\b/i;

const LIST_GLUE =
  /^\s*(?:,\s*)?(?:and|or|as well as|along with|together with)\s+(?:the\s+)?(?:[a-z-]+\s+)?$/i;

/** Of "soldiers and militiamen retreated", "Sudan's army and allied fighters entered": the first named. */
function firstOfList(text: string, actors: ActorMention[], last: ActorMention): ActorMention {
  let i = actors.indexOf(last);
  while (i > 0 && LIST_GLUE.test(text.slice(actors[i - 1].end, actors[i].start))) i--;
  return i >= 0 ? actors[i] : last;
}

/**
 * Whose attack the defender's words tell: the actor after them ("repelled an advance by
 * rebels"), or before a passive ("extremist groups … had been repulsed by security forces").
 */
function counterAgent(
  text: string,
  actors: ActorMention[],
  t: Trigger,
  defender: Side | null,
): ActorMention | null {
  // (The defender speaking is not the attacker: "the army said rockets were intercepted".)
  const armed = actors.filter((a) => a.side !== 'civilians' && !(defender && allied(a.side, defender)));
  if (/\b(?:been|was|were|being)\s+(?:\W\s*)?$/i.test(text.slice(Math.max(0, t.start - 14), t.start)))
    return armed.filter((a) => a.end <= t.start).pop() ?? null;
  return armed.find((a) => a.start >= t.end) ?? null;
}

// What came next: "Ground forces then seized …", "… later withdrew".
// A verb in the past: "seized", "overran", "struck".
const TOLD_DONE =
  /^(?:\w+ed|took|overran|struck|hit|shot|fought|fled|withdrew|blew|fell|swept|drove|sent|left|set)\b/i;
// (Not "since then", a time.)
const SEQUENCE = /(?<!\bsince )\b(?:then|later|afterwards|subsequently|next)\b/i;
// A sentence opening on the event just told, by its definite noun: "The attacks came …", "The
// assault was repelled …" (not "The army attacked …").
const RESUMED_EVENT =
  /^\W*(?:the|these|those|this|that)\s+(?:(?:[\w-]+|\d+)\s+)?(?:attacks?|assaults?|offensive|raids?|push|incursions?|fighting)\b/i;
// "The heaviest strikes hit X": the strikes just told, when they are the event's own words (not "The
// strikes followed an attack on …", another event).
const RESUMED_STRIKES =
  /^\W*(?:the|these|those)\s+(?:(?:[\w-]+|\d+)\s+)?(?:(?:air ?)?strikes|bombardment|shelling)\b/i;

// "were deployed", "had been shelled": the event's words in the passive.
const PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$/i;
const UNDER_FIRE = /^(?:came|come|comes|coming) under\b/i;

const NO_SPAN = { start: -1, end: -1, kind: 'group' as const, generic: false };

// Words that stop what flies ("intercepted", "shot down") rather than what comes on the ground.
const INTERCEPTS = /^(?:intercept|shot down|brought down)/i;
const STRIKES: ReadonlySet<string> = new Set(['airstrike', 'shelling', 'explosion']);
const ATTACKS: ReadonlySet<string> = new Set(['advance', 'armed-clash']);

// A side's own words for giving ground: a redeployment, a tactical or orderly withdrawal.
// Where people left, told without a name, before where they went: "left villages in the hills
// for", "left their homes near the border for camps around".
// "the area" standing for a place already told ("withdrew from the area", "fighting in the area").
const THE_AREA =
  /^\s+(?:[\w'-]+\s+){0,2}?(?:from|in|around|across|into|out of)\s+the\s+(?:area|zone|sector|vicinity)\b(?!\s+(?:of|around|near|between)\b)/i;
const UNNAMED_ORIGIN =
  /^\s+(?:their\s+|the\s+|several\s+|many\s+)?(?:[\w-]+\s+){0,2}?(?:homes?|villages?|islands?|camps?|farms?|settlements?|hamlets?)\b[^,;]{0,50}?\b(?:for|to|towards?)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i;
// The defender's words about an attack by its definite noun: "repelled the attack", "their assault".
const DEFINITE_ATTACK =
  /^\s+(?:the|this|that|their|its)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|assaults?|offensive|raids?|incursions?|onslaught)\b/i;
// A spokesman with no body of his own ("A spokesman, Jane Doe,", "its spokeswoman"), or the
// head of the body just named ("its commander-in-chief").
const BARE_SPOKESMAN =
  /^(?:[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3},\s*)?(?:an?|the|its|their|one)\s+(?:(?:senior|chief|deputy)\s+)?spokes(?:man|woman|person)$|^(?:an?|the|its|their|one)\s+(?:(?:senior|chief|deputy)\s+)?spokes(?:man|woman|person),?\s+(?:[A-Z][\w'.-]*\s*){1,4}$|^(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:commander(?:-in-chief)?|leader|chief|head|officials?|representative|envoy)$/i;
// The defender's words that a place the other side claims is still fought over, or held.

/** The latest capture of `c`'s place told earlier by a side not allied with `c`'s speaker. */
function otherSidesCapture(
  earlier: readonly { cand: IncidentCandidate }[],
  c: IncidentCandidate,
  stanceOk: (stance: IncidentCandidate['stance']) => boolean,
): IncidentCandidate | undefined {
  for (let i = earlier.length - 1; i >= 0; i--) {
    const r = earlier[i]!.cand;
    if (
      r.type === 'advance' &&
      r.place === c.place &&
      !r.background &&
      stanceOk(r.stance) &&
      r.agent !== 'unknown' &&
      !allied(r.agent, c.speakerSide!)
    )
      return r;
  }
  return undefined;
}

/** `c`'s words as its speaker's version (counter-claim) of the capture `taken`. */
function counterclaimOf(
  taken: IncidentCandidate,
  c: IncidentCandidate,
  figures: IncidentCandidate['figures'],
): IncidentCandidate {
  const capture: IncidentCandidate = { ...taken };
  delete capture.progress;
  return {
    ...capture,
    figures,
    territory: [],
    attribution: c.attribution,
    speakerSide: c.speakerSide,
    stance: 'counterclaim',
    start: c.start,
    end: c.end,
    scope: c.scope,
    trigger: c.trigger,
  };
}

const STILL_CONTESTED =
  /\b(?:still|continu(?:e|es|ed|ing)\s+to|going\s+on|goes\s+on|under\s+way|ongoing|raging|rages)\b|\b(?:hold|holds|holding|held|remain|remains|remained)\s+(?:in\s+)?(?:the\s+line|(?:their|its|our)\s+(?:positions?|ground|lines?)|positions?)\b/i;
const EUPHEMISM = /\bredeploy\w*|\breposition\w*|\btactical\b|\bin good order\b|\bplanned withdrawal\b/i;

// Military targets as an attacker names them.
const JUSTIFIES =
  /\b(?:terrorists?|militants?|military (?:targets?|sites?|objectives?|infrastructure)|command(?: and control)? (?:centres?|centers?|posts?)|weapons|ammunition|arms depots?|launchers?|launch (?:sites?|pads?)|operatives?)\b/i;

/**
 * The strike at `place` (or the one just told) that another voice than the speaker's told as
 * hitting civilians: what the attacker's naming of a military target answers.
 */
function victimsTold(
  ref: Referent | null,
  place: string,
  earlier: Referent[],
  who: KnownSpeaker,
): Referent | null {
  const fits = (r: Referent) =>
    !!r.civilian &&
    STRIKES.has(r.cand.type) &&
    !r.cand.background &&
    r.cand.attribution !== who.name &&
    !(r.cand.speakerSide && who.side && allied(r.cand.speakerSide, who.side));
  if (ref) return fits(ref) ? ref : null;
  for (let i = earlier.length - 1; i >= 0; i--)
    if (earlier[i].cand.place === place && fits(earlier[i])) return earlier[i];
  return null;
}

/** Whether the defender's words `t` can counter an event of this type. */
function counters(text: string, t: Trigger, type: string): boolean {
  return (INTERCEPTS.test(text.slice(t.start, t.end)) ? STRIKES : ATTACKS).has(type);
}

/**
 * The attack the report told at `place` that the defender's words answer: the last one there
 * not told as denied, by a side other than the speaker's.
 */
function counteredAt(
  text: string,
  t: Trigger,
  place: string,
  earlier: Referent[],
  who: KnownSpeaker | null,
): Referent | null {
  for (let i = earlier.length - 1; i >= 0; i--) {
    const c = earlier[i].cand;
    if (c.place !== place || c.background || c.stance === 'denial' || c.stance === 'counterclaim') continue;
    if (!counters(text, t, c.type)) continue;
    if (who?.side && c.agent !== 'unknown' && allied(who.side, c.agent)) continue;
    return earlier[i];
  }
  return null;
}

/**
 * The report's last event a party's place-less words can tell of, when the last sentences told
 * none: the defender's words answer the other side's last attack (or strike, for "intercepted"),
 * others the last event of their kind.
 */
function lastOfKind(t: Trigger, earlier: Referent[], text: string, side: Side): Referent | null {
  for (let i = earlier.length - 1; i >= 0; i--) {
    const c = earlier[i].cand;
    if (c.background || c.stance === 'denial') continue;
    if (t.counter) {
      if (!counters(text, t, c.type) || c.agent === 'unknown' || allied(side, c.agent)) continue;
    } else if (c.type !== t.type) continue;
    return earlier[i];
  }
  return null;
}

/**
 * The recent event a sentence without a place of its own tells more of: one its trigger may
 * describe (the same type, fighting beside an advance, the defender's version of an attack),
 * else the first told.
 */
function referentOf(
  t: Trigger,
  recent: Referent[],
  text: string,
  earlier?: () => Referent | null,
): Referent | null {
  const fits = (r: Referent) =>
    t.counter
      ? (INTERCEPTS.test(text.slice(t.start, t.end)) ? STRIKES : GROUND_TYPES).has(r.cand.type)
      : compatibleTypes(t.type, r.cand.type);
  return recent.find(fits) ?? earlier?.() ?? recent[0] ?? null;
}

// A reply with no event words of its own: "dismissed the reports as lies", "the town remained
// under army control", "called the account false".
const DENIES =
  /\b(?:denied|denies|deny|denying|dismissed|dismisses|rejected|rejects|refuted|refutes)\b|\b(?:false|untrue|baseless|fabricated|fabrications?|lies|propaganda|fake news|unfounded)\b|\b(?:remains?|remained|still|firmly)\s+(?:firmly\s+|fully\s+)?(?:in|under)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}(?:control|hands)\b|\bstill\s+(?:holds?|held|controls?|controlled)\b|\b(?:forces|troops|soldiers|fighters|units|men|army)\s+(?:and\s+(?:their|its|our)\s+allies\s+)?(?:still\s+)?(?:remains?|remained)\s+(?:deployed|stationed|present|in\s+position|in\s+place|entrenched)\b/i;

/**
 * The reply a sentence without event words makes to the events of the sentence before: a
 * denial ("The ministry dismissed the reports.") or a confirmation ("The UN confirmed the
 * attack."), one row per event it answers, spoken by its own speaker. Only a sentence with a
 * speaker replies; one naming places answers only the events there.
 */
function responseTo(
  text: string,
  offset: number,
  named: LocatedMention[],
  speakers: (Speaker & { who: KnownSpeaker })[],
  recent: Referent[],
  earlier: Referent[] = [],
): IncidentCandidate[] {
  if (!recent.length && !named.length) return [];
  const sp = speakers.find((s) => s.depth === -1) ?? speakers.find((s) => s.depth === 0);
  if (!sp) return [];
  const places = new Set(named.map((m) => m.place.properties.id));
  const there = (rs: Referent[]) => (places.size ? rs.filter((r) => toldAt(r, places)) : rs);
  // "X denied the claim, saying its men still held Y": the claim is the other side's just told,
  // wherever the denial's own words are, and no event told in another voice.
  const claims = CLAIM_OBJECT.test(text)
    ? recent.filter(
        (r) =>
          r.cand.stance === 'claim' &&
          !(sp.who.side && r.cand.speakerSide && allied(sp.who.side, r.cand.speakerSide)),
      )
    : [];
  const answered = claims.length ? (there(claims).length ? there(claims) : claims) : there(recent);
  // One speaker replies for the sentence; several ("X said …, a claim Y dismissed") each for
  // their own part.
  // (One row per speaker: "X denied the claim, saying …" is one voice.)
  // (A quotation whose only speaker is "he", "she", "the official": that speaker, as resolved.)
  const voiced =
    sp.depth === -1
      ? [sp]
      : speakers.filter(
          (s, i, all) =>
            s.depth === 0 && !s.anaphoric && all.findIndex((o) => o.who.name === s.who.name) === i,
        );
  const voices = voiced.length ? voiced : [sp];
  const whole = voices.length < 2;
  return voices.flatMap((v) => {
    const part = whole ? text : text.slice(v.from, v.to);
    const denial = isDenial(part, v);
    const scope = whole
      ? { start: offset, end: offset + text.length }
      : { start: offset + Math.min(v.from, v.start), end: offset + Math.max(v.to, v.end) };
    if (denial || v.verb === 'confirm')
      return answered.map(({ cand }) => replyRow(cand, v, denial, text, offset, scope));
    // The attacker's own words for a strike told as hitting civilians ("its forces had struck "a
    // weapons depot"", "it had hit "terrorist targets""): its version of it.
    if (!v.who.side || v.who.thirdParty || !STRUCK.test(part) || !JUSTIFIES.test(part))
      return AFTERMATH.test(part)
        ? harmed(answered, places, earlier).map(({ cand }) => replyRow(cand, v, false, text, offset, scope))
        : [];
    return answered
      .filter((r) => r.cand.agent === 'unknown' || allied(v.who.side!, r.cand.agent))
      .filter((r) => victimsTold(r, r.cand.place, [], v.who))
      .map(({ cand }) => ({
        ...replyRow(cand, v, false, text, offset, scope),
        stance: 'counterclaim' as const,
      }));
  });
}

const STRUCK = /\b(?:struck|hit|targeted|attacked|bombed|shelled)\b/i;
// The counter words that only tell the other side's toll ("inflicted heavy losses").
const LOSSES = /\b(?:losses|casualties)\b/i;
// What an attack left behind, told with no event word: "a man was hurt by shrapnel", "crews
// were digging through the rubble", "sirens sounded", "the shooting went on for hours".
const AFTERMATH =
  /\b(?:hurt|wounded|injured|injur(?:y|ies)|rubble|debris|craters?|shrapnel|sirens?|damaged|shooting)\b/i;

/**
 * The attacks a sentence telling only their aftermath speaks of: those just told (at the places
 * it names, if any), else, when it names a place, the last attack told there earlier.
 */
function harmed(answered: Referent[], places: ReadonlySet<string>, earlier: Referent[]): Referent[] {
  const violent = (r: Referent) =>
    !r.cand.background && (VIOLENT_TYPES.has(r.cand.type) || r.cand.type === 'civilian-casualties');
  const now = answered.filter(violent);
  if (now.length || !places.size) return now;
  const before = earlier.filter((r) => violent(r) && toldAt(r, places)).pop();
  return before ? [before] : [];
}
// A denial of what another voice said: "denied the claim", "rejected these reports", "denied it".
const CLAIM_OBJECT =
  /\b(?:denied|denies|dismissed|dismisses|rejected|rejects|refuted|disputed)\s+(?:(?:the|this|that|these|those|such|its|their|his|her)\s+(?:\w+\s+)?(?:claims?|reports?|accounts?|allegations?|statements?|assertions?)\b|it\b)/i;

/** Where the words a denial names as its object end ("denied the account", "rejected the claim"), else -1. */
function deniedAccount(text: string, at: number): number {
  const m = CLAIM_OBJECT.exec(text.slice(at, at + 60));
  return m && m.index === 0 ? at + m[0].length : -1;
}

/** Whether a speaker's words deny ("denied", "dismissed the reports", "remained under army control"). */
function isDenial(text: string, sp: Pick<Speaker, 'verb'>): boolean {
  return sp.verb === 'deny' || DENIES.test(text);
}

/** One speaker's reply to an event: its denial, or its confirmation (its own side's claim). */
function replyRow(
  cand: IncidentCandidate,
  sp: Speaker & { who: KnownSpeaker },
  denial: boolean,
  text: string,
  offset: number,
  scope: { start: number; end: number },
): IncidentCandidate {
  const who = sp.who;
  return {
    ...cand,
    figures: [],
    territory: [],
    attribution: who.name,
    speakerSide: who.side,
    stance: denial
      ? 'denial'
      : who.side && cand.agent !== 'unknown' && allied(who.side, cand.agent)
        ? 'claim'
        : 'confirmation',
    start: offset,
    end: offset + text.length,
    scope,
    trigger: {
      start: offset + sp.at,
      end: offset + sp.at + (/^[\w-]+/.exec(text.slice(sp.at))?.[0].length ?? 1),
    },
  };
}

/** Whether an event was told at one of `places`, or at an edge or outskirts of one. */
function toldAt(r: Referent, places: ReadonlySet<string>): boolean {
  return places.has(r.cand.place) || places.has(r.place.properties.relativeTo?.placeId ?? '');
}

/**
 * The events a denial with no event of its own answers when the report told them sentences
 * before: at the places it names, else those of a side other than the speaker's; of these, the
 * ones told last (one sentence's).
 */
function deniable(earlier: Referent[], side: Side | null, scene: LocatedMention[]): Referent[] {
  const places = new Set(scene.map((m) => m.place.properties.id));
  let pool = earlier.filter((r) => !r.cand.background && r.cand.stance !== 'denial');
  if (places.size) pool = pool.filter((r) => toldAt(r, places));
  else if (side) {
    const other = pool.filter((r) => r.cand.agent !== 'unknown' && !allied(side, r.cand.agent));
    if (other.length) pool = other;
  }
  const last = pool[pool.length - 1];
  return last ? pool.filter((r) => r.cand.start === last.cand.start) : [];
}

/**
 * The rows of speakers whose part of the sentence tells no event of its own ("…, while the army
 * denied it", "…, which a monitor confirmed"): each answers the events other voices told in the
 * sentence, over its own part only.
 */
function clauseReplies(
  text: string,
  offset: number,
  speakers: (Speaker & { who: KnownSpeaker })[],
  out: { c: IncidentCandidate; at: number; referred?: boolean }[],
): IncidentCandidate[] {
  const replies: IncidentCandidate[] = [];
  if (out.length === 0 || speakers.length < 2) return replies;
  const voice = (name: string | null) => (name ?? '').replace(/ \(to [^)]+\)$/u, '').toLowerCase();
  for (const sp of speakers) {
    if (sp.depth < 0 || sp.anaphoric) continue;
    if (out.some((o) => o.at >= sp.from && o.at < sp.to)) continue;
    const part = text.slice(sp.from, sp.to);
    const denial = isDenial(part, sp);
    if (!denial && sp.verb !== 'confirm') continue;
    const scope = { start: offset + Math.min(sp.from, sp.start), end: offset + Math.max(sp.to, sp.end) };
    for (const o of out) {
      if (o.c.background || voice(o.c.attribution) === voice(sp.who.name)) continue;
      replies.push(replyRow(o.c, sp, denial, text, offset, scope));
    }
  }
  return replies;
}

function actorOf(a: ActorMention): Actor {
  return a.sideName ? { side: a.side, name: a.name, sideName: a.sideName } : { side: a.side, name: a.name };
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
  // Nor is people fleeing: "attacked the town, forcing families to flee" tells the attack too.
  const strongIn = new Set(
    all.filter((t) => !t.weak && t.type !== 'civilian-casualties' && t.type !== 'displacement').map(clauseOf),
  );
  const reinforced = new Set(all.filter((t) => t.type === 'reinforcement').map(clauseOf));
  // (What stops things that fly, "shot down a drone", says nothing of the ground: "had taken the
  // hills and shot down a drone" took the hills.)
  // ("recaptured the town and inflicted heavy losses": the losses are told of the capture, which
  // stays; only the defender's own words, "repelled", "pushed back", silence a capture.)
  const captured = new Set(
    all.filter((t) => t.type === 'advance' && !t.weak && !t.counter && !t.loss).map(clauseOf),
  );
  const tollOnly = (t: Trigger) => LOSSES.test(text.slice(t.start, t.end)) && captured.has(clauseOf(t));
  const countered = new Set(
    all
      .filter((t) => t.counter && !INTERCEPTS.test(text.slice(t.start, t.end)) && !tollOnly(t))
      .map(clauseOf),
  );
  const seen = new Set<string>();
  const kept: Trigger[] = [];
  for (const t of all) {
    const ci = clauseOf(t);
    if (t.weak && strongIn.has(ci)) continue;
    if (t.counter && tollOnly(t)) continue;
    // The defender's version ("repelled an attack and inflicted losses") is one counter-claim.
    if (countered.has(ci) && !t.counter && (t.type === 'armed-clash' || t.type === 'advance')) continue;
    // Reinforcements "arrived in" a town: that is the reinforcement, not an advance.
    if (t.type === 'advance' && reinforced.has(ci) && /^arriv/i.test(text.slice(t.start, t.end))) continue;
    // "forced the attackers to pull back": the defender's version of the fight, not a withdrawal.
    if (t.type === 'withdrawal' && all.some((c) => c.counter && c.start <= t.start && t.end <= c.end))
      continue;
    // "troops fighting alongside the army": whose side they are on, not a fight there.
    if (
      t.type === 'armed-clash' &&
      /^\s+(?:alongside|beside|on the side of)\b/i.test(text.slice(t.end, t.end + 20))
    )
      continue;
    // "took the town without a fight": no fight.
    if (/\bwithout\s+(?:a\s+|any\s+)?$/i.test(text.slice(Math.max(0, t.start - 12), t.start))) continue;
    // "aid to thwart the rebels": a purpose, not a result.
    if (t.counter && /\bto\s+$/i.test(text.slice(Math.max(0, t.start - 4), t.start))) continue;
    // "since the clashes began", "since the start of the offensive": a time, not an event there.
    if (
      SINCE_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start)) &&
      (/^\s+(?:\w+\s+)?(?:began|begun|started|erupted|broke out|flared)\b/i.test(
        text.slice(t.end, t.end + 30),
      ) ||
        /\bstart\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i.test(text.slice(Math.max(0, t.start - 24), t.start)))
    )
      continue;
    // Things planned, agreed or avoided ("agreed to withdraw", "set to begin arriving") did not happen.
    // (A withdrawal its side announces, "will move its fighters out of the city", is told: the
    // side says it is leaving, unless only on a condition.)
    const irrealis = IRREALIS.exec(text.slice(Math.max(clauses[ci].start, t.start - 40), t.start));
    if (
      irrealis &&
      !(
        t.type === 'withdrawal' &&
        /^will\s+(?:\w+ly\s+)?$/i.test(irrealis[0]) &&
        !/\b(?:if|unless|once|when|until)\b/i.test(text.slice(clauses[ci].start, clauses[ci].end))
      )
    )
      continue;
    // One per type and clause, and per part of a clause a reporting verb opens ("rebels who took A
    // said they had taken B").
    const part = matchList(THAT_OR_SAID, text.slice(clauses[ci].start, t.start)).length;
    const key = `${t.type}|${t.counter ? 'counter' : ''}|${ci}|${part}`;
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

// The actor that acts: the nearest actor before the trigger after the last "that"/reporting verb
// ("an official denied that rebels entered"), else the first in the clause, else "by X" after it.
function agentOf(text: string, actors: ActorMention[], clauseStart: number, t: Trigger): ActorMention | null {
  // An actor after a preposition ("clashes with regime forces", "close to Turkey") is not the
  // subject, nor one that was killed ("three peacekeepers were killed in the fighting").
  const armed = actors.filter(
    (a) =>
      a.side !== 'civilians' &&
      !OBJECT_OF.test(text.slice(Math.max(0, a.start - 30), a.start)) &&
      !VICTIM.test(text.slice(a.end, a.end + 60)),
  );
  // "soldiers … were ambushed", "a helicopter came under fire": the subject was the target; only
  // "by X" after the words names who acted.
  const target =
    t.type !== 'reinforcement' &&
    (PASSIVE_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start)) ||
      UNDER_FIRE.test(text.slice(t.start, t.end)));
  if (target) return passiveAgent(text, actors, t);
  let from = clauseStart;
  THAT_OR_SAID.lastIndex = 0;
  for (const m of matchList(THAT_OR_SAID, text.slice(clauseStart, t.start)))
    from = clauseStart + (m.index ?? 0);
  // "Russian airstrikes", "Russian and Syrian air forces … strikes": an actor in the event's own
  // noun phrase acted, whatever preposition stands before it.
  const own = actors
    .filter((a) => a.side !== 'civilians' && a.start < t.start && t.start - a.end <= 30)
    .filter((a) => a.end > t.start || NOUN_PHRASE_GAP.test(text.slice(a.end, t.start)))
    .pop();
  // ("Burundian troops fighting alongside Congolese forces pulled out": the allies named with the
  // subject did not act in its words; the subject did.)
  const head =
    own && own.end <= t.start && COMITATIVE.test(text.slice(Math.max(0, own.start - 30), own.start))
      ? armed.filter((a) => a.start >= from && a.end <= own.start).pop()
      : undefined;
  if (head) return firstOfList(text, armed, head);
  if (own) return firstOfList(text, actors, own);
  // The subject usually stands right before its verb: the nearest actor after "that"/"said";
  // of "soldiers and militiamen retreated", the first named.
  const near = armed.filter((a) => a.start >= from && a.end <= t.start).pop();
  if (near) return firstOfList(text, armed, near);
  // (Not one that only speaks: "Ukrainian officials said Russian bombs …".)
  const first = armed.find((a) => a.end <= t.start && !SPEAKS.test(text.slice(a.end, a.end + 40)));
  if (first) return first;
  return passiveAgent(text, actors, t);
}

// "shells fired by the paramilitary RSF": the agent of a passive, after its preposition.
function passiveAgent(text: string, actors: ActorMention[], t: Trigger): ActorMention | null {
  return (
    actors.find(
      (a) => a.side !== 'civilians' && a.start >= t.end && PASSIVE_AGENT.test(text.slice(t.end, a.start)),
    ) ?? null
  );
}

// The words that may open a sentence before its subject ("But the army …", "On Friday, the army …").
const BEFORE_SUBJECT =
  /^\s*(?:(?:but|however|yet|and|meanwhile|instead)\b[\s,]*)?(?:(?:on|late on|early on|by)\s+\w+day[\s,]+)?(?:the\s+)?$/iu;

/**
 * The armed body a sentence opens with as its subject ("The army offered another version."), as
 * the speaker "it" or "they" in the next sentence would be; null when the sentence opens otherwise.
 */
function openingBody(text: string, actors: ActorMention[]): KnownSpeaker | null {
  const a = actors.find((x) => x.kind !== 'civilians');
  if (!a || !BEFORE_SUBJECT.test(text.slice(0, a.start))) return null;
  // Its verb follows: "The army's statement …" opens with a statement, not the army.
  if (!/^\s+(?:[a-z]+ly\s+)?[a-z]+/u.test(text.slice(a.end)) || /^['’]s\b/u.test(text.slice(a.end)))
    return null;
  return { name: canonicalSource(text.slice(a.start, a.end)), known: false, side: a.side, thirdParty: false };
}

/** Whether a pronoun can stand for a body so named: "it" for one ("the army"), "they" for many ("rebels"). */
function pronounFor(pronoun: string, name: string): boolean {
  const p = pronoun.trim().toLowerCase();
  // (A group's proper name may be either: "the Rapid Support Forces said it …" or "… they …".)
  const plural = /s$/u.test(name) && !/^[A-Z]+s?$/u.test(name);
  const proper = /^[A-Z]/u.test(name);
  return (p === 'it' && (!plural || proper)) || (p === 'they' && plural);
}
