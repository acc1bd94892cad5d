import { describe, expect, it } from 'vitest';
import { emptyData } from './appState.ts';

describe('emptyData', () => {
  it("finds no text or outlet for a report id no file lists, even one a plain object's prototype has", () => {
    const d = emptyData();
    for (const id of ['constructor', 'toString', '__proto__']) {
      expect(d.texts[id], id).toBeUndefined();
      expect(d.outlets[id], id).toBeUndefined();
    }
  });
});
