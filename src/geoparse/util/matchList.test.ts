import { describe, expect, it } from 'vitest';
import { matchList } from './matchList.ts';

/** What matchAll gives, as comparable data. */
const viaMatchAll = (re: RegExp, text: string) =>
  [...text.matchAll(re)].map((m) => ({ index: m.index, all: [...m], groups: m.groups }));
const viaList = (re: RegExp, text: string) =>
  matchList(re, text).map((m) => ({ index: m.index, all: [...m], groups: m.groups }));

describe('matchList', () => {
  it('gives what matchAll gives: indices, groups, empty matches, surrogate pairs', () => {
    const cases: [RegExp, string][] = [
      [
        /\b(?<n>\d+) (?:people|civilians)\b/gi,
        'At least 12 people died and 3 civilians were hurt; 40 PEOPLE fled.',
      ],
      [
        /\bshell(?:ed|ing)\b|\bartillery\b/gi,
        'Troops shelled the town; artillery fire and shelling went on.',
      ],
      [/x*/g, 'axxbx'],
      [/(?:)/gu, 'a😀b'],
      [/(?:)/g, 'a😀b'],
      [/\p{Lu}\p{Ll}+/gu, 'Éric met Zoë in Ürümqi'],
      [/nothing/g, 'no match here'],
      [/a/g, ''],
    ];
    for (const [re, text] of cases)
      expect(viaList(re, text), `${re} on "${text}"`).toEqual(viaMatchAll(re, text));
  });

  it('starts where the expression stands and leaves it there, as matchAll does', () => {
    const re = /\d/g;
    re.lastIndex = 3;
    expect(viaList(re, '1 2 3 4')).toEqual(viaMatchAll(re, '1 2 3 4'));
    expect(re.lastIndex).toBe(3);
  });

  it('runs the expression it is given, not a copy', () => {
    // A subclass whose exec counts its calls: matchAll builds another expression from this one's
    // source and flags and runs that (the recompiling matchList avoids); matchList runs this one.
    class Counting extends RegExp {
      calls = 0;
      override exec(s: string) {
        this.calls++;
        return super.exec(s);
      }
    }
    const re = new Counting(String.raw`\bfled\b`, 'g');
    expect(matchList(re, 'They fled, and others fled too.').map((m) => m.index)).toEqual([5, 22]);
    expect(re.calls).toBe(3);
    expect([...'They fled.'.matchAll(re)]).toHaveLength(1);
    expect(re.calls).toBe(3);
  });

  it('refuses an expression that is not global, as matchAll does', () => {
    expect(() => matchList(/a/, 'a')).toThrow(TypeError);
    expect(() => 'a'.matchAll(/a/)).toThrow(TypeError);
  });
});
