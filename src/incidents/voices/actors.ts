// Who acts, in any war: states by country ("Israeli warplanes", "Russia's army", "Sudanese Armed
// Forces"), armed groups by name (a well-known group, an acronym that acts, "the X Forces (XF)",
// "Druze fighters"), and generic words ("the army", "rebels") that the report's context resolves:
// the army of the state whose war it is, the group the report last named. Syria's sides keep the
// ids the control layer needs ('government', 'opposition', 'sna', 'sdf').
import type { Actor, Side } from '../../types/model.ts';
import { countryNamePattern, sideLabel, slug, stateOf, stateSide } from './states.ts';
import { STOPWORDS } from '../../words/stopwords.ts';
import { textCache } from '../../geoparse/util/textCaches.ts';
import { lowerBound } from '../../gazetteer/lowerBound.ts'; // the quoted phrase around an actor
import { matchList } from '../../geoparse/util/matchList.ts'; // every match, without matchAll's recompiling
import { wordTable } from '../../words/wordTable.ts';

export type ActorKind = 'state' | 'group' | 'civilians' | 'org';

export interface ActorMention extends Actor {
  start: number;
  end: number;
  kind: ActorKind;
  /** Words that need the report to say whose they are ("the army", "rebels"). */
  generic: boolean;
  /** For generic armed groups backed by a state ("Iran-backed militias"): the backer's side. */
  backer?: Side;
  /** The state's code, for state forces named by country. */
  country?: string;
}

/** What the report tells beyond one sentence: whose war it is, and whose rebels. */
export interface ActorContext {
  /** Side of the state whose forces "the army", "government forces" are. */
  home: Side | null;
  /** The armed group "rebels", "the militants" refer to. */
  group: ReportGroup | null;
}

/** A report's armed group, and the one each generic word names when they differ. */
export interface ReportGroup {
  side: Side;
  sideName: string;
  /** By generic noun ('rebel', 'militant', 'separatist' …): the group the report pairs it with. */
  byNoun?: Record<string, { side: Side; sideName: string }>;
}

// Territory words ("rebel-held", "government-controlled") describe places, not actors.
const NOT_HELD = String.raw`(?![-\s](?:held|controlled|run|backed|linked|loyal|aligned|positions?|areas?|territory|strongholds?|lines|targets|enclave|bastion)\b)`;

// Armed groups and state bodies whose names do not say what they are. [side, side name, name,
// words (case-insensitive), acronyms (case-sensitive)]. World knowledge, not one war's cast.
const NAMED: [Side, string, string, string, string?][] = [
  ['opposition', 'Opposition (HTS-led)', 'Hayat Tahrir al-Sham', String.raw`\bhayat tahrir al[- ]sham\b|\btahrir al[- ]sham\b`, String.raw`\bHTS\b`],
  ['opposition', 'Opposition (HTS-led)', 'Jaish al-Izza', String.raw`\bjaish al[- ]izza\b`],
  ['opposition', 'Opposition (HTS-led)', 'operations room', String.raw`\boperations? room\b|\bmilitary operations command\b`],
  ['opposition', 'Opposition (HTS-led)', 'Free Syrian Army', String.raw`\bfree syrian army\b`, String.raw`\bFSA\b`],
  ['sna', 'SNA (Turkish-backed)', 'Syrian National Army', String.raw`\bsyrian national army\b`, String.raw`\bSNA\b`],
  ['sdf', 'SDF', 'Syrian Democratic Forces', String.raw`\bsyrian democratic forces\b|\bkurdish-led forces\b`, String.raw`\bSDF\b|\bYPG\b`],
  ['government', 'Syrian government', 'Syrian Arab Army', String.raw`\bsyrian arab army\b|\bpresident (?:bashar )?(?:al-)?assad\b|\bassad(?:'s)? (?:forces|troops|army|military|government|regime)\b|\bpro-assad\b`],
  ['hezbollah', 'Hezbollah', 'Hezbollah', String.raw`\bhezbollah\b|\bhizbollah\b|\bhizballah\b`],
  ['hamas', 'Hamas', 'Hamas', String.raw`\bhamas\b|\bqassam brigades\b`],
  ['islamic-jihad', 'Islamic Jihad', 'Islamic Jihad', String.raw`\bislamic jihad\b`],
  ['houthis', 'Houthis', 'Houthis', String.raw`\bhouthis?\b|\bansar allah\b`],
  ['rsf', 'Rapid Support Forces', 'Rapid Support Forces', String.raw`\brapid support forces\b`, String.raw`\bRSF\b`],
  ['wagner', 'Wagner', 'Wagner', String.raw`\bwagner\b`],
  ['m23', 'M23', 'M23', String.raw`\bm23\b`],
  ['islamic-state', 'Islamic State', 'Islamic State', String.raw`\bislamic state\b|\bdaesh\b`, String.raw`\bISIS\b|\bISIL\b`],
  ['al-shabaab', 'al-Shabaab', 'al-Shabaab', String.raw`\bal[- ]shabaa?b\b`],
  ['taliban', 'Taliban', 'Taliban', String.raw`\btaliban\b`],
  ['boko-haram', 'Boko Haram', 'Boko Haram', String.raw`\bboko haram\b`],
  ['al-qaeda', 'al-Qaeda', 'al-Qaeda', String.raw`\bal[- ]qaeda\b|\bal[- ]qaida\b`],
  ['pkk', 'PKK', 'PKK', String.raw`\bkurdistan workers'? party\b`, String.raw`\bPKK\b`],
  ['tplf', 'Tigray forces', 'TPLF', String.raw`\btigray(?:an)? (?:forces|fighters|people's liberation front)\b`, String.raw`\bTPLF\b`],
  ['pmf', 'Popular Mobilisation Forces', 'Popular Mobilisation Forces', String.raw`\bpopular mobili[sz]ation (?:forces|units)\b|\bhashd al[- ]shaabi\b`, String.raw`\bPMF\b`],
  ['israel', 'Israel', 'Israeli military', String.raw`\bisrael defen[cs]e forces\b`, String.raw`\bIDF\b`],
  ['iran', 'Iran', 'Revolutionary Guards', String.raw`\brevolutionary guards?\b|\bpro-iranian\b`, String.raw`\bIRGC\b`],
  ['russia', 'Russia', 'Kremlin', String.raw`\bkremlin\b|\bmoscow\b`],
  ['iran', 'Iran', 'Tehran', String.raw`\btehran\b`],
  ['turkey', 'Turkey', 'Ankara', String.raw`\bankara\b`],
  ['ukraine', 'Ukraine', 'Kyiv', String.raw`\bkyiv\b|\bkiev\b`],
  ['us', 'United States', 'Pentagon', String.raw`\bpentagon\b`],
  ['un', 'United Nations', 'United Nations', String.raw`\bunited nations\b|\bpeacekeepers\b`, String.raw`\bU\.N\.|\bUN\b`],
  ['civilians', 'Civilians', 'civilians', String.raw`\bcivilians?\b|\bresidents\b|\bstudents\b|\bchildren\b`],
]; // prettier-ignore

