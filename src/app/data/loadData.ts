// All fetching of the app's static files lives here. Every file is optional: a missing or broken
// one becomes a message for the user and an empty layer, never a blank page.
import type { FeatureCollection } from 'geojson';
import type { Manifest, ManifestArticle } from '../../types/model.ts';
import { LOCAL_TEXTS_FILE } from '../build/localTextsFile.ts';
import type { IncidentRowFeature } from '../model/incidentRow.ts';
import { emptyData, type AppData } from '../store/appState.ts';
import { checkDigests, expectedDigest } from '../../pipeline/checkDigests.ts';
import { contentDigestOf } from './contentDigestOf.ts';
import { reportName } from '../model/reportName.ts';
import { checkIncidentDigest, loadIncidentRows, setIncidentDays } from './incidentData.ts';

export type Fetched<T> = { ok: true; value: T } | { ok: false; error: string };

/** The app's base URL joined with `path` (absolute, as MapLibre's worker needs). */
export function assetUrl(path: string): string {
  return new URL(path, document.baseURI).href;
}

/**
 * True on a page written by `npm run publish` with incident tiles (it says so in a meta tag): its
 * incidents are tile files the manifest names, not incidents.geojson cut by the data worker.
 */
export function publishedTilesPage(): boolean {
  return document.querySelector('meta[name="situation-map-data"]')?.getAttribute('content') === 'tiles';
}

/** GETs JSON; a 404, an HTML fallback page or invalid JSON all come back as `{ ok: false }` with the file named. */
export async function fetchJson<T>(path: string): Promise<Fetched<T>> {
  try {
    const res = await fetch(assetUrl(path));
    if (!res.ok) return { ok: false, error: `${path}: not found (HTTP ${res.status})` };
    if ((res.headers.get('content-type') ?? '').includes('text/html'))
      return { ok: false, error: `${path}: not found` };
    const text = await res.text();
    try {
      return { ok: true, value: JSON.parse(text) as T };
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      return { ok: false, error: `${path}: cut short or not JSON (${why}); run \`npm run ingest\` again` };
    }
  } catch (e) {
    return { ok: false, error: `${path}: ${e instanceof Error ? e.message : String(e)}` };
  }
}

function collection<T>(r: Fetched<T>): T | null {
  return r.ok && (r.value as FeatureCollection)?.type === 'FeatureCollection' ? r.value : null;
}

/**
 * Incidents as light rows, parsed in the data worker: from incidents.geojson (the worker keeps the
 * full records and cuts the map's tiles), or a published site's rows file (its map reads tile
 * files and its panels the details shards).
 */
async function loadIncidents(
  manifest: Manifest | null,
  withDays: boolean,
): Promise<Fetched<AppData['incidents']>> {
  const published = manifest?.published;
  const path = published ? `data/${published.rows}` : 'data/incidents.geojson';
  try {
    const rows: IncidentRowFeature[] = await loadIncidentRows(assetUrl(path));
    performance.mark('sm:incidents-in');
    return { ok: true, value: { type: 'FeatureCollection', features: rows } };
  } catch (e) {
    return { ok: false, error: `${path}: ${e instanceof Error ? e.message : String(e)}` };
  } finally {
    // The tiles' day indices refer to these days: the worker cuts no tile before it has them.
    if (withDays && !published) await setIncidentDays(manifest?.days ?? []).catch(() => undefined);
  }
}

/** A published site whose tiles are one archive: its reader, registered before the map asks for a tile. */
async function servePublishedArchive(manifest: Manifest | null): Promise<void> {
  const tiles = manifest?.published?.incidents.tiles;
  if (!tiles?.endsWith('.pmtiles')) return;
  // Loaded only for such a site (range requests, one file on any host).
  const { servePmtiles } = await import('../map/pmtilesProtocol.ts');
  servePmtiles(new URL(`data/${tiles}`, document.baseURI).href);
}

/**
 * incidents.geojson checked against the manifest's digest in the data worker, which parsed it: a
 * file of another run, or changed since, is named and dropped there (no rows, no tiles).
 */
async function checkIncidents(
  manifest: Manifest | null,
  loaded: Fetched<AppData['incidents']>,
): Promise<Fetched<AppData['incidents']>> {
  const want = expectedDigest(manifest, 'incidents.geojson');
  if (!loaded.ok || !want) return loaded;
  let digest: string | undefined;
  try {
    digest = await checkIncidentDigest(want);
  } catch (e) {
    return { ok: false, error: `data/incidents.geojson: ${e instanceof Error ? e.message : String(e)}` };
  }
  const set = checkDigests(manifest, { 'incidents.geojson': digest }, 'data/');
  return set.problems.length ? { ok: false, error: set.problems[0]! } : loaded;
}

/** The incidents' light rows, or the problem that left them out (the map draws them from tiles). */
export interface LoadedIncidents {
  rows: AppData['incidents'] | null;
  problem: string | null;
  /** A published site's articles, from their own file (null elsewhere, or when missing). */
  articles: ManifestArticle[] | null;
}

