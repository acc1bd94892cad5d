// The world's second-level divisions (GeoNames' points, `sm:adm2:CC.A1.A2`) in reports: our own
// sentences over an invented geography of two neighbouring countries.
import { describe, expect, it } from 'vitest';
import { bboxPolygon } from '@turf/turf';
import type { GazetteerEntry } from '../../types/model.ts';
import { Gazetteer } from '../../gazetteer/Gazetteer.ts';
import { segment } from '../text/segment.ts';
import { parseText, placeNamed, testEntry as e } from '../testGazetteer.ts';
import { findNames } from '../find/findNames.ts';
import { nameIndexFor } from '../index/NameIndex.ts';
import { lowercaseWords } from '../text/lowercaseWords.ts';

/** A world division: a point with no shape and no level (see src/gazetteer/worldAdmin2.ts). */
const division = (code: string, name: string, lat: number, lon: number, more: Partial<GazetteerEntry> = {}) =>
  e(`sm:adm2:${code}`, name, 'admin2', lat, lon, 300_000, code.slice(0, 2), {
    featureCode: 'ADM2',
    admin1: code.slice(0, code.lastIndexOf('.')),
    ...more,
  });

function gazetteer(): Gazetteer {
  const entries: GazetteerEntry[] = [
    e('ne:CMR', 'Cameroon', 'country', 6, 12, 27_000_000, 'CM', { featureCode: 'PCLI', geometry: bboxPolygon([8.5, 2, 16, 13]).geometry }),
    e('ne:NGA', 'Nigeria', 'country', 9, 8, 200_000_000, 'NG', { featureCode: 'PCLI', geometry: bboxPolygon([3, 4, 8.5, 13.5]).geometry }),
    e('geonames:1', 'Marova', 'settlement', 10.6, 14.3, 300_000, 'CM', { featureCode: 'PPLA', admin1: 'CM.12' }),
    e('geonames:2', 'Kolda', 'settlement', 10.9, 13.9, 20_000, 'CM', { featureCode: 'PPLA2', admin1: 'CM.12' }),
    e('geonames:3', 'Tokom', 'settlement', 11.0, 14.1, 8_000, 'CM', { admin1: 'CM.12' }),
    e('geonames:4', 'Bendi', 'settlement', 10.8, 14.6, 12_000, 'CM', { admin1: 'CM.12' }),
    e('geonames:5', 'Harrow', 'settlement', 10.3, 13.8, 60_000, 'CM', { admin1: 'CM.12' }),
    e('geonames:7', 'Yaounde', 'settlement', 3.87, 11.52, 2_700_000, 'CM', { featureCode: 'PPLC', admin1: 'CM.11' }),
    e('geonames:6', 'Gwali', 'settlement', 11.2, 13.6, 30_000, 'NG', { admin1: 'NG.02' }),
    division('CM.12.100', 'Mayo-Keral', 10.95, 14.0),
    division('CM.12.200', 'Kolda', 10.85, 13.95, { seat: 'geonames:2' }),
    division('CM.12.300', 'Harrow City', 10.32, 13.82, { aliases: ['Harrow'] }),
    // Across the border: a division sharing a name with a Cameroonian town, and one named like
    // a news agency one letter from "Sabo".
    division('NG.02.100', 'Bendi District', 11.4, 13.2, { aliases: ['Bendi'] }),
    division('NG.02.200', 'Lagdo', 11.5, 12.9),
    division('NG.02.300', 'Catamba', 11.6, 13.0),
    division('CM.12.400', 'Saboh', 10.7, 14.4),
    // A first-level division called by a compass word alone, named with its kind (admin1Names).
    e('sm:adm1:CM-CE', 'Centre Region', 'admin1', 4.6, 11.9, 4_000_000, 'CM', {
      admin1: 'CM.11',
      aliases: ['Centre Department', 'Centre Province'],
    }),
    e('sm:adm1:CM-EN', 'Far North Region', 'admin1', 10.8, 14.2, 4_000_000, 'CM', { admin1: 'CM.12', geometry: bboxPolygon([13.4, 10, 15.6, 13]).geometry }),
    e('sm:adm1:NG-BO', 'Bornu State', 'admin1', 12.6, 14.1, 5_000_000, 'NG', { admin1: 'NG.02' }),
    e('sm:adm1:NG-CE', 'Centre Region', 'admin1', 9.5, 7.5, 4_000_000, 'NG', { admin1: 'NG.40' }),
  ]; // prettier-ignore
  return new Gazetteer({ version: 'test-world-divisions', sources: [], entries });
}
const gaz = gazetteer();

