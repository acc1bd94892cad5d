// Hostile texts for bench:hostile and the linear-time tests: each case builds a text of n units.
// The sentences are our own.

export interface HostileText {
  name: string;
  /** What one unit is. */
  unit: string;
  make: (n: number) => string;
}

/** `n` lines, the i-th written by `line(i)`. */
const lines = (n: number, line: (i: number) => string): string =>
  Array.from({ length: n }, (_, i) => line(i)).join('\n');

export const HOSTILE_TEXTS: HostileText[] = [
  {
    name: 'blank lines',
    unit: 'an empty line between two sentences',
    make: (n) => `Rebels entered Aleppo.${'\n'.repeat(n)}Shelling hit Homs.`,
  },
  {
    name: 'identical lines',
    unit: 'a line',
    make: (n) => 'Shelling hit Homs and Hama on Friday.\n'.repeat(n),
  },
  {
    name: 'identical lines, no full stop',
    unit: 'a line',
    make: (n) => 'Shelling hit Homs\n'.repeat(n),
  },
  // Lines that differ (a repeated line of eight words or more, or one equal to the headline, is
  // excluded as repeated text and never read) and end without a full stop: a report with an
  // open sentence is read for its actors as one whole text, so every per-actor step there sees
  // all the report's actors (18e1e5a: checking each match against every actor found so far).
  {
    name: 'distinct lines, no full stop',
    unit: 'a line naming two sides, a place, a day and a figure',
    make: (n) =>
      lines(n, (i) => `Rebels said Syrian troops shelled Homs on Friday, killing 4 civilians ${i}`),
  },
  {
    name: 'distinct lines with quoted labels, no full stop',
    unit: 'a line with a word in quotes and two actors',
    make: (n) =>
      lines(n, (i) => `Syrian troops said "terrorists" of the Iran-aligned group attacked Hama ${i}`),
  },
  {
    name: 'one huge line',
    unit: 'a sentence',
    make: (n) => 'Shelling hit Homs. '.repeat(n),
  },
  {
    name: 'one huge word',
    unit: '20 letters',
    make: (n) => 'x'.repeat(20 * n),
  },
  {
    name: 'names in one sentence',
    unit: 'a name',
    make: (n) =>
      `Rebels entered ${Array.from({ length: n }, (_, i) => ['Aleppo', 'Homs', 'Hama'][i % 3]).join(', ')}.`,
  },
  {
    name: 'names with qualifiers',
    unit: 'a name',
    make: (n) => `Rebels entered ${'Idlib provinces, '.repeat(n)}on Friday.`,
  },
  {
    name: 'one huge run of spaces',
    unit: '20 spaces',
    make: (n) => `Rebels entered${' '.repeat(20 * n)}Aleppo.`,
  },
  {
    name: 'a line of names the gazetteer lacks, glued by commas',
    unit: 'a comma and a two-word capitalised name',
    make: (n) => ', By Jane Doe'.repeat(n),
  },
];
