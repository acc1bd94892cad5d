// Import a control map published by others (GeoJSON with a controller and a date per polygon,
// e.g. exported from a public tracker) to see it beside ours as outlines. Read in the page with
// the pipeline's own reader (importControl, loaded when a file is chosen); bad polygons are
// reported, the rest shown.
import type { AppActions } from '../store/createAppStore.ts';

/** A file picker that loads a published control map as outlines over ours. */
export function ReferenceImport(props: { actions: AppActions }) {
  const load = async (file: File) => {
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch (err) {
      props.actions.message('error', `${file.name}: not JSON (${(err as Error).message})`);
      return;
    }
    const { importControl } = await import('../../control/reference/importControl.ts');
    const { features, errors } = importControl(json, file.name, 'reference');
    if (!features.length) {
      props.actions.message(
        'error',
        `${file.name}: no control polygons read. ${errors.slice(0, 3).join('; ')}`,
      );
      return;
    }
    props.actions.setReference(file.name, features);
    const days = new Set(features.map((f) => f.properties.date)).size;
    props.actions.message(
      errors.length ? 'error' : 'info',
      `Published map ${file.name}: ${features.length} polygon-days over ${days} day(s), drawn as dashed outlines` +
        (errors.length ? `; ${errors.length} left out (${errors.slice(0, 3).join('; ')})` : ''),
    );
  };
  return (
    <label class="reference-import">
      Compare with a published map (GeoJSON: controller, date per polygon)
      <input
        type="file"
        name="reference-map"
        accept=".geojson,.json,application/geo+json,application/json"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          if (file) void load(file);
          e.currentTarget.value = '';
        }}
      />
    </label>
  );
}
