// Who speaks for which part of a sentence. Each reporting verb ("said", "denied", "told AFP") or
// "according to" has a speaker and a scope: the words it speaks for. "X said that …" speaks for what
// follows; "…, X said." for what precedes; a speaker in a relative clause (", which an official says
// has …,") only for that clause; "adding", "telling AFP" and "and said" carry on the same speaker;
// "according to X" covers the sentence unless a nearer speaker governs. Events read their speaker
// with `speakerAt`.
import { canonicalSource, isAnaphor, KNOWN_SOURCES, roleOrganisation } from './attribution.ts';
import { stateOf, stateSide } from './states.ts';
import { REPORTING_VERBS } from '../../words/speechVerbs.ts';
import { matchList } from '../../geoparse/util/matchList.ts'; // every match, without matchAll's recompiling

export type SpeechVerb = 'say' | 'deny' | 'confirm';

export interface Speaker {
  /** Offset of the reporting words (the verb, or "according to"). */
  at: number;
  /** The speaker's own words (subject, or object of "according to"); offsets in the sentence. */
  start: number;
  end: number;
  /** The phrase as written (read for the speaker's side). */
  phrase: string;
  /** Canonical name of a known source, the phrase's head otherwise. */
  name: string;
  /** True when the words only point back ("he added", "the same source"). */
  anaphoric: boolean;
  /** True for a known source's canonical name (an organisation, not a person). */
  known: boolean;
  /** What the speaker's own verb does to what it governs. */
  verb: SpeechVerb;
  /** The part of the sentence it speaks for, [from, to). */
  from: number;
  to: number;
  /** 1 inside a relative clause, 0 for a main-clause verb, -1 for "according to" (outermost). */
  depth: number;
  /** The outlet the words were given to ("told Reuters"), when named. */
  via?: string;
}

// Reporting verbs. Passives ("have been told to", "are said to have") are hearsay or orders, not speech.
// A party that will not confirm an event told of it ("the General Staff did not confirm the loss of
// the village") disputes it; an outlet that "could not confirm" a report only failed to check it.
const NOT_CONFIRMED = String.raw`(?:did|does|do|would|will|has|have|had)\s+not\s+(?:yet\s+)?confirm(?:ed)?|(?:declined|refused)\s+to\s+confirm`;
/** Verbs that call another voice's words something ("called the claim false"): a denial's. */
export const CALLING_VERBS = String.raw`called|calls|described|describes|branded|brands|labell?ed|termed`;
// Calling another voice's words false denies them: "called the claim false", "described the
// reports as baseless", "branded the video fake".
const CALLED_FALSE = String.raw`(?:${CALLING_VERBS})(?=\s+(?:the|this|that|these|those|such|its|their|his|her|both)\s+(?:[\w-]+\s+)?(?:claims?|reports?|accounts?|allegations?|accusations?|statements?|assertions?|videos?|footage|images?|figures?|toll)\s+(?:as\s+)?(?:(?:completely|totally|entirely|utterly)\s+)?(?:false|untrue|baseless|fabricated|an?\s+fabrication|lies|an?\s+lie|propaganda|fake|unfounded|groundless|nonsense|misinformation|disinformation)\b)`;
const VERB_RE = new RegExp(`\\b(?:${NOT_CONFIRMED}|${CALLED_FALSE}|${REPORTING_VERBS.join('|')})\\b`, 'gi');
const PASSIVE_BEFORE =
  /\b(?:been|being|be|is|are|was|were|am)\s+(?:(?:\w+ly|also|still|again|not|then|first|widely)\s+){0,2}$/i;
