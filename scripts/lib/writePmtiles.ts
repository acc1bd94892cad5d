// A PMTiles v3 archive from tiles in memory, written by the maintained `s2-pmtiles` package
// (header, root and leaf directories, JSON metadata, gzip). Two things it gets wrong, shown in
// writePmtiles.test.ts: the header's bounds and centre stay 0 (readers, MapLibre's `pmtiles`
// protocol among them, take the header's bounds as where tiles are, so a map asks for none), and
// the magic is 'PM' and five zero bytes instead of 'PMTiles'. So after it writes, those header
// fields are set here. Used for the end-to-end tests' basemap fixture.
import { BufferWriter, Compression, S2PMTilesWriter, TileType } from 's2-pmtiles';

/** One tile's bytes (an encoded vector tile, a PNG …), uncompressed. */
export interface PmtilesTile {
  z: number;
  x: number;
  y: number;
  data: Uint8Array;
}

export interface PmtilesOptions {
  /** 'mvt' (default) or an image type. */
  tileType?: 'mvt' | 'png' | 'jpg' | 'webp' | 'avif';
  /** Gzip tiles and directories (default true, as Protomaps' archives are). */
  gzip?: boolean;
  /** JSON metadata: `vector_layers`, `name`, `attribution` … */
  metadata?: Record<string, unknown>;
  /** [west, south, east, north] in degrees; defaults to the world. */
  bounds?: [number, number, number, number];
  /** Centre [lon, lat, zoom]; defaults to the middle of `bounds` at the lowest zoom. */
  center?: [number, number, number];
}

const TILE_TYPES = {
  mvt: TileType.Pbf,
  png: TileType.Png,
  jpg: TileType.Jpeg,
  webp: TileType.Webp,
  avif: TileType.Avif,
};

/**
 * Sets the v3 header's magic (bytes 0–6, 'PMTiles'), bounds (bytes 102–117, four int32 of degrees × 10⁷, little-endian),
 * centre zoom (118) and centre (119–126), which `s2-pmtiles` leaves wrong.
 */
function setHeader(
  bytes: Uint8Array,
  bounds: [number, number, number, number],
  center: [number, number, number],
): void {
  const header = new DataView(bytes.buffer, bytes.byteOffset, 127);
  new TextEncoder().encode('PMTiles').forEach((b, i) => header.setUint8(i, b));
  const e7 = (at: number, deg: number) => header.setInt32(at, Math.round(deg * 1e7), true);
  bounds.forEach((deg, i) => e7(102 + 4 * i, deg));
  header.setUint8(118, Math.round(center[2]));
  e7(119, center[0]);
  e7(123, center[1]);
}

/**
 * The archive's bytes.
 *
 * @example
 * const bytes = await writePmtiles([{ z: 0, x: 0, y: 0, data: mvt }], { metadata: { vector_layers: [] } });
 * writeFileSync('basemap.pmtiles', bytes);
 */
export async function writePmtiles(tiles: PmtilesTile[], options: PmtilesOptions = {}): Promise<Uint8Array> {
  if (!tiles.length) throw new Error('writePmtiles: no tiles');
  const seen = new Set<string>();
  for (const t of tiles) {
    const key = `${t.z}/${t.x}/${t.y}`;
    if (seen.has(key)) throw new Error(`writePmtiles: tile ${key} twice`);
    seen.add(key);
  }
  const out = new BufferWriter();
  const writer = new S2PMTilesWriter(
    out,
    TILE_TYPES[options.tileType ?? 'mvt'],
    options.gzip === false ? Compression.None : Compression.Gzip,
  );
  for (const t of tiles) await writer.writeTileXYZ(t.z, t.x, t.y, t.data);
  await writer.commit((options.metadata ?? {}) as never);
  const bytes = out.commit();
  const minZoom = Math.min(...tiles.map((t) => t.z));
  const bounds = options.bounds ?? [-180, -85, 180, 85];
  const center = options.center ?? [(bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2, minZoom];
  setHeader(bytes, bounds, center);
  return bytes;
}
