// The `smtiles:` protocol: MapLibre asks for incident tiles (`smtiles://incidents/<generation>/z/x/y`)
// and the data worker cuts them from the incidents it parsed (src/app/data/incidentData.worker.ts).
// A published site's tiles are plain files and need no protocol.
import maplibregl from 'maplibre-gl';
import { incidentTile } from '../data/incidentData.ts';

let registered = false;

/** Registers the protocol once. */
export function registerIncidentProtocol(): void {
  if (registered) return;
  registered = true;
  maplibregl.addProtocol('smtiles', async (params) => {
    const m = params.url.match(/\/(\d+)\/(\d+)\/(\d+)$/);
    if (!m) throw new Error(`not an incident tile: ${params.url}`);
    const data = await incidentTile(Number(m[1]), Number(m[2]), Number(m[3]));
    return { data: data ?? new ArrayBuffer(0) };
  });
}
