import { describe, expect, it } from 'vitest';
import { splitClauses } from './clauses.ts';
import { stanceOf } from './stance.ts';

const stance = (text: string, word: string) => stanceOf(text, splitClauses(text), text.indexOf(word));

describe('stanceOf', () => {
  it('sees denials governing the clause', () => {
    expect(stance('State media denied that rebels had entered the town.', 'entered')).toBe('denial');
    expect(stance('Reports that the base was captured were denied.', 'captured')).toBe('denial');
  });
  it('sees negated events', () => {
    expect(stance('There is fighting nearby, but they have not reached the town.', 'reached')).toBe('denial');
    expect(stance('The militia never captured the bridge.', 'captured')).toBe('denial');
  });
  it('keeps the denial to its clause', () => {
    const text =
      'An officer denied that rebels entered the town, telling us that troops arrived in the city.';
    expect(stance(text, 'entered')).toBe('denial');
    expect(stance(text, 'arrived')).toBe('claim');
  });
  it('sees confirmations, and claims otherwise', () => {
    expect(stance('The group confirmed that it had seized the depot.', 'seized')).toBe('confirmation');
    expect(stance('Rebels seized the depot.', 'seized')).toBe('claim');
  });
});
