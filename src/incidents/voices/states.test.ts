import { describe, expect, it } from 'vitest';
import { sideLabel, stateOf, stateSide } from './states.ts';

describe('sideLabel and stateSide', () => {
  it("names a side by its id, or gives the id back: never a plain object's property", () => {
    expect(stateSide('SY')).toBe('government');
    for (const id of ['constructor', 'toString', 'valueOf']) expect(sideLabel(id)).toBe(id);
    expect(sideLabel('constructor', 'Builders')).toBe('Builders');
    expect(stateOf('constructor')).toBeUndefined();
  });
});