// Sides of NAMED entries that are states (the rest are armed groups, the UN and civilians).
const STATE_CODES: Record<string, string> = wordTable({
  government: 'SY', israel: 'IL', iran: 'IR', russia: 'RU', turkey: 'TR', ukraine: 'UA', us: 'US',
}); // prettier-ignore
const STATE_SIDES = new Set(Object.keys(STATE_CODES));

// What states fight with: a demonym or a country before one of these is that state acting.
const FORCE_NOUN = caseless(
  String.raw`(?:side|armed forces|special forces|general staff|air force|air defen[cs]es?|defen[cs]e (?:ministry|forces)|forces|troops|army|military|soldiers?|servicemen|warplanes?|warships?|fighter jets?|jets?|aircraft|planes?|helicopters?|drones?|navy|marines|paratroopers|artillery|tanks?|police|units?|government|authorities|regime|ministry|officials?|air ?strikes?|strikes?|raids?|bombardment|shelling|shells?|(?:guided |glide |aerial )?bombs|missiles?|rockets?|offensive|counter-?offensive|counter-?attacks?|assault (?:groups?|units?|troops)|assaults?|attacks?|fire|guns|convoys?|brigades?|battalions?|commanders?|advisers|mercenaries|militias?|militiamen|fighters)`,
);

/** A pattern's letters in both cases (the rest of its pattern stays case-sensitive). */
function caseless(pattern: string): string {
  return pattern.replace(/\\.|\[[^\]]*\]|[a-z]/gu, (c) =>
    c.startsWith('\\')
      ? c
      : c.startsWith('[')
        ? `${c.slice(0, -1)}${c.slice(1, -1).toUpperCase()}]`
        : `[${c}${c.toUpperCase()}]`,
  );
}
// Countries written as acronyms in the news.
const ACRONYM_STATES: Record<string, string> = wordTable({ US: 'US', 'U.S.': 'US', UK: 'GB', UAE: 'AE' });
const OF_THE = /^\s+(?:of|from)\s+(?:the\s+)?(?:\S+-(?:linked|backed|led|allied|affiliated|aligned)\s+)?$/i;
const GAP_NOT_NOUN =
  /\b(?:says|said|say|has|have|had|was|were|is|are|will|would|and|of|to|in|on|at|that|the|a|an|its|their|accused|told|claimed)\b/i;
// Words for armed groups that name nobody: the report says whose.
const GROUP_NOUN = String.raw`(?:(?:separatist|rebel|insurgent|militant|jihadist|islamist|tribal|clan) (?:fighters|forces|militias?|militiamen|gunmen)|(?:cartel|gang) (?:gunmen|members|fighters|hitmen|cells?)|cartels?|gangs?|(?:extremist|terrorist|militant|jihadist|rebel|armed|islamist|separatist) groups?|rebel alliance|separatists?|dissidents?|rebels?|insurgents?|insurgency|opposition|jihadists?|islamists?|militants?|terrorists?|fighters|gunmen|armed men|assailants|attackers|raiders|bandits|militias?|militiamen|paramilitar(?:y|ies)|armed groups?|factions?)`;
// Words that head a group's own name ("the Arakan Army", "the Wagner Group").
const GROUP_HEAD = String.raw`(?:Forces|Army|Front|Brigades?|Movement|Militias?|Group|Battalions?|Corps|Guards?|Legion|Resistance|Cartel|Gang|[Cc]oalition)`;
// Capitalised words before a group noun that are no name ("Opposition fighters", "The rebels").
const NOT_A_NAME = new Set([
  ...STOPWORDS,
  ...`hundreds thousands dozens opposition rebel rebels islamist islamists jihadist jihadists foreign armed
  government regime allied enemy local tribal sunni shia shiite militant militants insurgent insurgents pro arab
  muslim christian islamic local former main state security special elite heavily suspected alleged unidentified unknown masked rival
  separatist separatists gunmen fighters troops soldiers police cartel cartels gang gangs`.split(/\s+/u),
]);
// Words that make a name with an acronym an armed group's ("… Liberation Army (ELN)").
const ARMED_NAME =
  /\b(?:Army|Forces|Front|Movement|Group|Brigades?|Battalions?|Liberation|Resistance|Defen[cs]e|Support|Jihad|Islam\w*|Mujahid\w*|Province|Alliance|Framework|Coalition|Militias?|Guards?|Rebels?|Fighters|Insurgents?)\b/u;
// Acronyms that are no armed group.
const NOT_A_GROUP = new Set(
  `UN EU US UK USA NATO AFP AP BBC CNN SANA SOHR UNICEF WHO ICRC MSF OCHA UNHCR WFP IAEA NGO NGOs TV GMT HRW
  AI IDP IDPs PM MP CEO HQ ID IMF UAE UNRWA ISW ACLED OSCE AU ECOWAS`.split(/\s+/u),
);
const GROUP_VERB = String.raw`(?:shelled|struck|attacked|fought|seized|captured|took|took control|launched|fired|killed|stormed|entered|raided|ambushed|advanced|overran|controls?|held|holds|has|have|had|was|were|is|are|also|then|militants|fighters|forces|troops|rebels|militia|militiamen|gunmen|units|drones|paramilitaries)`;

type Found = Omit<ActorMention, 'start' | 'end'>;

const LOCATIVE_BEFORE =
  /\b(?:in|of|from|to|into|across|near|at|on|inside|over|throughout|against|with|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?)\s+(?:the\s+)?$/i;

