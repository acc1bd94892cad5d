// Sentences → mentions → resolved places: one feature per place (all its mentions across
// reports) and every resolved mention with its sentence, for the incident stage.
import type { Geometry } from 'geojson';
import type {
  Alternative,
  GazetteerEntry,
  PlaceFeature,
  ReportedFrom,
  ResolvedMention,
  SegmentedArticle,
  UnplacedName,
} from '../types/model.ts';
import type { Gazetteer } from '../gazetteer/Gazetteer.ts';
import { nameIndexFor } from './index/NameIndex.ts';
import { findNames, type NameSpan } from './find/findNames.ts';
import { lowercaseWords } from './text/lowercaseWords.ts';
import { datelineAreaSpan, datelineAreas } from './dateline/datelineAreas.ts';
import {
  docContext,
  rank,
  resolveDescriptions,
  resolveNames,
  type DocContext,
  type Resolution,
} from './resolve/resolvePlaces.ts';
import type { NameIndex } from './index/NameIndex.ts';
import { foldKey } from './index/fold.ts';
import { looseSpans } from './loose/looseSpans.ts';
import { unplacedNames } from './unplaced/unplacedNames.ts';
import { Overlaps } from './util/Overlaps.ts';
import { liesIn } from './find/findPatterns.ts';
import { relationId, relativeGeometry, relativeName } from './place/relative.ts';
import { roundGeometry } from './place/roundGeometry.ts';

interface PlaceAcc {
  id: string;
  res: Resolution;
  mentions: { article: string; start: number; end: number; text: string; order: number }[];
  seen: Set<string>;
  alternatives: Map<string, Alternative>;
  confidence: number;
}

// Geometries depend only on the entry (and relation): built and rounded once, shared by every run.
const geometryCache = new WeakMap<GazetteerEntry, Map<string, Geometry>>();

function geometryOf(id: string, entry: GazetteerEntry, relative: Resolution['relative']): Geometry {
  let byId = geometryCache.get(entry);
  if (!byId) geometryCache.set(entry, (byId = new Map()));
  let g = byId.get(id);
  if (!g) {
    g = roundGeometry(
      relative
        ? relativeGeometry(entry, relative.relation, relative.bearing)
        : (entry.geometry ?? { type: 'Point', coordinates: [entry.lon, entry.lat] }),
    );
    byId.set(id, g);
  }
  return g;
}

function placeIdOf(r: Resolution): string {
  return r.relative ? `rel:${relationId(r.relative.relation, r.relative.bearing)}:${r.entry.id}` : r.entry.id;
}

/**
 * Finds and resolves every place named in the articles: one feature per place, plus every
 * mention. Deterministic: ids are gazetteer ids (`rel:<relation>:<id>` for relative areas),
 * features sorted by id, coordinates rounded to 5 decimals.
 */
