import { describe, expect, it } from 'vitest';
import { extractIncidents } from './extractIncidents.ts';
import { mentionsIn, reportOf, WORLD } from './testPlaces.ts';

function run(text: string, dateline = '2024-11-29') {
  const doc = reportOf({ id: 'a1', text, outlet: 'Test Wire', dateline });
  return extractIncidents(doc, mentionsIn('a1', text, doc.sentences), WORLD);
}

const territory = (text: string, dateline?: string) =>
  run(text, dateline).flatMap((c) => c.territory.map((t) => ({ ...t, on: `${c.type}@${c.place}` })));

describe('ground held, told with no event of its own', () => {
  it('goes to the advance of the side said to hold it, with its speaker, areas and the episode', () => {
    const text =
      'The offensive began on Wednesday. Rebels captured Fartown on Thursday. ' +
      'A monitoring group said the fighters now hold some 40 villages in North Province.';
    const [t, ...rest] = territory(text);
    expect(rest).toEqual([]);
    expect(t).toMatchObject({
      what: 'villages',
      value: 40,
      qualifier: 'some',
      side: 'opposition',
      from: '2024-11-27',
      to: '2024-11-29',
      within: ['p:North Province'],
      on: 'advance@p:Fartown',
    });
    expect(t.attribution).toMatch(/monitoring group/i);
    expect(text.slice(t.start, t.end)).toMatch(/^A monitoring group said/);
  });

  it('keeps the side of "they" (who acted before) and has no window when the report gives none', () => {
    const text =
      'Government forces shelled Midcity on Thursday. Rebels entered Nearby on Friday. ' +
      'They now control about 70 positions, Test Wire reported.';
    const [t, ...rest] = territory(text);
    expect(rest).toEqual([]);
    expect(t).toMatchObject({
      what: 'positions',
      value: 70,
      side: 'opposition',
      from: null,
      to: '2024-11-29',
    });
    expect(t.on).toBe('advance@p:Nearby');
  });

  it("takes the report's window for that side when the sentence gives none", () => {
    const text =
      'Rebels said they had seized several villages around Fartown since Wednesday. ' +
      'A regional broadcaster said the insurgents now control about 25 locations.';
    const [t] = territory(text);
    expect(t).toMatchObject({ value: 25, side: 'opposition', from: '2024-11-27', to: '2024-11-29' });
    expect(t.attribution).toMatch(/broadcaster/i);
  });

  it('uses the day of its own sentence, also when its verb tells an event with no place', () => {
    const text =
      'Rebels stormed Fartown on Wednesday. By Thursday the insurgents had seized more than 20 villages.';
    const [t] = territory(text);
    expect(t).toMatchObject({ value: 20, side: 'opposition', to: '2024-11-28', from: null });
  });

  it('drops a count nobody is said to hold, and keeps one told only once', () => {
    expect(
      territory('Rebels entered Fartown on Friday. There are some 40 villages in North Province.'),
    ).toEqual([]);
    const twice = territory(
      'Rebels entered Fartown on Friday. The rebels now hold 30 villages. They now control 30 villages.',
    );
    expect(twice.map((t) => t.value)).toEqual([30]);
  });
});