interface Rule {
  re: RegExp;
  /** One actor spanning the match, several with their own offsets, or null (then the search goes on). */
  make: (m: RegExpExecArray) => Found | ActorMention[] | null;
}

const sideNameOf = (side: Side, fallback?: string) => sideLabel(side, fallback);
const tidy = (s: string) =>
  s
    .replace(/^the\s+/iu, '')
    .replace(/\s+/gu, ' ')
    .trim();

function stateMention(code: string, name: string): Omit<ActorMention, 'start' | 'end'> {
  const side = stateSide(code);
  return { side, name, sideName: sideNameOf(side), kind: 'state', generic: false, country: code };
}

let compiled: Rule[] | null = null;

/** The patterns, compiled once (country names come from the platform at first use). */
function rules(): Rule[] {
  if (compiled) return compiled;
  const countries = countryNamePattern();
  const out: Rule[] = [];
  for (const [side, sideName, name, words, acronyms] of NAMED) {
    const kind: ActorKind =
      side === 'civilians' ? 'civilians' : side === 'un' ? 'org' : STATE_SIDES.has(side) ? 'state' : 'group';
    const country = kind === 'state' ? STATE_CODES[side] : undefined;
    const make = () => ({ side, name, sideName, kind, generic: false, ...(country ? { country } : {}) });
    out.push({ re: new RegExp(`(?:${words})${NOT_HELD}`, 'gi'), make });
    if (acronyms) out.push({ re: new RegExp(`(?:${acronyms})${NOT_HELD}`, 'g'), make });
  }
  // "Iran-backed militias", "Turkish-backed factions": armed men a state backs, unless the report
  // names their own group.
  out.push({
    re: new RegExp(
      String.raw`\b(?<who>[A-Z][a-z]+|US|U\.S\.)-(?:backed|supported|sponsored|aligned|allied|funded|armed)\s+(?:(?:[A-Z][a-z]+|local|allied|armed)\s+)?(?:${GROUP_NOUN}|factions?|proxies|forces|group|movement)\b`,
      'g',
    ),
    make: (m) => {
      const code = ACRONYM_STATES[m.groups?.who ?? ''] ?? stateOf(m.groups?.who ?? '');
      if (!code) return null;
      const side = stateSide(code);
      return {
        side,
        name: tidy(m[0]),
        sideName: sideNameOf(side),
        kind: 'group',
        generic: true,
        backer: side,
      };
    },
  });
  // "Arab tribal fighters", "clan militias", "fighters from the Druze minority" (not "men from the
  // X community", who may as well be its victims).
  out.push({
    re: /\b(?:[A-Z][a-z]+ )?(?:[Tt]ribal|[Cc]lan) (?:fighters|forces|militias?|militiamen|gunmen|commanders|elders|leaders)\b|\b[Tt]ribesmen\b/g,
    make: (m) => ({
      side: 'tribal',
      name: tidy(m[0]),
      sideName: 'Tribal fighters',
      kind: 'group',
      generic: false,
    }),
  });
  out.push({
    re: /\b(?:[Ff]ighters|[Mm]ilitiamen|[Gg]unmen|[Aa]rmed [Mm]en) (?:from|of) the (?<who>[A-Z][a-z]+) (?:minority|community|tribes?|clans?)\b/g,
    make: (m) => {
      const who = m.groups?.who ?? '';
      if (stateOf(who)) return null;
      return { side: slug(who), name: m[0], sideName: who, kind: 'group', generic: false };
    },
  });
  // "the Group for the Support of Islam and Muslims (JNIM)": an armed group's name and acronym.
  out.push({
    re: new RegExp(
      String.raw`\b(?<name>[A-Z][\w'-]*(?: (?:[A-Z][\w'-]*|of|for|the|and|al-[\w'-]+|de|du|des|la|le|del)){1,9}) \((?<acr>[A-Z][A-Z0-9-]{1,8})\)`,
      'g',
    ),
    make: (m) => {
      // "al-Qaeda-linked Group for …": the backer's word is no part of the name.
      const name = (m.groups?.name ?? '').replace(
        /^\S+-(?:linked|backed|led|allied|affiliated|aligned) /u,
        '',
      );
      const acr = m.groups?.acr ?? '';
      if (!ARMED_NAME.test(name) || NOT_A_GROUP.has(acr) || stateOf(acr) || stateOf(name.split(' ')[0]))
        return null;
      const at = m.index + m[0].indexOf(name);
      return [
        {
          side: slug(acr),
          name: acr,
          sideName: name.replace(/^the /iu, ''),
          kind: 'group',
          generic: false,
          start: at,
          end: m.index + m[0].length,
        },
      ];
    },
  });
  // "United States Africa Command", "US Central Command": a state's regional command, by name.
  out.push({
    re: new RegExp(String.raw`\b(?<who>US|U\.S\.|${countries})(?: [A-Z][a-z]+){0,2} Command\b`, 'g'),
    make: (m) => {
      const who = m.groups?.who ?? '';
      const code = ACRONYM_STATES[who] ?? stateOf(who);
      return code ? stateMention(code, m[0]) : null;
    },
  });
  // "Israeli warplanes", "Russia's army", "Russian and Syrian air forces".
  out.push({
    re: new RegExp(
      String.raw`\b(?<who>[A-Z][a-z]+(?: [A-Z][a-z]+)??|US|UK|UAE|U\.S\.|${countries})(?:'s)?(?<also> and (?:the )?(?:[A-Z][a-z]+|${countries}))?\s+(?<gap>(?:[a-z-]+\s+){0,2}?)(?<noun>${FORCE_NOUN})\b`,
      'g',
    ),
    make: (m) => {
      const g = m.groups ?? {};
      const code = ACRONYM_STATES[g.who ?? ''] ?? stateOf(g.who ?? '');
      // "Israel says troops": a verb between is no noun phrase; "the Syrian side of the border" is a place.
      if (!code || GAP_NOT_NOUN.test(g.gap ?? '')) return null;
      // (Nor is "killed on the Thai side": where, not who; fire "from the Thai side" is theirs.)
      if (
        /^side$/iu.test(g.noun ?? '') &&
        (/^\s+of\b/u.test(m.input.slice(m.index + m[0].length)) ||
          /\b(?:on|to|along|into|inside)\s+the\s+$/iu.test(m.input.slice(Math.max(0, m.index - 16), m.index)))
      )
        return null;
      const noun = `${g.gap ?? ''}${g.noun ?? ''}`.trim();
      const at = m.index + (m[0].startsWith('the ') ? 4 : 0);
      const possessive = m[0].startsWith(`${g.who}'s`) ? "'s" : '';
      const out = [
        { ...stateMention(code, `${g.who}${possessive} ${noun}`), start: at, end: at + (g.who ?? '').length },
      ];
      const also = (g.also ?? '').replace(/^ and (?:the )?/u, '');
      const other = also ? stateOf(also) : undefined;
      if (other) {
        const s2 = m.index + m[0].indexOf(also, (g.who ?? '').length);
        out.push({ ...stateMention(other, `${also} ${noun}`), start: s2, end: m.index + m[0].length });
      } else out[0].end = m.index + m[0].length;
      return out;
    },
  });
  // "Syrian rebels", "Palestinian militants": a group the report may name elsewhere.
  out.push({
    re: new RegExp(
      String.raw`(?<![\w-])(?<who>[A-Z][a-z]+)(?:-(?:led|dominated|majority))?\s+${GROUP_NOUN}\b${NOT_HELD}`,
      'g',
    ),
    make: (m) => {
      const who = m.groups?.who ?? '';
      const noun = m[0].slice(m[0].search(/\s/u)).trim();
      if (stateOf(who)) {
        // Foreign fighters and militias serve their state ("Iranian fighters"); rebels are rebels.
        if (/^(?:fighters|militias?|militiamen|mercenaries)$/iu.test(noun))
          return stateMention(stateOf(who)!, tidy(m[0]));
        return { side: 'opposition', name: tidy(m[0]), kind: 'group', generic: true };
      }
      // "With rebels seizing …": a function word opening the sentence is no part of the name.
      if (STOPWORDS.has(who.toLowerCase()))
        return { side: 'opposition', name: noun.toLowerCase(), kind: 'group', generic: true };
      if (NOT_A_NAME.has(who.toLowerCase()))
        return { side: 'opposition', name: tidy(m[0]), kind: 'group', generic: true };
      const side = slug(who);
      return { side, name: tidy(m[0]), sideName: who, kind: 'group', generic: false };
    },
  });
  // "the Arakan Army", "the Wagner Group", "the Sudanese Armed Forces".
  out.push({
    re: new RegExp(
      String.raw`\b(?<name>(?:[A-Z][\w'-]*|al-[A-Z]?[\w'-]+)(?: (?:[A-Z][\w'-]*|al-[\w'-]+|of|for|the|and)){0,5}) ${GROUP_HEAD}\b(?: \((?<acr>[A-Z][A-Z0-9]{1,5})\))?`,
      'g',
    ),
    make: (m) => {
      const full = m[0].replace(/\s*\([^)]*\)$/u, '');
      // "the National Guard", "the Republican Guard": the state's own forces.
      if (/^(?:the )?(?:National|Republican|Presidential|Border|Coast|Federal) Guards?$/iu.test(full))
        return { side: 'government', name: tidy(full), kind: 'state', generic: true };
      const first = (m.groups?.name ?? '').split(/[\s-]/u)[0];
      const code = stateOf(first) ?? stateOf(m.groups?.name ?? '');
      if (NOT_A_NAME.has(first.toLowerCase()) && !code) return null;
      if (code && /(?:Armed Forces|Army|Defen[cs]e Forces|Air Force|Navy|Guard|coalition)$/u.test(full))
        return stateMention(code, full);
      const acr = m.groups?.acr;
      return { side: slug(acr ?? full), name: acr ?? full, sideName: full, kind: 'group', generic: false };
    },
  });
  // An acronym that acts: "RSF shelled", "the ADF attacked", "M23 fighters".
  out.push({
    re: new RegExp(
      String.raw`\b(?<acr>[A-Z][A-Z0-9]{1,5}(?:-(?:[A-Z][A-Za-z0-9]{0,5}))?)(?![\w-])(?=\s+(?:${GROUP_VERB}|group|movement)\b)`,
      'g',
    ),
    make: (m) => {
      const acr = m.groups?.acr ?? '';
      if (NOT_A_GROUP.has(acr) || stateOf(acr)) return null;
      return { side: slug(acr), name: acr, sideName: acr, kind: 'group', generic: false };
    },
  });
  // Countries that act: "Israel struck", "Turkey had given", "Russia was providing".
  out.push({
    re: new RegExp(
      String.raw`\b(?<who>${countries})\b(?=\s+(?:has|have|had|was|were|is|will|would|also|then|[a-z]{3,}ed|says|claims|denies|strikes|struck|hit|attacks|launches|controls|holds|sends|sent|fires|warns|supports|backs|took|seized|fought|began|shot|shelled)\b)`,
      'g',
    ),
    make: (m) => {
      const who = m.groups?.who ?? '';
      const code = stateOf(who);
      // "rebels in north-western Syria captured": a place, not the one acting.
      if (LOCATIVE_BEFORE.test(m.input.slice(Math.max(0, m.index - 30), m.index))) return null;
      return code ? stateMention(code, tidy(who)) : null;
    },
  });
  // Generic state words: whose they are depends on the report.
  out.push({
    re: new RegExp(
      String.raw`\b(?:government|federal) (?:forces|troops|soldiers)\b|\bregime(?: forces| troops)?\b${NOT_HELD}|\bjunta(?:'s)?(?: forces| troops| soldiers| aircraft| jets| warplanes| drones)?\b${NOT_HELD}|\bpro-(?:government|regime)(?: forces| fighters| militias?)?\b|\b(?:the )?(?:army|military)\b${NOT_HELD}|\b(?:security forces|ground (?:forces|troops)|troops|soldiers|state forces|the authorities|police(?: officers)?|policemen|warplanes|(?:fighter )?jets|military aircraft|helicopter gunships)\b|(?<=(?:^|\b(?:that|said|says|the|and)\s+))units(?= of\b)`,
      'gi',
    ),
    make: (m) => ({ side: 'government', name: tidy(m[0]).toLowerCase(), kind: 'state', generic: true }),
  });
  out.push({
    re: new RegExp(String.raw`\b${GROUP_NOUN}\b${NOT_HELD}`, 'gi'),
    make: (m) => ({ side: 'opposition', name: tidy(m[0]).toLowerCase(), kind: 'group', generic: true }),
  });
  compiled = out;
  return out;
}

