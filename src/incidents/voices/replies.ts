// Rows for a speaker's reply to events told by other voices: a denial ("dismissed the reports"),
// a confirmation, the attacker's own version of a strike, a side's counter-claim of a capture.
import type { Span } from '../../types/model.ts';
import type { IncidentCandidate } from '../extractIncidents.ts';
import type { KnownSpeaker, Referent } from '../reportContext.ts';
import type { LocatedMention } from '../sentence/location.ts';
import { harmed, toldAt, victimsTold } from '../sentence/referents.ts';
import { allied } from './actors.ts';
import type { EventRow, SentenceWords } from '../sentence/sentenceWords.ts';
import type { VoicedSpeaker } from './sentenceSpeakers.ts';
import { CALLING_VERBS } from './speakers.ts';
import type { Speaker } from './speakers.ts';
import type { Trigger } from '../sentence/taxonomy.ts';

// A reply with no event words of its own: "dismissed the reports as lies", "the town remained
// under army control", "called the account false".
const DENIES =
  /\b(?:denied|denies|deny|denying|dismissed|dismisses|rejected|rejects|refuted|refutes)\b|\b(?:false|untrue|baseless|fabricated|fabrications?|lies|propaganda|fake news|unfounded)\b|\b(?:remains?|remained|still|firmly)\s+(?:firmly\s+|fully\s+)?(?:in|under)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}(?:control|hands)\b|\bstill\s+(?:holds?|held|controls?|controlled)\b|\b(?:forces|troops|soldiers|fighters|units|men|army)\s+(?:and\s+(?:their|its|our)\s+allies\s+)?(?:still\s+)?(?:remains?|remained)\s+(?:deployed|stationed|present|in\s+position|in\s+place|entrenched)\b/i;

// A denial of what another voice said: "denied the claim", "rejected these reports", "denied it".
const CLAIM_OBJECT = new RegExp(
  String.raw`\b(?:denied|denies|dismissed|dismisses|rejected|rejects|refuted|disputed|disputes|${CALLING_VERBS})\s+(?:(?:the|this|that|these|those|such|its|their|his|her)\s+(?:\w+\s+)?(?:claims?|reports?|accounts?|allegations?|statements?|assertions?)\b|it\b)`,
  'i',
);

const STRUCK = /\b(?:struck|hit|targeted|attacked|bombed|shelled)\b/i;

// What an attack left behind, told with no event word: "a man was hurt by shrapnel", "crews
// were digging through the rubble", "sirens sounded", "the shooting went on for hours", "six
// people were killed".
const AFTERMATH =
  /\b(?:hurt|wounded|injured|injur(?:y|ies)|killed|died|rubble|debris|craters?|shrapnel|sirens?|damaged|shooting)\b/i;

// Military targets as an attacker names them.
export const JUSTIFIES =
  /\b(?:terrorists?|militants?|military (?:targets?|sites?|objectives?|infrastructure)|command(?: and control)? (?:centres?|centers?|posts?)|weapons|ammunition|arms depots?|launchers?|launch (?:sites?|pads?)|operatives?)\b/i;

// The defender's words that a place the other side claims is still fought over, or held.
export const STILL_CONTESTED =
  /\b(?:still|continu(?:e|es|ed|ing)\s+to|going\s+on|goes\s+on|under\s+way|ongoing|raging|rages)\b|\b(?:hold|holds|holding|held|remain|remains|remained)\s+(?:in\s+)?(?:the\s+line|(?:their|its|our)\s+(?:positions?|ground|lines?)|positions?)\b/i;

// A side's own words for giving ground: a redeployment, a tactical, orderly or voluntary withdrawal,
// one to regroup or reorganise.
export const EUPHEMISM =
  /\bredeploy\w*|\breposition\w*|\bregroup\w*|\breorgani[sz]\w*|\btactical\b|\bin good order\b|\bplanned withdrawal\b|\bof (?:their|its|our|his) own (?:accord|volition|free will)\b|\bvoluntarily\b/i;

/**
 * The reply a sentence without event words makes to the events of the sentence before: a
 * denial ("The ministry dismissed the reports.") or a confirmation ("The UN confirmed the
 * attack."), one row per event it answers, spoken by its own speaker. Only a sentence with a
 * speaker replies; one naming places answers only the events there. `history`: the sentence names
 * a past year.
 */
