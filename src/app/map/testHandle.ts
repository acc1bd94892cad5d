// A small handle on `window` for the end-to-end tests and the app benchmark: the map, a promise
// for the first idle with data, and rendered features by layer group.
import type { Map as MlMap, MapGeoJSONFeature } from 'maplibre-gl';
import type { IncidentFeature } from '../../types/model.ts';
import { groupOfLayer } from '../layers/appStyle.ts';
import type { AppData } from '../store/appState.ts';

export interface SituationMapHandle {
  map: MlMap;
  /** Resolves at the first `idle` after the data has been applied. */
  ready: Promise<number>;
  /** Features rendered now in the layers of one toggle group (or every layer id given). */
  rendered(group: string): MapGeoJSONFeature[];
  /** Waits for the map to finish drawing what it has been given. */
  idle(): Promise<void>;
  /** What the app shows now: the loaded data merged with the user's reports. */
  data(): AppData;
  /** Every incident in full, with its sources, once the rows are in (`data()` holds light rows). */
  incidents(): Promise<IncidentFeature[]>;
}

declare global {
  interface Window {
    situationMap?: SituationMapHandle;
  }
}

/**
 * Publishes the handle; `dataApplied` resolves once the first real data is on the map. Returns
 * its `ready`: the first idle after that.
 */
export function publishTestHandle(
  map: MlMap,
  dataApplied: Promise<void>,
  data: () => AppData,
  incidents: () => Promise<IncidentFeature[]>,
): Promise<number> {
  const ready = dataApplied.then(
    () =>
      new Promise<number>((resolve) => {
        performance.mark('sm:data-applied');
        const done = () => resolve(performance.mark('sm:idle').startTime);
        map.once('idle', done);
        // A map still loading what it was given reaches `idle` by itself; forcing a frame then
        // would only add one (and a frame costs ~100 ms in software WebGL).
        if (map.loaded()) map.triggerRepaint();
      }),
  );
  window.situationMap = {
    map,
    ready,
    data,
    incidents,
    rendered(group) {
      const layers = map
        .getStyle()
        .layers.map((l) => l.id)
        .filter((id) => groupOfLayer(id) === group || id === group);
      return layers.length ? map.queryRenderedFeatures({ layers }) : [];
    },
    idle() {
      return new Promise((resolve) => {
        if (map.loaded() && !map.isMoving()) {
          map.once('idle', () => resolve());
          map.triggerRepaint();
        } else map.once('idle', () => resolve());
      });
    },
  };
  return ready;
}
