// Names of speakers: known sources get one canonical name (so the same monitor quoted by four
// outlets reads the same); others keep the head of their phrase ("Assad regime security official",
// "military sources"). Pronouns and "the same source" point back to the report's earlier speakers.
// Which words are speakers, and what they speak for, is speakers.ts.
import { countryDemonym } from '../../words/demonyms.ts';
import { stateOf } from './states.ts';

// Canonical names of sources seen in war reporting, most specific first. '' keeps the words matched.
export const KNOWN_SOURCES: [RegExp, string][] = [
  [
    /\bsyrian observatory\b|\bSOHR\b|\bsyria war monitor\b|\b(?:uk|britain|british)-based (?:ngo|monitor|group|observatory)\b/i,
    'Syrian Observatory for Human Rights',
  ],
  [/\bSANA\b|\bsyrian? (?:arab )?(?:state )?news agency\b/u, 'SANA'],
  [
    /\b[Ii]nternational [Oo]rgani[sz]ation for [Mm]igration\b|\bIOM\b/u,
    'International Organization for Migration',
  ],
  // A UN agency named keeps its name ("the UN refugee agency", "OCHA"): it is its own source.
  [
    /\bU\.?N\.?(?:'s)? (?:refugee|children's|humanitarian|food|migration|human rights|relief) (?:agency|office|fund|programme|program|chief|coordinator)\b|\bUNHCR\b|\bOCHA\b|\bUNICEF\b|\bWFP\b|\bUNRWA\b/u,
    '',
  ],
  [/\bunited nations\b|\bU\.?N\.?\b|\bhumanitarian (?:coordinator|affairs)\b/u, 'United Nations'],
  [/\bkremlin\b|\bpeskov\b/i, 'Kremlin'],
  [/\boperations? room\b/i, 'operations room'],
  [/\b(?:eye)?witness(?:es)?\b/i, 'witnesses'],
  [/\bturkish (?:foreign |defen[cs]e )?ministry\b/i, 'Turkish government'],
  // An outlet named after its kind: "the state news agency NNA", "the news agency WAFA".
  [/\b(?:news agency|agency|television|broadcaster|radio|channel)\s+(?<name>[A-Z]{2,6})(?![\w'(-])/u, ''],
  [/\b(?:[A-Z][\w'-]+ ){1,3}[Nn]ews [Aa]gency\b/u, ''],
  [/\bAFP\b|\bagence france|\bfrance[- ]press/i, 'AFP'],
  [/\breuters\b/i, 'Reuters'],
  [/\bassociated press\b/i, 'AP'],
  // A civil defence body keeps its own words ("the Lebanese civil defence service").
  [
    /\b(?:[A-Z][\w'-]+ )?[Cc]ivil [Dd]efen[cs]e(?: (?:[Aa]gency|[Ss]ervice|[Dd]irectorate|[Aa]uthority|[Ff]orce|[Cc]orps))?\b/u,
    '',
  ],
  [/\baid workers\b|\brescuers\b|\bwhite helmets\b|\bcivil defen[cs]e\b/i, 'aid workers'],
  [/\bhayat tahrir al[- ]sham\b|\bHTS\b/u, 'Hayat Tahrir al-Sham'],
];

const STATE_MEDIA =
  /\b(?:(?<who>[A-Z][a-z]+)(?:'s)? )?[Ss]tate(?:[- ]run)? (?:television|tv|TV|media|broadcaster|news|outlets?|radio|press)\b/u;

const ANAPHOR =
  /^(?:he|she|it|they|(?:the )?(?:center|centre|same source|source|official|group|agency|report|monitor|ngo|organi[sz]ation|ministry|spokesman|spokeswoman|statement))$/i;
const DETERMINERS =
  /^(?:the|a|an|its|their|his|her|two|three|four|five|six|several|some|other|many|both|an? \w+ly|one|multiple)\s+/i;
// The head of a phrase ends where its modifiers begin: "rebels opposed to …", "sources with links …".
const MODIFIER =
  /\s+(?:of|opposed|in|from|with|for|led|backed|based|who|which|that|to|at|on|close|linked|loyal|familiar|speaking|representing|citing|quoted|under)\b.*$/iu;

const BODY_NAME =
  /^(?:Office|Ministry|Department|Directorate|Committee|Commission|Council|Bureau|Agency|Authority|Institute|Union|League|Network|Association|Federation|Coalition|Alliance|Front|Movement|Army|Forces)(?:\s+(?:of|for|and|the|on)\b|\s+[A-Z][\w'-]*){2,8}(?:\s+\([A-Z][\w.-]{1,12}\))?$/u;
const ROLE_FOR =
  /^(spokes(?:man|woman|person)|officials?|commanders?|leaders?|forces|troops|fighters)\s+(for|of|loyal to)\s+((?:the\s+)?(?!(?:the\s+)?(?:area|region|town|city|village|province)\b)[^,;]{2,60}?)(?=\s+(?:in|on|at|near|who|which|said|says|told)\b|$)/iu;
const STATEMENT_BY =
  /^(?:(?:a|an|the)\s+)?(?:statement|notice|report|post|video|message|communiqu[ée]|announcement|bulletin)s?\s+(?:\w+\s+)?(?:by|from|of)\s+(?:the\s+)?/iu;

/** True when the words only point back ("he", "the center", "the same source"). */
export function isAnaphor(phrase: string): boolean {
  return ANAPHOR.test(phrase.trim()) || /\bsame source\b/i.test(phrase);
}

/**
 * Gives a speaker's phrase its canonical name, or the head of the phrase when it is not a known
 * source: a person's name, else at most four words before its modifiers.
 *
 * @example
 * canonicalSource('the UK-based monitor'); // 'Syrian Observatory for Human Rights'
 * canonicalSource('Syrian rebels opposed to the president'); // 'Syrian rebels'
 */
export function canonicalSource(phrase: string): string {
  for (const [re, name] of KNOWN_SOURCES) {
    const m = re.exec(phrase);
    if (m) return name || (m.groups?.name ?? m[0]).trim();
  }
  const state = STATE_MEDIA.exec(phrase);
  if (state) {
    const who = state.groups?.who;
    const adjective =
      who && stateOf(who) ? (/'s$/u.test(state[0].split(' ')[0]) ? demonymOf(who) : who) : null;
    return adjective ? `${adjective} state media` : 'state media';
  }
  let p = phrase
    .trim()
    .replace(/^(?:and|but|as|while|also)\s+/i, '')
    .replace(/[\s.,;:!?"]+$/u, '');
  // "one of the security sources", "two of the officials": the sources speak.
  p = p.replace(/^(?:one|two|three|some|several|many|most|each|either|any)\s+of\s+(?:the\s+)?(?=\S)/i, '');
  while (DETERMINERS.test(p)) p = p.replace(DETERMINERS, '');
  // "a notice posted by the city administration": the body that wrote it speaks.
  p = p.replace(STATEMENT_BY, '');
  // "a spokesman for the army group in the area", "an official of the ministry": a role speaks
  // for its body, named up to where the place or time begins.
  const forBody = ROLE_FOR.exec(p);
  if (forBody) return `${forBody[1]} ${forBody[2]} ${forBody[3]}`;
  // A body's own name with "of" or "for" in it ("the Office of Citizen Protection") stays whole.
  if (BODY_NAME.test(p)) return p;
  p = p.replace(MODIFIER, '');
  // A name ("David Cardon") stands alone.
  const name = /^(?:[A-Z][\w'.-]*(?:\s+|$)){2,4}$/u.exec(p)?.[0].trim();
  if (name) return name.replace(/\.$/u, '');
  const lastName = /(?:^|\s)((?:[A-Z][\w'-]+\s+){1,3}[A-Z][\w'-]+)$/u.exec(p)?.[1];
  // "Kremlin spokesman Dmitry Peskov": the title's organisation is known above; a titled name stays.
  if (
    lastName &&
    lastName.split(/\s+/u).length >= 2 &&
    /\b(?:spokes\w+|minister|commander|director|official|leader|president|chief|head|governor|mayor)\s/iu.test(
      p,
    )
  )
    return lastName;
  // "residents and a local official" stays whole; a long phrase keeps its last four words.
  const words = p.split(/\s+/u).filter(Boolean);
  return words.length <= 6 ? words.join(' ') : words.slice(words.length - 4).join(' ');
}

// "Syria's state broadcaster" → "Syrian state media": the adjective of a country named in the possessive.
function demonymOf(country: string): string {
  const c = country.replace(/'s$/u, '');
  const code = stateOf(c);
  return (code && countryDemonym(code)) || `${c}'s`;
}

/**
 * The organisation an appositive names: "the UN's deputy coordinator" → 'United Nations',
 * "commander of the Jaish al-Izza brigade" → 'Jaish al-Izza brigade'; null when none.
 */
export function roleOrganisation(role: string): string | null {
  for (const [re, name] of KNOWN_SOURCES) {
    const m = re.exec(role);
    if (m) return name || (m.groups?.name ?? m[0]).trim();
  }
  const of =
    /\bof (?:the )?((?:[A-Z][\w'-]*|al-[\w'-]+)(?:\s+(?:[A-Z][\w'-]*|al-[\w'-]+|[a-z]+))*?)\s*$/u.exec(role);
  return of ? of[1] : null;
}

// What an anaphor can point back to: "the center" is an organisation, "the agency" a news agency.
const ANAPHOR_CLASSES: [RegExp, RegExp][] = [
  [
    /center|centre|monitor|ngo|organi[sz]ation|observatory/i,
    /observatory|united nations|aid workers|witnesses|monitor/i,
  ],
  [/agency|report/i, /SANA|news agency|AFP|Reuters|AP|media/i],
  [
    /official|source\b|ministry|spokes/i,
    /military|army|government|kremlin|official|ministry|sources|regime|security/i,
  ],
];

/**
 * The earlier speaker an anaphoric one points to: "he" → the last speaker, "the center" → the
 * last organisation of that kind, "the same source" → the last known source. `history` is oldest first.
 */
export function resolveAnaphor(anaphor: string, history: { name: string; known: boolean }[]): string | null {
  if (/^(?:he|she|they|it)$/i.test(anaphor)) return history[history.length - 1]?.name ?? null;
  // "the ministry" → the last speaker called a ministry, before any of its class.
  const head = /([a-z]{4,})\s*$/i.exec(anaphor)?.[1]?.toLowerCase();
  if (head && !/^(?:same|source)$/u.test(head))
    for (let i = history.length - 1; i >= 0; i--)
      if (new RegExp(`\\b${head}\\b`, 'iu').test(history[i].name)) return history[i].name;
  const cls = /same source/i.test(anaphor) ? undefined : ANAPHOR_CLASSES.find(([re]) => re.test(anaphor));
  for (let i = history.length - 1; i >= 0; i--) {
    const h = history[i];
    if (cls ? cls[1].test(h.name) : h.known) return h.name;
  }
  return history[history.length - 1]?.name ?? null;
}
