// Which basemap the user chose: the built-in Natural Earth (default), a PMTiles archive (a file
// picked on this computer, kept in IndexedDB, or one at a URL), or any MapLibre style URL. The
// choice is kept in localStorage so the page knows, before anything is fetched, which origins
// its Content-Security-Policy must allow (narrowCsp.ts): none off this site unless chosen here.

export type BasemapSetting =
  | { kind: 'natural-earth' }
  /** A file picked here; its bytes are kept in IndexedDB under BASEMAP_FILE_KEY. */
  | { kind: 'pmtiles-file'; name: string }
  | { kind: 'pmtiles-url'; url: string }
  | { kind: 'style'; url: string };

const STORAGE_KEY = 'situation-map:basemap';
/** Key of the picked archive in the app's IndexedDB `state` store. */
export const BASEMAP_FILE_KEY = 'basemap-file';

/**
 * What a URL typed by the user is: a PMTiles archive (its path ends in .pmtiles, or it is written
 * `pmtiles://…`) or a MapLibre style. Relative URLs are read against the page. Throws with a
 * readable message for anything else.
 *
 * @example
 * settingForUrl('./basemap/north-syria.pmtiles', 'http://127.0.0.1:4173/'); // { kind: 'pmtiles-url', url: 'http://127.0.0.1:4173/basemap/north-syria.pmtiles' }
 */
export function settingForUrl(text: string, base: string): BasemapSetting {
  const raw = text.trim().replace(/^pmtiles:\/\//, '');
  if (!raw) throw new Error('Type the address of a style or of a .pmtiles file.');
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    throw new Error(`“${text.trim()}” is not a web address.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`“${text.trim()}” is not an http or https address.`);
  if (/\.pmtiles$/i.test(url.pathname) || /^pmtiles:\/\//.test(text.trim()))
    return { kind: 'pmtiles-url', url: url.href };
  return { kind: 'style', url: url.href };
}

/**
 * The setting from a build-time default (`VITE_BASEMAP`: a .pmtiles or style URL; the older
 * `VITE_ONLINE_STYLE_URL` too), or Natural Earth.
 */
export function defaultSetting(env: Record<string, unknown>, base: string): BasemapSetting {
  const url = (env.VITE_BASEMAP || env.VITE_ONLINE_STYLE_URL) as string | undefined;
  if (!url) return { kind: 'natural-earth' };
  try {
    return settingForUrl(url, base);
  } catch {
    return { kind: 'natural-earth' };
  }
}

function isSetting(v: unknown): v is BasemapSetting {
  const s = v as Record<string, unknown> | null;
  if (!s || typeof s !== 'object') return false;
  if (s.kind === 'natural-earth') return true;
  if (s.kind === 'pmtiles-file') return typeof s.name === 'string';
  return (s.kind === 'pmtiles-url' || s.kind === 'style') && typeof s.url === 'string';
}

/** The kept choice, or `fallback` when there is none (or storage is off). */
export function readSetting(fallback: BasemapSetting): BasemapSetting {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    const v: unknown = raw ? JSON.parse(raw) : null;
    return isSetting(v) ? v : fallback;
  } catch {
    return fallback;
  }
}

/** Keeps the choice for the next load. Throws a readable error when the browser refuses. */
export function writeSetting(setting: BasemapSetting): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(setting));
  } catch (e) {
    throw new Error(
      `this browser does not keep settings here (${e instanceof Error ? e.message : String(e)})`,
    );
  }
}

/**
 * The origins off this page's own that the setting needs to reach before its style is read (a
 * style's own sources are added once it is fetched).
 *
 * @example
 * settingOrigin({ kind: 'style', url: 'https://tiles.example.org/style.json' }, 'http://127.0.0.1:4173'); // 'https://tiles.example.org'
 */
export function settingOrigin(setting: BasemapSetting, pageOrigin: string): string | null {
  if (setting.kind !== 'style' && setting.kind !== 'pmtiles-url') return null;
  const origin = new URL(setting.url).origin;
  return origin === pageOrigin ? null : origin;
}

/** A short description for the settings panel and the About panel. */
export function describeSetting(setting: BasemapSetting): string {
  switch (setting.kind) {
    case 'natural-earth':
      return 'Natural Earth (built in, offline)';
    case 'pmtiles-file':
      return `PMTiles file “${setting.name}” (kept in this browser)`;
    case 'pmtiles-url':
      return `PMTiles archive at ${setting.url}`;
    case 'style':
      return `MapLibre style at ${setting.url}`;
  }
}
