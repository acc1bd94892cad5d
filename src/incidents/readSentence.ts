// One sentence of a report → incident candidates. Each stage is its own module; this file wires
// them: triggers pick the events, then each event gets its place, date, actors, figures, speaker
// and stance from the words around it.
import type { Figure, Side, Stance } from '../types/model.ts';
import type { IncidentCandidate } from './extractIncidents.ts';
import type { KnownSpeaker, Referent, ReportContext } from './reportContext.ts'; // what one sentence hands the next
import { clauseAt, splitClauses, THAT_OR_SAID } from './sentence/clauses.ts'; // sentence → clauses
import { advanceProgress, compatibleTypes } from './sentence/taxonomy.ts'; // words → incident types
import { selectTriggers } from './sentence/selectTriggers.ts'; // the triggers worth an incident
import { addDays, findDates, subordinateOffset } from './sentence/dates.ts'; // "on Friday" → 2024-11-29
import type { DateMention } from './sentence/dates.ts';
import { claimDay, currentNearer, LONG_WINDOW_DAYS, relativeDays } from './sentence/relativeDays.ts'; // "the next day"
import { backgroundClauses } from './sentence/background.ts'; // "in 2016" → history
import { allied, uniqueActors } from './voices/actors.ts'; // "Israeli warplanes", "RSF" → sides
import type { ActorMention } from './voices/actors.ts';
import { sentenceSpeakers } from './voices/sentenceSpeakers.ts'; // who speaks, as the report knows them
import { actorOf, agentOf, counterAgent, NO_SPAN, PASSIVE_BEFORE, reportActors } from './voices/agents.ts'; // who did it
import { sideLabel } from './voices/states.ts'; // 'rsf' → "Rapid Support Forces"
import { findFigures, isTerritorial } from './sentence/figures.ts'; // "at least 27 civilians" → figure
import type { FigureMention } from './sentence/figures.ts';
import { heldGround } from './sentence/heldGround.ts'; // "now hold some 40 villages"
import type { HeldGround } from './sentence/heldGround.ts';
import { speakerAt } from './voices/speakers.ts'; // who speaks for which words
import { stanceOf } from './voices/stance.ts'; // denial, counter-claim, confirmation, claim, report
import {
  counterclaimOf,
  clauseReplies,
  deniedAccount,
  EUPHEMISM,
  isDenial,
  JUSTIFIES,
  replyRow,
  responseTo,
  STILL_CONTESTED,
} from './voices/replies.ts'; // denials, confirmations, counter-claims of events told before
import {
  counteredAt,
  counters,
  deniable,
  GROUND_TYPES,
  lastOfKind,
  otherSidesCapture,
  referentOf,
  STRIKES,
  victimsTold,
} from './sentence/referents.ts'; // which event told before the words speak of
import { anaphoraMentions, chooseLocation, isDestination, speakersSeat } from './sentence/location.ts'; // trigger → place
import type { LocatedMention } from './sentence/location.ts';
import { LISTED_TYPES, listedWith, namesProvince } from './sentence/placeLists.ts'; // "took A, B and C"
import { matchList } from '../geoparse/util/matchList.ts'; // every match, without matchAll's recompiling

// The speaker's own forces, or the speaker as subject, doing the deed.
const SELF_SUBJECT =
  /\b(?:(?:its|their|our|his|her)\s+(?:own\s+)?(?:forces|troops|fighters|units|men|soldiers|army|navy|aircraft|jets|drones|warplanes|air force|artillery|gunners|militants|members)|(?:said|says|claimed|claims|announced|confirmed|stated)\s+(?:(?:on|in)\s+(?:an?\s+|the\s+|its\s+|their\s+)?\w+(?:\s+(?:on|in)\s+\w+)?\s+)?(?:that\s+)?(?:it|they|we))\b[^,;]{0,60}$/i;

// Unnamed parts of a town: "several neighbourhoods of the city", "key areas of the city".
const PARTS = /\b(?:neighbou?rhoods|districts|quarters|parts|areas|sections)\b/i;

// "… and were combing", "… and then moved": the clause goes on with another verb.
const NEXT_VERB = /\band\s+(?:were|was|are|is|had|have|has|then|later|also|\w+ed|\w+ing)\b/i;

/** Events this many days or more before the dateline are history, not the news. */
const HISTORY_DAYS = 14;

/** Fewer places than this taken at once lie around the place named with them. */
const FEW_PLACES = 10;

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

// A verb in the past: "seized", "overran", "struck".
const TOLD_DONE =
  /^(?:\w+ed|took|overran|struck|hit|shot|fought|fled|withdrew|blew|fell|swept|drove|sent|left|set)\b/i;

// What came next: "Ground forces then seized …", "… later withdrew". (Not "since then", a time.)
const SEQUENCE = /(?<!\bsince )\b(?:then|later|afterwards|subsequently|next)\b/i;

// A sentence opening on the event just told, by its definite noun: "The attacks came …", "The
// assault was repelled …" (not "The army attacked …").
const RESUMED_EVENT =
  /^\W*(?:the|these|those|this|that)\s+(?:(?:[\w-]+|\d+)\s+)?(?:attacks?|assaults?|offensive|raids?|push|incursions?|fighting)\b/i;

// "The heaviest strikes hit X": the strikes just told, when they are the event's own words (not "The
// strikes followed an attack on …", another event).
const RESUMED_STRIKES =
  /^\W*(?:the|these|those)\s+(?:(?:[\w-]+|\d+)\s+)?(?:(?:air ?)?strikes|bombardment|shelling)\b/i;

// "the area" standing for a place already told ("withdrew from the area", "fighting in the area").
const THE_AREA =
  /^\s+(?:[\w'-]+\s+){0,2}?(?:from|in|around|across|into|out of)\s+the\s+(?:area|zone|sector|vicinity)\b(?!\s+(?:of|around|near|between)\b)/i;

// Where people left, told without a name, before where they went: "left villages in the hills
// for", "left their homes near the border for camps around".
const UNNAMED_ORIGIN =
  /^\s+(?:their\s+|the\s+|several\s+|many\s+)?(?:[\w-]+\s+){0,2}?(?:homes?|villages?|islands?|camps?|farms?|settlements?|hamlets?)\b[^,;]{0,50}?\b(?:for|to|towards?)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i;

// The defender's words about an attack by its definite noun: "repelled the attack", "their assault".
const DEFINITE_ATTACK =
  /^\s+(?:the|this|that|their|its)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|assaults?|offensive|raids?|incursions?|onslaught)\b/i;

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
