import { expect, it } from 'vitest';
import { missClass, topCounts } from './printErrorClasses.ts';

it('counts and ranks error keys', () => {
  expect(topCounts(['Hama', 'Homs', 'Hama', 'Idlib'], (x) => x, 2)).toEqual(['Hama ×2', 'Homs']);
});

it('classes missed names by form', () => {
  expect(missClass('Syrian')).toBe('demonym-like');
  expect(missClass('Turkish')).toBe('demonym-like');
  expect(missClass('U.S.')).toBe('upper case / abbreviation');
  expect(missClass('New Aleppo')).toBe('multi-word');
  expect(missClass('Hama')).toBe('single word');
});
