// Loaders for the public geoparsing corpora in ../shared/benchmarks/geoparsing (evaluation only:
// nothing read here is ever written into the repository). Each corpus has its own XML dialect
// and its own known defects (see that folder's README); they are parsed with small regexes
// because the files are regular, machine-written XML.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export type CorpusName = 'TR-News' | 'GWN' | 'LGL' | 'GeoVirus';
export const CORPUS_NAMES: CorpusName[] = ['TR-News', 'GWN', 'LGL', 'GeoVirus'];

/** One gold annotation, offsets realigned to JavaScript string indices of `text`. */
export interface GoldToponym {
  name: string;
  start: number;
  end: number;
  lat?: number;
  lon?: number;
  geonamesId?: string;
  /** GWN annotation type (Literal, Metonymic, Demonym …); absent for the other corpora. */
  type?: string;
  /**
   * Whether detection scoring counts it as a place a geoparser should find. Not-places that are
   * still toponyms (metonymy, demonyms) are kept with `isPlace: false` so that scoring can treat
   * a hit on them as neither right nor wrong.
   */
  isPlace: boolean;
}

export interface CorpusArticle {
  id: string;
  text: string;
  toponyms: GoldToponym[];
}

export interface Corpus {
  name: CorpusName;
  articles: CorpusArticle[];
  /** Annotations whose span had to be moved to match their name, and ones dropped as unfindable. */
  realigned: number;
  dropped: number;
  /** Annotations whose coordinates were corrected from the corpus's patch file. */
  patched: number;
}

/**
 * GWN types counted as places for detection: the "literal" toponyms of Gritta et al. (2019)
 * — the words name a location on the ground. Literal modifiers count only as nouns ("the
 * Elysian Fields intersection"); adjectival ones ("Syrian towns") are demonyms by form, which
 * our geoparser deliberately reads as context, not as places.
 */
const GWN_PLACE_TYPES = new Set(['Literal', 'Mixed', 'Coercion', 'Embedded_Literal', 'Literal_Modifier']);
/** Associative toponyms: a place name used for something else. Neutral in detection scoring. */
const GWN_NEUTRAL_TYPES = new Set([
  'Metonymic',
  'Demonym',
  'Non_Literal_Modifier',
  'Embedded_Non_Lit',
  'Homonym',
  'Language',
  'Literal_Modifier',
]);

const FILES: Record<CorpusName, string> = {
  'TR-News': 'TR-News.xml',
  GWN: 'GWN.xml',
  LGL: 'lgl.xml',
  GeoVirus: 'GeoVirus.xml',
};
const PATCHES: Partial<Record<CorpusName, string>> = {
  LGL: 'lgl_patches.tsv',
  GeoVirus: 'GeoVirus_patches.tsv',
};

/** Folder of the corpora, beside the repository. */
export function corporaDir(repoRoot: string): string {
  return path.resolve(repoRoot, '../shared/benchmarks/geoparsing');
}

/**
 * Reads one corpus from `dir` and returns its articles with realigned gold spans.
 * Throws an Error naming the file when it is missing or unreadable.
 */
export function loadCorpus(name: CorpusName, dir: string): Corpus {
  const file = path.join(dir, FILES[name]);
  let xml: string;
  try {
    xml = readFileSync(file, 'utf8');
  } catch (e) {
    throw new Error(`${file}: cannot read corpus (${(e as Error).message})`);
  }
  const corpus = parseCorpus(name, xml);
  const patches = PATCHES[name];
  if (patches) {
    try {
      corpus.patched = applyPatches(corpus, readFileSync(path.join(dir, patches), 'utf8'));
    } catch (e) {
      throw new Error(`${path.join(dir, patches)}: cannot read coordinate patches (${(e as Error).message})`);
    }
  }
  return corpus;
}

/**
 * Applies a `*_patches.tsv` (name, old "lat , lon", corrected "lat , lon") to a corpus and
 * returns how many annotations changed. Rows are matched on the old coordinates alone, since
 * the patch's name is sometimes the gazetteer name rather than the words in the text.
 */
export function applyPatches(corpus: Corpus, tsv: string): number {
  const key = (lat: number, lon: number) => `${lat.toFixed(3)},${lon.toFixed(3)}`;
  const fixes = new Map<string, [number, number]>();
  for (const line of tsv.split('\n')) {
    const cols = line.split('\t');
    if (cols.length < 3) continue;
    const [oldLat, oldLon] = cols[1].split(',').map(Number);
    const [lat, lon] = cols[2].split(',').map(Number);
    if ([oldLat, oldLon, lat, lon].every(Number.isFinite)) fixes.set(key(oldLat, oldLon), [lat, lon]);
  }
  let n = 0;
  for (const t of corpus.articles.flatMap((a) => a.toponyms)) {
    if (t.lat === undefined || t.lon === undefined) continue;
    const fix = fixes.get(key(t.lat, t.lon));
    if (!fix) continue;
    [t.lat, t.lon] = fix;
    n++;
  }
  return n;
}

