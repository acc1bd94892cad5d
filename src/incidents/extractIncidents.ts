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
  Stance,
} from '../types/model.ts';
import { normaliseText } from './clauses.ts'; // typographic quotes → ASCII, offsets kept
import { isIsoDate } from './dates.ts'; // a dateline we can count from
import { mainSettlement } from './location.ts'; // the settlement "the city" refers to
import type { LocatedMention } from './location.ts';
import type { Progress } from './taxonomy.ts';
import { readSentence } from './readSentence.ts'; // one sentence → candidates (all the stages)
import type { ReportContext } from './readSentence.ts';

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
  background: boolean;
  actors: Actor[];
  /** The side carrying the action out, 'unknown' when the sentence does not say. */
  agent: Side;
  figures: Figure[];
  attribution: string | null;
  stance: Stance;
  /** The supporting sentence, as offsets in the article text. */
  start: number;
  end: number;
  /** The words that signalled the type, as offsets in the article text. */
  trigger: { start: number; end: number };
  /** Advances only: how far the advance went ("encircling" → encircled, "seized" → captured). */
  progress?: Progress;
}

/** Sentences longer than this are not prose (tables, run-on garbage): skipped, keeping time linear. */
const MAX_SENTENCE = 4000;
/**
 * Finds the incidents one report tells. `mentions` are this article's resolved mentions; `places`
 * all places (to look mentions up). Never throws on odd text: a sentence it cannot read yields nothing.
 *
 * @example
 * extractIncidents(doc, mentions, places).map((c) => c.type); // ['shelling', 'advance']
 */
export function extractIncidents(
  doc: SegmentedArticle,
  mentions: ResolvedMention[],
  places: PlaceFeature[],
): IncidentCandidate[] {
  const text = typeof doc?.article?.text === 'string' ? doc.article.text : '';
  if (!text || !Array.isArray(doc.sentences)) return [];
  const byId = new Map(places.map((p) => [p.properties.id, p]));
  const located = mentions
    .filter((m) => byId.has(m.placeId))
    .sort((a, b) => a.start - b.start)
    .map((m) => ({ mention: m, place: byId.get(m.placeId) as PlaceFeature }));
  const main = mainSettlement(located.map((l) => l.place));
  const ctx: ReportContext = {
    id: doc.article.id,
    outlet: doc.article.outlet ?? null,
    dateline: isIsoDate(doc.article.dateline) ? doc.article.dateline : null,
    main,
    lastSettlement: null,
    sources: [],
  };
  const out: IncidentCandidate[] = [];
  const excluded = excludedTest(doc);
  let previous: {
    mentions: LocatedMention[];
    attribution: string | null;
    openQuote: boolean;
    quotes: boolean;
  } | null = null;
  for (const s of doc.sentences) {
    if (!validSentence(s, text.length) || excluded(s)) {
      previous = null;
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
    const read = readSentence(
      sentence,
      s.start,
      inSentence,
      ctx,
      carried?.mentions ?? [],
      carried?.attribution ?? null,
    );
    out.push(...read.candidates);
    ctx.lastSettlement =
      inSentence.filter((m) => m.place.properties.kind === 'settlement').pop()?.place ?? ctx.lastSettlement;
    previous = {
      mentions: inSentence
        .filter((m) => m.place.properties.kind !== 'country')
        .map((m) => ({ ...m, start: -1, end: -1 })),
      attribution: read.attribution,
      openQuote: (sentence.match(/"/g)?.length ?? 0) % 2 === 1,
      quotes: sentence.includes('"'),
    };
  }
  return out;
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
