import { describe, expect, it } from 'vitest';
import { PMTiles, type RangeResponse, type Source } from 'pmtiles';
import { BufferWriter, S2PMTilesWriter, TileType } from 's2-pmtiles';
import { writePmtiles, type PmtilesTile } from './writePmtiles.ts';

/** The `pmtiles` reader over bytes in memory. */
function reader(bytes: Uint8Array): PMTiles {
  const source: Source = {
    getKey: () => 'memory',
    getBytes: async (offset: number, length: number): Promise<RangeResponse> => ({
      data: bytes.slice(offset, offset + length).buffer,
    }),
  };
  return new PMTiles(source);
}

const tile = (z: number, x: number, y: number, text: string): PmtilesTile => ({
  z,
  x,
  y,
  data: new TextEncoder().encode(text),
});

const text = (r: RangeResponse | undefined) => (r ? new TextDecoder().decode(r.data) : undefined);

describe('writePmtiles', () => {
  it('writes an archive the pmtiles reader reads: header, metadata, every tile', async () => {
    const tiles = [tile(0, 0, 0, 'world'), tile(1, 1, 0, 'north-east'), tile(1, 0, 1, 'south-west')];
    for (const gzip of [true, false]) {
      const p = reader(
        await writePmtiles(tiles, {
          gzip,
          metadata: { name: 'test', vector_layers: [{ id: 'earth' }] },
          bounds: [30, 30, 40, 40],
          center: [35, 35.5, 1],
        }),
      );
      const h = await p.getHeader();
      expect(h.specVersion).toBe(3);
      expect([h.minZoom, h.maxZoom]).toEqual([0, 1]);
      expect([h.minLon, h.minLat, h.maxLon, h.maxLat]).toEqual([30, 30, 40, 40]);
      expect([h.centerLon, h.centerLat, h.centerZoom]).toEqual([35, 35.5, 1]);
      expect(h.numAddressedTiles).toBe(3);
      expect(await p.getMetadata()).toEqual({ name: 'test', vector_layers: [{ id: 'earth' }] });
      expect(text(await p.getZxy(0, 0, 0))).toBe('world');
      expect(text(await p.getZxy(1, 1, 0))).toBe('north-east');
      expect(text(await p.getZxy(1, 0, 1))).toBe('south-west');
      expect(await p.getZxy(1, 1, 1)).toBeUndefined();
    }
  });

  it('sets the magic, bounds and centre, which s2-pmtiles alone leaves wrong', async () => {
    const out = new BufferWriter();
    const w = new S2PMTilesWriter(out, TileType.Pbf);
    await w.writeTileXYZ(0, 0, 0, new TextEncoder().encode('world'));
    await w.commit({ bounds: [30, 30, 40, 40] } as never);
    const bareBytes = out.commit();
    expect(new TextDecoder().decode(bareBytes.slice(0, 7))).not.toBe('PMTiles');
    const bare = await reader(bareBytes).getHeader();
    expect([bare.minLon, bare.minLat, bare.maxLon, bare.maxLat, bare.centerZoom]).toEqual([0, 0, 0, 0, 0]);
    const oursBytes = await writePmtiles([tile(0, 0, 0, 'world')]);
    expect(new TextDecoder().decode(oursBytes.slice(0, 7))).toBe('PMTiles');
    const ours = await reader(oursBytes).getHeader();
    expect([ours.minLon, ours.minLat, ours.maxLon, ours.maxLat]).toEqual([-180, -85, 180, 85]);
  });

  it('puts many tiles in leaf directories, read back by the pmtiles reader', async () => {
    // Distinct contents, so no entry is a run: about 20,000 entries, ~4 bytes each uncompressed.
    const tiles: PmtilesTile[] = [];
    for (let x = 0; x < 256; x++) for (let y = 0; y < 80; y++) tiles.push(tile(8, x, y, `${x}/${y}`));
    const bytes = await writePmtiles(tiles, { gzip: false });
    const p = reader(bytes);
    const h = await p.getHeader();
    expect(h.leafDirectoryLength).toBeGreaterThan(0);
    expect(text(await p.getZxy(8, 200, 79))).toBe('200/79');
    expect(text(await p.getZxy(8, 3, 5))).toBe('3/5');
  });

  it('refuses an empty archive and a tile given twice', async () => {
    await expect(writePmtiles([])).rejects.toThrow(/no tiles/);
    await expect(writePmtiles([tile(0, 0, 0, 'a'), tile(0, 0, 0, 'b')])).rejects.toThrow(/twice/);
  });
});
