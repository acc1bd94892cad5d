import { describe, expect, it } from 'vitest';
import { wordTable } from './wordTable.ts';
import { DIRECTIONS } from './directions.ts';
import { MONTHS } from './months.ts';
import { CARDINALS, NUMBER_WORDS } from './numbers.ts';
import { DISTANCE_UNITS, FEATURE_NOUNS, QUALIFIERS, SETTLEMENT_NOUNS } from './placeNouns.ts';
import { demonymCountry } from './demonyms.ts';

// Words a report can hold that name a property of every plain object.
const OBJECT_WORDS = [
  'constructor',
  'tostring',
  'toString',
  'valueof',
  'hasOwnProperty',
  '__proto__',
  'isPrototypeOf',
];

describe('wordTable', () => {
  it('answers only for the words it lists', () => {
    const t = wordTable({ north: 0 });
    expect(t.north).toBe(0);
    for (const w of OBJECT_WORDS) expect(t[w]).toBeUndefined();
    expect(Object.keys(t)).toEqual(['north']);
  });

  it('backs every shared word list looked up by a word of the text', () => {
    const tables = {
      DIRECTIONS,
      MONTHS,
      CARDINALS,
      NUMBER_WORDS,
      DISTANCE_UNITS,
      FEATURE_NOUNS,
      QUALIFIERS,
      SETTLEMENT_NOUNS,
    };
    for (const [name, table] of Object.entries(tables))
      for (const w of OBJECT_WORDS) expect(table[w], `${name}[${w}]`).toBeUndefined();
    expect(DIRECTIONS.north).toBe(0);
    expect(MONTHS.january ?? MONTHS.jan).toBeDefined();
    for (const w of OBJECT_WORDS) expect(demonymCountry(w.toLowerCase())).toBeUndefined();
  });
});
