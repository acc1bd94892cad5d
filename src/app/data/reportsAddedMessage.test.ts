import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../types/model.ts';
import { reportsAddedMessage } from './reportsAddedMessage.ts';

function output(unplaced: number[]): { manifest: Manifest } {
  return {
    manifest: {
      counts: { articles: unplaced.length, places: 3, mentions: 4, incidents: 1, controlFeatures: 0 },
      articles: unplaced.map((n, i) => ({
        id: `r${i}`,
        outlet: null,
        dateline: null,
        url: null,
        length: 100,
        excluded: [],
        ...(n
          ? {
              unplaced: Array.from({ length: n }, (_, k) => ({
                start: k * 10,
                end: k * 10 + 4,
                text: 'Name',
                reason: 'unknown' as const,
              })),
            }
          : {}),
      })),
    } as unknown as Manifest,
  };
}

describe('reportsAddedMessage', () => {
  const added = [{ id: 'r1', file: 'mine.txt' }];

  it('says nothing more when every name was placed', () => {
    expect(reportsAddedMessage(added, output([0, 0]), 2)).toBe(
      'Added mine.txt: 3 places and 1 incidents from your 2 report(s).',
    );
  });

  it('counts the names that could not be placed over the user’s reports', () => {
    expect(reportsAddedMessage(added, output([2, 1]), 2)).toBe(
      'Added mine.txt: 3 places and 1 incidents from your 2 report(s); 3 names could not be placed (see “Not on the map”).',
    );
    expect(reportsAddedMessage([{ id: 'pasted' }], output([1]), 1)).toContain(
      'Added pasted: 3 places and 1 incidents from your 1 report(s); 1 name could not be placed',
    );
  });
});