/** The rules' patterns, in order (for tests of what they may read). */
export const actorPatterns = (): RegExp[] => rules().map((r) => r.re);

const AIRCRAFT = /\b(?:warplanes?|jets?|aircraft|planes?|helicopters?|gunships|drones?|air force)\b/i;

// "Islamic State-linked ", "al-Shabaab-affiliated ": the group the men named after it belong to.
const LINKED_BEFORE =
  /((?!The\b)(?:[A-Z][\w']*|al)(?:[\s-](?:[A-Z][\w']*|al|of|the)){0,4})-(?:linked|affiliated)\s$/u;
const BACKER =
  /^-(?:backed|linked|allied|based|aligned|supported|sponsored|led|run|controlled|affiliated)\b/i;

// What the rules find in a text before `ctx` is applied, by text: a report's sentences are read
// for actors several times (the report's group, each sentence, each speaker's phrase), and
// speaker phrases repeat across reports. Bounded (sentence-sized texts only, a few thousand of
// them); entries are never handed out, only copies.
const NAMED_IN = textCache<string, readonly ActorMention[]>();
const NAMED_IN_MAX = 4096;
const NAMED_IN_LONGEST = 2000;

// Before a group another descends from or is tied to: "the former Syrian branch of al-Qaeda",
// "an offshoot of the Islamic State", "linked to al-Shabaab", "formerly known as the Nusra Front".
const LINEAGE =
  /\b(?:(?:branch|affiliate|offshoot|franchise|successor|splinter group|spin-off)\s+of|(?:linked|tied|affiliated)\s+(?:to|with)|ties\s+(?:to|with)|formerly(?:\s+known\s+as)?|allegiance\s+to)\s+(?:the\s+)?$/i;
