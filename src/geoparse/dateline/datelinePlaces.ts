// Pass six: where the report was filed from. The places a dateline names ("DAMASCUS/JERUSALEM
// (Agency) –", "COLUMBIA, Ky. (Station) -"), each resolved by its exact name in the report's
// context, and the state named after the city: where the reporter was, not where anything happened.
import type { GazetteerEntry, ReportedFrom, SegmentedArticle } from '../../types/model.ts';
import type { NameIndex } from '../index/NameIndex.ts';
import { foldKey } from '../index/fold.ts';
import { liesIn } from '../index/liesIn.ts';
import { rank } from '../resolve/rank.ts';
import type { DocContext } from '../resolve/DocContext.ts';
import { datelineAreaSpan } from './datelineAreas.ts';

/**
 * The dateline's places, resolved in the report's final context; `areas` are the states the
 * dateline names after its city (`datelineAreas`).
 *
 * @example datelinePlaces(segment({ id: 'a', text: 'ALEPPO (Agency) – ...' }), index, ctx, [])[0].name // 'Aleppo'
 */
export function datelinePlaces(
  doc: SegmentedArticle,
  index: NameIndex,
  ctx: DocContext,
  areas: GazetteerEntry[],
): ReportedFrom[] {
  const out: ReportedFrom[] = [];
  for (const { start, end } of doc.datelinePlaces) {
    const text = doc.article.text.slice(start, end);
    const key = foldKey(text);
    let hits = key ? index.exact(key).filter((h) => h.entry.kind !== 'road') : [];
    // A dateline names a town, in the state it names after it ("COLUMBIA, Ky.") if it does.
    const inArea = hits.filter((h) => areas.some((a) => liesIn(h.entry, a)));
    const towns = hits.filter((h) => h.entry.kind === 'settlement');
    hits = inArea.length ? inArea : towns.length ? towns : hits;
    const r = rank(hits, { start, end, sentence: -1, key, hits, surface: text }, ctx);
    if (!r) continue;
    const e = r.best.entry;
    out.push({ start, end, text, gazetteerId: e.id, name: e.name, lon: e.lon, lat: e.lat });
  }
  const areaSpan = areas.length ? datelineAreaSpan(doc) : undefined;
  if (areaSpan) {
    const e = areas[0];
    out.push({ ...areaSpan, gazetteerId: e.id, name: e.name, lon: e.lon, lat: e.lat });
  }
  return out;
}
