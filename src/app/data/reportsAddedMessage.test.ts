import { describe, expect, it } from 'vitest';
import type { AppData } from '../store/appState.ts';
import { reportsAddedMessage } from './reportsAddedMessage.ts';

const pt = { type: 'Point' as const, coordinates: [37, 36] };
const place = (id: string, articles: string[]) => ({
  type: 'Feature' as const,
  geometry: pt,
  properties: { id, mentions: articles.map((article) => ({ article, start: 0, end: 1, text: 'x' })) },
});
const incident = (id: string, articles: string[]) => ({
  type: 'Feature' as const,
  geometry: pt,
  properties: { id, articles },
});

function data(unplaced: number): Pick<AppData, 'places' | 'incidents' | 'manifest'> {
  return {
    places: {
      type: 'FeatureCollection',
      features: [place('p1', ['mine']), place('p2', ['a', 'mine']), place('p3', ['a'])],
    },
    incidents: {
      type: 'FeatureCollection',
      features: [incident('i1', ['mine']), incident('i2', ['a', 'mine']), incident('i3', ['a'])],
    },
    manifest: {
      articles: [
        {
          id: 'mine',
          ...(unplaced
            ? {
                unplaced: Array.from({ length: unplaced }, () => ({
                  start: 0,
                  end: 1,
                  text: 'N',
                  reason: 'unknown',
                })),
              }
            : {}),
        },
      ],
    },
  } as never;
}

describe('reportsAddedMessage', () => {
  // A report added here keeps its text (addReports' StoredReport).
  const added = [{ id: 'mine', file: 'mine.txt', text: 'Drones struck a depot\nMore.' }];
  it('counts the places and incidents the report tells, and those it shares with other reports', () => {
    expect(reportsAddedMessage(added, data(0))).toBe(
      'Added mine.txt: 2 places, 2 incidents (1 also told by other reports: one marker, every source).',
    );
  });
  it('counts the names that could not be placed', () => {
    expect(reportsAddedMessage(added, data(3))).toContain(
      '; 3 names could not be placed (see “Not on the map”).',
    );
    const noFile = { id: 'mine', text: 'Drones struck a depot\nMore.' };
    expect(reportsAddedMessage([noFile], data(1))).toContain('Added “Drones struck a depot”: 2 places');
    expect(reportsAddedMessage([noFile], data(1))).toContain('1 name could not be placed');
  });
  it('names a pasted report by its outlet, else its first line, never by its id', () => {
    const pasted = { id: 'mine', file: 'pasted text (mine)', text: 'Drones struck a depot\nMore.' };
    expect(reportsAddedMessage([pasted], data(0))).toMatch(
      /^Added “Drones struck a depot” \(pasted\): 2 places/,
    );
    expect(reportsAddedMessage([{ ...pasted, outlet: 'Hill Post' }], data(0))).toMatch(/^Added Hill Post: /);
  });
});