// A quoted word or short phrase ("terrorists", "Nazi occupiers"): the speaker's label.
// (Its words touch its quotes: '…," an official said, "…' is between two quotations.)
const SCARE_QUOTE =
  /["\u201c]([^\s"\u201c\u201d,.;:](?:[^"\u201c\u201d\n]{0,46}[^\s"\u201c\u201d,;:.!?])?)["\u201d]/g;
const LABEL_WORDS = 4;

/** Spans of the short quoted phrases in a text, quotes included. */
function labelSpans(text: string): { start: number; end: number }[] {
  if (!/["\u201c]/.test(text)) return [];
  const out: { start: number; end: number }[] = [];
  for (const m of matchList(SCARE_QUOTE, text))
    if (m[1].trim().split(/\s+/).length <= LABEL_WORDS)
      out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  return out;
}

/** Every actor the rules name in `text`, before generic words take a side. */
function namedIn(text: string): readonly ActorMention[] {
  const known = NAMED_IN.get(text);
  if (known) return known;
  // Rules in order: a name the lexicon knows wins over a pattern, a pattern over a generic word.
  const found: ActorMention[] = [];
  // The characters already named, so that each match is checked in its own length (asking every
  // actor found so far was quadratic in a long report's actors).
  const covered = new Uint8Array(text.length + 1);
  const taken = (a: { start: number; end: number }) => {
    for (let i = Math.max(0, a.start); i < Math.min(a.end, text.length); i++) if (covered[i]) return true;
    return false;
  };
  for (const { re, make } of rules()) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const end = m.index + m[0].length;
      // "Iran-backed forces", "Turkish-backed factions": the backer is not the one acting.
      const a = BACKER.test(text.slice(end, end + 14)) ? null : make(m);
      if (!a) {
        re.lastIndex = m.index + 1;
        continue;
      }
      const start = m.index + (/^the\s/iu.test(m[0]) ? 4 : 0);
      const list = Array.isArray(a) ? a : [Object.assign({}, a, { start, end })];
      const fresh = list.filter((x) => !taken(x));
      for (const x of fresh) covered.fill(1, Math.max(0, x.start), Math.min(x.end, text.length));
      found.push(...fresh);
    }
  }
  // "Islamic State-linked fighters": generic words right after the link are that group's men.
  for (const men of found) {
    if (!men.generic || men.kind !== 'group') continue;
    const link = LINKED_BEFORE.exec(text.slice(Math.max(0, men.start - 48), men.start));
    const g = link && namedIn(link[1]).find((x) => x.kind === 'group' && !x.generic);
    if (!link || !g) continue;
    Object.assign(men, { side: g.side, sideName: g.sideName, generic: false });
    men.name = text.slice(men.start - link[0].length, men.end);
    men.start -= link[0].length;
  }
  // Quoted phrases come in order and do not overlap: the only one that can hold an actor is the
  // last to open at or before it (one binary search per actor; asking every phrase was quadratic
  // in a long report read whole).
  const labels = labelSpans(text);
  const labelled = (a: ActorMention) => {
    const l = labels[lowerBound(labels, (x) => x.start <= a.start) - 1];
    return !!l && a.end <= l.end;
  };
  // A word a speaker puts in quotes for the other side ("an attack by 'terrorists'") labels it; a
  // group an actor descends from ("a former branch of al-Qaeda") is its history. Neither is a
  // party to what the sentence tells. (They still take the span: nothing shorter matches.)
  const parties = found.filter(
    (a) => !labelled(a) && !LINEAGE.test(text.slice(Math.max(0, a.start - 40), a.start)),
  );
  if (text.length > NAMED_IN_LONGEST) return parties;
  if (NAMED_IN.size >= NAMED_IN_MAX) NAMED_IN.clear();
  NAMED_IN.set(text, parties);
  return parties;
}

/**
 * Every actor named in the text, by position; overlapping words keep the longest match. Generic
 * words take their side from `ctx` (Syria's 'government' and 'opposition' without one).
 *
 * @example
 * findActors('Israeli warplanes struck the town.').map((a) => a.side); // ['israel']
 * findActors('RSF fighters shelled the camp.').map((a) => a.side); // ['rsf']
 */
export function findActors(text: string, ctx: ActorContext = { home: null, group: null }): ActorMention[] {
  return withSides(namedIn(text), text, ctx);
}

// A capital acting or speaking for its state: "which Amman closed", "Islamabad said", "New Delhi
// has denied" (not "Beirut was hit", nor "in Amman").
const CAPITAL_ACTS =
  /^\s+(?:(?:has|have|had|also|then|later|quickly|swiftly)\s+)?(?!been\b)(?:[a-z]{3,}ed|said|says|told|claims|denies|insists|warns|struck|hit|sent|took|shot|fought|blamed|accused)\b/;

/**
 * `actors` (of `text`, by position) with the capitals `capitals` names (surface name → ISO
 * alpha-2 code of its state) where one stands as the subject of an act or a saying, as its state.
 *
 * @example
 * withCapitals([], 'the crossing, which Amman closed', new Map([['Amman', 'JO']]))[0].side; // 'jordan'
 */
export function withCapitals(
  actors: ActorMention[],
  text: string,
  capitals: ReadonlyMap<string, string>,
): ActorMention[] {
  if (!capitals.size) return actors;
  const extra: ActorMention[] = [];
  for (const [name, code] of capitals) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (/\w/u.test(text[at - 1] ?? '') || /\w/u.test(text[end] ?? '')) continue;
      if (!CAPITAL_ACTS.test(text.slice(end, end + 30))) continue;
      if (LOCATIVE_BEFORE.test(text.slice(Math.max(0, at - 30), at))) continue;
      if (actors.some((a) => a.start < end && at < a.end)) continue;
      extra.push({ ...stateMention(code, name), start: at, end });
    }
  }
  return extra.length ? [...actors, ...extra].sort((a, b) => a.start - b.start) : actors;
}