const ACCORDING_RE = /\baccording to (?:the )?(?<who>[^,.;:"()]{2,80})/gi;
const TOLD_RE =
  /^\s*(?<outlet>AFP|Reuters|the Associated Press|AP|Al Jazeera|the BBC|CNN|[A-Z][\w-]+(?: [A-Z][\w-]+)?)\b/u;
const AFTER_VERB_RE =
  /^\s+(?:by )?(?<who>(?:[A-Z][\w'.-]*)(?: (?:[A-Z][\w'.-]*|al-\w+|bin|ibn|de|van)){0,4})/u;
const DENY = new RegExp(
  `^(?:denied|denies|denying|deny|rejected|dismissed|disputed|disputes|${CALLING_VERBS}|${NOT_CONFIRMED})$`,
  'i',
);
const CONFIRM = /^(?:confirmed|confirms|confirming|acknowledged|acknowledges|admitted)$/i;
const PARTICIPLE = /ing$/i;
// A denial with a clause of its own: "denied that …", "denied it had …".
const DENIAL_CLAUSE = /\b(?:that|had|has|have|was|were|is|are|would|will)\b/i;
// What may follow a verb that closes its sentence: "…, the monitor said on Friday in a statement."
const POSTPOSED_TAIL =
  /^\s*(?:(?:on|late|early|earlier|later|in|to|at|by|from|via|during|after|last|this|yesterday|today|tonight|friday|monday|tuesday|wednesday|thursday|saturday|sunday|reporters|journalists|AFP|Reuters|AP)\b[^,;"]{0,60})?\s*(?:[,;.!?"]|$)/i;
// Whom a closing "told" addresses: "…, the minister told Coast Radio", "told the Valley Online
// news site": capitalised words, maybe an outlet's noun (case matters: "told them that …" is not one).
const ADDRESSEE =
  /^\s+(?:the\s+)?(?:[A-Z][\w'-]*\s*){1,4}(?:(?:news\s+)?(?:site|website|agency|radio|television|TV|channel|newspaper|daily|broadcaster|network|service)\b)?/u;
const RELATIVE = /^(?:which|who|whom|whose|that)\b/i;
const SUBORDINATE_LEAD =
  /^(?:(?:a|one|two|three|several|\d+)\s+(?:days?|hours?|weeks?)\s+|shortly\s+|soon\s+|just\s+|hours\s+|days\s+)?(?:after|before|when|since|because|until|once|as|while)\s+(?=\S+\s+\S)/i;
const TIME_LEAD =
  /^(?:(?:late|early|earlier|later)\s+)?(?:on|by|last|this|overnight|yesterday|today)\s+(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night)\s+)?(?:(?:morning|afternoon|evening|night)\s+)?(?=(?:a|an|the|its|their)\s)/i;
// "Earlier in the day the rebels said", "Later that night the ministry said" (after "that": "night
// the ministry").
const LATER_LEAD =
  /^(?:(?:earlier|later)\s+(?:(?:in|on|that|this)\s+(?:the\s+)?)?)?(?:(?:day|week|morning|afternoon|evening|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+)?(?=(?:a|an|the|its|their)\s)/i;
const ACCOUNT_LEAD =
  /^(?:(?:a|an|the|this|that|which)\s+)?(?:claims?|charges?|accounts?|allegations?|accusations?|versions?|reports?)\s+(?:that\s+)?(?=\S)/i;
const LEAD_WORDS =
  /^(?:and|but|as|while|whereas|although|though|which|who|whom|whose|that|also|where|when)\s+/i;

const verbKind = (verb: string): SpeechVerb =>
  DENY.test(verb) ? 'deny' : CONFIRM.test(verb) ? 'confirm' : 'say';

/**
 * Every speaker of a sentence with the part it speaks for, in order of their reporting words.
 * `notSubject(start, end)` rejects subjects that are something else (a place name before "says").
 *
 * @example
 * const [s] = findSpeakers('Rebels took the hill, the monitor said.');
 * [s.name, s.from, s.to]; // ['Syrian Observatory for Human Rights', 0, 39]
 */
export function findSpeakers(
  text: string,
  notSubject: (start: number, end: number) => boolean = () => false,
): Speaker[] {
  const verbs: Speaker[] = [];
  let last: Speaker | null = null;
  VERB_RE.lastIndex = 0;
  for (const m of matchList(VERB_RE, text)) {
    const at = m.index ?? 0;
    const verb = m[0];
    const before = text.slice(Math.max(0, at - 30), at);
    if (PASSIVE_BEFORE.test(before)) continue;
    // "claimed the lives of": a toll, not a claim.
    if (/^claimed$/i.test(verb) && /^\s+(?:the )?lives\b/i.test(text.slice(at + verb.length))) continue;
    // "State TV denied … and said …", "…, adding that …", "telling AFP …": the same speaker goes on.
    const prev: Speaker | null = last as Speaker | null;
    const carriesOn =
      prev &&
      (/\b(?:and|but)\s+(?:also\s+|later\s+|then\s+)?$/i.test(text.slice(Math.max(0, at - 16), at)) ||
        (PARTICIPLE.test(verb) && /,\s*(?:\w+\s+)?$/.test(text.slice(Math.max(0, at - 14), at))));
    let s: Speaker | null;
    const coordinated = /\b(?:and|but)\s+(?:also\s+|later\s+|then\s+)?$/i.test(
      text.slice(Math.max(0, at - 16), at),
    );
    if (coordinated && !prev) continue;
    if (carriesOn && prev) {
      // "denied the claim, saying its forces still held the village": what follows a denial that
      // tells nothing itself, in a participle, is its grounds, still the denial ("denied that
      // raiders entered, telling us …" or "and said …" say something else).
      const grounds =
        prev.verb === 'deny' && PARTICIPLE.test(verb) && !DENIAL_CLAUSE.test(text.slice(prev.at, at));
      const kind = grounds ? 'deny' : verbKind(verb);
      s = Object.assign({}, prev, { at, verb: kind, from: at, to: text.length, depth: prev.depth });
      delete s.via;
    } else if (PARTICIPLE.test(verb) && /,\s*$/.test(text.slice(Math.max(0, at - 4), at))) {
      // "…, Jane Doe justified the raid, saying …": the person who spoke before the comma.
      s = namedBefore(text, at, verb, notSubject);
    } else {
      s = byVerb(text, at, verb, notSubject);
    }
    if (!s) continue;
    if (/^tel|^told$/i.test(verb)) {
      const via = TOLD_RE.exec(text.slice(at + verb.length))?.groups?.outlet;
      if (via && !/^(?:he|she|they|it)$/i.test(via)) s.via = via.replace(/^the /i, '');
    }
    verbs.push(s);
    last = s;
  }
  scope(text, verbs);
  const out = [...verbs];
  ACCORDING_RE.lastIndex = 0;
  for (const acc of matchList(ACCORDING_RE, text)) {
    const who = acc.groups?.who?.trim();
    if (!who) continue;
    const start = (acc.index ?? 0) + acc[0].indexOf(who);
    const a = make(start, start + who.length, who);
    if (a)
      out.push(
        Object.assign({}, a, {
          at: acc.index ?? 0,
          verb: 'say' as const,
          from: 0,
          to: text.length,
          depth: -1,
        }),
      );
  }
  return out.sort((x, y) => x.at - y.at);
}

/** The speaker whose scope holds offset `at`: the innermost, then the nearest. */
export function speakerAt<T extends Speaker>(speakers: T[], at: number): T | null {
  let best: T | null = null;
  for (const s of speakers) {
    if (at < s.from || at >= s.to) continue;
    if (!best || s.depth > best.depth || (s.depth === best.depth && s.to - s.from < best.to - best.from))
      best = s;
  }
  return best;
}

// Scopes: a relative clause's speaker covers its clause; a verb that closes its clause ("…, the
// army said") covers what precedes it back to the previous speaker; otherwise from the speaker's
// words to the next speaker's.
function scope(text: string, verbs: Speaker[]): void {
  const top = verbs.filter((v) => v.depth === 0);
  for (let i = 0; i < top.length; i++) {
    const v = top[i];
    const next = top[i + 1];
    const prevEnd = i > 0 ? top[i - 1].to : 0;
    const tail = text.slice(v.at).replace(/^[\w'-]+/u, '');
    const addressee = /^(?:told|telling)\b/iu.test(text.slice(v.at)) ? ADDRESSEE.exec(tail) : null;
    const postposed =
      v.from === v.start &&
      v.start > prevEnd + 8 &&
      (POSTPOSED_TAIL.test(tail) || (!!addressee && POSTPOSED_TAIL.test(tail.slice(addressee[0].length))));
    if (postposed) {
      v.from = prevEnd;
      // "…," the official said, adding that …: the carried-on verb takes over from there.
      v.to = next ? Math.max(next.from, v.at + 1) : text.length;
    } else {
      v.to = next ? Math.max(next.from, v.at + 1) : text.length;
    }
  }
}

function byVerb(
  text: string,
  at: number,
  verb: string,
  notSubject: (start: number, end: number) => boolean,
): Speaker | null {
  // "People fled the town, said a local official, who …", "\"…,\" said a nurse at the clinic": after
  // a quotation or a clause closed by a comma, the speaker follows its verb.
  const inverted = invertedSpeaker(text, at, verb);
  if (inverted && !notSubject(inverted.start, inverted.end)) {
    const a = make(inverted.start, inverted.end, inverted.who);
    if (a)
      return Object.assign({}, a, {
        at,
        verb: verbKind(verb),
        from: 0,
        to: text.length,
        depth: 0,
        start: at,
        end: inverted.end,
      });
  }
  const sub = subjectBefore(text, at);
  if (sub && !notSubject(sub.start, sub.end)) {
    const a = make(sub.start, sub.end, sub.text, sub.role);
    if (a) {
      // A speaker inside a relative clause (", which an official says has …,") speaks for that clause only.
      if (sub.relative) {
        const close = text.indexOf(',', at);
        return Object.assign({}, a, {
          at,
          verb: verbKind(verb),
          from: sub.clauseStart,
          to: close < 0 ? text.length : close,
          depth: 1,
        });
      }
      return Object.assign({}, a, { at, verb: verbKind(verb), from: a.start, to: text.length, depth: 0 });
    }
  }
  // "…, said Jane Doe, the UN's envoy": the speaker after the verb.
  const after = AFTER_VERB_RE.exec(text.slice(at + verb.length));
  if (!after?.groups?.who) return null;
  const start = at + verb.length + after[0].indexOf(after.groups.who);
  const end = start + after.groups.who.length;
  if (notSubject(start, end)) return null;
  const role = /^,\s*([^,.;"]{3,90})/u.exec(text.slice(end))?.[1] ?? '';
  const a = make(start, end, after.groups.who, role);
  // The speaker after its verb speaks for what precedes it.
  return a
    ? Object.assign({}, a, { at, verb: verbKind(verb), from: 0, to: text.length, depth: 0, start: at, end })
    : null;
}

// A body's name in title case, maybe with its acronym: capitalised words joined by "of", "for" ….
const BODY_TITLE =
  /^(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:(?:of|for|the|and|in|on|to)\s+)*[A-Z][\w'-]*){2,}(?:\s+\([A-Z][\w.-]{1,12}\))?$/u;
// A common noun phrase after the verb: "said a local official", "said the mayor of the town".
const AFTER_COMMON_RE =
  /^\s+(?<who>(?:a|an|the|one|two|three|four|several|some)\s+(?:[^\s,.;:"()]+\s+){0,7}?[^\s,.;:"()]+)(?=\s*(?:[,.;:]|$))/iu;

// Verbs put before their speaker ("…, said the mayor"); not those taking an object ("claimed the
// ambush", "told the Courier").
const INVERTING_VERB = /^(?:said|says|added|wrote|explained|recalled|insisted)$/i;
const FINITE = /\b(?:was|were|is|are|had|has|have|would|will|did|could)\b/i;

/** The speaker after its verb, when the words before it are a quotation or a whole clause. */
function invertedSpeaker(
  text: string,
  at: number,
  verb: string,
): { who: string; start: number; end: number } | null {
  const before = text.slice(0, at).trimEnd();
  const quoted = /[,.!?]["”]$/u.test(before);
  // (Not "The army, however, said …": a word or two before the comma is an aside.)
  const clause =
    /,$/u.test(before) &&
    (/(?:^|[,;"“])([^,;"“]*),$/u.exec(before)?.[1] ?? '').trim().split(/\s+/u).length > 3;
  if ((!quoted && !clause) || !INVERTING_VERB.test(verb)) return null;
  const after = AFTER_COMMON_RE.exec(text.slice(at + verb.length));
  const who = after?.groups?.who;
  // (Not what was said: "…, said the town had fallen".)
  if (!after || !who || FINITE.test(who)) return null;
  const start = at + verb.length + after[0].indexOf(who);
  return { who, start, end: start + who.length };
}

const PERSON = /\b(?:[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?\s+){1,3}[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?\b/gu;

function namedBefore(
  text: string,
  at: number,
  verb: string,
  notSubject: (start: number, end: number) => boolean,
): Speaker | null {
  let best: RegExpMatchArray | null = null;
  for (const m of matchList(PERSON, text.slice(0, at))) {
    const start = m.index ?? 0;
    if (start > 0 && !notSubject(start, start + m[0].length)) best = m;
  }
  if (!best) return null;
  const start = best.index ?? 0;
  const a = make(start, start + best[0].length, best[0]);
  return a ? Object.assign({}, a, { at, verb: verbKind(verb), from: at, to: text.length, depth: 0 }) : null;
}

function make(
  start: number,
  end: number,
  phrase: string,
  role = '',
): Omit<Speaker, 'at' | 'verb' | 'from' | 'to' | 'depth'> | null {
  const trimmed = phrase.trim().replace(LEAD_WORDS, '');
  if (!trimmed) return null;
  if (isAnaphor(trimmed)) {
    return { start, end, phrase: trimmed, name: trimmed.toLowerCase(), anaphoric: true, known: false };
  }
  const known = KNOWN_SOURCES.some(([re]) => re.test(trimmed));
  let name = canonicalSource(trimmed);
  // "Jane Doe, the UN's envoy": the appositive names her organisation.
  const org = !known && role ? roleOrganisation(role) : null;
  if (org && org !== name) name = `${name} (${org})`;
  return { start, end, phrase: role ? `${trimmed}, ${role}` : trimmed, name, anaphoric: false, known };
}

interface Subject {
  start: number;
  end: number;
  text: string;
  /** An appositive beside the subject ("the UN's envoy"). */
  role: string;
  relative: boolean;
  clauseStart: number;
}

// The subject of a reporting verb: the words back to the previous comma, quote, semicolon or
// "that", at most eight words. Right after a comma it is the noun phrase before the parenthesis:
// "The army, which …, says" → the army; "Jane Doe, the UN's envoy, said" and "the center's
// director, Jane Doe, told" → Jane Doe with the other part as her role.
function subjectBefore(text: string, verbAt: number): Subject | null {
  let end = verbAt;
  while (end > 0 && /\s/u.test(text[end - 1])) end--;
  const segment = (to: number) => {
    let j = to - 1;
    while (j >= 0 && !/[,;"]/u.test(text[j])) j--;
    return { start: j + 1, end: to, sep: j >= 0 ? text[j] : '' };
  };
  const words = (x: { start: number; end: number }) => text.slice(x.start, x.end).trim();
  let main = segment(end);
  let role = '';
  let relative = false;
  if (!words(main) && text[end - 1] === ',') {
    const first = segment(end - 1);
    const second = first.sep === ',' ? segment(first.start - 1) : null;
    const isName = (x: { start: number; end: number }) => /^(?:[A-Z][\w'.-]*\s*){2,4}$/u.test(words(x));
    if (RELATIVE.test(words(first))) {
      if (!second) return null;
      main = second;
    } else if (second && isName(first) && words(second).split(/\s+/u).length <= 8) {
      main = first;
      role = words(second);
    } else if (second && words(second).split(/\s+/u).length <= 8) {
      main = second;
      role = words(first);
    } else main = first;
  } else if (RELATIVE.test(words(main))) relative = true;
  let phrase = text.slice(main.start, main.end);
  let lead = 0;
  // Back to "that": "officials said that the army …" (not the relative "that" opening a clause).
  const that = phrase.toLowerCase().lastIndexOf(' that ');
  if (that >= 0) {
    lead = that + 6;
    phrase = phrase.slice(lead);
    relative = false;
  }
  phrase = phrase.replace(/\s+(?:has|have|had|also|later|earlier|then|on \w+|\w+ly)$/i, '');
  phrase = phrase.replace(/\s+(?:has|have|had)$/i, '');
  let t = phrase.trim();
  if (relative) t = t.replace(RELATIVE, '').trim();
  t = t.replace(LEAD_WORDS, '');
  // "a day after the group said", "On Thursday a drone unit said": a subordinator or a time phrase
  // opening the words is no part of the speaker.
  t = t.replace(SUBORDINATE_LEAD, '').replace(TIME_LEAD, '').replace(LATER_LEAD, '');
  // "…, a claim the army rejected": what was said is no part of who said it.
  t = t.replace(ACCOUNT_LEAD, '');
  // "In a statement it said", "Later on Monday he said": the pronoun after a lead phrase.
  t = t.replace(
    /^(?:in|on|at|late|early|later|earlier|separately|meanwhile)\b.*?\s+(?=(?:it|he|she|they|we)$)/iu,
    '',
  );
  const count = t.split(/\s+/u).filter(Boolean).length;
  if (!count) return null;
  // A long subject counts only when it names a known source, or is a body's own name ("The
  // Council for the Defence of the Northern Valleys (CDNV)").
  if (count > 8 && !KNOWN_SOURCES.some(([re]) => re.test(t)) && !BODY_TITLE.test(t)) return null;
  const at = main.start + lead + text.slice(main.start + lead, main.end).indexOf(t);
  return { start: at, end: at + t.length, text: t, role, relative, clauseStart: main.start };
}

// Speakers outside the war: monitors, the UN, witnesses, rescuers, news outlets.
const THIRD_PARTY =
  /\b(?:france[- ]press(?:e)?|observatory|monitors?|united nations|U\.?N\.?|witness(?:es)?|eyewitness(?:es)?|residents?|locals|villagers|aid workers|aid (?:groups?|agencies|organi[sz]ations?)|relief (?:groups?|agencies|workers)|(?:rescue|relief|aid) (?:teams?|workers|services)|rescue groups?|civil defen[cs]e|civil society|(?:human )?rights (?:groups?|organi[sz]ations?|monitors?|defenders?)|charit(?:y|ies)|fishermen|miners|herders|nomads|drivers|clerics?|priests?|imams?|humanitarian|rescuers|medics|doctors?|nurses?|health workers?|medical (?:group|groups|workers|staff|sources?|charity)|hospitals?|traders?|shopkeepers?|teachers?|farmers?|journalists?|reporters?|correspondents?|analysts?|experts?|activists?|NGOs?|amnesty|human rights watch|red cross|red crescent|doctors without borders|unicef|world health organi[sz]ation|international organi[sz]ation for migration|IOM|acled|white helmets|cent(?:er|re)|satellite|AFP|Reuters|AP|news agency|media|outlets?|newspapers?|television|broadcaster)\b/iu;
const STATE_MEDIA =
  /\bstate(?:[- ]run)? (?:television|tv|media|broadcaster|news|outlets?|radio|press)\b|\bSANA\b/iu;
// Words for a state's own voice when no state is named ("a security official", "military sources").
const STATE_ROLE =
  /\b(?:officials?|ministry|minister|spokes(?:man|woman|person)|sources|(?:security|military|army|police|government|intelligence|defen[cs]e) source|authorities|governor|police|army|military|command|general staff|presidency|government|regime|state)\b/iu;
// Officials of a civilian body ("a hospital official", "a camp director"): not the state's voice.
const CIVIL_ROLE =
  /\b(?:hospitals?|clinics?|camps?|schools?|universit(?:y|ies)|aid|relief|charity|church|mosque|health cent(?:re|er))\s+(?:officials?|directors?|managers?|staff|sources?|spokes(?:man|woman|person))\b/iu;
// People who lead or fight for a local party ("a tribal elder", "clan leaders", "a militia
// commander"): a party's voice, whatever side the words leave unnamed.
const LOCAL_PARTY =
  /\b(?:tribal|clan) (?:elders?|leaders?|chiefs?|sheikhs?|commanders?|fighters)\b|\b(?:elders?|sheikhs?)\b|\bmilitia (?:leaders?|commanders?|members?)\b|\bcommanders?\b/iu;
const AFFILIATED = /\b([A-Z][\w'-]+)-(?:run|led|controlled|backed|affiliated|aligned|allied)\b/u;

/**
 * The side a speaker belongs to and whether it stands outside the war. `actorsOf` reads actors
 * in a phrase (with the report's context); `home` is the side whose state "officials" speak for.
 *
 * @example
 * speakerSide('Israeli military', …); // { side: 'israel', thirdParty: false }
 * speakerSide('Syrian Observatory for Human Rights', …); // { side: null, thirdParty: true }
 */
export function speakerSide(
  phrase: string,
  actorsOf: (text: string) => { side: string; kind: string; generic: boolean; backer?: string }[],
  home: string | null,
): { side: string | null; thirdParty: boolean; withOutsiders?: boolean } {
  if (STATE_MEDIA.test(phrase)) {
    // "Syrian state media", "Iran's state TV": the state named, else the report's.
    const named = matchList(/\b[A-Z][a-z]+/gu, phrase)
      .map((m) => stateOf(m[0]))
      .find(Boolean);
    return { side: named ? stateSide(named) : home, thirdParty: false };
  }
  // "Russia said": the state itself.
  const state = stateOf(phrase.replace(/^the\s+/iu, '').trim());
  if (state) return { side: stateSide(state), thirdParty: false };
  const affiliated = AFFILIATED.exec(phrase)?.[1];
  // "the Iran-aligned group" of a report on the Houthis: the group it points back to.
  const backed = actorsOf(phrase).find((a) => a.backer && a.side !== a.backer);
  if (backed) return { side: backed.side, thirdParty: false };
  if (affiliated) {
    // ("Islamist-led" names no one: the words after it decide.)
    const a = actorsOf(`${affiliated} fighters`).find(
      (x) => (x.kind === 'group' || x.kind === 'state') && !x.generic,
    );
    if (a) return { side: a.side, thirdParty: false };
  }
  const actors = actorsOf(phrase).filter((a) => a.kind !== 'civilians');
  // The first body named decides: "David Doe, the UN's coordinator for the Syria crisis" is the UN's.
  const named = actors.find((a) => !a.generic);
  // Outsiders speak alone: "police and residents", "a local official and residents" speak for a
  // party, the outsiders only beside it.
  if (
    named?.kind === 'org' ||
    (THIRD_PARTY.test(phrase) &&
      !actors.length &&
      (!STATE_ROLE.test(phrase) || CIVIL_ROLE.test(phrase)) &&
      !LOCAL_PARTY.test(phrase))
  )
    return { side: null, thirdParty: true };
  // (A party speaking with outsiders tells its claim: it concedes nothing.)
  const withOutsiders = THIRD_PARTY.test(phrase) ? { withOutsiders: true } : {};
  if (named) return { side: named.side, thirdParty: false, ...withOutsiders };
  if (actors[0]) return { side: actors[0].side, thirdParty: false, ...withOutsiders };
  if (STATE_ROLE.test(phrase)) return { side: home, thirdParty: false, ...withOutsiders };
  return { side: null, thirdParty: false, ...(LOCAL_PARTY.test(phrase) ? withOutsiders : {}) };
}
