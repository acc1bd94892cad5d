import { describe, expect, it } from 'vitest';
import { keepAlias, lightFold, parseGeoNames, parseGeoNamesLine, pickArabicName } from './parseGeoNames.ts';

// Lines written for these tests in the GeoNames column layout (not copied from the dump).
const row = (cols: Partial<Record<number, string>>): string => {
  const base = [
    '1',
    'Testville',
    'Testville',
    '',
    '10.5',
    '20.25',
    'P',
    'PPL',
    'SY',
    '',
    '09',
    '',
    '',
    '',
    '1200',
    '',
    '300',
    'Asia/Damascus',
    '2024-01-01',
  ];
  for (const [k, v] of Object.entries(cols)) base[Number(k)] = v ?? '';
  return base.join('\t');
};

describe('parseGeoNamesLine', () => {
  it('reads id, names, point, codes and population', () => {
    const e = parseGeoNamesLine(
      row({ 0: '42', 1: 'Tall Qamar', 2: 'Tall Qamar', 3: 'Tell Qamar,تل قمر,Тель Камар', 14: '5300' }),
    );
    expect(e).toMatchObject({
      id: 'geonames:42',
      name: 'Tall Qamar',
      kind: 'settlement',
      names: { en: 'Tall Qamar', ar: 'تل قمر' },
      lat: 10.5,
      lon: 20.25,
      population: 5300,
      country: 'SY',
      admin1: 'SY.09',
      featureCode: 'PPL',
    });
    expect(e?.aliases).toEqual(['Tell Qamar', 'تل قمر']);
  });

  it('makes a section of a populated place a neighbourhood', () => {
    expect(parseGeoNamesLine(row({ 7: 'PPLX' }))?.kind).toBe('neighbourhood');
  });

  it('drops accent-only duplicates, airport codes and lower-case romanisations', () => {
    const e = parseGeoNamesLine(row({ 1: 'Halab', 2: 'Halab', 3: 'Ḩalab,HLB,ha la bu,Haleb' }));
    expect(e?.aliases).toEqual(['Haleb']);
  });

  it('rejects blank, comment, short and out-of-range lines', () => {
    expect(parseGeoNamesLine('')).toBeNull();
    expect(parseGeoNamesLine('# comment')).toBeNull();
    expect(parseGeoNamesLine('1\tX\tX')).toBeNull();
    expect(parseGeoNamesLine(row({ 4: '95' }))).toBeNull();
    expect(parseGeoNamesLine(row({ 5: 'east' }))).toBeNull();
    expect(parseGeoNamesLine(row({ 0: 'abc' }))).toBeNull();
  });

  it('parses a whole table with CRLF endings and bad lines', () => {
    const text = [row({ 0: '1' }), 'garbage', row({ 0: '2' })].join('\r\n') + '\r\n';
    expect(parseGeoNames(text).map((e) => e.id)).toEqual(['geonames:1', 'geonames:2']);
  });
});

describe('alias helpers', () => {
  it('prefers an Arabic-language spelling over a Persian one', () => {
    expect(pickArabicName(['Kerman', 'کرمان', 'كرمان'])).toBe('كرمان');
    expect(pickArabicName(['کرمان'])).toBe('کرمان');
    expect(pickArabicName(['Kerman'])).toBeUndefined();
  });

  it('keeps Latin and Arabic names only', () => {
    expect(keepAlias('Ma‘arrat an Nu‘mān')).toBe(true);
    expect(keepAlias('معرة النعمان')).toBe(true);
    expect(keepAlias('Маарет')).toBe(false);
    expect(keepAlias('阿勒颇')).toBe(false);
    expect(keepAlias('SDF')).toBe(false);
  });

  it('folds accents, apostrophes and case', () => {
    expect(lightFold('Ma‘arrat an-Nu‘mān')).toBe(lightFold("Ma'arrat annuman"));
  });
});
