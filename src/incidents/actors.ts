// Who acts: words for armed groups and states, normalised to sides. Named factions keep their
// name; generic words ("rebels", "regime forces") get a generic one.
import type { Actor, Side } from '../types/model.ts';

export interface ActorMention extends Actor {
  start: number;
  end: number;
}

// Territory words ("rebel-held", "government-controlled") describe places, not actors.
const NOT_HELD = String.raw`(?![-\s](?:held|controlled|run|backed|linked|loyal|aligned|positions?|areas?|territory|strongholds?|lines|targets|enclave|bastion)\b)`;

// [side, name, words matched case-insensitively, acronyms matched case-sensitively]
const LEXICON: [Side, string, string, string?][] = [
  [
    'opposition',
    'Hayat Tahrir al-Sham',
    String.raw`\bhayat tahrir al[- ]sham\b|\btahrir al[- ]sham\b`,
    String.raw`\bHTS\b`,
  ],
  ['opposition', 'Jaish al-Izza', String.raw`\bjaish al[- ]izza\b`],
  ['opposition', 'operations room', String.raw`\boperations? room\b`],
  ['sna', 'Syrian National Army', String.raw`\bsyrian national army\b`, String.raw`\bSNA\b`],
  [
    'sdf',
    'Syrian Democratic Forces',
    String.raw`\bsyrian democratic forces\b|\bkurdish-led forces\b`,
    String.raw`\bSDF\b`,
  ],
  ['hezbollah', 'Hezbollah', String.raw`\bhezbollah\b|\bhizbollah\b|\bhizballah\b`],
  ['opposition', 'rebels', String.raw`\brebels?\b${NOT_HELD}|\binsurgen(?:ts?|cy)\b`],
  [
    'opposition',
    'jihadists',
    String.raw`\bjihadists?\b${NOT_HELD}|\bislamists?\b|\bmilitants?\b|\bterrorists?\b`,
  ],
  ['opposition', 'opposition', String.raw`\bopposition\b${NOT_HELD}`],
  ['opposition', 'fighters', String.raw`\bfighters\b|\bgunmen\b|\ba fighter\b`],
  [
    'government',
    'government forces',
    String.raw`\bregime\b${NOT_HELD}|\bpro-(?:assad|government|regime)\b|\bassad(?:'s)? (?:forces|troops|army|military|government)\b|\bsyrian arab army\b|\bsyrian (?:army|military|troops|forces|government|authorities|air force|soldiers|jets|warplanes|aircraft|helicopters|artillery|tanks)\b|\bgovernment (?:forces|troops|soldiers)\b|\bthe (?:army|military)\b|\bpresident (?:bashar )?(?:al-)?assad\b|\barmy\b|\bsoldiers\b`,
  ],
  ['russia', 'Russia', String.raw`\brussian?\b|\bmoscow\b|\bkremlin\b`],
  [
    'iran',
    'Iran',
    String.raw`\biran(?:ian)?\b|\btehran\b|\birgc\b|\brevolutionary guards?\b|\bpro-iranian\b`,
  ],
  ['turkey', 'Turkey', String.raw`\bturkey\b|\bt[üu]rkiye\b|\bturkish\b|\bankara\b`],
  ['israel', 'Israel', String.raw`\bisrael(?:i)?\b`],
  [
    'us',
    'United States',
    String.raw`\bunited states\b|\bamerican\b|\bpentagon\b`,
    String.raw`\bU\.S\.|\bUS\b`,
  ],
  ['un', 'United Nations', String.raw`\bunited nations\b`, String.raw`\bU\.N\.|\bUN\b`],
  ['civilians', 'civilians', String.raw`\bcivilians?\b|\bresidents\b|\bstudents\b|\bchildren\b`],
];

const COMPILED = LEXICON.map(([side, name, words, acronyms]) => ({
  side,
  name,
  patterns: [new RegExp(words, 'gi'), ...(acronyms ? [new RegExp(acronyms, 'gu')] : [])],
}));

const BACKER = /^-(?:backed|linked|allied|based|aligned|supported|sponsored|led)\b/i;
// "Iranian fighters" and "foreign fighters" fight for the government, not the opposition.
const PRO_GOVERNMENT_FIGHTERS =
  /(?:iranian|iran-backed|pro-iranian|foreign|pro-assad|pro-government|shiite|shia|hezbollah)\s+$/i;

/**
 * Every actor named in the text, by position; overlapping words keep the longest match.
 *
 * @example
 * findActors('Rebels led by Hayat Tahrir al-Sham entered the town.').map((a) => a.side); // ['opposition', 'opposition']
 */
export function findActors(text: string): ActorMention[] {
  const found: ActorMention[] = [];
  for (const { side, name, patterns } of COMPILED) {
    for (const r of patterns) {
      r.lastIndex = 0;
      for (const m of text.matchAll(r)) {
        const start = m.index ?? 0;
        // "Iran-backed forces", "Turkish-backed factions": the backer is not the one acting.
        if (BACKER.test(text.slice(start + m[0].length, start + m[0].length + 12))) continue;
        let s: Side = side;
        if (name === 'fighters' && PRO_GOVERNMENT_FIGHTERS.test(text.slice(Math.max(0, start - 24), start))) {
          s = 'iran';
        }
        found.push({
          side: s,
          name: s === side ? name : 'pro-government fighters',
          start,
          end: start + m[0].length,
        });
      }
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: ActorMention[] = [];
  for (const a of found) {
    const last = out[out.length - 1];
    if (last && a.start < last.end) continue;
    out.push(a);
  }
  return out;
}

/** Actors without repeats (same side and name), in order of first mention. */
export function uniqueActors(actors: Actor[]): Actor[] {
  const seen = new Set<string>();
  const out: Actor[] = [];
  for (const a of actors) {
    const key = `${a.side}|${a.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ side: a.side, name: a.name });
  }
  return out;
}
