// One report's sentences → incident candidates: what happened (taxonomy), where (geoparsed places),
// when (dateline-relative dates), who (actors), how many (figures), according to whom and with what
// stance, and whether it is history. Merging across reports happens in mergeIncidents.
import type {
  Actor,
  Figure,
  IncidentType,
  PlaceFeature,
  ResolvedMention,
  SegmentedArticle,
  Sentence,
  Side,
  Span,
  Stance,
  TerritorialFigure,
} from '../types/model.ts';
import { lowerBound } from '../gazetteer/lowerBound.ts'; // sentences overlapping a span
import { normaliseText } from './sentence/clauses.ts'; // typographic quotes → ASCII, offsets kept
import { addDays, isIsoDate } from '../types/days.ts';
import { findDates } from './sentence/dates.ts'; // a dateline we can count from
import { entryDays } from './sentence/entryDays.ts'; // "Friday, 23:50 GMT" dates a live page's entry
import { areaNoun, calledAs, mainSettlement, STATE_POSSESSIVE } from './sentence/location.ts'; // the settlement "the city" / "the village" refers to
import type { LocatedMention } from './sentence/location.ts';
import type { Progress } from './sentence/taxonomy.ts';
import { reportGroup, reportHome } from './voices/actors.ts'; // whose war it is, whose rebels
import { readSentence } from './readSentence.ts'; // one sentence → candidates (all the stages)
import type { KnownSpeaker, Referent, ReportContext } from './reportContext.ts';
import type { HeldGround } from './sentence/heldGround.ts';

/** An incident as told by one sentence of one report, before merging. */
export interface IncidentCandidate {
  article: string;
  outlet: string | null;
  type: IncidentType;
  /** Id of the place in places.geojson. */
  place: string;
  /** Other places named in the same sentence (to put a road incident at the right spot). */
  context: string[];
  date: string | null;
  /** First day when the report gives a span ("over the past three days"). */
  dateFrom: string | null;
  /** True when the date comes from elsewhere in the sentence rather than the event's own clause. */
  dateWeak: boolean;
  /** True when the sentence gives no day: the day is the report's (the day of the claim). */
  dateFromReport?: boolean;
  /** A loose window ("this week"): its first day is only a bound. */
  dateVague?: boolean;
  /** The day is the claim's ("said on Wednesday that …"), not the event's own. */
  dateOfClaim?: boolean;
  background: boolean;
  actors: Actor[];
  /** The side carrying the action out, 'unknown' when the sentence does not say. */
  agent: Side;
  /** The actor carrying it out, as the sentence names it. */
  agentActor?: Actor;
  /** Figures its sentence states (dead, wounded, displaced …). */
  figures: Figure[];
  /** Counts of ground ("70 locations", "400 km²"), for the control summary of their day. */
  territory: TerritorialFigure[];
  /** The speaker's name; the outlet's when it speaks in its own voice (stance 'report'). */
  attribution: string | null;
  /** The speaker's side; null for third parties and the outlet. */
  speakerSide: Side | null;
  stance: Stance;
  /** The supporting sentence, as offsets in the article text. */
  start: number;
  end: number;
  /** The part of the sentence its speaker speaks for (the whole sentence when one speaks). */
  scope: Span;
  /** The words that signalled the type, as offsets in the article text. */
  trigger: { start: number; end: number };
  /** The event concerns unnamed parts of its place ("several neighbourhoods of the city"). */
  part?: boolean;
  /** Advances only: how far the advance went ("encircling" → encircled, "seized" → captured). */
  progress?: Progress;
}

/** Sentences longer than this are not prose (tables, run-on garbage): skipped, keeping time linear. */
const MAX_SENTENCE = 4000;
/**
 * Finds the incidents one report tells. `mentions` are this article's resolved mentions; `places`
 * all places (to look mentions up); `filedCountry` the ISO alpha-2 code of the state its dateline
 * place lies in (the report's state when it names none); `capitals` the ISO code of the state of
 * each place id that is a capital ("which Amman closed": Jordan acted). Never throws on odd text: a sentence it cannot read yields nothing.
 *
 * @example
 * extractIncidents(doc, mentions, places).map((c) => c.type); // ['shelling', 'advance']
 */