/**
 * findActors after the rules: copies of the actors `found` in `text`, by position, generic words
 * given their side.
 */
function withSides(found: readonly ActorMention[], text: string, ctx: ActorContext): ActorMention[] {
  // Copies: the generic words below take their side from `ctx`, and callers may change them.
  // (Pushed onto a literal: every caller's optimised code then meets one elements kind.)
  const out: ActorMention[] = [];
  for (const a of found) out.push({ ...a });
  out.sort((a, b) => a.start - b.start);
  // Generic words: the report's state, and the group named last ("M23 … the rebels") or, when the
  // sentence names none, the one the report pairs with that word.
  let group: { side: Side; sideName: string } | null = null;
  // "fighters from the factions": men of a group the report names by a generic word are that
  // group's, named whole.
  const ofGeneric: [ActorMention, ActorMention][] = [];
  out.forEach((a, i) => {
    // "Fighters of the Islamic State West Africa Province": the generic words are that group.
    const next = out[i + 1];
    if (
      a.generic &&
      a.kind === 'group' &&
      next?.generic &&
      next.kind === 'group' &&
      OF_THE.test(text.slice(a.end, next.start))
    )
      ofGeneric.push([a, next]);
    if (
      a.generic &&
      next &&
      !next.generic &&
      (next.kind === 'group' || next.kind === 'state') &&
      OF_THE.test(text.slice(a.end, next.start))
    ) {
      a.side = next.side;
      a.sideName = next.sideName;
      a.kind = next.kind;
      a.generic = false;
    }
  });
  // "Israeli warplanes struck A, and jets also hit B": aircraft named without a state are the
  // ones the sentence named before.
  let air: ActorMention | null = null;
  for (const a of out) {
    if (a.kind === 'group' && !a.generic) group = { side: a.side, sideName: a.sideName ?? a.name };
    if (a.kind === 'state' && !a.generic && AIRCRAFT.test(a.name)) air = a;
    if (!a.generic) continue;
    const noun = genericNoun(a.name);
    // ("Armed men shot dead five fishermen" in a report whose group it calls only "rebels": armed
    // men the report never ties to that group are not its men.)
    const byNoun = ctx.group?.byNoun;
    const untied =
      !!noun && UNTIED_NOUNS.has(noun) && !!byNoun && Object.keys(byNoun).length > 0 && !byNoun[noun];
    const mine = group ?? (noun ? byNoun?.[noun] : undefined) ?? (untied ? null : ctx.group);
    if (a.kind === 'state' && air && AIRCRAFT.test(a.name)) {
      a.side = air.side;
      a.sideName = air.sideName ?? sideNameOf(a.side);
      if (air.country) a.country = air.country;
    } else if (a.kind === 'state') {
      a.side = ctx.home ?? 'government';
      a.sideName = sideNameOf(a.side);
    } else if (a.backer) {
      // A backed group is its backer's unless the group the report names fights beside it, or
      // unless it points back to that group ("the Iran-aligned group" of a report on the Houthis).
      const anaphor = /(?:^|\s)(?:group|movement)$/iu.test(a.name) && afterThe(text, a.start);
      if (mine && (allied(mine.side, a.backer) || (anaphor && mine.side !== a.backer)))
        [a.side, a.sideName] = [mine.side, mine.sideName];
    } else if (noun === 'opposition' && mine?.side !== 'opposition') {
      // "opposition fighters": the opposition, in any war.
      a.side = 'opposition';
      a.sideName = 'Opposition';
    } else if (mine) {
      a.side = mine.side;
      a.sideName = mine.sideName;
    } else if (ctx.home && ctx.home !== 'government' && noun && noun !== 'opposition' && noun !== 'rebel') {
      // Another war's armed men the report names no group for: a side of their own word
      // ("gangs", "insurgents"), not Syria's opposition (rebels are an opposition in any war).
      const plural = NOUN_PLURAL[noun] ?? `${noun}s`;
      a.side = plural;
      a.sideName = plural[0].toUpperCase() + plural.slice(1);
    } else a.sideName = 'Opposition';
  }
  for (const [men, group] of ofGeneric) {
    [men.side, men.sideName] = [group.side, group.sideName];
    men.name = text.slice(men.start, group.end);
  }
  return out;
}

/**
 * Whether "the" and white space come right before `at` ("… the Iran-aligned group"): the words
 * just before, not the whole text before (a report read whole asks for each of its actors).
 */
function afterThe(text: string, at: number): boolean {
  let j = at;
  while (j > 0 && /\s/u.test(text[j - 1])) j--;
  return j < at && /\bthe$/iu.test(text.slice(Math.max(0, j - 4), j));
}

// What the dateline's state counts for, against 2 per state actor and 1 per country named (it
// also wins a tie).
const FILED_FROM_WEIGHT = 6;
// A country named as what a border, route or crossing leads to ("the border with Chad").
const NEIGHBOUR_BEFORE =
  /\b(?:borders?|frontier|boundary|routes?|crossings?|trade|ties|relations)\s+with\s+(?:the\s+)?$/i;

