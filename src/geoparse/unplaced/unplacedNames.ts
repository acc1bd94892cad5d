// Names a report uses as places that stay off the map. A capitalised run that the words around it
// call a place ("near X", "the village of X", "X, Syria", listed with other places) but that no
// gazetteer entry fits, or that several far-apart places fit equally, or only places far from the
// report's other places: the user is told rather than shown a guess, or nothing at all.
import type { GazetteerEntry, SegmentedArticle, UnplacedName } from '../../types/model.ts';
import type { FoundNames, NameSpan } from '../find/NameSpan.ts';
import type { DocContext } from '../resolve/DocContext.ts';
import { locate, mayNamePlace, readContext, sentenceTokens, type Candidate } from '../find/readContext.ts';
import { distance } from '../util/geodesy.ts';
import { Overlaps } from '../util/Overlaps.ts';

/** One word shaped like an adjective of a people or faith ("the Alawite neighbourhoods"). */
const ADJECTIVE = /^\p{L}+(?:ite|ish|ian|ese)$/u;
/** At most this many per report: a list of hundreds helps nobody (and a 10 MB file must stay linear). */
const MAX_PER_REPORT = 50;
/** Readings further apart than this are different places, not one place filed twice. */
const SAME_PLACE_KM = 10;

/**
 * The names of one report read as places (a strong cue around them) that no resolution covers.
 * `spans` are the name spans tried (first pass and loose), `placed` the spans that were mapped.
 *
 * @example unplacedNames(doc, found, found.spans, resolvedSpans, ctx)
 * // "took Anadan and Kafr Naha" with no Kafr Naha in the gazetteer → [{ text: 'Kafr Naha', reason: 'unknown' }]
 */
export function unplacedNames(
  doc: SegmentedArticle,
  found: FoundNames,
  spans: NameSpan[],
  placed: { start: number; end: number }[],
  ctx: DocContext,
): UnplacedName[] {
  const { nonPlace } = found;
  const text = doc.article.text;
  const out: UnplacedName[] = [];
  // Spans are few per sentence: overlaps are looked up among the spans of the same start region.
  const taken = new Overlaps(placed);
  const free = (s: { start: number; end: number }) => !taken.hits(s);
  // Worth a look (see `mayNamePlace`), and not an adjective of a people or faith.
  const worth = (s: NameSpan): boolean =>
    mayNamePlace(s, nonPlace) && (s.key.includes(' ') || !ADJECTIVE.test(text.slice(s.start, s.end)));
  const add = (c: Candidate, hits: GazetteerEntry[]): void => {
    if (out.length >= MAX_PER_REPORT || !free(c.span)) return;
    const r = readContext(c, found.spans, ctx);
    if (!r || r.cue < 2) return;
    const start = c.span.start;
    const end = c.span.end;
    const home = hits.filter((e) => ctx.countries.has(e.country));
    const reason = hits.length === 0 ? 'unknown' : spread(home) ? 'ambiguous' : 'far';
    out.push({
      start,
      end,
      text: text.slice(start, end),
      reason,
      ...(hits.length
        ? { candidates: hits.slice(0, 3).map((e) => ({ gazetteerId: e.id, name: e.name })) }
        : {}),
    });
    taken.add({ start, end });
  };
  const tried = spans.filter(
    (s) => !s.road && !s.feature && !s.relative && !s.focus && !s.water && !!s.surface && worth(s) && free(s),
  );
  const tokensOf = sentenceTokens(found);
  for (const s of tried.sort((a, b) => a.start - b.start)) {
    if (out.length >= MAX_PER_REPORT) break;
    const c = locate(s, tokensOf);
    if (c) add(c, readings(s, ctx));
  }
  for (const u of found.unmatched) {
    if (out.length >= MAX_PER_REPORT) break;
    if (!u.span.hits.length && !u.run.person && worth(u.span))
      add({ span: u.span, tokens: u.sentence.tokens, from: u.run.from, to: u.run.to }, []);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The distinct places a span could name, those in the report's countries first, most populous first. */
function readings(s: NameSpan, ctx: DocContext): GazetteerEntry[] {
  const list = [...new Set(s.hits.map((h) => h.entry))];
  const home = (e: GazetteerEntry) => (ctx.countries.has(e.country) ? 0 : 1);
  return list.sort((a, b) => home(a) - home(b) || b.population - a.population);
}

/** Whether the first two readings are different places (several places of the report's countries fit). */
function spread(hits: GazetteerEntry[]): boolean {
  const [a, b] = hits;
  return !!b && distance([a.lon, a.lat], [b.lon, b.lat]) > SAME_PLACE_KM;
}