export function extractIncidents(
  doc: SegmentedArticle,
  mentions: ResolvedMention[],
  places: PlaceFeature[],
  filedCountry = '',
  capitals: ReadonlyMap<string, string> = new Map(),
): IncidentCandidate[] {
  const text = typeof doc?.article?.text === 'string' ? doc.article.text : '';
  if (!text || !Array.isArray(doc.sentences)) return [];
  const byId = new Map(places.map((p) => [p.properties.id, p]));
  // The lists below are pushed onto literals, not made by filter()/map(): a list's elements kind
  // then depends only on whether it is empty, so the optimised code that reads it meets no new
  // kind reports later and is not thrown away and compiled again (docs/benchmarks.md, session 14).
  const located: { mention: ResolvedMention; place: PlaceFeature }[] = [];
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    const place = byId.get(m.placeId);
    if (place) located.push({ mention: m, place });
  }
  const placesOf = (ls: typeof located, keep: (l: (typeof located)[number]) => boolean) => {
    const out: PlaceFeature[] = [];
    for (const l of ls) if (keep(l)) out.push(l.place);
    return out;
  };
  // A report that names its town only in the dateline ("FARTOWN — Fighters entered the city on
  // Friday") tells of the town it was filed from.
  const filedFrom =
    places.find(
      (p) =>
        p.properties.kind === 'settlement' &&
        (p.properties.mentions ?? []).some((m) => m?.role === 'dateline' && m.article === doc.article.id),
    ) ?? null;
  const main = mainSettlement(placesOf(located, () => true)) ?? filedFrom;
  const excluded = excludedTest(doc);
  const usable = doc.sentences.filter((s) => validSentence(s, text.length) && !excluded(s) && !notProse(s));
  const prose = usable.map((s) => text.slice(s.start, s.end));
  // The words naming a capital ("Amman", "New Delhi"), for a capital acting or speaking as its state.
  const capitalNames = new Map<string, string>();
  for (const { mention } of located) {
    const code = capitals.get(mention.placeId);
    if (code) capitalNames.set(text.slice(mention.start, mention.end), code);
  }
  // "The capital": the capital the report names most (the first on a tie), else its dateline's
  // when that is a capital ("KYIV — Drones struck the capital overnight").
  const capital =
    mainSettlement(placesOf(located, (l) => capitals.has(l.mention.placeId))) ??
    (filedFrom && capitals.has(filedFrom.properties.id) ? filedFrom : null);
  // (Nor the words of a place's name: "Datu Saudi Ampatuan" names no Saudi.)
  const blanks: Span[] = [];
  for (const d of doc.datelinePlaces ?? [])
    blanks.push({ start: d.start, end: d.start + datelineLine(text, d).length });
  for (const l of located) if (l.place.properties.kind !== 'country') blanks.push(l.mention);
  const ctx: ReportContext = {
    id: doc.article.id,
    outlet: doc.article.outlet ?? null,
    dateline: isIsoDate(doc.article.dateline) ? doc.article.dateline : null,
    main,
    capital,
    lastSettlement: null,
    called: new Map(),
    sources: [],
    capitals: capitalNames,
    actors: {
      home: reportHome(
        withoutDateline(text, usable, blanks),
        (doc.datelinePlaces ?? []).flatMap((d) => datelineWords(text, d)),
        filedCountry,
      ),
      group: reportGroup(prose),
    },
  };
  const out: IncidentCandidate[] = [];
  const held: HeldGround[] = [];
  let previous: {
    mentions: LocatedMention[];
    speaker: KnownSpeaker | null;
    openQuote: boolean;
    quotes: boolean;
  } | null = null;
  let recent: Referent[] = [];
  let recentAge = 0;
  // Every current event told so far, oldest first (what a late denial answers).
  const earlier: Referent[] = [];
  const keep = new Set(usable);
  // A live page's entries stamped "Friday, 23:50 GMT" tell of their own day, not the page's.
  const entryDay = entryDays(text, Array.isArray(doc.excluded) ? doc.excluded : [], ctx.dateline);
  const page = ctx.dateline;
  let entry: string | null = null;
  for (const s of doc.sentences) {
    if (!keep.has(s)) {
      previous = null;
      ctx.previousSpeaker = null;
      ctx.previousSubject = null;
      recent = [];
      continue;
    }
    const sentence = normaliseText(text.slice(s.start, s.end));
    const inSentence = mentionsWithin(located, s)
      .filter(
        ({ mention }) =>
          !(doc.datelinePlaces ?? []).some((d) => d.start < mention.end && mention.start < d.end),
      )
      .map(({ mention, place }) => ({ start: mention.start - s.start, end: mention.end - s.start, place }));
    // A quotation that runs on from the previous sentence is placed and attributed by it.
    const quoted = !!previous && (previous.openQuote || (/^\s*"/.test(sentence) && previous.quotes));
    const carried = quoted && previous ? previous : null;
    // Within an entry its day is the one its days count from, and the day of what it leaves undated.
    const day = entryDay(s.start);
    if (day !== entry) [entry, ctx.lastDay] = [day, day ?? ctx.lastDay];
    ctx.dateline = entry ?? page;
    const read = readSentence(
      sentence,
      s.start,
      inSentence,
      ctx,
      carried?.mentions ?? [],
      carried?.speaker ?? null,
      recent,
      earlier,
    );
    ctx.dateline = page;
    if (entry)
      for (const c of read.candidates)
        if (!c.date && !c.background) Object.assign(c, { date: entry, dateWeak: true });
    out.push(...read.candidates);
    held.push(...read.held);
    ctx.previousSpeaker = read.speaker;
    // The events the last sentence or the one before told are what a follow-up refers to (a
    // follow-up itself tells no new event).
    const civilian = CIVILIAN.test(sentence);
    const told = read.told.flatMap((cand) => {
      const place = byId.get(cand.place);
      return place && !cand.background ? [{ cand, place, civilian }] : [];
    });
    if (told.length) [recent, recentAge] = [told, 0];
    else if (!read.candidates.length && ++recentAge > 1) recent = [];
    earlier.push(...told);
    // ("Kyiv's troops", "Damascus's forces": a capital standing for its state is no scene.)
    ctx.lastSettlement =
      inSentence
        .filter(
          (m) => m.place.properties.kind === 'settlement' && !STATE_POSSESSIVE.test(sentence.slice(m.end)),
        )
        .pop()?.place ?? ctx.lastSettlement;
    for (const m of inSentence) {
      const kind = m.place.properties.kind;
      const noun =
        kind === 'settlement' ? calledAs(sentence, m) : kind === 'region' ? areaNoun(sentence, m) : null;
      if (noun) ctx.called.set(noun, m.place);
    }
    previous = {
      mentions: inSentence
        .filter((m) => m.place.properties.kind !== 'country')
        .map((m) => ({ ...m, start: -1, end: -1 })),
      speaker: read.speaker,
      openQuote: (sentence.match(/"/g)?.length ?? 0) % 2 === 1,
      quotes: sentence.includes('"'),
    };
  }
  const starts = episodeStarts(prose, ctx.dateline);
  return withHeldGround(datedByReport(out, ctx.dateline, starts), held, ctx.dateline, starts);
}

/**
 * Ground told with no event of its own ("the fighters now hold some 40 villages") goes to
 * the report's current incident of the side said to hold it, its advance first and the nearest
 * one first (else any current incident, keeping the figure's side). It stands for the day the
 * sentence gives, else the report's day, over the episode the report says began on a day or the
 * window the report gives that side's events ending that day ("seized … since Wednesday").
 */
function withHeldGround(
  cands: IncidentCandidate[],
  held: HeldGround[],
  dateline: string | null,
  starts: string[],
): IncidentCandidate[] {
  if (!held.length) return cands;
  const out = [...cands];
  const episode = episodeOf(starts, dateline);
  for (const h of held) {
    const to = h.date ?? dateline;
    if (!to) continue;
    // The report's own window for that side ("seized … since Wednesday" elsewhere in it).
    const since = out
      .filter(
        (c) =>
          !c.background &&
          !c.dateVague &&
          !c.dateFromReport &&
          c.agent === h.figure.side &&
          c.date === to &&
          c.dateFrom &&
          c.dateFrom < to,
      )
      .map((c) => c.dateFrom as string)
      .sort()[0];
    const from =
      h.dateFrom ?? (h.date ? null : ((episode && episode < to ? episode : null) ?? since ?? null));
    let best = -1;
    let bestKey = Infinity;
    out.forEach((c, i) => {
      if (c.background) return;
      const key =
        (c.agent === h.figure.side ? 0 : 1e9) +
        (c.type === 'advance' ? 0 : 1e8) +
        Math.abs(c.start - h.figure.start);
      if (key < bestKey) [best, bestKey] = [i, key];
    });
    if (best < 0) continue;
    const c = out[best];
    if (c.territory.some((t) => t.what === h.figure.what && t.value === h.figure.value)) continue;
    out[best] = { ...c, territory: [...c.territory, { ...h.figure, from, to }] };
  }
  return out;
}

/** The first day the report says its fighting began, within its window. */
function episodeOf(starts: string[], dateline: string | null): string | null {
  if (!dateline) return null;
  const floor = addDays(dateline, -MAX_WINDOW_DAYS);
  return starts.filter((d) => d >= floor && d <= dateline).sort()[0] ?? null;
}

const BEGAN = /\b(?:began|begun|launched|started|kicked off|erupted|broke out)\b/i;
// "began in 2011": history, no episode of this report.
const BEGAN_YEAR = /^\S+(?:\s+\S+)?\s+in\s+(?:19|20)\d{2}\b/u;

/** Days the report says the fighting began ("The offensive began on Wednesday"). */
function episodeStarts(prose: string[], dateline: string | null): string[] {
  if (!dateline) return [];
  // The day said of the verb itself ("began on Wednesday", "on Wednesday, when it began") rather
  // than any day of its sentence; none when it began in another year ("where the uprising began
  // in 2011, groups rose up on Thursday").
  return prose.flatMap((t) => {
    const verb = BEGAN.exec(t);
    if (!verb) return [];
    const gap = (d: { start: number; end: number }) =>
      d.start >= verb.index ? d.start - (verb.index + verb[0].length) : verb.index - d.end;
    if (BEGAN_YEAR.test(t.slice(verb.index, verb.index + 30))) return [];
    const days = findDates(t, dateline).filter((d) => !d.from && !d.vague);
    const near = days.filter((d) => gap(d) <= 40).sort((a, b) => gap(a) - gap(b))[0];
    // Without a day beside the verb, the days of its sentence.
    return near ? [near.date] : days.map((d) => d.date);
  });
}

// Civilians or civilian buildings hit: what an attacker's naming of a military target contests.
const CIVILIAN =
  /\b(?:civilians?|women|children|famil(?:y|ies)|homes|houses|residential|schools?|hospitals?|clinics?|markets?|shelters?|sheltering|mosques?|churches|municipal|town hall|bakery|bakeries|mayor|workers|port facilities)\b/i;

/** A report tells its story over a few days at most: a window reaching further back is not its own. */
const MAX_WINDOW_DAYS = 7;

/**
 * Current events the sentence gives no day for are dated to the day of the claim, the report's
 * dateline (marked as the report's, so merging allows a day of slack), or to the episode's window
 * when the report says on which day the fighting began. A loose window ("this
 * week") starts no earlier than the report's first dated event or the day it says the fighting began.
 */
function datedByReport(
  cands: IncidentCandidate[],
  dateline: string | null,
  starts: string[] = [],
): IncidentCandidate[] {
  if (!dateline) return cands;
  const floor = addDays(dateline, -MAX_WINDOW_DAYS);
  let first = addDays(dateline, -1);
  const days = [
    ...starts,
    ...cands.filter((c) => !c.background && !c.dateVague).map((c) => c.dateFrom ?? c.date),
  ];
  for (const d of days) if (d && d >= floor && d < first) first = d;
  const episode = episodeOf(starts, dateline);
  // Events the report dates to one day in their own words.
  const told = cands.filter(
    (c) => !c.background && c.date && !c.dateWeak && !c.dateFrom && !c.dateVague && !c.dateOfClaim,
  );
  return cands.map((c) => {
    if (c.background) return c;
    // No day in the sentence (or only the claim's: "said on Wednesday that …"), but the report
    // told that event at that place on a day ("Rebels took the town on Saturday. … The army
    // denied that the town had fallen."): that day, the one told last before it (else first after).
    const same =
      c.date && !c.dateOfClaim
        ? []
        : told.filter(
            (t) =>
              t.place === c.place &&
              t.type === c.type &&
              t.start !== c.start &&
              (!c.date || t.date! <= c.date),
          );
    const day = same.filter((t) => t.start < c.start).pop() ?? same[0];
    if (day) return withTerritory({ ...c, date: day.date, dateFrom: day.dateFrom, dateWeak: true });
    // No day in the sentence: the day of the claim, the report's (as analysts date a claim);
    // within an episode the report says began on a day ("the offensive began on Wednesday"),
    // any day of it since then.
    if (!c.date)
      return withTerritory({
        ...c,
        date: dateline,
        dateFrom: episode && episode < dateline ? episode : null,
        dateWeak: true,
        dateFromReport: true,
      });
    if (c.dateVague && c.dateFrom && c.dateFrom < first && first <= c.date)
      return withTerritory({ ...c, dateFrom: first === c.date ? null : first });
    return withTerritory(c);
  });
}

/**
 * Ground counts take their event's side and days: the window the sentence gives ("since
 * Wednesday"), or only its last day when the sentence gives none ("now hold 40 villages").
 */
function withTerritory(c: IncidentCandidate): IncidentCandidate {
  if (!c.territory.length || !c.date) return c;
  const from = c.dateFromReport ? null : c.dateFrom;
  const to = c.date;
  return { ...c, territory: c.territory.map((t) => ({ ...t, side: c.agent, from, to })) };
}

/**
 * The words of a dateline from one of its places to its dash or agency ("CÚCUTA, Colombia",
 * "DEIR EZ-ZOR, Syria, Dec. 9"), comma by comma: the town and the state it names.
 */
function datelineLine(text: string, d: Span): string {
  return text.slice(d.start, Math.min(text.length, d.start + 80)).split(/[\n(—–]|\s-\s/u)[0];
}

function datelineWords(text: string, d: Span): string[] {
  return datelineLine(text, d)
    .split(/[,/]/u)
    .map((w) => w.trim())
    .filter(Boolean);
}

/**
 * The sentences of the report's prose with `lines` blanked: its dateline line ("CHIANG MAI,
 * Thailand") and the names of its places.
 */
function withoutDateline(text: string, sentences: Sentence[], lines: Span[]): string[] {
  // Each span is handed to the sentences it overlaps (found by binary search: sentences come in
  // order and do not overlap), and each sentence is rebuilt once: linear in the report however
  // many places it names.
  const spans: Span[][] = sentences.map(() => []);
  for (const l of lines)
    for (let i = lowerBound(sentences, (s) => s.end <= l.start); i < sentences.length; i++) {
      const s = sentences[i];
      if (s.start >= l.end) break;
      spans[i].push(l);
    }
  return sentences.map((s, i) => {
    const t = text.slice(s.start, s.end);
    if (spans[i].length === 0) return t;
    const blanks = spans[i]
      .map((l) => ({ a: Math.max(0, l.start - s.start), b: Math.min(t.length, l.end - s.start) }))
      .sort((x, y) => x.a - y.a);
    let out = '';
    let at = 0;
    for (const { a, b } of blanks) {
      const from = Math.max(a, at);
      if (b <= from) continue; // empty, reversed or already blank
      out += t.slice(at, from) + ' '.repeat(b - from);
      at = b;
    }
    return out + t.slice(at);
  });
}

/** Headlines, photo captions and teasers are no one's account of events. */
function notProse(s: Sentence): boolean {
  const role = (s as Sentence & { role?: string }).role;
  return role === 'headline' || role === 'caption';
}

function validSentence(s: Sentence, length: number): boolean {
  return (
    Number.isInteger(s?.start) &&
    Number.isInteger(s?.end) &&
    s.start >= 0 &&
    s.end <= length &&
    s.end > s.start &&
    s.end - s.start <= MAX_SENTENCE
  );
}

/**
 * Whether a sentence lies inside one of the excluded spans: spans sorted by start with the
 * furthest end so far, one binary search per sentence (a scan per sentence is quadratic).
 */
function excludedTest(doc: SegmentedArticle): (s: Sentence) => boolean {
  const spans = (Array.isArray(doc.excluded) ? doc.excluded : [])
    .filter((x) => Number.isFinite(x?.start) && Number.isFinite(x?.end))
    .sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const x of spans) reach.push(Math.max(x.end, reach[reach.length - 1] ?? -Infinity));
  return (s) => {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid].start <= s.start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && s.end <= reach[lo - 1];
  };
}

/** The mentions inside a sentence, by binary search on mentions sorted by start (linear overall). */
function mentionsWithin<T extends { mention: ResolvedMention }>(sorted: T[], s: Sentence): T[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].mention.start < s.start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < sorted.length && sorted[i].mention.start < s.end; i++) {
    if (sorted[i].mention.end <= s.end) out.push(sorted[i]);
  }
  return out;
}