/** Parses the XML of one corpus (pure; see loadCorpus). */
export function parseCorpus(name: CorpusName, xml: string): Corpus {
  // Spans that cannot be found near their offset (GWN's few title annotations have negative
  // offsets) are dropped and counted: we geoparse the body text only.
  const stats = { realigned: 0, dropped: 0 };
  const articles: CorpusArticle[] = [];
  let n = 0;
  for (const m of xml.matchAll(/<article\b([^>]*)>([\s\S]*?)<\/article>/g)) {
    const [, attrs, body] = m;
    const id = /(?:docid|file)="([^"]*)"/.exec(attrs)?.[1] ?? String(n);
    n++;
    const text = readText(body);
    const raw =
      name === 'GWN'
        ? gwnToponyms(body)
        : name === 'GeoVirus'
          ? geoVirusToponyms(body)
          : gaztagToponyms(body);
    const toponyms: GoldToponym[] = [];
    for (const t of raw) {
      const at = realign(text, t.name, t.start);
      if (at < 0) {
        stats.dropped++;
        continue;
      }
      if (at !== t.start) stats.realigned++;
      toponyms.push({ ...t, start: at, end: at + t.name.length });
    }
    toponyms.sort((a, b) => a.start - b.start || a.end - b.end);
    articles.push({ id, text, toponyms });
  }
  return { name, articles, ...stats, patched: 0 };
}

/**
 * Where `name` really starts in `text`, searching outward from `start` by up to `slack`
 * characters (nearest first); -1 when it is not there. Needed because TR-News has spans off by one
 * (a few articles drift by up to a dozen characters towards their end) and every
 * GeoVirus start is one too high.
 */
export function realign(text: string, name: string, start: number, slack = 40): number {
  if (!name) return -1;
  if (text.startsWith(name, start)) return start;
  for (let d = 1; d <= slack; d++) {
    if (start - d >= 0 && text.startsWith(name, start - d)) return start - d;
    if (text.startsWith(name, start + d)) return start + d;
  }
  return -1;
}

/** Decodes the five XML entities and numeric character references. */
export function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    const k = e.toLowerCase();
    if (k[0] === '#')
      return String.fromCodePoint(k[1] === 'x' ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[k] ?? '';
  });
}

/** Article text: CDATA taken verbatim, otherwise entity-decoded (GWN escapes its text). */
function readText(body: string): string {
  const m = /<text>([\s\S]*?)<\/text>/.exec(body);
  if (!m) return '';
  const cdata = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(m[1]);
  return cdata ? cdata[1] : decodeXml(m[1]);
}

function tag(block: string, name: string): string | undefined {
  const m = new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`).exec(block);
  return m ? decodeXml(m[1]).trim() : undefined;
}

function num(s: string | undefined): number | undefined {
  if (s === undefined || s === '') return undefined;
  const v = Number(s);
  return Number.isFinite(v) ? v : undefined;
}

type RawToponym = Omit<GoldToponym, 'end'>;

/** TR-News and LGL: <toponym> with <phrase>, <start>, and a <gaztag geonameid> holding lat/lon. */
function gaztagToponyms(body: string): RawToponym[] {
  const out: RawToponym[] = [];
  for (const [, t] of body.matchAll(/<toponym>([\s\S]*?)<\/toponym>/g)) {
    const name = tag(t, 'phrase') ?? '';
    const start = num(tag(t, 'start'));
    if (start === undefined) continue;
    const gaz = /<gaztag\s+geonameid="(\d+)"[^>]*>([\s\S]*?)<\/gaztag>/.exec(t);
    out.push({
      name,
      start,
      lat: gaz ? num(tag(gaz[2], 'lat')) : undefined,
      lon: gaz ? num(tag(gaz[2], 'lon')) : undefined,
      geonamesId: gaz?.[1],
      isPlace: true,
    });
  }
  return out;
}

/** GeoVirus: <location> with <name>, <start> (one too high; realign fixes it), <lat>, <lon>. */
function geoVirusToponyms(body: string): RawToponym[] {
  const out: RawToponym[] = [];
  for (const [, t] of body.matchAll(/<location>([\s\S]*?)<\/location>/g)) {
    const start = num(tag(t, 'start'));
    if (start === undefined) continue;
    out.push({
      name: tag(t, 'name') ?? '',
      start: start - 1,
      lat: num(tag(t, 'lat')),
      lon: num(tag(t, 'lon')),
      isPlace: true,
    });
  }
  return out;
}

/** GWN: typed annotations; only literal and associative toponyms are kept (see GWN_PLACE_TYPES). */
function gwnToponyms(body: string): RawToponym[] {
  const out: RawToponym[] = [];
  for (const [, t] of body.matchAll(/<toponym>([\s\S]*?)<\/toponym>/g)) {
    const type = tag(t, 'type') ?? '';
    if (!GWN_PLACE_TYPES.has(type) && !GWN_NEUTRAL_TYPES.has(type)) continue;
    const start = num(tag(t, 'start'));
    if (start === undefined) continue;
    const adjective = tag(t, 'modifierType') === 'Adjective';
    const id = tag(t, 'geonamesID');
    out.push({
      name: tag(t, 'extractedName') ?? '',
      start,
      lat: num(tag(t, 'latitude')),
      lon: num(tag(t, 'longitude')),
      geonamesId: id || undefined,
      type,
      isPlace: GWN_PLACE_TYPES.has(type) && !(type === 'Literal_Modifier' && adjective),
    });
  }
  return out;
}
