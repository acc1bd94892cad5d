// Descriptions → resolutions, once the report's places are known: landmarks by their noun
// ("Aleppo's airport", "the city's university"), roads by number or by the places they link,
// and areas relative to a place ("west of Aleppo", "the north of the country").
import type { GazetteerEntry } from '../../types/model.ts';
import type { NameHit, NameIndex } from '../index/NameIndex.ts';
import type { FoundNames, NameSpan } from '../find/NameSpan.ts';
import { pointToLineDistance } from '../util/geodesy.ts';
import { acceptable, km, rank } from './rank.ts';
import { withAdmin1 } from './resolveNames.ts';
import type { DocContext, Resolution } from './DocContext.ts';

/** Resolves landmarks by description, roads, and relative areas, once the report's places are known. */
export function resolveDescriptions(found: FoundNames, index: NameIndex, ctx: DocContext): Resolution[] {
  const out: Resolution[] = [];
  // The ranking of the hits when its best is acceptable for the span.
  const accepted = (hits: NameHit[], span: NameSpan) => {
    const r = rank(hits, span, ctx);
    return r && acceptable(r.best, span, ctx) ? r : undefined;
  };
  const best = (hits: NameHit[], span: NameSpan): GazetteerEntry | undefined =>
    accepted(hits, span)?.best.entry;
  for (const span of found.spans) {
    if (span.feature) {
      // The name itself may be the landmark's ("the Kuweires airbase").
      const named = span.hits.filter(
        (h) => h.entry.kind === 'landmark' && span.feature!.includes(h.entry.featureCode),
      );
      const direct = named.length ? accepted(named, span) : undefined;
      if (direct) {
        out.push({
          span,
          entry: direct.best.entry,
          confidence: direct.confidence,
          alternatives: direct.alternatives,
        });
        continue;
      }
      const town = span.focus
        ? undefined
        : accepted(
            span.hits.filter((h) => h.entry.kind === 'settlement'),
            span,
          );
      const city = span.focus ? ctx.focusCity : town?.best.entry;
      if (!city) continue;
      const codes = span.feature;
      const own = index.children(city.id).filter((e) => codes.includes(e.featureCode));
      const pool = own.length ? own : index.landmarks(codes).filter((e) => km(e, city) < 20);
      pool.sort(
        (a, b) => codes.indexOf(a.featureCode) - codes.indexOf(b.featureCode) || km(a, city) - km(b, city),
      );
      if (!pool[0] && town && span.surface) {
        // "Srinagar airport", a landmark the gazetteer lacks: the name still places its town.
        const { feature: _landmark, ...name } = span;
        out.push({
          span: Object.assign(name, { end: span.start + span.surface.length }),
          entry: city,
          confidence: town.confidence,
          alternatives: town.alternatives,
        });
      } else if (pool[0])
        out.push({
          span,
          entry: pool[0],
          confidence: span.focus ? 0.6 : 0.85,
          alternatives: pool
            .slice(0, 3)
            .map((e, i) => ({ gazetteerId: e.id, name: e.name, score: i === 0 ? 1 : 0 })),
        });
    } else if (span.road?.between) {
      const a = best(span.road.between[0], span);
      const b = best(span.road.between[1], span);
      if (!a || !b) continue;
      // A loop, not filter().map().filter(): arrays the builtins make change elements kind with
      // this function's optimisation state, and each new kind met deoptimised it (see matchRuns).
      const scored: { r: GazetteerEntry; d: number }[] = [];
      for (const r of index.roads) {
        if (r.geometry?.type !== 'LineString') continue;
        const line = r.geometry;
        const d = Math.max(
          pointToLineDistance([a.lon, a.lat], line),
          pointToLineDistance([b.lon, b.lat], line),
        );
        if (d < 25) scored.push({ r, d });
      }
      scored.sort((x, y) => x.d - y.d);
      if (scored[0])
        out.push({
          span,
          entry: scored[0].r,
          confidence: 0.8,
          alternatives: scored.slice(0, 3).map((x) => ({
            gazetteerId: x.r.id,
            name: x.r.name,
            score: Math.round(1000 / (1 + x.d)) / 1000,
          })),
        });
    } else if (span.hits.length && span.hits.every((h) => h.entry.kind === 'road')) {
      const r = rank(span.hits, span, ctx);
      if (r) out.push({ span, entry: r.best.entry, confidence: r.confidence, alternatives: r.alternatives });
    } else if (span.relative) {
      let base: GazetteerEntry | undefined;
      if (span.focus === 'city') base = ctx.focusCity;
      else if (span.focus === 'country') base = index.countryEntry(ctx.focus);
      else {
        const polygonFirst = span.relative.relation === 'part';
        // "south of Idlib province": the province, however it lies.
        const hits = polygonFirst || span.want ? withAdmin1(span.hits, index) : span.hits;
        const r = rank(
          hits,
          polygonFirst && !span.want ? Object.assign({}, span, { want: 'region' }) : span,
          ctx,
        );
        // A part of a governorate of the report's countries ("eastern Idlib") stands even far
        // from its other places; a division abroad must pass like any place ("West Midlands" is
        // no part of Zimbabwe's Midlands).
        const ownDivision = r?.best.entry.kind === 'admin1' && ctx.countries.has(r.best.entry.country);
        if (r && (acceptable(r.best, span, ctx) || ownDivision)) base = r.best.entry;
      }
      if (base) out.push({ span, entry: base, relative: span.relative, confidence: 0.7, alternatives: [] });
    }
  }
  return out;
}
