// Name spans → resolutions: each span ranked among its candidates in the report's context,
// with the areas a qualifier asks for ("Idlib province", "Manbij district") added as candidates,
// towns that speak ("Washington said") and misspelt names two far-apart places fit left out.
import type { GazetteerEntry } from '../../types/model.ts';
import type { NameHit, NameIndex } from '../index/NameIndex.ts';
import type { NameSpan } from '../find/NameSpan.ts';
import { foldKeyCached } from '../index/fold.ts';
import { wantsSeatArea, withSeatAreas } from './seatAreas.ts';
import { acceptable, km, rank } from './rank.ts';
import type { DocContext, Resolution } from './DocContext.ts';

/**
 * Adds each settlement's governorate as a candidate when a span asks for one ("Idlib province",
 * "the Kherson region"), if the governorate is named after the settlement (its `seat`, or a
 * shared name): a village called "Cape" does not make "Eastern Cape" its state.
 */
export function withAdmin1(hits: NameHit[], index: NameIndex): NameHit[] {
  const extra: NameHit[] = [];
  for (const h of hits) {
    if (h.entry.kind !== 'settlement' || !h.entry.admin1) continue;
    const a = index.admin1ByCode(h.entry.admin1);
    if (a && !hits.some((x) => x.entry === a) && (a.seat === h.entry.id || sharesName(h.entry, a)))
      extra.push({ entry: a, primary: false, distance: h.distance });
  }
  return extra.length ? [...hits, ...extra] : hits;
}

// Entries do not change: whether two share a name is asked once per pair (it folds every alias).
const sharedNames = new WeakMap<GazetteerEntry, WeakMap<GazetteerEntry, boolean>>();

function sharesName(a: GazetteerEntry, b: GazetteerEntry): boolean {
  let byB = sharedNames.get(a);
  if (!byB) sharedNames.set(a, (byB = new WeakMap()));
  let shared = byB.get(b);
  if (shared === undefined) {
    const keys = new Set([a.name, ...a.aliases].map(foldKeyCached));
    shared = [b.name, ...b.aliases].some((n) => keys.has(foldKeyCached(n)));
    byB.set(b, shared);
  }
  return shared;
}

/** Resolves the name spans of one report (features, roads and relative areas are left to `resolveDescriptions`). */
export function resolveNames(
  spans: NameSpan[],
  nonPlace: Set<string>,
  index: NameIndex,
  ctx: DocContext,
): Resolution[] {
  const out: Resolution[] = [];
  for (const span of spans) {
    if (span.road || span.feature || span.relative || span.focus) continue;
    if (span.demonym) {
      // "Syrian": its country, whatever the words around it (a demonym names no town).
      const e = span.hits[0].entry;
      out.push({
        span,
        entry: e,
        confidence: 1,
        alternatives: [{ gazetteerId: e.id, name: e.name, score: 1 }],
        role: 'demonym',
      });
      continue;
    }
    if (!span.key.includes(' ') && nonPlace.has(span.key) && !index.isStrong(span.key)) continue;
    // "Manbij district": the areas a town is the seat of are candidates beside the town.
    const own = wantsSeatArea(span.want) ? withSeatAreas(span.hits, index, span.want) : span.hits;
    const hits = span.want ? withAdmin1(own, index) : span.hits;
    const parent = span.parent ? rank(span.parent.hits, span, { ...ctx }, undefined)?.best.entry : undefined;
    const r = rank(hits, span, ctx, parent);
    if (!r || !acceptable(r.best, span, ctx)) continue;
    // "Washington said", "Murphy said": a town that speaks is a government or a person; a country may speak.
    if (span.metonymy && r.best.entry.kind !== 'country' && r.best.entry.kind !== 'region') continue;
    if (span.fuzzy && undecided(r, index)) continue;
    out.push({ span, entry: r.best.entry, confidence: r.confidence, alternatives: r.alternatives });
  }
  return out;
}

/**
 * A misspelt or loose name that fits two far-apart places about equally well names neither for sure:
 * guessing would put a mark where nothing happened.
 */
function undecided(r: NonNullable<ReturnType<typeof rank>>, index: NameIndex): boolean {
  const [a, b] = r.alternatives;
  if (!b || b.score < a.score / 2) return false;
  const ea = index.byId(a.gazetteerId);
  const eb = index.byId(b.gazetteerId);
  return !!ea && !!eb && km(ea, eb) > 10;
}
