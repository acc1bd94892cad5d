import { describe, expect, it } from 'vitest';
import { foldKey } from '../../geoparse/index/fold.ts';
import { nameScore, searchKeys, wordsMatch } from './search.ts';

describe('search', () => {
  const hamdaniyeh = searchKeys(['Hamdaniyeh', 'الحمدانية', 'al-Hamdaniyah']);
  it('finds a place by its name however it is transliterated, in Latin or Arabic script', () => {
    for (const q of ['Hamdaniyeh', 'Hamdaniyah', 'hamdaniya', 'Al Hamdaniyeh', 'الحمدانية', 'حمدانية'])
      expect(nameScore(hamdaniyeh, foldKey(q)), q).toBe(0);
  });
  it('finds it while it is typed, and with a letter wrong', () => {
    expect(nameScore(hamdaniyeh, foldKey('Hamd'))).toBe(1);
    expect(nameScore(hamdaniyeh, foldKey('Hamdanieh'))).toBe(0);
    expect(nameScore(hamdaniyeh, foldKey('Hamdaniyyeh'))).toBe(0);
    expect(nameScore(hamdaniyeh, foldKey('Hamdanyeh'))).toBeLessThanOrEqual(5);
    expect(nameScore(hamdaniyeh, foldKey('Aleppo'))).toBeNull();
    expect(nameScore(searchKeys(['Tall Rifaat']), foldKey('rifaat'))).toBe(2);
  });
  it('matches incidents word by word', () => {
    expect(wordsMatch('Airstrike · Reuters · government (Syrian army)', 'reuters air')).toBe(true);
    expect(wordsMatch('Airstrike · Reuters', 'terra')).toBe(false);
    expect(wordsMatch('Advance · Hayat Tahrir al-Sham', 'tahrir')).toBe(true);
  });
});
