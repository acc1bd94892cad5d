// Control zones and the front line for one day: fill by side; how we know it by pattern, edge
// and words, never colour alone — held and confirmed solid, claimed hatched, assessed advances
// light with a dashed edge, contested grey and hatched. A published map imported for comparison
// is drawn as black dashed outlines over ours.
import type { FeatureCollection } from 'geojson';
import { withLabelPoints } from '../model/labelPoint.ts';
import { LAND } from './basemapLayers.ts';
import {
  FONT,
  SIDE_COLOURS,
  SIDE_NAMES,
  matchColour,
  perFeature,
  visibility,
  withAlpha,
  type StyleParts,
} from './styleParts.ts';
import { wordTable } from '../../words/wordTable.ts';

/** Opacity of the zones' fill over the land. */
export const ZONE_OPACITY = 0.3;

/** How each status of a zone is drawn, named in the legend and on the map, and told in the zone's panel. */
export const ZONE_STATUS: Record<
  string,
  { label: string; legend: string; meaning: string; fillOpacity: number }
> = wordTable({
  held: {
    label: '',
    legend: 'Held as before the offensive (solid)',
    meaning: 'Held as on the baseline: no report changed it',
    fillOpacity: ZONE_OPACITY,
  },
  confirmed: {
    label: 'CONFIRMED',
    legend: 'Taken, confirmed by two sources or the side that lost it (solid)',
    meaning: 'Taken, confirmed by two independent sources or by the side that lost it',
    fillOpacity: ZONE_OPACITY,
  },
  claimed: {
    label: 'CLAIMED',
    legend: 'Taken, claimed by one source (hatched)',
    meaning: 'Taken, claimed by one source, not confirmed (hatched on the map)',
    fillOpacity: ZONE_OPACITY,
  },
  assessed: {
    label: 'ASSESSED ADVANCE',
    legend: 'Assessed advance: ground between the line and places taken (light, dashed edge)',
    meaning:
      'Assessed advance: ground between the line and places reported taken, inferred on the days the reports give and bounded by the reported extents (light, dashed edge)',
    fillOpacity: 0.12,
  },
  contested: {
    label: 'CONTESTED',
    legend: 'Contested: claimed and denied, or reached (grey, hatched)',
    meaning: 'Contested: claimed and denied, or reached but not taken (hatched on the map)',
    fillOpacity: ZONE_OPACITY,
  },
});

/**
 * The colour a zone of `side` shows on the map: its side's colour at the zones' opacity over
 * the land, so the legend's swatch is the colour the reader sees, not a brighter one.
 *
 * @example
 * zoneSwatch('government'); // '#ead0bc'-ish: orange at 30 % over the land
 */
export function zoneSwatch(side: string, opacity = ZONE_OPACITY): string {
  const hex = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
  const top = hex(SIDE_COLOURS[side] ?? SIDE_COLOURS.unknown!);
  const under = hex(LAND);
  const mix = top.map((t, i) => Math.round(t * opacity + under[i]! * (1 - opacity)));
  return `#${mix.map((n) => n.toString(16).padStart(2, '0')).join('')}`;
}

/** Name of the hatch image the map bridge registers. */
export const HATCH_IMAGE = 'hatch';

/** Ours, not a published map's. */
const OURS = ['!=', ['get', 'source'], 'reference'];
const REFERENCE = ['==', ['get', 'source'], 'reference'];

/**
 * Zones (fill, hatch, outline, label), front lines and a published map's outlines from the
 * features of one control date.
 *
 * @example
 * controlLayers(controlAsOf(control, '2024-11-29'), true).layers.map((l) => l.id);
 */
