// Last pass: resolutions → the report's places as GeoJSON features (one per place, with every
// mention of it) and the resolved mentions the incident stage reads. Deterministic: ids are
// gazetteer ids (`rel:<relation>:<id>` for relative areas), features sorted by id, coordinates
// rounded to 5 decimals.
import type { Geometry } from 'geojson';
import type {
  Alternative,
  GazetteerEntry,
  PlaceFeature,
  PlaceMention,
  ResolvedMention,
  SegmentedArticle,
} from '../../types/model.ts';
import type { Resolution } from '../resolve/DocContext.ts';
import { relationId, relativeGeometry, relativeName } from './relative.ts';
import { roundGeometry } from './roundGeometry.ts';

/** Alternatives kept per place. */
const MAX_ALTERNATIVES = 5;

interface PlaceAcc {
  id: string;
  res: Resolution;
  mentions: PlaceMention[];
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
 * One feature per place the report names, and every resolved mention in text order.
 * `resolutions` come in text order (`finalResolution`); `datelines` are the places the report
 * was filed from. Mentions with a role (`dateline`, `demonym`) carry it and stay out of the
 * resolved mentions the incident stage reads.
 *
 * @example placeFeatures(doc, final.resolutions, []).places.map((p) => p.properties.id) // ['geonames:170063', …]
 */
export function placeFeatures(
  doc: SegmentedArticle,
  resolutions: Resolution[],
  datelines: Resolution[],
): { places: PlaceFeature[]; mentions: ResolvedMention[] } {
  const text = doc.article.text;
  const article = doc.article.id;
  const places = new Map<string, PlaceAcc>();
  const mentions: ResolvedMention[] = [];
  for (const r of datelines.length ? [...datelines, ...resolutions] : resolutions) {
    const { role } = r;
    const id = placeIdOf(r);
    const { start, end } = r.span;
    let acc = places.get(id);
    if (!acc) {
      acc = { id, res: r, mentions: [], seen: new Set(), alternatives: new Map(), confidence: 0 };
      places.set(id, acc);
    }
    const seenKey = `${start}:${end}`;
    if (acc.seen.has(seenKey)) continue;
    acc.seen.add(seenKey);
    const mentionText = text.slice(start, end);
    // Object literals with the keys in one order (the files' JSON order), not copies made by
    // Object.assign: a mention is made for every resolution of every report.
    const m: PlaceMention = { article, start, end, text: mentionText };
    acc.mentions.push(role ? { article, start, end, text: mentionText, role } : m);
    acc.confidence = Math.max(acc.confidence, r.confidence);
    for (const a of r.alternatives) {
      const prev = acc.alternatives.get(a.gazetteerId);
      if (!prev || a.score > prev.score) acc.alternatives.set(a.gazetteerId, a);
    }
    // Where the report was filed from, or a people's adjective: no event happened there for these words.
    if (role) continue;
    mentions.push({
      article,
      start,
      end,
      text: mentionText,
      sentence: r.span.sentence,
      placeId: id,
      confidence: r.confidence,
      alternatives: r.alternatives,
    });
  }
  const features: PlaceFeature[] = [...places.values()]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((acc) => {
      const { entry, relative, approximate } = acc.res;
      const geometry = geometryOf(acc.id, entry, relative);
      const name = relative ? relativeName(entry, relative.relation, relative.bearing) : entry.name;
      const alternatives = [...acc.alternatives.values()]
        .sort((a, b) => b.score - a.score || (a.gazetteerId < b.gazetteerId ? -1 : 1))
        .slice(0, MAX_ALTERNATIVES);
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
          mentions: acc.mentions.sort((a, b) => a.start - b.start),
          alternatives,
          confidence: acc.confidence,
          ...(relative
            ? { relativeTo: { placeId: entry.id, relation: relationId(relative.relation, relative.bearing) } }
            : {}),
          ...(approximate
            ? {
                precision: 'approximate' as const,
                anchor: {
                  placeId: approximate.anchor.id,
                  name: approximate.anchor.names.en,
                  relation: approximate.relation,
                  uncertaintyKm: approximate.uncertaintyKm,
                },
              }
            : {}),
        },
      };
    });
  return { places: features, mentions };
}
