// Last-resort matching of one typed name against the places of one country, when neither the
// folding key nor one edit reaches it: the vowel skeleton (vowels are where English
// transliterations of Arabic differ most: "Kirbeh" / "Karbah", "Tasyaa" / "Tisya") and,
// among loose candidates, the closest spelling.
import type { Gazetteer } from '../../gazetteer/Gazetteer.ts';
import type { GazetteerEntry } from '../../types/model.ts';
import type { NameHit } from '../index/NameIndex.ts';
import { boundedDistance, foldKeyCached } from '../index/fold.ts';

/**
 * A folded key with every run of vowels written `a` and a final vowel dropped ("hasya" and
 * "hisya" → "hasy"; "huli" and "hul" → "hal"). Consonants, `y` and `w` stay where they are,
 * so it is stricter than the consonant skeleton and safe for short names.
 */
export function vowelSkeleton(key: string): string {
  return key
    .split(' ')
    .map((t) => t.replace(/[aeiou]+/g, 'a').replace(/(.)a$/, '$1'))
    .join(' ');
}

const cache = new WeakMap<Gazetteer, Map<string, Map<string, GazetteerEntry[]>>>();

/** Latin names and aliases of a country's places by vowel skeleton (built once per country). */
function vowelIndex(gazetteer: Gazetteer, country: string): Map<string, GazetteerEntry[]> {
  let byCountry = cache.get(gazetteer);
  if (!byCountry) cache.set(gazetteer, (byCountry = new Map()));
  let m = byCountry.get(country);
  if (m) return m;
  m = new Map();
  for (const e of gazetteer.byCountry(country)) {
    if (e.seat || e.kind === 'country' || e.kind === 'road') continue;
    const seen = new Set<string>();
    for (const n of [e.name, ...e.aliases]) {
      const k = foldKeyCached(n);
      if (!/^[a-z ]+$/.test(k)) continue;
      const v = vowelSkeleton(k);
      if (v.replace(/[a ]/g, '').length < 2 || seen.has(v)) continue;
      seen.add(v);
      const list = m.get(v);
      if (list) list.push(e);
      else m.set(v, [e]);
    }
  }
  byCountry.set(country, m);
  return m;
}

/**
 * Places of `country` whose vowel skeleton equals the key's, as hits 1.5 edits away.
 * @example byVowelSkeleton(gaz, foldKey('Kirbeh'), 'SY') // a place written Karbah
 */
export function byVowelSkeleton(gazetteer: Gazetteer, key: string, country: string): NameHit[] {
  if (!/^[a-z ]+$/.test(key) || key.replace(/[aeiou ]/g, '').length < 2) return [];
  const list = vowelIndex(gazetteer, country).get(vowelSkeleton(key)) ?? [];
  return list.map((entry) => ({ entry, primary: foldKeyCached(entry.name) === key, distance: 1.5 }));
}

/** Arabic (and Persian) or Hebrew letters: scripts that leave short vowels unwritten. */
const ABJAD = /[\u0590-\u05FF\u0600-\u06FF]/;
const abjadCache = new WeakMap<Gazetteer, Map<string, boolean>>();

/**
 * Whether a country's places are mostly written in an abjad (at least half of its settlements
 * carry an Arabic- or Hebrew-script name): their English names are transliterations, which is
 * what the skeletons are for. A village in Belgium or Kenya spelled two vowels off is another
 * village, not another spelling.
 */
export function namesAreTransliterated(gazetteer: Gazetteer, country: string): boolean {
  let byCountry = abjadCache.get(gazetteer);
  if (!byCountry) abjadCache.set(gazetteer, (byCountry = new Map()));
  let yes = byCountry.get(country);
  if (yes === undefined) {
    let n = 0;
    let abjad = 0;
    for (const e of gazetteer.byCountry(country)) {
      if (e.kind !== 'settlement') continue;
      n++;
      if (ABJAD.test(e.names.ar ?? '') || e.aliases.some((x) => ABJAD.test(x))) abjad++;
    }
    yes = n > 0 && abjad * 2 >= n;
    byCountry.set(country, yes);
  }
  return yes;
}

/**
 * The key with an article glued to a word dropped ("ilmasra" → "masra", as in "Kafr
 * Elmasra"): folding drops "al"/"el" only as words of their own.
 */
export function unglued(key: string): string {
  return key
    .split(' ')
    .map((t) => (t.length >= 6 && /^(?:al|il)[^aeiouy]/.test(t) ? t.slice(2) : t))
    .join(' ');
}

/**
 * Edit distance from a key (or the key without glued articles) to the closest of an entry's
 * folded names (capped at 9).
 */
export function nameDistance(e: GazetteerEntry, key: string): number {
  const bare = unglued(key);
  let best = 9;
  for (const n of [e.name, ...e.aliases]) {
    const k = foldKeyCached(n);
    const d = Math.min(boundedDistance(k, key, 8), bare === key ? 9 : boundedDistance(k, bare, 8));
    if (d < best) best = d;
  }
  return best;
}

/**
 * Of loose candidates (skeleton matches), those spelled closest to the key: "Qamseyeh" is
 * Al Qamşīyah (one letter off), not Homs (same consonants, further spelling).
 */
export function closestHits(hits: NameHit[], key: string): NameHit[] {
  if (hits.length < 2) return hits;
  const scored = hits.map((h) => ({ h, d: nameDistance(h.entry, key) }));
  const min = Math.min(...scored.map((x) => x.d));
  return scored.filter((x) => x.d === min).map((x) => x.h);
}
