// The expected answers of our own test reports (data/testsets/expected/<id>.json), read and
// checked against the report texts, and the places in each text where every expected name
// occurs. Names, not offsets, are committed: offsets are found here, in the text as the CLI
// reads it, so an edit to a report cannot leave stale offsets behind.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Kinds an expected place can have; `road` and `water`-like areas are `road` and `region`. */
export type ExpectedKind =
  'settlement' | 'neighbourhood' | 'landmark' | 'admin1' | 'admin2' | 'region' | 'country' | 'road';

export type PlaceRole = 'event' | 'dateline' | 'other';
export type ExpectedStance = 'claim' | 'denial' | 'counterclaim' | 'confirmation' | 'report';

export interface ExpectedPlace {
  /** The words as written in the report (case-sensitive), e.g. "Kherson region", "KYIV". */
  name: string;
  /** Other spellings of the same place in this report, scored as the same entry. */
  aka?: string[];
  role: PlaceRole;
  kind: ExpectedKind;
  /** Other kinds a careful reader would also accept. */
  kindAlt?: ExpectedKind[];
  /** [lon, lat]: the place's point; for areas, a point inside it (e.g. its capital). */
  at: [number, number];
  /** Tolerance in km for this entry (defaults: see DEFAULT_TOL_KM). */
  tolKm?: number;
  /** ISO 3166-1 alpha-2 of the country the place is in ('' for seas and regions across borders). */
  country: string;
  /** Only occurrences of `name` inside this longer string count (pins one reading of a name). */
  context?: string;
  /** Known wrong readings ([lon, lat]); a mention mapped within 25 km of one is a wrong namesake. */
  notAt?: [number, number][];
  note?: string;
  tags?: string[];
}

export interface ExpectedNonPlace {
  /** Words that must not be mapped (an organisation, an outlet, a month, a trailing headline). */
  text: string;
  context?: string;
  why: string;
  tags?: string[];
}

export interface ExpectedSource {
  /** A verbatim fragment of the source sentence (or clause); located in the text when scored. */
  quote: string;
  /** Who the report says says it; null: the outlet in its own voice. */
  speaker: string | null;
  speakerAlt?: (string | null)[];
  stance: ExpectedStance;
  stanceAlt?: ExpectedStance[];
}

export interface ExpectedIncident {
  key: string;
  /** A type of the project's taxonomy (src/incidents/sentence/taxonomy.ts). */
  type: string;
  typeAlt?: string[];
  /** The `name` of one of the report's expected places. */
  place: string;
  placeAlt?: string[];
  /** Either a day or a window [earliest, latest], YYYY-MM-DD. */
  day?: string;
  window?: [string, string];
  /** Who did it, as the report names it; null when the report names nobody. */
  agent: string | null;
  agentAlt?: string[];
  /** Acceptable side labels (lowercase); null when the report names nobody. */
  side: string[] | null;
  note?: string;
  sources: ExpectedSource[];
}

export interface ExpectedReport {
  id: string;
  /** ISO alpha-2 of the country whose war the report is about (per-country figures). */
  country: string;
  war: string;
  style?: string;
  places: ExpectedPlace[];
  nonPlaces: ExpectedNonPlace[];
  incidents: ExpectedIncident[];
}

export const INCIDENT_TYPES = [
  'armed-clash',
  'advance',
  'airstrike',
  'shelling',
  'explosion',
  'closure',
  'withdrawal',
  'reinforcement',
  'commander-killed',
  'civilian-casualties',
  'displacement',
] as const;

export const STANCES: ExpectedStance[] = ['claim', 'denial', 'counterclaim', 'confirmation', 'report'];

const KINDS: ExpectedKind[] = [
  'settlement',
  'neighbourhood',
  'landmark',
  'admin1',
  'admin2',
  'region',
  'country',
  'road',
];

export interface Span {
  start: number;
  end: number;
}

