import { describe, expect, it } from 'vitest';
import { stateCode } from './stateAbbreviations.ts';

describe('stateCode', () => {
  it('reads news-style and postal abbreviations of states and provinces', () => {
    expect(stateCode('Ky.')).toBe('US.KY');
    expect(stateCode('Ky')).toBe('US.KY');
    expect(stateCode('N.J.')).toBe('US.NJ');
    expect(stateCode('KY')).toBe('US.KY');
    expect(stateCode('Alta.')).toBe('CA.01');
    expect(stateCode('QC')).toBe('CA.10');
  });
  it('knows nothing else', () => {
    expect(stateCode('Hello')).toBeUndefined();
    expect(stateCode('ky')).toBeUndefined();
    expect(stateCode('')).toBeUndefined();
  });
});
