// Hostile texts for bench:hostile and the linear-time tests: each case builds a text of n units.
// The sentences are our own.

export interface HostileText {
  name: string;
  /** What one unit is. */
  unit: string;
  make: (n: number) => string;
}

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
];
