// Reads the GeoNames "cities" table (tab-separated, one place a line) into gazetteer entries.
// Pure: the caller reads the file. Column order is GeoNames' documented one.
import type { GazetteerEntry, PlaceKind } from '../types/model.ts';

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
/** Letters used by Persian, Urdu, Kurdish or Pashto but not by Arabic. */
const NOT_ARABIC_LANGUAGE =
  /[\u067E\u0686\u0698\u06AF\u06A9\u06CC\u06D5\u0695\u06B5\u06C6\u06CE\u0679\u0688\u0691\u06BA\u06BE\u06C1\u06D2]/;
/** Scripts read by English and Arabic news: Latin (with its diacritics) and Arabic. */
const KEPT_SCRIPT = /^[\p{Script=Latin}\p{Script=Arabic}\p{M}\p{N}\p{P}\p{Zs}'’ʼʻ`´‘-]+$/u;

/**
 * Keeps the alternate names an English or Arabic report could use: Latin or Arabic script,
 * not the airport codes GeoNames lists as names ("ALP", "SDF" would match acronyms in news),
 * not the lower-case romanisations of CJK and Indic names ("a lei po").
 */
export function keepAlias(alias: string): boolean {
  if (alias.length < 2 || !KEPT_SCRIPT.test(alias)) return false;
  if (/^[A-Z]{2,4}$/.test(alias)) return false;
  if (!ARABIC.test(alias) && alias === alias.toLowerCase()) return false;
  return /[\p{L}]/u.test(alias);
}

/** Accents, case, apostrophes and hyphens removed: a key only for dropping duplicate aliases. */
export function lightFold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\p{M}'’‘ʻʼ`´\u02BE\u02BF-]/gu, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** The Arabic name among alternate names: the first in Arabic script with no non-Arabic letter. */
export function pickArabicName(aliases: readonly string[]): string | undefined {
  let fallback: string | undefined;
  for (const a of aliases) {
    if (!ARABIC.test(a)) continue;
    if (!NOT_ARABIC_LANGUAGE.test(a)) return a;
    fallback ??= a;
  }
  return fallback;
}

/** Feature code → our kind. PPLX is "section of populated place": a neighbourhood. */
export function kindForFeatureCode(featureCode: string): PlaceKind {
  return featureCode === 'PPLX' ? 'neighbourhood' : 'settlement';
}

/**
 * One line of the GeoNames table → an entry, or null for blank, comment or malformed lines.
 * @example parseGeoNamesLine('170063\tAleppo\tAleppo\tHalab,حلب\t36.20124\t37.16117\tP\tPPLA\tSY\t\t09\t\t\t\t1602264\t\t401\tAsia/Damascus\t2019-09-05')
 */
export function parseGeoNamesLine(line: string): GazetteerEntry | null {
  if (!line || line.startsWith('#')) return null;
  const f = line.split('\t');
  if (f.length < 15) return null;
  const id = f[0].trim();
  const name = f[1].trim();
  const lat = Number(f[4]);
  const lon = Number(f[5]);
  if (!/^\d+$/.test(id) || !name) return null;
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180)
    return null;
  const all = f[3] ? f[3].split(',') : [];
  // Spellings that differ only by accents, case or apostrophes add nothing once folded
  // (every matcher folds them), and each costs load time: keep the first of each.
  const seen = new Set<string>([lightFold(name)]);
  const aliases: string[] = [];
  for (const raw of [f[2], ...all]) {
    const a = raw.trim();
    if (!a || !keepAlias(a)) continue;
    const key = lightFold(a);
    if (seen.has(key)) continue;
    seen.add(key);
    aliases.push(a);
  }
  const ar = pickArabicName(aliases);
  const featureCode = f[7].trim();
  const country = f[8].trim();
  const admin1 = f[10].trim();
  const population = Number(f[14]);
  return {
    id: `geonames:${id}`,
    name,
    kind: kindForFeatureCode(featureCode),
    names: ar ? { en: name, ar } : { en: name },
    aliases,
    lon,
    lat,
    population: Number.isFinite(population) ? population : 0,
    country,
    admin1: country && admin1 ? `${country}.${admin1}` : '',
    featureCode,
  };
}

/** Every entry of a GeoNames table, skipping lines that do not parse. */
export function parseGeoNames(text: string): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const e = parseGeoNamesLine(text.slice(start, end).replace(/\r$/, ''));
    if (e) out.push(e);
    start = end + 1;
  }
  return out;
}
