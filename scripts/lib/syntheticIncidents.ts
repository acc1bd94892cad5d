// Synthetic map data for the map-at-scale benchmarks and tests: a seeded year of incidents at
// real gazetteer places, written in the shape the CLI writes (manifest.json, places.geojson,
// incidents.geojson, control.geojson), each incident with its sources, actors, figures and
// summary, each place with a mention per source. Pure: gazetteer entries and options in, data
// out; the same seed gives the same bytes everywhere. Words (outlets, speakers) are our own.
import type { Feature, FeatureCollection, Point } from 'geojson';
import type {
  Actor,
  ControlProps,
  Figure,
  GazetteerEntry,
  IncidentProps,
  IncidentSource,
  IncidentStatus,
  IncidentType,
  Manifest,
  ManifestArticle,
  PlaceProps,
  Side,
  Stance,
} from '../../src/types/model.ts';
import { OUTLETS as CORPUS_OUTLETS, seededRandom } from './makeCorpus.ts';
import { addDays } from '../../src/types/days.ts';

export interface SyntheticOptions {
  incidents: number;
  seed: number;
  /** First day, YYYY-MM-DD. */
  start?: string;
  /** Days the incidents spread over. */
  days?: number;
}

export interface SyntheticData {
  manifest: Manifest;
  places: FeatureCollection<Point, PlaceProps>;
  incidents: FeatureCollection<Point, IncidentProps>;
  control: FeatureCollection<Point, ControlProps>;
}

/** Incident types with how often they occur (a war's reports: clashes and strikes most). */
const TYPES: [IncidentType, number][] = [
  ['armed-clash', 24],
  ['airstrike', 18],
  ['shelling', 16],
  ['advance', 10],
  ['explosion', 7],
  ['civilian-casualties', 8],
  ['displacement', 5],
  ['withdrawal', 4],
  ['reinforcement', 4],
  ['closure', 2],
  ['commander-killed', 2],
];
const STATUSES: [IncidentStatus, number][] = [
  ['reported', 70],
  ['contested', 12],
  ['confirmed', 12],
  ['denied', 6],
];
const STANCES: Record<IncidentStatus, Stance[]> = {
  reported: ['claim'],
  contested: ['claim', 'denial'],
  confirmed: ['claim', 'confirmation'],
  denied: ['denial'],
};
const ACTORS: Actor[] = [
  { side: 'opposition', name: 'opposition fighters' },
  { side: 'opposition', name: 'rebel factions' },
  { side: 'government', name: 'government forces' },
  { side: 'government', name: 'army units' },
  { side: 'russia', name: 'Russian warplanes' },
  { side: 'sna', name: 'Turkish-backed factions' },
  { side: 'sdf', name: 'Kurdish-led forces' },
  { side: 'iran', name: 'Iran-backed militias' },
  { side: 'civilians', name: 'residents' },
];
const OUTLETS = CORPUS_OUTLETS.slice(0, 8);
const SPEAKERS = [
  'a war monitor',
  'the defence ministry',
  'a rebel commander',
  'local residents',
  'state media',
  'a civil defence team',
  'an opposition spokesman',
  null,
];
const FIGURES = ['killed', 'wounded', 'civilians-killed', 'displaced'];

function pick<T>(rand: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rand() * xs.length)]!;
}

function weighted<T>(rand: () => number, xs: readonly [T, number][]): T {
  const total = xs.reduce((a, [, w]) => a + w, 0);
  let r = rand() * total;
  for (const [x, w] of xs) if ((r -= w) < 0) return x;
  return xs[xs.length - 1]![0];
}

function slug(s: string): string {
  return (
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'place'
  );
}

/** A hex string of `n` characters from the generator (stands for a report's text hash). */
function hex(rand: () => number, n: number): string {
  let s = '';
  while (s.length < n)
    s += Math.floor(rand() * 0x100000000)
      .toString(16)
      .padStart(8, '0');
  return s.slice(0, n);
}

/**
 * The places incidents happen at: Syrian towns, villages and neighbourhoods of the gazetteer
 * with a point, each with a weight that grows with its population (cities see more incidents).
 */
export function incidentPlaces(
  entries: readonly GazetteerEntry[],
): { entry: GazetteerEntry; weight: number }[] {
  return entries
    .filter(
      (e) =>
        (e.kind === 'settlement' || e.kind === 'neighbourhood') &&
        e.country === 'SY' &&
        Number.isFinite(e.lon) &&
        Number.isFinite(e.lat),
    )
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((entry) => ({ entry, weight: Math.sqrt(Math.max(entry.population, 200)) }));
}

/**
 * A seeded year of incidents at gazetteer places, as the CLI would write it.
 *
 * @example
 * const d = syntheticIncidents(gaz.entries, { incidents: 1000, seed: 1 });
 * d.incidents.features.length; // 1000
 * d.manifest.days[0]; // '2024-01-01'
 */
