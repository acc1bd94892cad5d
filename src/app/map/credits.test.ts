import { describe, expect, it } from 'vitest';
import { CREDITS } from './credits.ts';
import { GAZETTEER_SOURCES } from '../../gazetteer/sources.ts';

describe('map credits', () => {
  it('credit every gazetteer source with its licence', () => {
    const text = CREDITS.join('\n');
    for (const s of GAZETTEER_SOURCES) {
      expect(text).toContain(s.short);
      expect(text).toContain(s.licence.replace(/ \(.*\)$/, ''));
    }
    expect(text).toMatch(/GeoNames<\/a> \(CC BY 4\.0\)/);
    expect(text).toMatch(/iso3166-2-db<\/a> \(MIT\)/);
  });
});