export function responseTo(
  text: string,
  offset: number,
  named: LocatedMention[],
  speakers: (Speaker & { who: KnownSpeaker })[],
  recent: Referent[],
  earlier: Referent[] = [],
  history = false,
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
    const scope = whole ? { start: offset, end: offset + text.length } : speakerScope(v, offset);
    if (denial || v.verb === 'confirm')
      return answered.map(({ cand }) => replyRow(cand, v, denial, text, offset, scope));
    // The attacker's own words for a strike told as hitting civilians ("its forces had struck "a
    // weapons depot"", "it had hit "terrorist targets""): its version of it.
    if (!v.who.side || v.who.thirdParty || !STRUCK.test(part) || !JUSTIFIES.test(part))
      // (A toll of years past, "killed in the war that began in 2011", is no aftermath of the news.)
      return AFTERMATH.test(part) && !history
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

/**
 * The rows of speakers whose part of the sentence tells no event of its own ("…, while the army
 * denied it", "…, which a monitor confirmed"): each answers the events other voices told in the
 * sentence, over its own part only.
 */
export function clauseReplies(
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
    const scope = speakerScope(sp, offset);
    for (const o of out) {
      if (o.c.background || voice(o.c.attribution) === voice(sp.who.name)) continue;
      replies.push(replyRow(o.c, sp, denial, text, offset, scope));
    }
  }
  return replies;
}

/** One speaker's reply to an event: its denial, or its confirmation (its own side's claim). */
export function replyRow(
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

/** A speaker's part of the sentence, its words and its own name, in the article's offsets. */
export function speakerScope(sp: Pick<Speaker, 'from' | 'to' | 'start' | 'end'>, offset: number): Span {
  return { start: offset + Math.min(sp.from, sp.start), end: offset + Math.max(sp.to, sp.end) };
}

/** Whether a speaker's words deny ("denied", "dismissed the reports", "remained under army control"). */
export function isDenial(text: string, sp: Pick<Speaker, 'verb'>): boolean {
  return sp.verb === 'deny' || DENIES.test(text);
}

/** Where the words a denial names as its object end ("denied the account", "rejected the claim"), else -1. */
export function deniedAccount(text: string, at: number): number {
  const m = CLAIM_OBJECT.exec(text.slice(at, at + 60));
  return m && m.index === 0 ? at + m[0].length : -1;
}

/** `c`'s words as its speaker's version (counter-claim) of the capture `taken`. */
export function counterclaimOf(
  taken: IncidentCandidate,
  c: Pick<IncidentCandidate, 'attribution' | 'speakerSide' | 'start' | 'end' | 'scope' | 'trigger'>,
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

/** Adds the denial rows of `main` denying the other side's account told just before ("Baku denied the account, saying …"). */
export function deniedAccounts(s: SentenceWords, main: VoicedSpeaker | null, out: EventRow[]): void {
  const { text, offset, recent } = s;
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
}

/**
 * "Six people were killed, the ambulance service said", "two soldiers died in the attack, the
 * army said": a toll (`triggers` only tolls or words naming the event, "the attack") that told no
 * event of its own right after an event is its speaker's account of that event (a confirmation,
 * or a party's claim), one row per event just told there; none when the speaker told it itself.
 */
export function tollReplies(s: SentenceWords, main: VoicedSpeaker | null, triggers: Trigger[]): EventRow[] {
  const { text, offset, recent, earlier, mentions } = s;
  if (!main || !triggers.every((t) => t.weak || t.type === 'civilian-casualties')) return [];
  if (!triggers.some((t) => t.type === 'civilian-casualties') && !AFTERMATH.test(text)) return [];
  const places = new Set(mentions.filter((m) => m.start >= 0).map((m) => m.place.properties.id));
  const scope = { start: offset, end: offset + text.length };
  return harmed(recent, places, earlier)
    .filter((r) => r.cand.attribution?.toLowerCase() !== main.who.name.toLowerCase())
    .map((r) => ({ c: replyRow(r.cand, main, false, text, offset, scope), at: main.at, referred: true }));
}
