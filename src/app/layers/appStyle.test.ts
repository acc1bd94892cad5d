import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import { allLayersOn, defaultLayers, emptyCollection } from '../store/appState.ts';
import { appStyle, groupOfLayer, toStyleSpec, type AppStyleInput } from './appStyle.ts';
import { incidentLayers } from './incidentLayers.ts';
import { INCIDENT_TYPES } from './incidentTypes.ts';

const point = (props: Record<string, unknown>): FeatureCollection => ({
  type: 'FeatureCollection',
  features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [37.1, 36.2] }, properties: props }],
});

function input(layers = allLayersOn()): AppStyleInput {
  return {
    basemapUrl: './basemap/naturalearth.json',
    basemap: { admin1: null, roads: null, labels: null },
    control: emptyCollection<Record<string, unknown>>(),
    incidents: {
      tiles: { url: 'smtiles://incidents/0/{z}/{x}/{y}', minzoom: 4, maxzoom: 12 },
      day: 3,
      types: INCIDENT_TYPES,
      hiddenTypes: ['closure'],
    },
    history: point({ id: 'h1', type: 'airstrike', status: 'reported' }),
    places: emptyCollection<never>(),
    areas: emptyCollection<Record<string, unknown>>(),
    layers,
    selection: { kind: 'incident' as const, id: 'i1' },
  };
}

describe('appStyle', () => {
  it('is a valid MapLibre style without glyphs', () => {
    const style = toStyleSpec(appStyle(input()));
    expect(validateStyleMin(style)).toEqual([]);
    expect('glyphs' in style).toBe(false);
  });

  it('names every layer after its toggle', () => {
    for (const layer of appStyle(input()).layers) {
      if (['sea', 'land', 'coast', 'borders'].includes(layer.id)) continue;
      expect(groupOfLayer(layer.id), layer.id).not.toBeNull();
    }
  });

  it('leaves out exactly the group that is off, and nothing else', () => {
    const all = appStyle(input()).layers.map((l) => l.id);
    const layers = { ...allLayersOn(), roads: false };
    const ids = appStyle(input(layers)).layers.map((l) => l.id);
    const gone = all.filter((id) => !ids.includes(id));
    expect(gone.length).toBeGreaterThan(0);
    expect(gone.every((id) => groupOfLayer(id) === 'roads')).toBe(true);
    expect(ids.some((id) => groupOfLayer(id) === 'roads')).toBe(false);
    // Shown again: the same layers, at the same places in the order.
    expect(appStyle(input({ ...layers, roads: true })).layers.map((l) => l.id)).toEqual(all);
  });

  it('draws history apart from incidents; history and areas off by default', () => {
    const history = appStyle(input()).layers.filter((l) => groupOfLayer(l.id) === 'history');
    expect(history.map((l) => l.id)).toEqual(['history-point', 'history-label']);
    expect(JSON.stringify(history)).toContain('"history"');
    const byDefault = appStyle(input(defaultLayers())).layers;
    expect(byDefault.some((l) => l.layout?.visibility === 'none')).toBe(false);
    const groups = new Set(byDefault.map((l) => groupOfLayer(l.id)));
    expect(groups.has('history')).toBe(false);
    expect(groups.has('areas')).toBe(false);
    expect(groups.has('incidents')).toBe(true);
  });

  it("puts the selection's layers in the style only while something of their kind is selected", () => {
    const ids = (selection: AppStyleInput['selection']) =>
      appStyle({ ...input(), selection }).layers.map((l) => l.id);
    const ring = ['incidents-selected', 'incidents-top', 'places-selected'];
    expect(ring.filter((id) => ids(null).includes(id))).toEqual([]);
    expect(ring.filter((id) => ids({ kind: 'incident', id: 'i1' }).includes(id))).toEqual([
      'incidents-selected',
      'incidents-top',
    ]);
    expect(ring.filter((id) => ids({ kind: 'place', id: 'p1' }).includes(id))).toEqual(['places-selected']);
  });

  it("draws a published map's outlines only while one is loaded", () => {
    const zone = (source: string): FeatureCollection => ({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [37, 36],
                [37.2, 36],
                [37.2, 36.2],
                [37, 36],
              ],
            ],
          },
          properties: { layer: 'zone', controller: 'opposition', status: 'held', source },
        },
      ],
    });
    const ids = (control: FeatureCollection) =>
      appStyle({ ...input(), control })
        .layers.map((l) => l.id)
        .filter((id) => id.includes('reference'));
    expect(ids(zone('ingest'))).toEqual([]);
    expect(ids(zone('reference'))).toEqual(['control-reference-outline', 'control-reference-label']);
  });

  it('draws areas as outlines only, so the zones under them keep their legend colour', () => {
    const fill = appStyle(input()).layers.find((l) => l.id === 'areas-fill')!;
    expect(JSON.stringify(fill.paint)).toContain('rgba(0,0,0,0)');
  });

  it('clusters incidents and marks contested ones with their own icon and text', () => {
    const parts = incidentLayers({ ...input().incidents, on: true, selectedId: 'x' });
    expect(parts.sources.incidents).toMatchObject({
      type: 'vector',
      tiles: ['smtiles://incidents/0/{z}/{x}/{y}'],
    });
    const icon = parts.layers.find((l) => l.id === 'incidents-point')!;
    expect(JSON.stringify(icon.layout)).toContain('-contested');
    expect(JSON.stringify(icon.layout)).toContain('"contested"');
  });

  it('filters incidents by day and type with expressions, not data', () => {
    const at = (day: number, hiddenTypes: string[]) =>
      incidentLayers({ ...input().incidents, day, hiddenTypes, on: true, selectedId: null });
    const a = at(3, []);
    const b = at(40, ['airstrike']);
    // The source is the same object content: only filters and properties change.
    expect(b.sources).toEqual(a.sources);
    const point = b.layers.find((l) => l.id === 'incidents-point') as { filter: unknown };
    expect(JSON.stringify(point.filter)).toContain('["<=",["get","d"],40]');
    expect(JSON.stringify(point.filter)).toContain('airstrike');
    const cluster = b.layers.find((l) => l.id === 'incidents-cluster') as { filter: unknown };
    expect(JSON.stringify(cluster.filter)).toContain('"shelling@40"');
    expect(JSON.stringify(cluster.filter)).not.toContain('"airstrike@40"');
    expect(JSON.stringify(cluster.filter)).toContain('"shelling@32"');
    expect(JSON.stringify(cluster.filter)).not.toContain('"shelling@31"');
  });

  it('filters by no day on the last day, so the style made before the data already fits it', () => {
    const latest = incidentLayers({
      ...input().incidents,
      day: null,
      hiddenTypes: [],
      on: true,
      selectedId: null,
    });
    const point = latest.layers.find((l) => l.id === 'incidents-point') as { filter: unknown };
    expect(JSON.stringify(point.filter)).not.toContain('"d"');
    const cluster = latest.layers.find((l) => l.id === 'incidents-cluster') as { filter: unknown };
    expect(JSON.stringify(cluster.filter)).toContain('"*$"');
    expect(JSON.stringify(cluster.filter)).not.toContain('"*@');
  });

  it('hatches and labels claimed and contested zones, the label placed before others', () => {
    const layers = appStyle(input()).layers;
    const hatch = layers.find((l) => l.id === 'control-hatch')!;
    expect(JSON.stringify(hatch)).toContain('fill-pattern');
    const label = layers.find((l) => l.id === 'control-status-label')!;
    expect(JSON.stringify(label.layout)).toContain('CONTESTED');
    expect(layers[layers.length - 1]!.id).toBe('control-status-label');
  });
});
