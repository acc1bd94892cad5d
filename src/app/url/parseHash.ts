// The URL hash of a shared link, read defensively: each part is read on its own, and a part that
// cannot be read (a malformed `%` escape, an impossible date, a camera off the globe) is left out
// and named, so the app opens on the rest and says what it ignored. Never throws.
import { overridesFromParam } from '../model/placeOverrides.ts';
import { LAYER_IDS, type LayerId, type Selection } from '../store/appState.ts';
import type { UrlState } from '../store/urlState.ts';
import { isIsoDate } from '../../types/days.ts';

/** Longest hash read; a longer one is not a link this app wrote. */
export const MAX_HASH_LENGTH = 20_000;

export interface ParsedHash {
  state: UrlState;
  /** One line per part left out, e.g. `sel=incident:%: not a valid %-escape`. */
  ignored: string[];
}

/** `decodeURIComponent`, or null for a malformed escape ("%", "%E0%A4"). */
export function safeDecode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

/** The raw (still %-encoded) value of each `key=value` part, first one wins. */
function rawParams(hash: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of hash.replace(/^#/, '').split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    if (!out.has(key)) out.set(key, eq < 0 ? '' : part.slice(eq + 1));
  }
  return out;
}

const short = (s: string): string => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

/**
 * Reads what a hash says; what it cannot understand is left out and named in `ignored`.
 *
 * @example
 * parseHash('#map=9/36.2/37.1&sel=incident:%'); // { state: { camera: … }, ignored: ['sel=incident:%: …'] }
 */
export function parseHash(hash: string): ParsedHash {
  const state: UrlState = {};
  const ignored: string[] = [];
  if (typeof hash !== 'string' || hash.length <= 1) return { state, ignored };
  if (hash.length > MAX_HASH_LENGTH) {
    ignored.push(
      `the link's view (${hash.length.toLocaleString('en')} characters, longer than any this app writes)`,
    );
    return { state, ignored };
  }
  const params = rawParams(hash);
  const skip = (key: string, why: string) => ignored.push(`${key}=${short(params.get(key) ?? '')}: ${why}`);
  const text = (key: string): string | null | undefined => {
    const raw = params.get(key);
    if (raw === undefined) return undefined;
    const s = safeDecode(raw.replace(/\+/g, ' '));
    if (s === null) skip(key, 'not a valid %-escape');
    return s;
  };

  const map = text('map');
  if (map) {
    const nums = map.split('/').map(Number);
    const [zoom, lat, lon] = nums as [number, number, number];
    if (
      nums.length === 3 &&
      nums.every(Number.isFinite) &&
      Math.abs(lat) <= 90 &&
      Math.abs(lon) <= 180 &&
      zoom >= 0 &&
      zoom <= 24
    )
      state.camera = { zoom, lat, lon };
    else skip('map', 'not zoom/latitude/longitude on the globe');
  }

  const date = text('date');
  if (date) {
    if (isIsoDate(date)) state.date = date;
    else skip('date', 'not a calendar day (YYYY-MM-DD)');
  }

  const layers = text('layers');
  if (typeof layers === 'string') {
    const on = new Set(layers.split(','));
    // Links written before the areas layer held relative areas only, as `relative`.
    if (on.has('relative')) on.add('areas');
    state.layers = Object.fromEntries(LAYER_IDS.map((id) => [id, on.has(id)])) as Record<LayerId, boolean>;
  }

  // Read raw and decoded once: an id may hold `%`, `:` or `&` (written encoded by toHash).
  const sel = params.get('sel');
  if (sel !== undefined) {
    const m = /^(incident|place|zone|gazetteer):(.+)$/.exec(sel);
    const id = m ? safeDecode(m[2]!) : null;
    if (!m) skip('sel', 'not incident:, place:, zone: or gazetteer: and an id');
    else if (id === null) skip('sel', 'not a valid %-escape');
    else state.selection = { kind: m[1] as NonNullable<Selection>['kind'], id };
  }

  // Read raw: decoding would turn an encoded `,` or `~` inside an id into a separator.
  const fix = params.get('fix');
  if (fix !== undefined) state.overrides = overridesFromParam(fix);

  const hide = text('hide');
  if (typeof hide === 'string')
    state.hiddenTypes = hide.split(',').filter((t) => /^[a-z][a-z0-9-]*$/.test(t));
  return { state, ignored };
}

/** The message shown when parts of a link were left out. */
export function ignoredMessage(ignored: string[]): string {
  return `Parts of this link could not be read and were ignored: ${ignored.join('; ')}.`;
}
