// Which zone is drawn by which layer: evaluated with MapLibre's own filter code on features of
// each status, ours and a published map's.
import { describe, expect, it } from 'vitest';
import { bboxPolygon } from '@turf/turf';
import { expression, featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import { controlLayers } from './controlLayers.ts';
import { toStyleSpec } from './appStyle.ts';

const zone = (status: string, controller = 'opposition', source = 'derived') => ({
  type: 'Feature' as const,
  properties: { layer: 'zone', status, controller, date: '2024-11-29', source },
  geometry: bboxPolygon([0, 0, 1, 1]).geometry,
});
const data: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    zone('held'),
    zone('confirmed'),
    zone('claimed'),
    zone('assessed'),
    zone('contested', 'contested'),
    zone('held', 'government', 'reference'),
  ],
};
const parts = controlLayers(data, true);

/** The statuses (and sources) of the zones a layer draws. */
function drawn(id: string): string[] {
  const layer = parts.layers.find((l) => l.id === id)! as { filter?: unknown };
  const test = featureFilter(layer.filter as never);
  return data.features
    .filter((f) => test.filter({ zoom: 8 }, { type: 3, properties: f.properties as never } as never))
    .map((f) => `${f.properties!.status}${f.properties!.source === 'reference' ? ' (reference)' : ''}`);
}

describe('control layers', () => {
  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(toStyleSpec(parts))).toEqual([]);
  });
  it('fills our zones of every status, hatches claimed and contested, dashes the edge of assessed advances', () => {
    expect(drawn('control-fill')).toEqual(['held', 'confirmed', 'claimed', 'assessed', 'contested']);
    expect(drawn('control-hatch')).toEqual(['claimed', 'contested']);
    expect(drawn('control-assessed-outline')).toEqual(['assessed']);
    expect(drawn('control-outline')).toEqual(['held', 'confirmed', 'claimed', 'contested']);
    // The opacity by status is in the fill's colour (one shader with the land's fill).
    const fill = parts.layers.find((l) => l.id === 'control-fill')! as { paint: Record<string, unknown> };
    const colour = expression.createExpression(fill.paint['fill-color'], { type: 'color' } as never);
    if (colour.result !== 'success') throw new Error('not an expression');
    const alpha = (f: ReturnType<typeof zone>) =>
      (colour.value.evaluate({ zoom: 8 }, { type: 3, properties: f.properties } as never) as { a: number }).a;
    expect(alpha(zone('assessed', 'government'))).toBeCloseTo(0.12);
    expect(alpha(zone('claimed', 'government'))).toBeCloseTo(0.3);
    expect(alpha(zone('held', 'a side with no colour of its own'))).toBeCloseTo(0.3);
    expect(fill.paint['fill-opacity']).toBeUndefined();
  });
  it('draws a published map as outlines only, apart from ours', () => {
    expect(drawn('control-reference-outline')).toEqual(['held (reference)']);
  });
});
