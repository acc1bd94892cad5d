import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../../gazetteer/Gazetteer.ts';
import {
  abroadGazetteer,
  mentionPairs,
  parseText,
  placeNamed,
  testEntry,
  testGazetteer,
} from '../testGazetteer.ts';
import { tokenize } from '../text/tokenize.ts';
import { calledVillage } from './resolveNames.ts';

const gaz = testGazetteer();
const front = 'Shelling hit Kurakhove and Selydove on Monday, and Kurakhove again on Tuesday. ';

/** Whether the words call the name written at `name` a village. */
function village(text: string, name: string): boolean {
  const tokens = tokenize(text, 0, text.length);
  const from = tokens.findIndex((t) => t.text === name);
  return calledVillage(tokens, from, from);
}

describe('resolveNames', () => {
  it('reads "X, a frontline village", "the village of X" and "X village" as a village', () => {
    expect(village('In Dnipro, a frontline village, residents left.', 'Dnipro')).toBe(true);
    expect(village('Troops entered the village of Dnipro.', 'Dnipro')).toBe(true);
    expect(village('Troops entered Dnipro village.', 'Dnipro')).toBe(true);
    expect(village('In Dnipro, a city on the river, residents left.', 'Dnipro')).toBe(false);
    expect(village('In Dnipro, a Village Council member said.', 'Dnipro')).toBe(false);
  });

  it("never reads a place the words call a village as a city of its name; it is put among the report's places", () => {
    // (Our invented geography: a village of the front named like the city of Dnipro, 200 km off.)
    const out = parseText(
      `${front}In Dnipro, a frontline village on the river, the last residents left.`,
      gaz,
    );
    expect(out.mentions.some((m) => m.placeId === 'geonames:709930')).toBe(false);
    const p = placeNamed(out, 'Dnipro')!;
    expect(p.properties.precision).toBe('approximate');
    expect(p.properties.anchor).toMatchObject({ placeId: 'geonames:695357', relation: 'report' });
    expect(p.properties.alternatives.map((a) => a.gazetteerId)).toContain('geonames:709930');
    // Called a city, it is the city.
    const city = parseText(`${front}In Dnipro, a city on the river, the last residents left.`, gaz);
    expect(city.mentions.some((m) => m.placeId === 'geonames:709930')).toBe(true);
  });

  it("puts a village named among the report's places there, not at its only namesake 600 km off", () => {
    // (Invented: the gazetteer's one Prylisne lies near the Danube; the report is on Kupiansk's front.)
    const world = abroadGazetteer();
    const report = (line: string) =>
      parseText(`Russian troops pressed on Kupiansk and Kivsharivka on Monday. ${line}`, world);
    const out = report(
      'Guided bombs hit Balakliia and the village of Prylisne overnight, the governor said.',
    );
    expect(out.mentions.some((m) => m.placeId === 'test:prylisne')).toBe(false);
    const p = placeNamed(out, 'Prylisne')!;
    expect(p.properties.precision).toBe('approximate');
    expect(p.properties.alternatives.map((a) => a.gazetteerId)).toContain('test:prylisne');
    // Named beside a place near it, or in a sentence of its own, it is the one there.
    for (const line of [
      'Drones also hit Izmail and the village of Prylisne on the Danube.',
      'Far to the south, a drone hit the village of Prylisne.',
    ])
      expect(report(line).mentions.some((m) => m.placeId === 'test:prylisne')).toBe(true);
  });

  it('never reads "the village of X in the Y province" as a town X of another province', () => {
    // (Invented: a second Nubl the gazetteer lacks, in Idlib province; the one it has is in Aleppo's.)
    const out = parseText(
      'Jets struck Saraqib. Shells hit the village of Nubl in the Idlib province overnight.',
      gaz,
    );
    expect(out.mentions.some((m) => m.placeId === 'geonames:166578')).toBe(false);
    expect(placeNamed(out, 'Nubl')?.properties.anchor).toMatchObject({
      placeId: 'sm:adm1:SY12',
      relation: 'in',
    });
    const own = parseText(
      'Jets struck Aleppo. Shells hit the village of Nubl in the Aleppo province overnight.',
      gaz,
    );
    expect(own.mentions.some((m) => m.placeId === 'geonames:166578')).toBe(true);
  });

  it('reads the one place of a name in another country the report is about, with no place word before it', () => {
    // Two neighbours; the report is filed about the first and names the second; a village of the
    // second, the only place of its name, lies far from the other places the report names.
    const e = testEntry;
    const sahel = new Gazetteer({
      version: 'test-sahel',
      sources: [],
      entries: [
        e('ne:NER', 'Niger', 'country', 17, 9, 25_000_000, 'NE', { featureCode: 'PCLI' }),
        e('ne:MLI', 'Mali', 'country', 17, -4, 22_000_000, 'ML', { featureCode: 'PCLI' }),
        e('g:tillaberi', 'Tillaberi', 'settlement', 14.21, 1.45, 20_000, 'NE'),
        e('g:menaka', 'Menaka', 'settlement', 15.92, 2.4, 9_000, 'ML'),
        e('g:ansongo', 'Ansongo', 'settlement', 15.66, 0.5, 3_000, 'ML'),
        e('g:ansongo-far', 'Tamou', 'settlement', 52.5, 13.4, 3_000, 'DE'),
      ],
    });
    const pairs = mentionPairs(
      parseText(
        "Niger's army said it repelled an attack near Tillaberi, in Niger, and that the militants fled towards Menaka in Mali. Another attack hit Ansongo, and Tamou was quiet, the army said.",
        sahel,
      ),
    );
    expect(pairs).toContain('Ansongo → g:ansongo');
    // A small village of a country the report does not name stays someone's name.
    expect(pairs.join()).not.toMatch(/Tamou/);
  });
});