export function controlLayers(data: FeatureCollection, on: boolean): StyleParts {
  const v = visibility(on);
  // Derived zones are drawn from their cells and outlines (written once for the days they hold);
  // an analyst's zones, other wars' claims and older outputs are zone polygons.
  const layerIn = (...layers: string[]) => ['in', ['get', 'layer'], ['literal', layers]];
  const isGround = ['all', layerIn('zone', 'cell'), OURS];
  const isEdge = ['all', layerIn('zone', 'outline'), OURS];
  // Each zone is labelled once, at a point inside its largest part (not once per tile).
  const isLabel = ['all', ['==', ['get', 'layer'], 'label'], OURS];
  const colour = matchColour('controller', SIDE_COLOURS, SIDE_COLOURS.unknown!);
  const status = ['get', 'status'];
  const is = (s: string) => ['==', status, s];
  const hatched = ['any', is('claimed'), is('contested'), ['==', ['get', 'controller'], 'contested']];
  const labelled = ['all', ['!=', status, 'held'], ['has', 'status']];
  // The fill's opacity by status, written into its colour (one shader with the land's fill: a
  // per-feature opacity would compile another, at tens of milliseconds in software WebGL).
  const fillColour = (hex: string) => [
    'match',
    status,
    ...Object.entries(ZONE_STATUS).flatMap(([s, d]) => [s, withAlpha(hex, d.fillOpacity)]),
    withAlpha(hex, ZONE_OPACITY),
  ];
  const fill = [
    'match',
    ['get', 'controller'],
    ...Object.entries(SIDE_COLOURS).flatMap(([side, hex]) => [side, fillColour(hex)]),
    fillColour(SIDE_COLOURS.unknown!),
  ];
  const sideName = [
    'match',
    ['get', 'controller'],
    ...Object.entries(SIDE_NAMES).flat(),
    ['get', 'controller'],
  ];
  const statusWord = [
    'match',
    status,
    ...Object.entries(ZONE_STATUS).flatMap(([s, d]) => [s, d.label]),
    ['upcase', status],
  ];
  // A published map's outlines and labels only while one is loaded.
  const reference = visibility(on && data.features.some((f) => f.properties?.source === 'reference'));
  return {
    sources: {
      control: {
        type: 'geojson',
        data: withLabelPoints(
          data,
          { layer: 'label' },
          (f) => (f.properties as { layer?: string } | null)?.layer === 'zone',
        ),
      },
    },
    layers: [
      {
        id: 'control-fill',
        type: 'fill',
        source: 'control',
        filter: isGround as never,
        layout: { visibility: v },
        // Edges are drawn by control-outline; an anti-aliased fill edge would need its own shader.
        paint: { 'fill-color': fill as never, 'fill-antialias': false },
      },
      {
        id: 'control-hatch',
        type: 'fill',
        source: 'control',
        filter: ['all', isGround, hatched] as never,
        layout: { visibility: v },
        paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': 0.7, 'fill-antialias': false },
      },
      {
        id: 'control-outline',
        type: 'line',
        source: 'control',
        filter: ['all', isEdge, ['!', is('assessed')]] as never,
        layout: { visibility: v },
        paint: { 'line-color': colour as never, 'line-width': 1, 'line-opacity': 0.8 },
      },
      {
        // An assessed advance is inferred, not reported: its edge is dashed.
        id: 'control-assessed-outline',
        type: 'line',
        source: 'control',
        filter: ['all', isEdge, is('assessed')] as never,
        layout: { visibility: v },
        paint: {
          'line-color': colour as never,
          'line-width': 1.5,
          'line-opacity': 0.9,
          'line-dasharray': [3, 2],
        },
      },
      {
        id: 'control-frontline',
        type: 'line',
        source: 'control',
        filter: layerIn('frontline', 'front') as never,
        layout: { visibility: v, 'line-join': 'round' },
        paint: {
          'line-color': perFeature('#1a1a1a'),
          'line-width': ['interpolate', ['linear'], ['zoom'], 6, 1.5, 12, 3.5],
          'line-dasharray': [4, 2],
        },
      },
      {
        // A published map beside ours: its outlines only, so both can be read at once.
        id: 'control-reference-outline',
        type: 'line',
        source: 'control',
        filter: ['all', ['==', ['get', 'layer'], 'zone'], REFERENCE] as never,
        layout: { visibility: reference, 'line-join': 'round' },
        paint: {
          'line-color': perFeature('#111') as never,
          'line-width': 2.5,
          'line-opacity': 0.85,
          'line-dasharray': [6, 3],
        },
      },
      {
        // Claimed, assessed, confirmed and contested areas say so in words, placed before any other label.
        id: 'control-status-label',
        type: 'symbol',
        source: 'control',
        filter: ['all', isLabel, labelled] as never,
        layout: {
          visibility: v,
          'text-field': [
            'case',
            ['==', ['get', 'controller'], 'contested'],
            'CONTESTED',
            ['concat', statusWord, ' · ', ['get', 'controller']],
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
        filter: ['all', isLabel, ['!', labelled]] as never,
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
      {
        id: 'control-reference-label',
        type: 'symbol',
        source: 'control',
        filter: ['all', ['==', ['get', 'layer'], 'label'], REFERENCE] as never,
        layout: {
          visibility: reference,
          'text-field': ['concat', 'Published: ', sideName] as never,
          'text-font': FONT,
          'text-size': 10.5,
          'text-padding': 30,
          'symbol-placement': 'point',
        },
        paint: { 'text-color': '#111', 'text-halo-color': 'rgba(255,255,255,0.9)', 'text-halo-width': 1.6 },
      },
    ],
  };
}
