// The URL hash as a view of the store: camera, date, visible layers and selection. Pure, so the
// round trip is unit-tested; the app writes it with history.replaceState and reads it on load
// and on `hashchange`.
import { overridesFromParam, overridesToParam, type PlaceOverrides } from '../model/placeOverrides.ts';
import { LAYER_IDS, type Camera, type LayerId, type Selection } from './appState.ts';

export interface UrlState {
  camera?: Camera;
  date?: string | null;
  layers?: Record<LayerId, boolean>;
  selection?: Selection;
  /** Places the user switched to another gazetteer entry (`fix=placeId~gazetteerId,…`). */
  overrides?: PlaceOverrides;
  /** Incident types hidden (`hide=airstrike,shelling`). */
  hiddenTypes?: string[];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Serialises the view into a hash such as `#map=9.5/36.2/37.15&date=2024-11-29&layers=control,incidents&sel=incident:i1`.
 *
 * @example
 * toHash({ camera: { lon: 37.1, lat: 36.2, zoom: 9 }, date: null, layers, selection: null });
 */
export function toHash(
  s: Required<Omit<UrlState, 'overrides' | 'hiddenTypes'>> & Pick<UrlState, 'overrides' | 'hiddenTypes'>,
): string {
  const parts = [`map=${s.camera.zoom.toFixed(2)}/${s.camera.lat.toFixed(5)}/${s.camera.lon.toFixed(5)}`];
  if (s.date) parts.push(`date=${s.date}`);
  parts.push(`layers=${LAYER_IDS.filter((id) => s.layers[id]).join(',')}`);
  if (s.selection) parts.push(`sel=${s.selection.kind}:${encodeURIComponent(s.selection.id)}`);
  if (s.overrides && Object.keys(s.overrides).length) parts.push(`fix=${overridesToParam(s.overrides)}`);
  if (s.hiddenTypes?.length) parts.push(`hide=${s.hiddenTypes.map(encodeURIComponent).join(',')}`);
  return `#${parts.join('&')}`;
}

/** Reads what a hash says and ignores what it cannot understand (a shared link may be mangled). */
export function fromHash(hash: string): UrlState {
  const out: UrlState = {};
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const map = params.get('map')?.split('/').map(Number);
  if (map && map.length === 3 && map.every(Number.isFinite)) {
    const [zoom, lat, lon] = map as [number, number, number];
    if (Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && zoom >= 0 && zoom <= 24)
      out.camera = { zoom, lat, lon };
  }
  const date = params.get('date');
  if (date && DAY.test(date)) out.date = date;
  const layers = params.get('layers');
  if (layers !== null) {
    const on = new Set(layers.split(','));
    // Links written before the areas layer held relative areas only, as `relative`.
    if (on.has('relative')) on.add('areas');
    out.layers = Object.fromEntries(LAYER_IDS.map((id) => [id, on.has(id)])) as Record<LayerId, boolean>;
  }
  const sel = params.get('sel');
  const m = sel?.match(/^(incident|place|zone|gazetteer):(.+)$/);
  if (m)
    out.selection = {
      kind: m[1] as 'incident' | 'place' | 'zone' | 'gazetteer',
      id: decodeURIComponent(m[2]!),
    };
  // Read raw: URLSearchParams would decode an encoded `,` or `~` inside an id before the split.
  const fix = hash.match(/(?:^#?|&)fix=([^&]*)/);
  if (fix) out.overrides = overridesFromParam(fix[1]!);
  const hide = params.get('hide');
  if (hide !== null) out.hiddenTypes = hide.split(',').filter((t) => /^[a-z][a-z0-9-]*$/.test(t));
  return out;
}
