import { describe, expect, it } from 'vitest';
import { nameKey } from './nameKey.ts';

describe('nameKey', () => {
  it('merges transliteration variants', () => {
    expect(nameKey('Hamadaniyeh')).toBe(nameKey('al-Hamdaniyah'));
    expect(nameKey('Saraqeb')).toBe(nameKey('Sarāqib'));
    expect(nameKey('Saragab')).toBe(nameKey('Saraqib'));
    expect(nameKey('Khan Assal')).toBe(nameKey('Khan al-Asal'));
    expect(nameKey('Sheikh Maqsoud')).toBe(nameKey('Shaykh Maqsud'));
  });
  it('keeps different places apart', () => {
    expect(nameKey('Nubl')).not.toBe(nameKey('Zahraa'));
    expect(nameKey('Idlib')).not.toBe(nameKey('Aleppo'));
  });
});
