// The URL hash as a view of the store: camera, date, visible layers and selection. Pure, so the
// round trip is unit-tested; the app writes it with history.replaceState and reads it on load
// and on `hashchange`.
import { overridesToParam, type PlaceOverrides } from '../model/placeOverrides.ts';
import { parseHash } from '../url/parseHash.ts';
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

/**
 * Reads what a hash says and ignores what it cannot understand (a shared link may be mangled);
 * `parseHash` also names what it ignored.
 */
export function fromHash(hash: string): UrlState {
  return parseHash(hash).state;
}
