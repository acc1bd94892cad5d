import { expect, it } from 'vitest';
import { table } from './table.ts';

it('pads columns and right-aligns numbers', () => {
  expect(
    table(
      ['name', 'n'],
      [
        ['Hama', '7'],
        ['Homs', '12.5 %'],
      ],
    ).split('\n'),
  ).toEqual(['name | n', '-----+-------', 'Hama |      7', 'Homs | 12.5 %']);
});