let countryWordsRe: RegExp | null = null;
/** Capitalised words and country names (the pattern is long: compiled once, not per report). */
const countryWords = (): RegExp =>
  (countryWordsRe ??= new RegExp(String.raw`\b(?:[A-Z][a-z]+(?:'s)?|${countryNamePattern()})\b`, 'g'));

/**
 * Whose war a report tells: the state its forces and its words name most ("Sudanese army",
 * "Sudan"), as a side id; else the state of the place it was filed from (`filedCountry`, ISO
 * alpha-2); null when neither.
 *
 * @example
 * reportHome('The Sudanese army said RSF fighters shelled El Fasher. Sudan …'); // 'sudan'
 */
export function reportHome(
  body: string | readonly string[],
  filedFrom: string[] = [],
  filedCountry = '',
): Side | null {
  const text = typeof body === 'string' ? body : body.join('\n');
  const score = new Map<string, number>();
  // The dateline ("CÚCUTA, Colombia —", "MOSCOW (Agency) —"): the reporter's state is usually the
  // one whose "army" the report means, unless the report names another far more often.
  // (`text` is the body without the dateline: a state the body never names is only where the
  // reporter sat, "CHIANG MAI, Thailand" over a report on Myanmar's war.)
  const actors = typeof body === 'string' ? findActors(text) : actorsInSentences(body, text);
  for (const a of actors) {
    if (a.kind === 'state' && a.country) score.set(a.country, (score.get(a.country) ?? 0) + 2);
  }
  for (const m of matchList(countryWords(), text)) {
    // ("the border trade routes with China": a neighbour the scene lies beside, not a party.)
    if (NEIGHBOUR_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 40), m.index))) continue;
    const code = stateOf(m[0]);
    if (code) score.set(code, (score.get(code) ?? 0) + 1);
  }
  const filed = new Set<string>();
  // (A dateline naming only its town, "DAMASCUS —", is filed from the state the town lies in.)
  const datelineStates = filedFrom.map(
    (words) => stateOf(words) ?? findActors(words).find((a) => a.kind === 'state' && a.country)?.country,
  );
  if (filedCountry && !datelineStates.some(Boolean)) datelineStates.push(filedCountry);
  for (const code of datelineStates) {
    if (code && !filed.has(code) && score.has(code)) score.set(code, score.get(code)! + FILED_FROM_WEIGHT);
    if (code) filed.add(code);
  }
  const best = [...score].sort(
    (a, b) => b[1] - a[1] || Number(filed.has(b[0])) - Number(filed.has(a[0])) || (a[0] < b[0] ? -1 : 1),
  )[0];
  // (A report that names no state has the state it was filed from, as its gazetteer place says:
  // "TRIPOLI — The government said its forces …" is Libya's.)
  return best ? stateSide(best[0]) : filedCountry ? stateSide(filedCountry) : null;
}