export function geoparse(
  docs: SegmentedArticle[],
  gazetteer: Gazetteer,
): {
  places: PlaceFeature[];
  mentions: ResolvedMention[];
  reportedFrom: Map<string, ReportedFrom[]>;
  unplaced: Map<string, UnplacedName[]>;
} {
  const index = nameIndexFor(gazetteer);
  const vocab = lowercaseWords(docs);
  const found = docs.map((d) => findNames(d, index, vocab));
  const nonPlace = new Set(found.flatMap((f) => [...f.nonPlace]));
  const places = new Map<string, PlaceAcc>();
  const mentions: ResolvedMention[] = [];
  const reportedFrom = new Map<string, ReportedFrom[]>();
  const unplaced = new Map<string, UnplacedName[]>();
  docs.forEach((doc, di) => {
    const text = doc.article.text;
    const ctx = docContext(found[di]);
    const areas = datelineAreas(doc, index);
    if (areas.length) {
      ctx.within = new Set(areas.map((a) => a.admin1));
      for (const a of areas) ctx.countries.add(a.country);
    }
    let names = resolveNames(found[di], index, nonPlace, ctx);
    // A report that names no country still has one: the country most of its places are in.
    if (!ctx.focus) {
      const byCountry = new Map<string, number>();
      for (const r of names)
        if (r.entry.country && !r.span.fuzzy)
          byCountry.set(r.entry.country, (byCountry.get(r.entry.country) ?? 0) + 1);
      const top = [...byCountry].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
      if (top && top[1] >= 2 && top[1] > (byCountry.get(ctx.focus) ?? 0)) {
        ctx.focus = top[0];
        ctx.countries.add(top[0]);
      }
    }
    // Coherence: what was resolved becomes the anchors for a second pass.
    const anchorKeys = new Map<GazetteerEntry, Set<string>>();
    for (const r of names) {
      const e = r.entry;
      // Anchors are points on the ground: a road's or an area's label point says little of where things are.
      const point = e.kind === 'settlement' || e.kind === 'neighbourhood' || e.kind === 'landmark';
      if (e.country !== ctx.focus || !point || r.span.fuzzy) continue;
      const keys = anchorKeys.get(e) ?? new Set<string>();
      keys.add(r.span.key);
      anchorKeys.set(e, keys);
    }
    ctx.anchors = [...anchorKeys.keys()];
    ctx.anchorKeys = anchorKeys;
    // Names that matched nothing in the focus country get a loose match there, resolved in pass two.
    const resolved = new Set(names.map((r) => r.span));
    const loose = looseSpans(found[di], resolved, gazetteer, index, ctx, nonPlace);
    const looseAt = new Overlaps(loose);
    const kept = (s: NameSpan) => !looseAt.hits(s);
    const withLoose = loose.length
      ? { ...found[di], spans: [...found[di].spans.filter(kept), ...loose] }
      : found[di];
    names = resolveNames(withLoose, index, nonPlace, ctx);
    const counts = new Map<string, number>();
    for (const r of names)
      if (r.entry.kind === 'settlement' && r.entry.country === ctx.focus)
        counts.set(r.entry.id, (counts.get(r.entry.id) ?? 0) + 1);
    const city = [...counts].sort(
      (a, b) => b[1] - a[1] || index.byId(b[0])!.population - index.byId(a[0])!.population,
    )[0];
    if (city) ctx.focusCity = index.byId(city[0]);
    const from = resolveDateline(doc, index, ctx, areas);
    const areaSpan = areas.length ? datelineAreaSpan(doc) : undefined;
    if (areaSpan) {
      const e = areas[0];
      from.push({ ...areaSpan, gazetteerId: e.id, name: e.name, lon: e.lon, lat: e.lat });
    }
    if (from.length) reportedFrom.set(doc.article.id, from);
    const all = [...names, ...resolveDescriptions(found[di], index, ctx)].sort(
      (a, b) => a.span.start - b.span.start || a.span.end - b.span.end,
    );
    const left = unplacedNames(
      doc,
      found[di],
      withLoose.spans,
      all.map((r) => r.span),
      ctx,
      nonPlace,
    );
    if (left.length) unplaced.set(doc.article.id, left);
    for (const r of all) {
      const id = placeIdOf(r);
      const m = {
        article: doc.article.id,
        start: r.span.start,
        end: r.span.end,
        text: text.slice(r.span.start, r.span.end),
      };
      let acc = places.get(id);
      if (!acc) {
        acc = { id, res: r, mentions: [], seen: new Set(), alternatives: new Map(), confidence: 0 };
        places.set(id, acc);
      }
      const seenKey = `${m.article}:${m.start}:${m.end}`;
      if (acc.seen.has(seenKey)) continue;
      acc.seen.add(seenKey);
      acc.mentions.push({ article: m.article, start: m.start, end: m.end, text: m.text, order: di });
      acc.confidence = Math.max(acc.confidence, r.confidence);
      for (const a of r.alternatives) {
        const prev = acc.alternatives.get(a.gazetteerId);
        if (!prev || a.score > prev.score) acc.alternatives.set(a.gazetteerId, a);
      }
      mentions.push({
        article: m.article,
        start: m.start,
        end: m.end,
        text: m.text,
        sentence: r.span.sentence,
        placeId: id,
        confidence: r.confidence,
        alternatives: r.alternatives,
      });
    }
  });
  const features: PlaceFeature[] = [...places.values()]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((acc) => {
      const { entry, relative } = acc.res;
      const geometry = geometryOf(acc.id, entry, relative);
      const name = relative ? relativeName(entry, relative.relation, relative.bearing) : entry.name;
      const alternatives = [...acc.alternatives.values()]
        .sort((a, b) => b.score - a.score || (a.gazetteerId < b.gazetteerId ? -1 : 1))
        .slice(0, 5);
      return {
        type: 'Feature',
        id: acc.id,
        geometry,
        properties: {
          id: acc.id,
          name,
          kind: relative ? 'region' : entry.kind,
          gazetteerId: acc.id,
          names: relative ? { en: name } : entry.names,
          mentions: acc.mentions
            .sort((a, b) => a.order - b.order || a.start - b.start)
            .map(({ order: _o, ...m }) => m),
          alternatives,
          confidence: acc.confidence,
          ...(relative
            ? { relativeTo: { placeId: entry.id, relation: relationId(relative.relation, relative.bearing) } }
            : {}),
        },
      };
    });
  return { places: features, mentions, reportedFrom, unplaced };
}

/**
 * The places a dateline names ("DAMASCUS/JERUSALEM (Agency) –"), each resolved by its exact
 * name in the report's context: where the reporter was, not where anything happened.
 */
function resolveDateline(
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
  return out;
}
