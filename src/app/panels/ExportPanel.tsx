// Export and import: the map as GeoJSON (whole, with provenance; opened again here it restores
// the map), CSV (one row per incident and source), KML (Google Earth), a PNG with legend, date
// and credits, and print. The export code is loaded only when used.
import { For, createSignal } from 'solid-js';
import { allIncidentRecords } from '../data/incidentDetails.ts';
import { snapshotMap } from '../map/snapshot.ts';
import { CREDITS } from '../map/credits.ts';
import type { AppActions, AppStateView } from '../store/createAppStore.ts';
import { formatDay } from './format.ts';

function download(name: string, type: string, body: BlobPart): void {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const plainCredits = () => CREDITS.map((c) => c.replace(/<[^>]+>/g, ''));

/** The export dialog's content. */
export function ExportPanel(props: { state: AppStateView; actions: AppActions; onDone: () => void }) {
  const [working, setWorking] = createSignal(false);
  const stem = () => `situation-map-${props.state.day() ?? 'all'}`;
  const run = async (what: () => Promise<void>) => {
    setWorking(true);
    try {
      await what();
    } catch (e) {
      props.actions.message('error', `Export failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setWorking(false);
    }
  };
  const files = () => import('../export/exportFiles.ts');
  /** The map with every incident in full (the store holds light rows). */
  const fullMap = async () => {
    const d = props.state.data();
    return {
      ...d,
      incidents: await allIncidentRecords(d.incidents, props.state.userIncidents(), d.published),
    };
  };
  const legend = () => ({
    title: 'Situation map',
    date: `As of ${formatDay(props.state.day())}`,
    sides: [
      ...new Set(
        props.state
          .control()
          .features.filter((f) => f.properties.layer === 'zone')
          .map((f) => f.properties.controller),
      ),
    ],
    types: [...new Set(props.state.incidents().features.map((f) => f.properties.type))],
    credits: plainCredits(),
  });
  const png = async () => {
    const [{ composePng }, map] = await Promise.all([import('../export/exportPng.ts'), snapshotMap()]);
    return composePng(map, legend()).canvas;
  };
  const print = async () => {
    const canvas = await png();
    const img = document.createElement('img');
    img.className = 'print-map';
    img.alt = `The map as of ${formatDay(props.state.day())}, with its legend`;
    img.src = canvas.toDataURL('image/png');
    await img.decode();
    document.body.append(img);
    document.body.classList.add('printing');
    const done = () => {
      img.remove();
      document.body.classList.remove('printing');
      window.removeEventListener('afterprint', done);
    };
    window.addEventListener('afterprint', done);
    props.onDone();
    window.print();
  };
  /** One button each: what it makes (a file to download, or nothing when it prints). */
  const exports: {
    label: string;
    note: string;
    make: () => Promise<{ ext: string; type: string; body: BlobPart } | null>;
  }[] = [
    {
      label: 'GeoJSON',
      note: 'the whole map, every day; open it here again to restore it',
      make: async () => {
        const { exportGeoJson } = await files();
        const body = JSON.stringify(exportGeoJson(await fullMap(), props.state.day()));
        return { ext: 'geojson', type: 'application/geo+json', body };
      },
    },
    {
      label: 'CSV',
      note: 'one row per incident and source',
      make: async () => {
        const { exportCsv } = await files();
        return { ext: 'csv', type: 'text/csv', body: exportCsv(await fullMap()) };
      },
    },
    {
      label: 'KML',
      note: 'for Google Earth: incidents, places and the day’s zones',
      make: async () => {
        const { exportKml } = await files();
        const body = exportKml(await fullMap(), props.state.control(), props.state.day());
        return { ext: 'kml', type: 'application/vnd.google-earth.kml+xml', body };
      },
    },
    {
      label: 'PNG',
      note: 'the map as shown, with legend, date and credits',
      make: async () => {
        const canvas = await png();
        const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, 'image/png'));
        if (!blob) throw new Error('the picture could not be made');
        return { ext: 'png', type: 'image/png', body: blob };
      },
    },
    { label: 'Print', note: 'a map page with its legend', make: () => print().then(() => null) },
  ];
  const openExport = async (file: File) => {
    const { importGeoJson } = await files();
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch {
      props.actions.message('error', `${file.name}: not JSON`);
      return;
    }
    const r = importGeoJson(json);
    if ('error' in r) {
      props.actions.message('error', `${file.name}: ${r.error}`);
      return;
    }
    props.actions.setUserReports([], null);
    props.actions.showImported(r.data);
    props.actions.select(null);
    if (r.date) props.actions.setDate(r.date);
    props.actions.message(
      'info',
      `Showing the map exported in ${file.name}. Reload the page to go back to the published map and your reports.`,
    );
    props.onDone();
  };
  return (
    <div class="export">
      <p class="muted">
        Every export carries where each item came from: outlets, report dates, stances, who said it, and the
        offsets of the sentences in their reports (never the reports’ text).
      </p>
      <ul class="plain export-list">
        <For each={exports}>
          {(x) => (
            <li>
              <button
                type="button"
                disabled={working()}
                onClick={() =>
                  void run(async () => {
                    const made = await x.make();
                    if (made) download(`${stem()}.${made.ext}`, made.type, made.body);
                  })
                }
              >
                {x.label}
              </button>{' '}
              {x.note}
            </li>
          )}
        </For>
      </ul>
      <h3>Open an exported map</h3>
      <label class="import">
        GeoJSON exported from this app{' '}
        <input
          type="file"
          accept=".geojson,.json,application/geo+json,application/json"
          data-testid="import-map"
          onChange={(e) => {
            const f = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (f) void run(() => openExport(f));
          }}
        />
      </label>
    </div>
  );
}