/**
 * Loads the ingest output (`data/`), the gazetteer's basemap layers (`gazetteer/`) and, when a local ingest
 * wrote it, the article text (`data/local/articles.json`). The incidents come apart (`incidents`,
 * parsed and checked in the data worker): the map need not wait for them, as it draws them from
 * tiles the worker cuts once they are in.
 *
 * @example
 * const { data, problems } = await loadData(); // problems: ['data/control.geojson: not found (HTTP 404)']
 */
export async function loadData(
  options: {
    /**
     * A published site's rows are fetched once this resolves (the map's first idle): its map
     * draws from tile files, and a large rows file fetched and parsed meanwhile only delays it.
     */
    publishedRowsAfter?: Promise<unknown>;
  } = {},
): Promise<{
  data: AppData;
  problems: string[];
  incidents: Promise<LoadedIncidents>;
}> {
  const manifestLoaded = fetchJson<Manifest>('data/manifest.json').then((m) => {
    performance.mark('sm:manifest');
    return m;
  });
  // A site written by `npm run publish` with tiles says so in its page, so the incidents are not
  // fetched as GeoJSON; elsewhere the worker starts on incidents.geojson beside the manifest.
  const early = publishedTilesPage() ? null : loadIncidents(null, false);
  const incidents: Promise<LoadedIncidents> = manifestLoaded.then(async (m) => {
    const man = m.ok ? m.value : null;
    if (man?.published) {
      await options.publishedRowsAfter;
      performance.mark('sm:rows-asked');
    }
    const file = man?.published?.articles;
    const articles = file ? fetchJson<ManifestArticle[]>(`data/${file}`) : null;
    let r: Fetched<AppData['incidents']>;
    if (man?.published || !early) r = await loadIncidents(man, true);
    else {
      r = await checkIncidents(man, await early);
      await setIncidentDays(man?.days ?? []).catch(() => undefined);
    }
    const a = await articles;
    const list = a?.ok && Array.isArray(a.value) ? a.value : null;
    const problems = [r.ok ? null : r.error, a && !a.ok ? a.error : null].filter((p) => p !== null);
    return { rows: r.ok ? r.value : null, problem: problems.join('; ') || null, articles: list };
  });
  const [manifest, places, control, admin1, roads, labels, articles] = await Promise.all([
    manifestLoaded.then(async (m) => (await servePublishedArchive(m.ok ? m.value : null), m)),
    fetchJson<AppData['places']>('data/places.geojson'),
    fetchJson<AppData['control']>('data/control.geojson'),
    fetchJson<NonNullable<AppData['basemap']['admin1']>>('gazetteer/admin1.geojson'),
    fetchJson<NonNullable<AppData['basemap']['roads']>>('gazetteer/roads.geojson'),
    fetchJson<NonNullable<AppData['basemap']['labels']>>('gazetteer/labels.geojson'),
    fetchJson<{ id: string; text: string }[]>(LOCAL_TEXTS_FILE),
  ]);
  const data = emptyData();
  const problems = [manifest, places, control, admin1, roads, labels]
    .filter((r): r is { ok: false; error: string } => !r.ok)
    .map((r) => r.error);
  // The files of one ingest run belong together: a file of another run, or one cut short or
  // changed since, is named and left out rather than mixed into the map (src/pipeline/outputSet.ts).
  // incidents.geojson is parsed and checked in the data worker (checkIncidents above).
  const value = <T>(r: Fetched<T>): T | undefined => (r.ok ? r.value : undefined);
  const texts = value(articles);
  const toCheck: Record<string, unknown> = {
    'places.geojson': value(places),
    'control.geojson': value(control),
    // The build serves `[]` when a local ingest wrote no texts: nothing to check then.
    'local/articles.json': Array.isArray(texts) && texts.length ? texts : undefined,
  };
  const digests: Record<string, string | undefined> = {};
  await Promise.all(
    Object.entries(toCheck).map(async ([name, content]) => {
      if (content !== undefined && expectedDigest(value(manifest), name))
        digests[name] = await contentDigestOf(content);
    }),
  );
  const set = checkDigests(value(manifest), digests, 'data/');
  problems.push(...set.problems);
  const foreign = new Set(set.foreign);
  const own = <T>(name: string, r: Fetched<T>): Fetched<T> =>
    foreign.has(name) ? { ok: false, error: `${name}: another run` } : r;
  if (articles.ok && Array.isArray(articles.value)) {
    for (const a of articles.value)
      if (typeof a?.id === 'string' && typeof a.text === 'string') data.texts[a.id] = a.text;
  }
  if (manifest.ok) {
    data.manifest = manifest.value;
    data.published = manifest.value.published ?? null;
    // Each report by the name a reader knows it by (its outlet, else what reportName says).
    for (const a of manifest.value.articles ?? [])
      data.outlets[a.id] = reportName({ ...a, text: data.texts[a.id] });
  }
  data.places = collection(own('places.geojson', places)) ?? data.places;
  data.control = collection(own('control.geojson', control)) ?? data.control;
  data.basemap = {
    admin1: collection(admin1),
    roads: collection(roads),
    labels: collection(labels),
  };
  return { data, problems, incidents };
}
