// The incident data worker: fetches and parses incidents.geojson off the main thread, keeps every
// incident's full record, hands the page the light rows (src/app/model/incidentRow.ts), and cuts
// the incident vector tiles the map reads through the `smtiles:` protocol
// (src/app/map/incidentProtocol.ts) from memory, with the same tiler as `npm run publish`. Once
// the manifest is in, the page asks it to check the file against the manifest's digest: a file of
// another run or changed since is dropped whole (src/pipeline/outputSet.ts).
import type { FeatureCollection, Geometry } from 'geojson';
import type { IncidentFeature, IncidentProps } from '../../types/model.ts';
import { toIncidentRow, toTileIncident, type IncidentRowFeature } from '../model/incidentRow.ts';
import { fromColumns, toColumns } from '../model/incidentColumns.ts';
import { incidentTiler, type IncidentTiler } from '../tiles/incidentTiles.ts';
import { contentDigestOf } from './contentDigestOf.ts';
import type { IncidentDataReply, IncidentDataRequest } from './incidentDataMessages.ts';

let details = new Map<string, IncidentFeature>();
let rows: IncidentRowFeature[] = [];
let days: string[] | null = null;
let tiler: IncidentTiler | null = null;
/** The file as parsed, kept until it is checked against the manifest's digest. */
let parsed: unknown = null;
/** The load under way: index and tile requests wait for it. */
let loading: Promise<void> = Promise.resolve();
/**
 * Resolves once the page has given the days (after checking the file): the map may ask for
 * tiles before that, and a tile cut without them, or from a file about to be dropped, is wrong.
 */
let daysGiven!: () => void;
const daysKnown = new Promise<void>((r) => (daysGiven = r));

const post = (m: IncidentDataReply, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(m, transfer);

function index(): IncidentTiler | null {
  if (!tiler && days) {
    const points = rows.flatMap((f) => toTileIncident(f, days!) ?? []);
    tiler = incidentTiler(points, { days: days.length });
  }
  return tiler;
}

async function load(url: string): Promise<IncidentRowFeature[]> {
  parsed = null;
  const res = await fetch(url);
  if (!res.ok) throw new Error(`not found (HTTP ${res.status})`);
  if ((res.headers.get('content-type') ?? '').includes('text/html')) throw new Error('not found');
  let fc: FeatureCollection<Geometry, IncidentProps>;
  try {
    fc = JSON.parse(await res.text()) as FeatureCollection<Geometry, IncidentProps>;
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new Error(`cut short or not JSON (${why}); run \`npm run ingest\` again`);
  }
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features))
    throw new Error('not a GeoJSON FeatureCollection');
  parsed = fc;
  const features = fc.features.filter((f) => f?.properties && typeof f.properties.id === 'string');
  // A published site's rows file holds rows already (sources a count); incidents.geojson full records.
  const full = features.filter((f) => Array.isArray(f.properties.sources));
  details = new Map(full.map((f) => [f.properties.id, f]));
  rows = features.map((f) =>
    Array.isArray(f.properties.sources) ? toIncidentRow(f) : (f as unknown as IncidentRowFeature),
  );
  tiler = null;
  return rows;
}

self.onmessage = async (e: MessageEvent<IncidentDataRequest>) => {
  const m = e.data;
  try {
    switch (m.kind) {
      case 'load': {
        let done!: () => void;
        loading = new Promise((r) => (done = r));
        try {
          const { columns, transfer } = toColumns(await load(m.url));
          post({ id: m.id, ok: true, rows: columns }, transfer);
        } finally {
          done();
        }
        return;
      }
      case 'days':
        await loading;
        days = m.days;
        tiler = null;
        daysGiven();
        post({ id: m.id, ok: true });
        return;
      case 'check': {
        await loading;
        const digest = parsed === null ? undefined : await contentDigestOf(parsed);
        parsed = null;
        if (digest !== undefined && digest !== m.digest) {
          // Not the file the manifest was written with: none of it goes on the map.
          details = new Map();
          rows = [];
          tiler = null;
        }
        post({ id: m.id, ok: true, digest });
        return;
      }
      case 'replace': {
        await loading;
        rows = fromColumns(m.rows);
        for (const [id, p] of Object.entries(m.details)) details.set(id, p);
        tiler = null;
        post({ id: m.id, ok: true });
        return;
      }
      case 'tile': {
        await daysKnown;
        await loading;
        const bytes = index()?.tile(m.z, m.x, m.y) ?? null;
        const buffer = bytes
          ? (bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
          : null;
        post({ id: m.id, ok: true, tile: buffer }, buffer ? [buffer] : []);
        return;
      }
      case 'details':
        await loading;
        post({ id: m.id, ok: true, details: m.ids.flatMap((id) => details.get(id) ?? []) });
        return;
    }
  } catch (err) {
    post({ id: m.id, ok: false, error: err instanceof Error ? err.message : String(err) });
  }
};