// A sentence end no rule reads across: a full stop, "!" or "?", closing quotes and brackets after
// it. No rule's words hold "!", "?" or a stop but the stops of "U.S.", "U.K.", "U.N." and "St."
// (actors.test.ts keeps it so), so a stop that does not follow a capitalised word of one or two
// letters is in no match: none runs from one sentence into the next, and a rule looking before or
// after its match sees a stop or a quote on either side of the line break.
const SENTENCE_END = /([.!?])["'\u201d\u2019)\]]*$/;
const SHORT_CAPITALISED = /(?:^|\W)[A-Z]\w?$/;

function closedSentence(s: string): boolean {
  const end = SENTENCE_END.exec(s);
  return !!end && (end[1] !== '.' || !SHORT_CAPITALISED.test(s.slice(0, end.index)));
}

/**
 * findActors on sentences joined by line breaks, from each sentence's own actors (which the rest
 * of the report's reading asks for again, from the cache): the same actors as reading the whole
 * text, when every sentence but the last is closed; else the whole text is read.
 *
 * @example actorsInSentences(['Israeli jets struck.', 'Jets hit it again.']).map((a) => a.side) // ['israel', 'israel']
 */
export function actorsInSentences(sentences: readonly string[], text = sentences.join('\n')): ActorMention[] {
  if (!sentences.every((s, i) => i === sentences.length - 1 || closedSentence(s))) return findActors(text);
  const found: ActorMention[] = [];
  let offset = 0;
  for (const s of sentences) {
    for (const a of namedIn(s)) found.push({ ...a, start: a.start + offset, end: a.end + offset });
    offset += s.length + 1;
  }
  return withSides(found, text, { home: null, group: null });
}

// Between a group's name and its generic word: "M23 rebels", "rebels led by HTS", "the rebel
// alliance, the Strategic Framework …", "militants of the Islamic State" (no verb between).
const PAIR_GAP =
  /^(?:[\s,()'-]|\b(?:the|of|from|led|by|known|as|called|a|an|new|its|their|alliance|group|coalition)\b){0,30}$/iu;

const GENERIC_GROUP = new RegExp(String.raw`\b${GROUP_NOUN}\b`, 'i');
// The stems of generic words for armed men, most telling first within a name ("rebel fighters": rebel).
const NOUN_STEMS: [RegExp, string][] = [
  [/^separatist/u, 'separatist'], [/^rebel/u, 'rebel'], [/^insurgen/u, 'insurgent'], [/^militant/u, 'militant'],
  [/^jihadist/u, 'jihadist'], [/^islamist/u, 'islamist'], [/^terrorist/u, 'terrorist'], [/^extremist/u, 'extremist'],
  [/^paramilitar/u, 'paramilitary'], [/^militia/u, 'militia'], [/^gunm[ae]n$/u, 'gunman'], [/^fighters?$/u, 'fighter'],
  [/^opposition$/u, 'opposition'], [/^cartels?$/u, 'cartel'], [/^gangs?$/u, 'gang'], [/^dissidents?$/u, 'dissident'],
  [/^factions?$/u, 'faction'], [/^bandits?$/u, 'bandit'], [/^men$/u, 'gunman'], [/^assailants?$/u, 'assailant'],
  [/^attackers?$/u, 'attacker'], [/^raiders?$/u, 'raider'],
]; // prettier-ignore

/**
 * The generic noun of a group's words: its head ("Islamist-led rebels" → 'rebel'), or the word
 * before a head that says little ("rebel fighters" → 'rebel'); null when there is none.
 */
function genericNoun(name: string): string | null {
  // Every generic actor of every sentence asks, and a report has a handful of such names.
  const known = GENERIC_NOUN.get(name);
  if (known !== undefined) return known;
  if (GENERIC_NOUN.size >= 4096) GENERIC_NOUN.clear();
  const noun = genericNounOf(name);
  GENERIC_NOUN.set(name, noun);
  return noun;
}
const GENERIC_NOUN = textCache<string, string | null>();

function genericNounOf(name: string): string | null {
  const stems = name
    .toLowerCase()
    .split(/[\s-]+/u)
    .flatMap((w) => NOUN_STEMS.filter(([re]) => re.test(w)).map(([, stem]) => stem));
  const head = stems.pop() ?? null;
  return head && WEAK_NOUNS.has(head) && stems.length ? stems.pop()! : head;
}
// Words for armed men that name no cause (gunmen, bandits): a report's group is theirs only when the
// report says so ("militants" of a report on one group are mostly its men).
const UNTIED_NOUNS = new Set(['gunman', 'bandit']);
const WEAK_NOUNS = new Set(['fighter', 'gunman', 'militia', 'faction', 'assailant', 'attacker', 'raider']);
const NOUN_PLURAL: Record<string, string> = wordTable({
  gunman: 'gunmen',
  militia: 'militias',
  paramilitary: 'paramilitaries',
  fighter: 'armed groups',
});

/**
 * The armed group a report's "rebels" and "militants" are: the named group it mentions most in
 * the same sentences as those words ("M23 rebels", "rebels led by HTS"), else the one it names most.
 *
 * @example
 * reportGroup(['M23 rebels seized the town.', 'The rebels said so.'])?.side; // 'm23'
 */
export function reportGroup(sentences: string[]): ActorContext['group'] {
  type Entry = { group: { side: Side; sideName: string }; n: number };
  const score = new Map<string, Entry>();
  const byNoun = new Map<string, Map<string, Entry>>();
  const add = (to: Map<string, Entry>, a: ActorMention, n: number) => {
    const e = to.get(a.side) ?? { group: { side: a.side, sideName: a.sideName ?? a.name }, n: 0 };
    e.n += n;
    to.set(a.side, e);
  };
  const best = (m: Map<string, Entry>) =>
    [...m.values()].sort((a, b) => b.n - a.n || (a.group.side < b.group.side ? -1 : 1))[0]?.group ?? null;
  for (const text of sentences) {
    const actors = findActors(text);
    for (const a of actors) {
      // "Turkish-backed factions … the factions": a backed group is what its own word names later
      // in the report (a little: the report's group, named with the word, wins).
      const backedNoun = a.backer && a.kind === 'group' ? genericNoun(a.name) : null;
      if (backedNoun) {
        if (!byNoun.has(backedNoun)) byNoun.set(backedNoun, new Map());
        add(byNoun.get(backedNoun)!, a, 5);
      }
      if (a.kind !== 'group' || a.generic) continue;
      // Named next to a generic word ("M23 rebels", "rebels led by HTS", "militants of IS"): it is
      // who the report's rebels are; named elsewhere, it counts for little.
      const pairedWith = actors.filter(
        (b) =>
          b.generic &&
          b.kind === 'group' &&
          PAIR_GAP.test(b.start >= a.end ? text.slice(a.end, b.start) : text.slice(b.end, a.start)),
      );
      add(score, a, pairedWith.length ? 10 : GENERIC_GROUP.test(text) ? 2 : 1);
      // Each generic word goes to the group named with it ("Wagner fighters", "Tuareg rebels"),
      // a little to a group named in its sentence.
      const own = genericNoun(a.name);
      const votes: [string | null, number][] = [
        ...pairedWith.map((b) => [genericNoun(b.name), 10] as [string | null, number]),
        [own, 10],
        ...(own
          ? []
          : actors
              // (Not men another state backs: "Turkish-backed factions" are no SDF word.)
              .filter((b) => b.generic && b.kind === 'group' && !b.backer)
              .map((b) => [genericNoun(b.name), 1] as [string | null, number])),
      ];
      const seen = new Set<string>();
      for (const [noun, n] of votes) {
        if (!noun || seen.has(noun)) continue;
        seen.add(noun);
        if (!byNoun.has(noun)) byNoun.set(noun, new Map());
        add(byNoun.get(noun)!, a, n);
      }
    }
  }
  const group = best(score);
  if (!group) return null;
  // A word goes to its own group when the report names them together, or when it never names the
  // report's main group near that word.
  const nouns = [...byNoun]
    .map(([noun, m]) => [noun, best(m), m] as const)
    .filter(([, g, m]) => !!g && ((m.get(g.side)?.n ?? 0) >= 10 || !m.has(group.side)))
    .map(([noun, g]) => [noun, g] as const);
  return nouns.length ? { ...group, byNoun: Object.fromEntries(nouns) as ReportGroup['byNoun'] } : group;
}

/** Actors without repeats (same side and name, any case), in order of first mention. */
export function uniqueActors(actors: Actor[]): Actor[] {
  const seen = new Set<string>();
  const out: Actor[] = [];
  for (const a of actors) {
    const key = `${a.side}|${a.name.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      side: a.side,
      name: a.name,
      ...(a.sideName ? { sideName: a.sideName } : {}),
      ...(a.generic ? { generic: true as const } : {}),
    });
  }
  return out;
}

// Allies fight together ("Syrian and Russian jets"): Syria's camps; every other side is its own.
const CAMP: Partial<Record<Side, string>> = {
  government: 'pro-government',
  russia: 'pro-government',
  iran: 'pro-government',
  hezbollah: 'pro-government',
  opposition: 'opposition',
  turkey: 'opposition',
  sna: 'opposition',
};

/**
 * Whether two sides fight on the same side: equal, or allies in one camp.
 *
 * @example
 * allied('russia', 'government'); // true
 * allied('rsf', 'sudan'); // false
 */
export function allied(a: Side, b: Side): boolean {
  if (a === b) return true;
  const ca = CAMP[a];
  return !!ca && ca === CAMP[b];
}
