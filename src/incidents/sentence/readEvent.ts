// One event of a sentence, read pass by pass: its place, its day, whose words tell it and who did
// it, its type, its stance; then its row, and one more per place listed with it ("took A, B and C").
import { addDays } from '../../types/days.ts';
import { clauseAt } from './clauses.ts';
import { eventDay } from './eventDay.ts';
import { eventPlace } from './eventPlace.ts';
import type { EventPlace } from './eventPlace.ts';
import { dayAfter, LISTED_TYPES, listedWith, namesProvince } from './placeLists.ts';
import { counteredAt, GROUND_TYPES, INTERCEPTS, tookPlace, victimsTold } from './referents.ts';
import { claimDay, currentNearer, LONG_WINDOW_DAYS } from './relativeDays.ts';
import type { EventRow, SentenceWords } from './sentenceWords.ts';
import { advanceProgress } from './taxonomy.ts';
import type { Trigger } from './taxonomy.ts';
import { allied, uniqueActors } from '../voices/actors.ts';
import { actorOf, agentOf, inAside } from '../voices/agents.ts';
import { eventAgent, eventVoice, SELF_SUBJECT, within } from '../voices/eventAgent.ts';
import { toldDone } from '../voices/counterclaims.ts';
import { eventStance } from '../voices/eventStance.ts';
import { counterclaimOf, EUPHEMISM, speakerScope } from '../voices/replies.ts';

/** Events this many days or more before the dateline are history, not the news. */
const HISTORY_DAYS = 14;

// Unnamed parts of a town: "several neighbourhoods of the city", "key areas of the city".
const PARTS = /\b(?:neighbou?rhoods|districts|quarters|parts|areas|sections)\b/i;

// "… and were combing", "… and then moved": the clause goes on with another verb.
const NEXT_VERB = /\band\s+(?:were|was|are|is|had|have|has|then|later|also|\w+ed|\w+ing)\b/i;

const MOVED = /^(?:arriv|mov|reach|swept|sweeping|pour|flood|cross)/i;

// "forcing families to flee", "sending thousands of residents fleeing": people, not the armed men.
const PEOPLE_FLEE =
  /\b(?:people|families|residents|civilians|refugees|villagers|inhabitants|households|thousands|hundreds)\s+(?:(?:to|had|have|were|was|of|their|homes|\w+ly)\s+)*$/i;

const PEOPLE_BEFORE =
  /\b(?:people|families|residents|civilians|refugees|displaced|villagers|inhabitants|households|thousands|hundreds|tens of thousands)\b/i;

// Between the subject and its verb: "Houthi air defences downed", "the army's gunners had shot down".
const SHOOTER_GAP =
  /^\s+(?:(?:air[- ]defen[cs]es?|anti-aircraft|gunners|units?|forces|troops|fighters)\s+)?(?:(?:had|have|has|also|then|later|reportedly|\w+ly)\s+)*$/i;

/**
 * "The group said its fighters had shot down a military drone near X": a side telling its own men
 * downing an aircraft at a place of its own, where no strike was told, tells its own deed (a
 * claim of the fight), not a defender's version of an air attack.
 */
function ownDowning(s: SentenceWords, t: Trigger, placed: EventPlace, ci: number): boolean {
  const { text, clauses, earlier } = s;
  if (!t.counter || !INTERCEPTS.test(text.slice(t.start, t.end)) || placed.ref || placed.where.start < 0)
    return false;
  const { who } = eventVoice(s, t);
  // ("Houthi air defences downed an American drone over X": the shooters named as the subject,
  // whoever tells it.)
  const shooters = s.actors.some(
    (a) =>
      a.kind !== 'civilians' && a.start >= clauses[ci].start && SHOOTER_GAP.test(text.slice(a.end, t.start)),
  );
  return (
    (shooters ||
      (!!who?.side && !who.thirdParty && SELF_SUBJECT.test(text.slice(clauses[ci].start, t.start)))) &&
    !counteredAt(text, t, placed.where.place.properties.id, earlier, who)
  );
}

/**
 * Reads the event trigger `t` tells and pushes its rows onto `out` (the rows of the sentence's
 * earlier triggers); none when nothing places it, or when it only comments on the event told
 * before. `broad`: an advance told with a count of many villages or km².
 */