export function syntheticIncidents(
  entries: readonly GazetteerEntry[],
  options: SyntheticOptions,
): SyntheticData {
  const rand = seededRandom(options.seed);
  const start = options.start ?? '2024-01-01';
  const days = Math.max(1, options.days ?? 366);
  const pool = incidentPlaces(entries);
  if (!pool.length)
    throw new Error('syntheticIncidents: the gazetteer has no Syrian towns to place incidents at');
  // Cumulative weights for a binary search: a place per incident in O(log places).
  const cumulative: number[] = [];
  let sum = 0;
  for (const p of pool) cumulative.push((sum += p.weight));
  const placeAt = () => {
    const r = rand() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > r) hi = mid;
      else lo = mid + 1;
    }
    return pool[lo]!.entry;
  };
  // Busier and quieter weeks: each day's share of the incidents.
  const dayWeight = Array.from(
    { length: days },
    (_, i) => 1 + 0.8 * Math.sin(i / 9) ** 2 + (rand() < 0.05 ? 3 : 0),
  );
  const dayCumulative: number[] = [];
  let daySum = 0;
  for (const w of dayWeight) dayCumulative.push((daySum += w));
  const dayAt = () => {
    const r = rand() * daySum;
    let i = 0;
    while (dayCumulative[i]! <= r) i++;
    return i;
  };

  const articles = new Map<string, ManifestArticle>();
  /** Reports of each day: about three incidents per report. */
  const reportsOfDay = new Map<number, string[]>();
  const reportFor = (dayIndex: number): ManifestArticle => {
    let list = reportsOfDay.get(dayIndex);
    if (!list) reportsOfDay.set(dayIndex, (list = []));
    if (list.length && rand() < 0.7) return articles.get(pick(rand, list))!;
    const dateline = addDays(start, dayIndex);
    const outlet = pick(rand, OUTLETS);
    const id = `${slug(outlet)}-${dateline}-${list.length + 1}`;
    const article: ManifestArticle = {
      id,
      hash: hex(rand, 32),
      file: `${id}.txt`,
      outlet,
      dateline,
      url: null,
      length: 1500 + Math.floor(rand() * 4000),
      excluded: [],
    };
    articles.set(id, article);
    list.push(id);
    return article;
  };

  const used = new Map<string, { entry: GazetteerEntry; mentions: PlaceProps['mentions'] }>();
  const features: Feature<Point, IncidentProps>[] = [];
  for (let n = 0; n < options.incidents; n++) {
    const entry = placeAt();
    const type = weighted(rand, TYPES);
    const status = weighted(rand, STATUSES);
    const background = rand() < 0.02;
    const undated = !background && rand() < 0.01;
    const dayIndex = dayAt();
    const date = undated
      ? null
      : background
        ? addDays(start, -30 - Math.floor(rand() * 700))
        : addDays(start, dayIndex);
    const actors: Actor[] = [];
    const nActors = 1 + Math.floor(rand() * 3);
    for (let i = 0; i < nActors; i++) {
      const a = pick(rand, ACTORS);
      if (!actors.some((x) => x.name === a.name)) actors.push(a);
    }
    const sources: IncidentSource[] = [];
    const figures: Figure[] = [];
    const nSources = 1 + Math.floor(rand() ** 2 * 4);
    let place = used.get(entry.id);
    if (!place) used.set(entry.id, (place = { entry, mentions: [] }));
    for (let i = 0; i < nSources; i++) {
      const report = reportFor(Math.min(days - 1, dayIndex + (i && rand() < 0.3 ? 1 : 0)));
      if (sources.some((s) => s.article === report.id)) continue;
      const startOffset = Math.floor(rand() * (report.length - 300));
      const end = startOffset + 80 + Math.floor(rand() * 200);
      const stances = STANCES[status];
      sources.push({
        article: report.id,
        outlet: report.outlet,
        attribution: pick(rand, SPEAKERS),
        stance: stances[i % stances.length]!,
        start: startOffset,
        end,
      });
      const at = startOffset + 10 + Math.floor(rand() * 40);
      place.mentions.push({ article: report.id, start: at, end: at + entry.name.length, text: entry.name });
      if (rand() < 0.25)
        figures.push({
          what: pick(rand, FIGURES),
          value: 1 + Math.floor(rand() * 40),
          qualifier: pick(rand, ['at least', 'about', 'exactly', 'more than']),
          article: report.id,
        });
    }
    const agent = actors[0]!;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [entry.lon, entry.lat] },
      properties: {
        id: `inc-${type}-${date ?? 'undated'}-${slug(entry.name)}-${n}`,
        type,
        date,
        status,
        place: entry.id,
        actors,
        figures,
        sources,
        summary: `${type.replace(/-/g, ' ')} involving ${agent.name} at ${entry.name}${date ? ` on ${date}` : ''}. Reported in ${sources.length} ${sources.length === 1 ? 'report' : 'reports'}.`,
        background,
      },
    });
  }

  const places: Feature<Point, PlaceProps>[] = [...used.values()]
    .sort((a, b) => (a.entry.id < b.entry.id ? -1 : 1))
    .map(({ entry, mentions }) => ({
      type: 'Feature',
      id: entry.id,
      geometry: { type: 'Point', coordinates: [entry.lon, entry.lat] },
      properties: {
        id: entry.id,
        name: entry.name,
        kind: entry.kind,
        gazetteerId: entry.id,
        names: entry.names,
        mentions,
        alternatives: [],
        confidence: 0.9,
      },
    }));
  const articleList = [...articles.values()].sort((a, b) =>
    a.dateline! < b.dateline! ? -1 : a.dateline! > b.dateline! ? 1 : a.id < b.id ? -1 : 1,
  );
  const dayList = [
    ...new Set(features.map((f) => f.properties.date).filter((d): d is string => !!d && d >= start)),
  ].sort();
  const manifest: Manifest = {
    generated: `${start}T00:00:00Z`,
    articles: articleList,
    gazetteer: { source: 'synthetic', version: `seed-${options.seed}`, entries: pool.length },
    counts: {
      articles: articleList.length,
      places: places.length,
      mentions: places.reduce((a, p) => a + p.properties.mentions.length, 0),
      incidents: features.length,
      controlFeatures: 0,
    },
    days: dayList,
    warnings: [],
  };
  return {
    manifest,
    places: { type: 'FeatureCollection', features: places },
    incidents: { type: 'FeatureCollection', features },
    control: { type: 'FeatureCollection', features: [] },
  };
}

/** Sides the generator uses (for tests). */
export const SYNTHETIC_SIDES: Side[] = [...new Set(ACTORS.map((a) => a.side))];
