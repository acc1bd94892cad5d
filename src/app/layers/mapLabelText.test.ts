import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { mapLabelText, withMapLabels } from './mapLabelText.ts';

describe('mapLabelText', () => {
  it('leaves out a combining mark no letter takes (z with a cedilla), keeps composed letters', () => {
    expect(mapLabelText('Tall az\u0327 Z\u0327ahab')).toBe('Tall az Zahab');
    expect(mapLabelText('Franc\u0327ois')).toBe('François');
    expect(mapLabelText('Manbij منبج')).toBe('Manbij منبج');
  });

  it('copies only the features whose names change, and returns the same collection otherwise', () => {
    const point = { type: 'Point' as const, coordinates: [37, 36] };
    const plain: FeatureCollection = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', geometry: point, properties: { name_en: 'Azaz' } }],
    };
    expect(withMapLabels(plain, ['name_en'])).toBe(plain);
    const marked: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        plain.features[0]!,
        { type: 'Feature', geometry: point, properties: { name_en: 'Qas\u0327r', id: 'x' } },
      ],
    };
    const out = withMapLabels(marked, ['name_en']);
    expect(out).not.toBe(marked);
    expect(out.features[0]).toBe(marked.features[0]);
    expect(out.features[1]!.properties).toEqual({ name_en: 'Qa\u015fr', id: 'x' });
    expect(marked.features[1]!.properties!.name_en).toBe('Qas\u0327r');
    expect(withMapLabels(marked, ['name_en'])).toBe(out);
  });
});
