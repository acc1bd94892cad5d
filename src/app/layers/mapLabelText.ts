// MapLibre draws each code point of a label as a glyph of its own, with its own advance: it does
// not attach a combining mark to the letter before it. NFC gives most accented letters one code
// point (c + cedilla → ç), but some have none ("z̧" in GeoNames' romanisation of ظ: "Abū az̧
// Z̧uhūr"), and no subset of the bundled Noto Sans holds U+0327 anyway, so the mark became a gap
// or a box beside its letter. Map labels leave such marks out; panels, search and exports (HTML
// text, shaped by the browser) keep the name as written.
import type { FeatureCollection } from 'geojson';

const MARKS = /[\u0300-\u036f]/g;

/**
 * The text a map label draws for `name`: NFC, without the combining marks left after it.
 *
 * @example
 * mapLabelText('Abu az\u0327 Z\u0327uhur'); // 'Abu az Zuhur'
 * mapLabelText('Jarabulus'); // 'Jarabulus'
 */
export function mapLabelText(name: string): string {
  const nfc = name.normalize('NFC');
  return nfc.replace(MARKS, '');
}

const cache = new WeakMap<object, FeatureCollection>();

/**
 * `fc` with the `keys` of each feature's properties as map labels draw them: `fc` itself when no
 * name changes (the usual case), else a copy in which only the features that change are new.
 */
export function withMapLabels<F extends FeatureCollection>(fc: F, keys: readonly string[]): F {
  const hit = cache.get(fc);
  if (hit) return hit as F;
  let changed = false;
  const features = fc.features.map((f) => {
    const p = f.properties as Record<string, unknown> | null;
    if (!p) return f;
    let props: Record<string, unknown> | null = null;
    for (const k of keys) {
      const v = p[k];
      if (typeof v !== 'string') continue;
      const text = mapLabelText(v);
      if (text !== v) (props ??= { ...p })[k] = text;
    }
    if (!props) return f;
    changed = true;
    return { ...f, properties: props };
  });
  const out = changed ? ({ ...fc, features } as F) : fc;
  cache.set(fc, out);
  return out;
}
