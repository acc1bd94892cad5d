// Control zones and the front line for one day: fill by side, hatching and a text label for
// claimed or contested areas so status never rests on colour alone.
import type { FeatureCollection } from 'geojson';
import { FONT, SIDE_COLOURS, SIDE_NAMES, matchColour, visibility, type StyleParts } from './styleParts.ts';

/** Name of the hatch image the map bridge registers. */
export const HATCH_IMAGE = 'hatch';

/**
 * Zones (fill, hatch, outline, label) and front lines from the features of one control date.
 *
 * @example
 * controlLayers(controlAsOf(control, '2024-11-29'), true).layers.map((l) => l.id);
 */
export function controlLayers(data: FeatureCollection, on: boolean): StyleParts {
  const v = visibility(on);
  const isZone = ['==', ['get', 'layer'], 'zone'];
  const colour = matchColour('controller', SIDE_COLOURS, SIDE_COLOURS.unknown!);
  const uncertain = [
    'any',
    ['!=', ['get', 'status'], 'assessed'],
    ['==', ['get', 'controller'], 'contested'],
  ];
  const sideName = [
    'match',
    ['get', 'controller'],
    ...Object.entries(SIDE_NAMES).flat(),
    ['get', 'controller'],
  ];
  return {
    sources: { control: { type: 'geojson', data } },
    layers: [
      {
        id: 'control-fill',
        type: 'fill',
        source: 'control',
        filter: isZone as never,
        layout: { visibility: v },
        // Edges are drawn by control-outline; an anti-aliased fill edge would need its own shader.
        paint: { 'fill-color': colour as never, 'fill-opacity': 0.3, 'fill-antialias': false },
      },
      {
        id: 'control-hatch',
        type: 'fill',
        source: 'control',
        filter: ['all', isZone, uncertain] as never,
        layout: { visibility: v },
        paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': 0.7, 'fill-antialias': false },
      },
      {
        id: 'control-outline',
        type: 'line',
        source: 'control',
        filter: isZone as never,
        layout: { visibility: v },
        paint: { 'line-color': colour as never, 'line-width': 1, 'line-opacity': 0.8 },
      },
      {
        id: 'control-frontline',
        type: 'line',
        source: 'control',
        filter: ['==', ['get', 'layer'], 'frontline'],
        layout: { visibility: v, 'line-join': 'round' },
        paint: {
          'line-color': '#1a1a1a',
          'line-width': ['interpolate', ['linear'], ['zoom'], 6, 1.5, 12, 3.5],
          'line-dasharray': [4, 2],
        },
      },
      {
        // Claimed and contested areas say so in words, placed before any other label.
        id: 'control-status-label',
        type: 'symbol',
        source: 'control',
        filter: ['all', isZone, uncertain] as never,
        layout: {
          visibility: v,
          'text-field': [
            'case',
            ['==', ['get', 'controller'], 'contested'],
            'CONTESTED',
            ['concat', ['upcase', ['get', 'status']], ' · ', ['get', 'controller']],
          ] as never,
          'text-font': FONT,
          'text-size': 11.5,
          'text-letter-spacing': 0.05,
          'text-padding': 4,
        },
        paint: { 'text-color': '#111', 'text-halo-color': 'rgba(255,255,255,0.95)', 'text-halo-width': 2 },
      },
      {
        id: 'control-label',
        type: 'symbol',
        source: 'control',
        filter: ['all', isZone, ['!', uncertain]] as never,
        layout: {
          visibility: v,
          'text-field': sideName as never,
          'text-font': FONT,
          'text-size': 11,
          'text-padding': 20,
          'symbol-placement': 'point',
        },
        paint: { 'text-color': '#222', 'text-halo-color': 'rgba(255,255,255,0.9)', 'text-halo-width': 1.6 },
      },
    ],
  };
}