/** One place in the text where an expected name (or non-place) occurs. */
export interface Occurrence extends Span {
  /** Index into `places` (kind 'place') or `nonPlaces` (kind 'nonplace'). */
  entry: number;
  of: 'place' | 'nonplace';
}

/** Where each expected entry occurs in one report, after longer and pinned entries took theirs. */
export interface LocatedReport {
  expected: ExpectedReport;
  text: string;
  /** Occurrences per place entry (same order as `expected.places`). */
  places: Span[][];
  /** Occurrences per non-place entry. */
  nonPlaces: Span[][];
  /** Per incident, per source: the span of the quote (first occurrence). */
  quotes: Span[][];
}

const WORD = /[\p{L}\p{N}]/u;

/** Every occurrence of `s` in `text` not glued to a letter or digit on either side. */
export function findAll(text: string, s: string, from = 0, to = text.length): Span[] {
  const out: Span[] = [];
  if (!s) return out;
  let i = text.indexOf(s, from);
  while (i >= 0 && i + s.length <= to) {
    const before = i > 0 ? text[i - 1] : '';
    const after = text[i + s.length] ?? '';
    const edgeOk = (ch: string, inner: string) => !ch || !WORD.test(ch) || !WORD.test(inner);
    if (edgeOk(before, s[0]) && edgeOk(after, s[s.length - 1])) out.push({ start: i, end: i + s.length });
    i = text.indexOf(s, i + 1);
  }
  return out;
}

/** Occurrences of `name`, restricted to those inside occurrences of `context` when given. */
export function occurrences(text: string, name: string, context?: string): Span[] {
  if (!context) return findAll(text, name);
  const out: Span[] = [];
  for (const c of findAll(text, context)) out.push(...findAll(text, name, c.start, c.end));
  return out;
}

const contains = (a: Span, b: Span) => a.start <= b.start && b.end <= a.end;
const same = (a: Span, b: Span) => a.start === b.start && a.end === b.end;

/**
 * Finds every expected name in the text. An occurrence that lies inside a longer occurrence of
 * another entry ("Kherson" inside "Kherson region"), or on the same words as an entry pinned by a
 * context ("Ukraine" in a trailing headline), belongs to that other entry only.
 */
export function locate(expected: ExpectedReport, text: string): LocatedReport {
  interface Raw extends Occurrence {
    pinned: boolean;
  }
  const raw: Raw[] = [];
  expected.places.forEach((p, entry) => {
    for (const n of [p.name, ...(p.aka ?? [])])
      for (const s of occurrences(text, n, p.context))
        raw.push({ ...s, entry, of: 'place', pinned: !!p.context });
  });
  expected.nonPlaces.forEach((n, entry) => {
    for (const s of occurrences(text, n.text, n.context))
      raw.push({ ...s, entry, of: 'nonplace', pinned: !!n.context });
  });
  const kept = raw.filter(
    (o) =>
      !raw.some(
        (p) =>
          (p.of !== o.of || p.entry !== o.entry) &&
          contains(p, o) &&
          (!same(p, o) || (p.pinned && !o.pinned)),
      ),
  );
  const places: Span[][] = expected.places.map(() => []);
  const nonPlaces: Span[][] = expected.nonPlaces.map(() => []);
  for (const o of kept) (o.of === 'place' ? places : nonPlaces)[o.entry].push({ start: o.start, end: o.end });
  const quotes = expected.incidents.map((inc) =>
    inc.sources.map((s) => {
      const i = text.indexOf(s.quote);
      return i < 0 ? { start: -1, end: -1 } : { start: i, end: i + s.quote.length };
    }),
  );
  return { expected, text, places, nonPlaces, quotes };
}

const isDay = (s: unknown) => typeof s === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s) && !isNaN(Date.parse(s));
const isPoint = (p: unknown) =>
  Array.isArray(p) &&
  p.length === 2 &&
  typeof p[0] === 'number' &&
  typeof p[1] === 'number' &&
  Math.abs(p[0]) <= 180 &&
  Math.abs(p[1]) <= 90;