export function readEvent(s: SentenceWords, told: Trigger, broad: boolean, out: EventRow[]): void {
  const { text, offset, ctx, clauses, background, actors, speakers, mentions, earlier } = s;
  const placed = eventPlace(s, told, broad, !out.length);
  if (!placed) return;
  const { where, ref, origin, resumed } = placed;
  const ci = clauseAt(clauses, told.start);
  const t = ownDowning(s, told, placed, ci) ? { ...told, counter: false } : told;
  const day = eventDay(s, t, ci, ref ?? origin ?? resumed);
  const { own, nearest } = day;
  let date = day.date;
  // "An army spokesman denied that …": the body a speaker speaks for does not act in its words.
  // ("Burundian soldiers, who were sent to help Y, clashed …": the clause of the subject before the
  // aside acts.)
  const subjectClause = ci > 0 && inAside(text, clauses[ci], t.start) ? ci - 1 : ci;
  const clauseActors = actors.filter(
    (a) =>
      (clauseAt(clauses, a.start) === ci || clauseAt(clauses, a.start) === subjectClause) &&
      !speakers.some((s) => s.start <= a.start && a.end <= s.end && s.end < t.start && a.end < s.end),
  );
  const voice = eventVoice(s, t);
  const { sp, who } = voice;
  const { followOn, attack, actedBy, agent } = eventAgent(s, t, ci, clauseActors, voice, placed);
  // Armed men who "fled" or "evacuated" a place withdrew from it; civilians were displaced.
  // ("forcing hundreds of families to flee": the people named right before the word fled.)
  const withdrew =
    t.type === 'displacement' &&
    agent !== 'unknown' &&
    !clauseActors.some((a) => a.side === 'civilians') &&
    !PEOPLE_FLEE.test(text.slice(Math.max(clauses[ci].start, t.start - 40), t.start)) &&
    // ("forced thousands of families out of X": the people are the trigger's own words.)
    !PEOPLE_BEFORE.test(text.slice(t.start, t.end));
  // "Thousands of families have arrived in Tabqa" (or "reached Tabqa"): people on the move, not an advance.
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
  const { read, stance, account, justified } = eventStance(s, t, ci, type, voice, placed, { agent });
  const scope = sp ? speakerScope(sp, offset) : { start: offset, end: offset + text.length };
  // "Rebels took X. An army commander said his men had pulled back only to regroup": a withdrawal
  // with no place of its own, by the side that lost the place just taken, is its row of that
  // capture (its euphemism a counter-claim, its denial a denial).
  // ("An army officer in Uvira said his men had pulled back …": where the speaker is places no
  // withdrawal; the capture just told is what the words answer.)
  const seat = !ref && !!sp && sp.start <= where.start && where.end <= sp.at;
  const taken =
    !followOn && t.type === 'withdrawal'
      ? (ref ?? (seat ? ([...s.recent].reverse().find((r) => r.cand.type === 'advance') ?? null) : null))
      : null;
  const leaver =
    taken &&
    taken.cand.type === 'advance' &&
    tookPlace(taken.cand) &&
    !taken.cand.background &&
    toldDone(text, t.start)
      ? (agentOf(text, clauseActors, clauses[ci].start, t)?.side ??
        (who?.side && SELF_SUBJECT.test(text.slice(clauses[ci].start, t.start)) ? who.side : null))
      : null;
  if (taken && leaver && taken.cand.agent !== 'unknown' && !allied(leaver, taken.cand.agent)) {
    const row = counterclaimOf(
      taken.cand,
      {
        attribution: who?.name ?? ctx.outlet,
        speakerSide: who?.side ?? null,
        start: offset,
        end: offset + text.length,
        scope,
        trigger: { start: offset + t.start, end: offset + t.end },
      },
      [],
    );
    const euphemism =
      read === 'claim' && EUPHEMISM.test(text.slice(scope.start - offset, scope.end - offset));
    // ("fallen back only to regroup": one row for the sentence's words.)
    if (
      !out.some(
        (o) =>
          o.referred &&
          o.c.type === row.type &&
          o.c.place === row.place &&
          o.c.attribution === row.attribution,
      )
    )
      out.push({ at: t.start, referred: true, c: { ...row, stance: euphemism ? 'counterclaim' : read } });
    return;
  }
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
    return;
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
      // (Who tells it comes after those its words name: "Thailand's health ministry said …".)
      actors: uniqueActors(
        (clauseActors.length ? clauseActors : actors)
          .map((a, i) => ({ a, i, told: within(a, speakers) && !(!!actedBy && actedBy.side === a.side) }))
          .sort((x, y) => Number(x.told) - Number(y.told) || x.i - y.i)
          .map((x) => x.a),
      ),
      agent,
      ...(actedBy ? { agentActor: actorOf(actedBy) } : {}),
      figures: [],
      territory: [],
      attribution: who?.name ?? ctx.outlet,
      speakerSide: who?.side ?? null,
      stance,
      start: offset,
      end: offset + text.length,
      scope,
      trigger: { start: offset + t.start, end: offset + t.end },
      ...(part ? { part } : {}),
      ...(type === 'advance' && !t.counter ? { progress: advanceProgress(text.slice(t.start, t.end)) } : {}),
    },
  });
  // "seized checkpoints in Nawa and Jassem", "had taken Rastan and Talbiseh": one event per place.
  const first = out[out.length - 1].c;
  // Fronts too ("clashes on the fronts of A, B and C", "repelled attacks on A and B"), of towns
  // and quarters only: "fighting in Aleppo and Idlib" names provinces by their capitals' names.
  const days = s.dates.filter((d) => !d.from && !d.vague);
  const listed = LISTED_TYPES.has(t.type) ? listedWith(text, mentions, where, days) : [];
  if ((t.counter || t.type === 'armed-clash') && [where, ...listed].some((m) => namesProvince(m.place)))
    listed.length = 0;
  for (const other of listed) {
    const id = other.place.properties.id;
    // (The attacker's version answers the strike told as hitting civilians there: "its jets hit
    // command centres in A and in B" after civilians were told killed in A is its claim of B.)
    const answers = !justified || (!!who && !!victimsTold(null, id, earlier, who));
    // ("took A on Saturday and B on Monday": B on its own day.)
    const day = dayAfter(text, other, days);
    out.push({
      at: t.start,
      c: {
        ...first,
        ...(answers ? {} : { stance: read }),
        place: id,
        ...(day ? { date: day.date, dateFrom: null, dateWeak: false } : {}),
        context: [...new Set([first.place, ...first.context])].filter((x) => x !== id),
        figures: [],
        territory: [],
      },
    });
  }
}
