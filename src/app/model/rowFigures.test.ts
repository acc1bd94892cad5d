import { describe, expect, it } from 'vitest';
import type { Figure, IncidentSource } from '../../types/model.ts';
import { rowFigures } from './rowFigures.ts';

const killed: Figure = { what: 'killed', value: 12, qualifier: 'at least', article: 'a' };
const row = (article: string, figures?: Figure[]): IncidentSource => ({
  article,
  outlet: null,
  attribution: null,
  stance: 'report',
  start: 0,
  end: 10,
  ...(figures ? { figures } : {}),
});

describe('rowFigures', () => {
  it("shows a row's own figures, and none on a row of the same report whose sentence states none", () => {
    const p = { figures: [killed], sources: [row('a', [killed]), row('a')] };
    expect(rowFigures(p, p.sources[0])).toEqual([killed]);
    expect(rowFigures(p, p.sources[1])).toEqual([]);
  });
  it("shows the report's figures on rows of outputs written before rows carried them", () => {
    const p = { figures: [killed], sources: [row('a'), row('b')] };
    expect(rowFigures(p, p.sources[0])).toEqual([killed]);
    expect(rowFigures(p, p.sources[1])).toEqual([]);
  });
});
