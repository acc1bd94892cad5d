// A readable diff between a committed output file and a fresh one: per feature (by id) for
// GeoJSON, per top-level key for JSON objects. `generated` (a timestamp) is ignored.
type Json = unknown;

interface FeatureLike {
  id?: unknown;
  properties?: { id?: unknown; name?: unknown } | null;
  geometry?: unknown;
}

function keyOf(f: FeatureLike, i: number): string {
  return String(f.properties?.id ?? f.id ?? `#${i}`);
}

function changedKeys(a: Record<string, Json>, b: Record<string, Json>): string[] {
  const keys = new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})]);
  return [...keys].filter((k) => JSON.stringify(a?.[k]) !== JSON.stringify(b?.[k])).sort();
}

/** Lines describing what changed from `before` to `after`; empty when they are the same. */
export function goldenDiff(before: Json, after: Json): string[] {
  const strip = (x: Json): Json => {
    if (x && typeof x === 'object' && !Array.isArray(x)) {
      const { generated: _g, ...rest } = x as Record<string, Json>;
      return rest;
    }
    return x;
  };
  const a = strip(before);
  const b = strip(after);
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  const fa = (a as { features?: FeatureLike[] })?.features;
  const fb = (b as { features?: FeatureLike[] })?.features;
  if (!Array.isArray(fa) || !Array.isArray(fb)) {
    return changedKeys(a as Record<string, Json>, b as Record<string, Json>).map((k) => `~ ${k} changed`);
  }
  const ma = new Map(fa.map((f, i) => [keyOf(f, i), f]));
  const mb = new Map(fb.map((f, i) => [keyOf(f, i), f]));
  const lines: string[] = [];
  for (const [k, f] of ma) if (!mb.has(k)) lines.push(`- ${k} (${String(f.properties?.name ?? '')}) removed`);
  for (const [k, f] of mb) if (!ma.has(k)) lines.push(`+ ${k} (${String(f.properties?.name ?? '')}) added`);
  for (const [k, f] of mb) {
    const old = ma.get(k);
    if (!old || JSON.stringify(old) === JSON.stringify(f)) continue;
    const props = changedKeys(
      (old.properties ?? {}) as Record<string, Json>,
      (f.properties ?? {}) as Record<string, Json>,
    );
    const geom = JSON.stringify(old.geometry) !== JSON.stringify(f.geometry) ? ['geometry'] : [];
    lines.push(`~ ${k}: ${[...props, ...geom].join(', ') || 'order'} changed`);
  }
  if (lines.length === 0) lines.push('~ feature order changed');
  return lines;
}
