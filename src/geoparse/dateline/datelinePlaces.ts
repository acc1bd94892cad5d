// Pass six: where the report was filed from. The places a dateline names ("DAMASCUS/JERUSALEM
// (Agency) –", "COLUMBIA, Ky. (Station) -"), each resolved by its exact name in the report's
// context, and the state named after the city: where the reporter was, not where anything happened.
import type { GazetteerEntry, ReportedFrom, SegmentedArticle } from '../../types/model.ts';
import type { Resolution } from '../resolve/DocContext.ts';
import type { NameHit, NameIndex } from '../index/NameIndex.ts';
import { foldKey } from '../index/fold.ts';
import { liesIn } from '../index/liesIn.ts';
import { rank } from '../resolve/rank.ts';
import type { DocContext } from '../resolve/DocContext.ts';
import { datelineAreaSpan, datelineCountry, datelineRegion } from './datelineAreas.ts';

/**
 * The dateline's places, resolved in the report's final context; `areas` are the states the
 * dateline names after its city (`datelineAreas`), and a country named there decides between
 * the city's namesakes. The state or country is a dateline place too. Each is a resolution of
 * the dateline's words.
 *
 * @example datelinePlaces(segment({ id: 'a', text: 'ALEPPO (Agency) – ...' }), index, ctx, [])[0].entry.name // 'Aleppo'
 */
export function datelinePlaces(
  doc: SegmentedArticle,
  index: NameIndex,
  ctx: DocContext,
  areas: GazetteerEntry[],
): Resolution[] {
  const out: Resolution[] = [];
  // "TRIPOLI, Lebanon —": the city is the namesake in the country named after it.
  // "RAMALLAH, West Bank —": a region of one country, whose towns the city is among.
  const country = areas.length ? undefined : (datelineCountry(doc, index) ?? datelineRegion(doc, index));
  const within = country ? [...areas, country] : areas;
  for (const { start, end } of doc.datelinePlaces) {
    const text = doc.article.text.slice(start, end);
    const key = foldKey(text);
    // A dateline names a town, in the state it names after it ("COLUMBIA, Ky.") if it does.
    // (Lists pushed onto literals, not made by filter(): see readSentences.)
    let hits: NameHit[] = [];
    const inArea: NameHit[] = [];
    const towns: NameHit[] = [];
    for (const h of key ? index.exact(key) : []) {
      if (h.entry.kind === 'road') continue;
      hits.push(h);
      if (within.some((a) => liesIn(h.entry, a) || (a.kind === 'region' && h.entry.country === a.country)))
        inArea.push(h);
      if (h.entry.kind === 'settlement') towns.push(h);
    }
    hits = inArea.length ? inArea : towns.length ? towns : hits;
    const span = { start, end, sentence: -1, key, hits, surface: text };
    const r = rank(hits, span, ctx);
    if (!r) continue;
    out.push({
      span,
      entry: r.best.entry,
      confidence: r.confidence,
      alternatives: r.alternatives,
      role: 'dateline',
    });
  }
  const areaSpan = within.length ? datelineAreaSpan(doc) : undefined;
  if (areaSpan) {
    const e = within[0];
    const span = {
      start: areaSpan.start,
      end: areaSpan.end,
      sentence: -1,
      key: foldKey(e.name),
      hits: [],
      surface: areaSpan.text,
    };
    out.push({
      span,
      entry: e,
      confidence: 1,
      alternatives: [{ gazetteerId: e.id, name: e.name, score: 1 }],
      role: 'dateline',
    });
  }
  return out;
}

/** What the manifest lists of the dateline's places (`reportedFrom`). */
export function reportedFrom(doc: SegmentedArticle, datelines: Resolution[]): ReportedFrom[] {
  return datelines.map(({ span: { start, end, surface }, entry: e }) => ({
    start,
    end,
    text: surface ?? doc.article.text.slice(start, end),
    gazetteerId: e.id,
    name: e.name,
    lon: e.lon,
    lat: e.lat,
  }));
}