/** The place ids each name written in the text went to. */
function read(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of parseText(text, gaz).mentions) out[m.text] = m.placeId;
  return out;
}

const opening = 'Gunmen attacked Marova and Tokom in northern Cameroon on Tuesday, officials said. ';

describe('second-level divisions of the world', () => {
  it('maps a division of the report\'s country by its name, with or without "department"', () => {
    const m = read(`${opening}Troops were sent to the Mayo-Keral department after the raid.`);
    expect(m['Mayo-Keral department'] ?? m['Mayo-Keral']).toBe('sm:adm2:CM.12.100');
  });

  it('reaches a division named after its town through the town, only with the qualifier', () => {
    const m = read(`${opening}Residents of Kolda fled. Fighting spread across Kolda district by evening.`);
    expect(m['Kolda']).toBe('geonames:2');
    expect(m['Kolda district']).toBe('sm:adm2:CM.12.200');
  });

  it('reads "X City" written in full as the town X', () => {
    const m = read(`${opening}Shells also fell on Harrow City, a police officer said.`);
    expect(m['Harrow City'] ?? m['Harrow']).toBe('geonames:5');
  });

  it("takes a town of the report's country over a foreign division of the name", () => {
    const m = read(`${opening}Bendi was shelled overnight, and homes in Bendi district were hit.`);
    expect(m['Bendi']).toBe('geonames:4');
    expect(m['Bendi district']).not.toBe('sm:adm2:NG.02.100');
  });

  it('never maps a foreign division by its bare name, nor a division not spelt as written', () => {
    const m = read(
      `${opening}Lagdo fighters were blamed. The Sabo news agency carried the army's statement.`,
    );
    expect(m['Lagdo']).toBeUndefined();
    expect(m['Sabo']).toBeUndefined();
  });

  it('maps a foreign division the words call one, spelt as written', () => {
    const m = read(`${opening}The attackers came from the Lagdo district, across the border in Nigeria.`);
    expect(m['Lagdo district']).toBe('sm:adm2:NG.02.200');
  });

  it("approximates a region the report's country lacks even where a foreign division bears its name", () => {
    const out = parseText(
      `${opening}Thousands fled the Catamba region towards Nigeria, aid workers said.`,
      gaz,
    );
    const p = out.places.find((f) => f.properties.name.startsWith('Catamba'));
    expect(p?.properties.precision).toBe('approximate');
    expect(p?.properties.id).not.toBe('sm:adm2:NG.02.300');
  });

  it('reads "the X valley" and "the X hills" as ground named after the district or the town X, neither of them', () => {
    const out = parseText(
      `${opening}Families fled villages in the Mayo-Keral valley and the Bendi hills as shells fell.`,
      gaz,
    );
    const valley = out.places.find((f) => f.properties.name.startsWith('Mayo-Keral'));
    expect(valley?.properties).toMatchObject({ kind: 'region', precision: 'approximate' });
    expect(valley?.properties.anchor).toMatchObject({ placeId: 'sm:adm2:CM.12.100', relation: 'near' });
    const hills = out.places.find((f) => f.properties.name.startsWith('Bendi'));
    expect(hills?.properties).toMatchObject({ kind: 'region', precision: 'approximate' });
    expect(hills?.properties.anchor).toMatchObject({ placeId: 'geonames:4' });
    // The district and the town themselves, written alone, are still read as they were.
    const m = read(`${opening}Shells fell on Bendi, and the Mayo-Keral department was cut off.`);
    expect(m['Bendi']).toBe('geonames:4');
    expect(m['Mayo-Keral department'] ?? m['Mayo-Keral']).toBe('sm:adm2:CM.12.100');
  });

  it('reads a name one vowel from a town of the region the words put it in as that town', () => {
    const m = read(
      'Gunmen burnt homes in Tokome, a village in the Far North region, the army said on Tuesday.',
    );
    expect(m['Tokome']).toBe('geonames:3');
    // Not a consonant off in a short name ("Bensi"), not without the region, not in another region.
    expect(read('Gunmen burnt homes in Bensi, a village in the Far North region.')['Bensi']).not.toBe(
      'geonames:4',
    );
    expect(read(`${opening}Gunmen also burnt homes in Tokome.`)['Tokome']).not.toBe('geonames:3');
    expect(read('Gunmen burnt homes in Tokome, a village in Bornu State.')['Tokome']).not.toBe('geonames:3');
  });

  it('puts "the village of X in Cameroon\'s Far North region" in that region, and maps no side raided there', () => {
    const out = parseText(
      "Gunmen burnt homes in the village of Ndoukoula in Cameroon's Far North region, officials said. Troops later launched a raid on Boko Haram in the Far North region.",
      gaz,
    );
    const p = placeNamed(out, 'Ndoukoula');
    expect(p?.properties.anchor).toMatchObject({ placeId: 'sm:adm1:CM-EN', relation: 'in' });
    expect(out.places.some((f) => f.properties.name.startsWith('Boko'))).toBe(false);
  });

  it("puts a village of a region at the region's point when the report's places lie in another country", () => {
    const out = parseText(
      'Jets struck Gwali on Monday and again on Tuesday, Nigerian officials in Gwali said. Across the border, gunmen killed four people in the village of Ndoukoula in the Far North region.',
      gaz,
    );
    const p = placeNamed(out, 'Ndoukoula');
    expect(p?.geometry).toEqual({ type: 'Point', coordinates: [14.2, 10.8] });
  });

  it('puts a village the gazetteer lacks at the division its sentence names', () => {
    const out = parseText(
      'Troops left Yaounde for Marova on Monday. Homes were burnt in Mayo-Keral department, and residents of the village of Ndoukoula spent the night outside.',
      gaz,
    );
    const p = placeNamed(out, 'Ndoukoula');
    expect(p?.properties.anchor).toMatchObject({ placeId: 'sm:adm2:CM.12.100' });
  });

  it('reads "the districts of X" as the town X, and "the Y neighbourhoods" as no place called Y', () => {
    const m = read(`${opening}Mortars fell on the northern districts of Kolda overnight.`);
    expect(m['Kolda']).toBe('geonames:2');
    // A list of districts is still a list of districts.
    expect(read(`${opening}Troops left the districts of Kolda and Mayo-Keral.`)['Kolda']).toBe(
      'sm:adm2:CM.12.200',
    );
    // "Harrow City" is known only whole: "the Harrow neighbourhoods" are parts of no place so called.
    const out = parseText(`${opening}Families from the Harrow neighbourhoods of Marova fled.`, gaz);
    expect(out.places.some((f) => f.properties.name.includes('neighbourhoods'))).toBe(false);
  });

  it('reads "the Centre region" as the division of the report\'s country so called, never the bare word', () => {
    const m = read(`${opening}Reinforcements left Yaounde in the Centre region. The Centre is calm.`);
    expect(m['Centre region']).toBe('sm:adm1:CM-CE');
    expect(m['Centre']).toBeUndefined();
  });

  it('keeps "the X district of Y state" inside Y, and "Lower X" does not make X a person\'s name', () => {
    const m = read(
      'Gunmen attacked a convoy near Gwali in the Lagdo district of Bornu State on Thursday, Nigerian police said. The Lower Lagdo area has been cut off since October.',
    );
    expect(m['Lagdo district']).toBe('sm:adm2:NG.02.200');
  });

  it('never takes the words of "Lower X", "Upper X", "Northern X" for a person\'s or a body\'s', () => {
    const doc = segment({
      id: 'a',
      text: `${opening}The Lower Tokom area and Northern Bendi have been cut off.`,
    });
    const found = findNames(doc, nameIndexFor(gaz), lowercaseWords(doc));
    expect([...found.nonPlace]).not.toContain('tukum');
    expect([...found.nonPlace].some((k) => k.startsWith('bind'))).toBe(false);
    // A person's name still is no place.
    const person = segment({ id: 'b', text: `${opening}Colonel Tokom Harrow said the road was closed.` });
    expect(findNames(person, nameIndexFor(gaz), lowercaseWords(person)).nonPlace.size).toBeGreaterThan(0);
  });
});
