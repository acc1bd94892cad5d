// Who says so: "according to X", "X said/reported/denied", "… told Reuters". Known sources get one
// canonical name (so the same monitor quoted by four outlets reads the same); others keep a short
// noun phrase. Pronouns and "the same source" point back to the article's previous attribution.

export interface Attribution {
  start: number;
  end: number;
  name: string;
  /** True when the words only point back ("he added", "the same source"). */
  anaphoric: boolean;
  /** True when the name is a known source's canonical name (an organisation, not a person). */
  known: boolean;
}

// Canonical names of sources seen in war reporting, most specific first.
const KNOWN: [RegExp, string][] = [
  [
    /\bsyrian observatory\b|\bSOHR\b|\bwar monitor\b|\bthe monitor\b|\bobservatory\b|\b(?:uk|britain|british)-based (?:ngo|monitor|group)\b/i,
    'Syrian Observatory for Human Rights',
  ],
  [/\bSANA\b|\bstate news agency\b/u, 'SANA'],
  [
    /\bstate[- ](?:run )?(?:television|tv|media|broadcaster|news|outlets?)\b|\bsyrian television\b/i,
    'Syrian state media',
  ],
  [/\bunited nations\b|\bU\.?N\.?\b|\bOCHA\b|\bhumanitarian (?:coordinator|affairs)\b/u, 'United Nations'],
  [/\bkremlin\b|\bpeskov\b/i, 'Kremlin'],
  [/\boperations? room\b/i, 'Opposition operations room'],
  [/\b(?:military|security|army|government|regime) (?:sources?|officials?)\b/i, 'Syrian military sources'],
  [/\b(?:syrian )?(?:army|military|defen[cs]e ministry)\b/i, 'Syrian army'],
  [/\b(?:eye)?witness(?:es)?\b/i, 'witnesses'],
  [/\bturkish (?:foreign |defen[cs]e )?ministry\b/i, 'Turkish government'],
  [/\bturkish media\b/i, 'Turkish media'],
  [/\b(?:[A-Z][\w'-]+ ){1,3}[Nn]ews [Aa]gency\b/u, ''],
  [/\bAFP\b|\bagence france|\bfrance[- ]press/i, 'AFP'],
  [/\breuters\b/i, 'Reuters'],
  [/\bassociated press\b/i, 'AP'],
  [
    /\b(?:rebels?|opposition|insurgents?|jihadists?|HTS|Hayat Tahrir al-Sham|fighters|factions)\b/i,
    'opposition fighters',
  ],
  [/\baid workers\b|\brescuers\b|\bwhite helmets\b/i, 'aid workers'],
];

const ANAPHOR =
  /^(?:he|she|it|they|(?:the )?(?:center|centre|same source|source|official|group|agency|report|monitor|ngo|organi[sz]ation))$/i;
const VERB_RE =
  /\b(?:said|says|say|saying|reported|reporting|told|telling|tells|added|adding|confirmed|confirms|denied|denies|denying|claimed(?! (?:the )?lives)|claims|announced|announces|stated|warned|insisted|acknowledged|established)\b/gi;
const ACCORDING_RE = /\baccording to (?:the )?(?<who>[^,.;:"()]{2,80})/gi;
const TOLD_RE =
  /\btold (?<outlet>AFP|Reuters|the Associated Press|AP|Al Jazeera|the BBC|CNN|[A-Z][\w-]+(?: [A-Z][\w-]+)?)\b/u;
const AFTER_VERB_RE = /^\s+(?:by )?(?<who>(?:[A-Z][\w'.-]*)(?: [A-Z][\w'.-]*){0,4})/u;
const DETERMINERS = /^(?:the|a|an|its|their|his|her|two|three|four|several|some|other)\s+/i;

/** Gives a source phrase its canonical name, or a trimmed phrase when it is not a known source. */
export function canonicalSource(phrase: string): string {
  for (const [re, name] of KNOWN) {
    const m = re.exec(phrase);
    if (m) return name || m[0].trim();
  }
  let p = phrase
    .trim()
    .replace(/^(?:and|but|as|while)\s+/i, '')
    .replace(/[\s.,;:!?]+$/u, '');
  while (DETERMINERS.test(p)) p = p.replace(DETERMINERS, '');
  // A name ("David Cardon") stands alone; otherwise the head of the phrase, at most four words.
  const name = /^(?:[A-Z][\w'.-]*(?:\s+|$)){1,4}/u.exec(p)?.[0].trim();
  if (name && name.split(/\s+/u).length >= 2) return name.replace(/\.$/u, '');
  const words = p.split(/\s+/u).filter(Boolean);
  return words.slice(Math.max(0, words.length - 4)).join(' ');
}

/**
 * Every attribution of a sentence, in order. `at` is where its words stand ("according to" or the
 * reporting verb); "according to" covers the whole sentence (`global`). `notSubject(start, end)`
 * rejects subjects that are something else (a place name before "says").
 *
 * @example
 * findAttributions('Four died, according to the Syrian Observatory for Human Rights.')[0].name;
 * // 'Syrian Observatory for Human Rights'
 */
export function findAttributions(
  text: string,
  notSubject: (start: number, end: number) => boolean = () => false,
): (Attribution & { at: number; global: boolean })[] {
  const out: (Attribution & { at: number; global: boolean })[] = [];
  ACCORDING_RE.lastIndex = 0;
  for (const acc of text.matchAll(ACCORDING_RE)) {
    const who = acc.groups?.who?.trim();
    if (!who) continue;
    const start = (acc.index ?? 0) + acc[0].indexOf(who);
    const a = make(start, start + who.length, who);
    if (a) out.push({ ...a, at: acc.index ?? 0, global: true });
  }
  VERB_RE.lastIndex = 0;
  let last: Attribution | null = null;
  for (const m of text.matchAll(VERB_RE)) {
    const at = m.index ?? 0;
    // "State TV denied … and said …": a second verb of the same speaker.
    const coordinated: boolean = /\b(?:and|but)\s+(?:also\s+|later\s+)?$/i.test(
      text.slice(Math.max(0, at - 16), at),
    );
    const a: Attribution | null = coordinated && last ? last : byVerb(text, at, m[0], notSubject);
    if (a) out.push({ ...a, at, global: false });
    if (a) last = a;
  }
  return out.sort((x, y) => x.at - y.at);
}

/** The first attribution of a sentence, or null when it names none. */
export function findAttribution(text: string): Attribution | null {
  const all = findAttributions(text);
  return all.find((a) => a.global) ?? all[0] ?? null;
}

function byVerb(
  text: string,
  at: number,
  verb: string,
  notSubject: (start: number, end: number) => boolean,
): Attribution | null {
  const subject = subjectBefore(text, at);
  const told = /^tel|^told$/i.test(verb);
  const via = told ? TOLD_RE.exec(text.slice(at))?.groups?.outlet : undefined;
  if (subject && !notSubject(subject.start, subject.end)) {
    const a = make(subject.start, subject.end, subject.text);
    if (a && via && !a.anaphoric) a.name = `${a.name} (to ${via})`;
    if (a) return a;
  }
  const after = AFTER_VERB_RE.exec(text.slice(at + verb.length));
  if (!after?.groups?.who) return null;
  const start = at + verb.length + after[0].indexOf(after.groups.who);
  if (notSubject(start, start + after.groups.who.length)) return null;
  const a = make(start, start + after.groups.who.length, after.groups.who);
  // "said Jane Doe, the UN's envoy": the appositive names her organisation.
  const role = /^,\s*([^,.;"]{3,90})/u.exec(text.slice(start + after.groups.who.length))?.[1] ?? '';
  const org = KNOWN.find(([re]) => re.test(role));
  if (a && org && org[1] && !a.anaphoric) a.name = `${a.name} (${org[1]})`;
  return a;
}

function make(start: number, end: number, phrase: string): Attribution | null {
  const trimmed = phrase.trim();
  if (!trimmed) return null;
  if (ANAPHOR.test(trimmed) || /\bsame source\b/i.test(trimmed)) {
    return { start, end, name: trimmed.toLowerCase(), anaphoric: true, known: false };
  }
  const known = KNOWN.some(([re]) => re.test(trimmed));
  return { start, end, name: canonicalSource(trimmed), anaphoric: false, known };
}

// The subject of a reporting verb: the words back to the previous comma, quote, "that" or the
// start, at most eight words; an appositive name between commas yields to a known source before it.
function subjectBefore(text: string, verbAt: number): { start: number; end: number; text: string } | null {
  let end = verbAt;
  while (end > 0 && /[\s,]/u.test(text[end - 1])) end--;
  const head = text.slice(Math.max(0, end - 160), end);
  const offset = end - head.length;
  const that = head.toLowerCase().lastIndexOf(' that ');
  const cut = Math.max(
    head.lastIndexOf(','),
    head.lastIndexOf('"'),
    head.lastIndexOf(';'),
    that < 0 ? -1 : that + 5,
  );
  let phrase = head.slice(cut + 1);
  phrase = phrase.replace(/\s+(?:has|have|had|also|later|earlier|on \w+|\w+ly)$/i, '');
  phrase = phrase.replace(/\s+(?:has|have|had)$/i, '');
  const words = phrase.trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return null;
  // A long subject counts only when it names a known source ("X, the UN's deputy coordinator, said").
  if (words.length > 8) return KNOWN.some(([re]) => re.test(phrase)) ? span(phrase, offset + cut + 1) : null;
  for (const [re] of KNOWN) if (re.test(phrase)) return span(phrase, offset + cut + 1);
  const window = head.slice(Math.max(0, head.lastIndexOf('"') + 1));
  for (const [re] of KNOWN) {
    const m = re.exec(window);
    if (m && /^[A-Z]/u.test(phrase.trim())) {
      const s = offset + Math.max(0, head.lastIndexOf('"') + 1) + (m.index ?? 0);
      return { start: s, end: s + m[0].length, text: m[0] };
    }
  }
  return span(phrase, offset + cut + 1);
}

function span(phrase: string, at: number): { start: number; end: number; text: string } {
  const lead = phrase.length - phrase.trimStart().length;
  const t = phrase.trim();
  return { start: at + lead, end: at + lead + t.length, text: t };
}

// What an anaphor can point back to: "the center" is an organisation, "the agency" a news agency.
const ANAPHOR_CLASSES: [RegExp, RegExp][] = [
  [
    /center|centre|monitor|ngo|organi[sz]ation|observatory|group/i,
    /observatory|united nations|aid workers|witnesses/i,
  ],
  [/agency|report/i, /SANA|news agency|AFP|Reuters|AP|media/i],
  [/official|source\b/i, /military|army|government|kremlin|official/i],
];

/**
 * The earlier attribution an anaphoric one points to: "he" → the last speaker, "the center" → the
 * last organisation of that kind, "the same source" → the last known source. `history` is oldest first.
 */
export function resolveAnaphor(anaphor: string, history: { name: string; known: boolean }[]): string | null {
  if (/^(?:he|she|they|it)$/i.test(anaphor)) return history[history.length - 1]?.name ?? null;
  const cls = /same source/i.test(anaphor) ? undefined : ANAPHOR_CLASSES.find(([re]) => re.test(anaphor));
  for (let i = history.length - 1; i >= 0; i--) {
    const h = history[i];
    if (cls ? cls[1].test(h.name) : h.known) return h.name;
  }
  return history[history.length - 1]?.name ?? null;
}
