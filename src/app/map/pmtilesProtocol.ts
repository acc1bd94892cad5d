// MapLibre's `pmtiles://` protocol (from the `pmtiles` package), registered once, and the
// archives it serves: a file picked on this computer (read in slices, never uploaded) or one at
// a URL (read with HTTP range requests). Loaded only when a PMTiles basemap is chosen.
import maplibregl from 'maplibre-gl';
import { FileSource, PMTiles, Protocol } from 'pmtiles';

let protocol: Protocol | null = null;

/** Key of a picked file in tile URLs (`pmtiles://local/basemap.pmtiles/{z}/{x}/{y}`). */
export const LOCAL_ARCHIVE_KEY = 'local/basemap.pmtiles';

/**
 * The archive, served to the map as `pmtiles://<key>/{z}/{x}/{y}`; returns it and its key.
 *
 * @example
 * const { archive, key } = servePmtiles(file); (await archive.getHeader()).maxZoom;
 */
export function servePmtiles(source: Blob | string): { archive: PMTiles; key: string } {
  if (!protocol) {
    protocol = new Protocol();
    maplibregl.addProtocol('pmtiles', protocol.tile);
  }
  let archive: PMTiles;
  if (typeof source === 'string') archive = new PMTiles(source);
  else {
    // A fixed key: a file's own name may hold characters a tile URL would not keep.
    const file = new FileSource(new File([source], 'basemap.pmtiles'));
    archive = new PMTiles({ getKey: () => LOCAL_ARCHIVE_KEY, getBytes: (o, l) => file.getBytes(o, l) });
  }
  protocol.add(archive);
  return { archive, key: archive.source.getKey() };
}
