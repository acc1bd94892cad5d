import { describe, expect, it } from 'vitest';
import { segment } from '../../geoparse/text/segment.ts';
import { entryDays } from './entryDays.ts';

// A live page of our own, filed on Sunday 9 March 2025, newest entry first.
const PAGE = [
  'Border clashes live: shelling along the frontier for a third day',
  '',
  'Sunday 9 March 2025',
  '',
  '11:40 GMT',
  'Shells hit a grain store near the crossing, the district chief said.',
  '',
  'Saturday, 22:15 GMT',
  'Drones were seen over the power station, residents said.',
  '',
  '21:05 GMT',
  'Police closed the coast road.',
  '',
  'Background',
  'The frontier has been disputed since the 1990s.',
].join('\n');

describe('entryDays', () => {
  const doc = segment({ id: 'live', text: PAGE });
  const dayAt = entryDays(PAGE, doc.excluded, '2025-03-09');
  const of = (words: string) => dayAt(PAGE.indexOf(words));
  it('dates the entries under a stamp that names a day, and those under a bare clock time after it', () => {
    expect(of('Shells hit')).toBeNull();
    expect(of('Drones were seen')).toBe('2025-03-08');
    expect(of('Police closed')).toBe('2025-03-08');
  });
  it('ends with a heading that is no time stamp', () => {
    expect(of('The frontier')).toBeNull();
  });
  it('reads nothing without a dateline or stamps', () => {
    expect(entryDays(PAGE, doc.excluded, null)(PAGE.indexOf('Police'))).toBeNull();
    expect(entryDays(PAGE, [], '2025-03-09')(PAGE.indexOf('Police'))).toBeNull();
  });
});