/**
 * Problems with an expected file, checked against its report: names and quotes that do not
 * occur, incidents naming places the file does not list, bad dates, kinds, stances. Empty when
 * the file is sound.
 */
export function validate(expected: ExpectedReport, text: string, dateline?: string | null): string[] {
  const errs: string[] = [];
  const where = (s: string) => `${expected.id}: ${s}`;
  if (!expected.country || !/^[A-Z]{2}$/.test(expected.country))
    errs.push(where('country must be ISO alpha-2'));
  const located = locate(expected, text);
  expected.places.forEach((p, i) => {
    if (!KINDS.includes(p.kind)) errs.push(where(`place "${p.name}": unknown kind ${p.kind}`));
    for (const k of p.kindAlt ?? [])
      if (!KINDS.includes(k)) errs.push(where(`place "${p.name}": unknown kind ${k}`));
    if (!['event', 'dateline', 'other'].includes(p.role)) errs.push(where(`place "${p.name}": bad role`));
    if (!isPoint(p.at)) errs.push(where(`place "${p.name}": "at" must be [lon, lat]`));
    for (const q of p.notAt ?? []) if (!isPoint(q)) errs.push(where(`place "${p.name}": bad notAt`));
    if (!located.places[i].length) errs.push(where(`place "${p.name}" does not occur in the text`));
  });
  expected.nonPlaces.forEach((n, i) => {
    if (!located.nonPlaces[i].length) errs.push(where(`non-place "${n.text}" does not occur in the text`));
  });
  const names = new Set(expected.places.map((p) => p.name));
  const keys = new Set<string>();
  for (const inc of expected.incidents) {
    const w = (s: string) => where(`incident ${inc.key}: ${s}`);
    if (keys.has(inc.key)) errs.push(w('duplicate key'));
    keys.add(inc.key);
    for (const t of [inc.type, ...(inc.typeAlt ?? [])])
      if (!(INCIDENT_TYPES as readonly string[]).includes(t)) errs.push(w(`unknown type ${t}`));
    for (const p of [inc.place, ...(inc.placeAlt ?? [])])
      if (!names.has(p)) errs.push(w(`place "${p}" is not listed`));
    const range = inc.window ?? (inc.day ? [inc.day, inc.day] : null);
    if (!range || (inc.day && inc.window)) errs.push(w('needs either day or window'));
    else if (!range.every(isDay) || range[0] > range[1]) errs.push(w('bad day/window'));
    else if (dateline && range[1] > dateline) errs.push(w('dated after the dateline'));
    if ((inc.agent === null) !== (inc.side === null))
      errs.push(w('agent and side are both null or both given'));
    inc.sources.forEach((s, k) => {
      if (located.quotes[expected.incidents.indexOf(inc)][k].start < 0)
        errs.push(w(`quote not in text: "${s.quote.slice(0, 50)}"`));
      for (const st of [s.stance, ...(s.stanceAlt ?? [])])
        if (!STANCES.includes(st)) errs.push(w(`unknown stance ${st}`));
    });
  }
  return errs;
}

/** Reads every data/testsets/expected/*.json (sorted by id). Throws naming the file on bad JSON. */
export function readExpected(dir: string): ExpectedReport[] {
  const out: ExpectedReport[] = [];
  for (const f of readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    let data: ExpectedReport;
    try {
      data = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as ExpectedReport;
    } catch (err) {
      throw new Error(`${f}: ${(err as Error).message}`);
    }
    if (!data || typeof data.id !== 'string' || !Array.isArray(data.places))
      throw new Error(`${f}: not an expected-answers file (needs id, places, nonPlaces, incidents)`);
    data.nonPlaces ??= [];
    data.incidents ??= [];
    out.push(data);
  }
  return out;
}
