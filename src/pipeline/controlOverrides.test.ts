// An analyst's control polygons reach the output through runPipeline's controlOverrides.
import { describe, expect, it } from 'vitest';
import { bboxPolygon } from '@turf/turf';
import { loadGazetteer } from '../../scripts/lib/loadGazetteer.ts';
import { importControl } from '../control/reference/importControl.ts';
import { runPipeline } from './runPipeline.ts';

describe('runPipeline with control overrides', () => {
  it('puts imported polygons on their date and reports bad features by index', async () => {
    const gazetteer = await loadGazetteer({ scope: 'pack' });
    const imported = importControl(
      {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { controller: 'opposition', date: '2024-11-29', status: 'assessed' },
            geometry: bboxPolygon([37.0, 36.1, 37.1, 36.2]).geometry,
          },
          { type: 'Feature', properties: { controller: 'opposition' }, geometry: null },
        ],
      },
      'analyst.geojson',
    );
    expect(imported.features).toHaveLength(1);
    expect(imported.errors.join('\n')).toMatch(/feature 1/);
    const text = 'Opposition fighters captured the town of Saraqib on Friday, a monitor said.';
    const out = runPipeline([{ id: 'a', text, dateline: '2024-11-29' }], gazetteer, {
      controlOverrides: imported.features,
    });
    const onDay = out.control.features.filter((f) => f.properties.date === '2024-11-29');
    expect(
      onDay.some((f) => f.properties.source === 'imported' && f.properties.controller === 'opposition'),
    ).toBe(true);
  });
});
