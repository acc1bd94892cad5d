// Tests on the built world gazetteer's first-level divisions (every country's, from GeoNames,
// iso3166-2-db and iso-3166; see src/gazetteer/worldAdmin1.ts), and how the geoparser reads them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/gazetteer/Gazetteer.ts';
import { distanceKm } from '../../src/gazetteer/Gazetteer.ts';
import { pointInGeometry } from '../../src/gazetteer/pointInGeometry.ts';
import { parseText } from '../../src/geoparse/testGazetteer.ts';
import type { CountryTable } from '../../src/gazetteer/buildCountries.ts';
import type { GazetteerEntry } from '../../src/types/model.ts';
import { iso31662 } from 'iso-3166';
import { admin1Names, type GeoNamesAdmin1, type IsoDbCountry } from '../../src/gazetteer/admin1Names.ts';
import { loadGazetteer } from './loadGazetteer.ts';
import { paths } from './gazetteerPaths.ts';

let world: Gazetteer;
beforeAll(async () => {
  world = await loadGazetteer({ scope: 'world' });
}, 300_000);

/** Kilometres from a point to the nearest edge of an area (flat within a few degrees), or 0 inside it. */
function kmOutside(lon: number, lat: number, area: NonNullable<GazetteerEntry['geometry']>): number {
  if (area.type === 'LineString') return Infinity;
  if (pointInGeometry([lon, lat], area)) return 0;
  const k = Math.cos((lat * Math.PI) / 180);
  let best = Infinity;
  const polys = area.type === 'Polygon' ? [area.coordinates] : area.coordinates;
  for (const p of polys)
    for (const r of p)
      for (let i = 0; i + 1 < r.length; i++) {
        const [ax, ay] = [(r[i][0] - lon) * k, r[i][1] - lat];
        const [bx, by] = [(r[i + 1][0] - lon) * k, r[i + 1][1] - lat];
        const [dx, dy] = [bx - ax, by - ay];
        const t = Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy || 1)));
        best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy) * 111.2);
      }
  return best;
}

describe("every country's first-level divisions", () => {
  it('gives every country of our list whose places carry a named division code at least one division', () => {
    const table = JSON.parse(
      readFileSync(path.join(paths.factsDir, 'countries.json'), 'utf8'),
    ) as CountryTable;
    const names = admin1Names({
      geonames: JSON.parse(readFileSync(paths.geonamesAdmin1, 'utf8')) as GeoNamesAdmin1[],
      isoDb: JSON.parse(readFileSync(paths.isoDb, 'utf8')) as Record<string, IsoDbCountry>,
      iso3166: iso31662,
    });
    const coded = new Set<string>();
    const divisions = new Map<string, GazetteerEntry[]>();
    for (const e of world.entries) {
      if (e.id.startsWith('geonames:') && names.has(e.admin1) && !e.admin1.endsWith('.00'))
        coded.add(e.country);
      if (e.kind === 'admin1') divisions.set(e.country, [...(divisions.get(e.country) ?? []), e]);
    }
    const listed = new Set(table.rows.map((r) => r[1]));
    const missing = [...listed].filter((cc) => coded.has(cc) && !divisions.has(cc));
    // Palestine's two divisions are our region facts (the Gaza Strip and the West Bank).
    expect(missing).toEqual(['PS']);
    expect(divisions.size).toBeGreaterThan(180);
  });

  it('names each division in English, puts its point in its country and its places in it', () => {
    const bad: string[] = [];
    const countries = new Map(world.entries.filter((e) => e.kind === 'country').map((c) => [c.country, c]));
    for (const e of world.entries) {
      if (e.kind !== 'admin1') continue;
      if (!/^[\p{Script=Latin}\p{M}\p{N}\p{P}\p{Zs}'’ʻʼ`-]+$/u.test(e.names.en))
        bad.push(`${e.id}: name ${e.names.en}`);
      if (!e.admin1.startsWith(`${e.country}.`)) bad.push(`${e.id}: code ${e.admin1}`);
      if (e.geometry && kmOutside(e.lon, e.lat, e.geometry) > 0) bad.push(`${e.id}: point outside its shape`);
      const outline = countries.get(e.country)?.geometry;
      if (e.geometry) {
        // A shape is clipped to the country's outline widened by a few kilometres.
        if (outline && kmOutside(e.lon, e.lat, outline) > 10) bad.push(`${e.id}: point outside ${e.country}`);
      } else {
        // Small islands are missing from Natural Earth's 1:50m outlines: a division there has
        // no shape, and its point is its largest place's.
        const own = world
          .byCountry(e.country)
          .filter((p) => p.admin1 === e.admin1 && p.kind === 'settlement');
        if (!own.some((p) => distanceKm(p.lon, p.lat, e.lon, e.lat) < 0.1))
          bad.push(`${e.id}: point on none of its places`);
      }
    }
    expect(bad).toEqual([]);
  });

  it.each([
    ['sm:adm1:UA-65', 'Kherson Oblast', 'UA.08', 'geonames:706448'],
    ['sm:adm1:NG-BO', 'Borno State', 'NG.27', undefined],
    ['sm:adm1:ET-AM', 'Amhara Region', 'ET.46', undefined],
    ['sm:adm1:PK-BA', 'Balochistan', 'PK.02', undefined],
    ['sm:adm1:US-CA', 'California', 'US.CA', undefined],
    ['sm:adm1:CD-NK', 'North Kivu', 'CD.11', undefined],
  ])('has %s (%s, %s) with a shape around its places', (id, name, code, seat) => {
    const e = world.get(id)!;
    expect(e).toMatchObject({ name, admin1: code, kind: 'admin1' });
    expect(e.seat).toBe(seat);
    const inside = world.byCountry(e.country).filter((p) => p.admin1 === code && p.population >= 50_000);
    expect(inside.length).toBeGreaterThan(0);
    const held = inside.filter((p) => kmOutside(p.lon, p.lat, e.geometry!) < 10);
    expect(held.length / inside.length).toBeGreaterThan(0.9);
  });

  it('carries local scripts and native designations where the sources have them', () => {
    expect(world.get('sm:adm1:UA-65')?.aliases).toEqual(
      expect.arrayContaining(['Khersonska oblast', 'Херсонская область']),
    );
    expect(world.get('sm:adm1:NG-BO')?.names.ar).toBeTruthy();
  });
});

/** "mention → entry name" for each mention of one text, read against the whole world. */
function read(text: string): string[] {
  return parseText(text, world).mentions.map((m) => `${m.text} → ${world.get(m.placeId)?.name ?? m.placeId}`);
}

describe('reading divisions against the whole world', () => {
  it('reads "the Kherson region" as the oblast and "in Kherson" as the city', () => {
    expect(read('Shelling hit villages in the Kherson region on Monday.')).toEqual([
      'Kherson region → Kherson Oblast',
    ]);
    expect(read('Three people were hurt when shells landed in Kherson on Monday.')).toEqual([
      'Kherson → Kherson',
    ]);
  });

  it('reads a bare name as the town GeoNames spells otherwise, and the typed phrase as the division', () => {
    // GeoNames: "Nabatîyé et Tahta", "Basrah", "Zaporizhzhya"; the divisions are typed.
    expect(read('Jets struck Nabatieh, and shells fell on the Nabatieh governorate.')).toEqual([
      'Nabatieh → Nabatîyé et Tahta',
      'Nabatieh governorate → Nabatieh Governorate',
    ]);
    expect(read('Protests spread in Basra and across Basra province.')).toEqual([
      'Basra → Basrah',
      'Basra province → Basra Governorate',
    ]);
    expect(read('Rockets hit Zaporizhzhia; the Zaporizhzhia region governor said two died.')).toEqual([
      'Zaporizhzhia → Zaporizhzhya',
      'Zaporizhzhia region → Zaporizhia Oblast',
    ]);
  });

  it('reads a country by its name, never a division that lists it among its names', () => {
    const mexico = world.entries.filter((e) => e.kind === 'admin1' && e.country === 'MX');
    expect(mexico.filter((e) => e.aliases.some((a) => /^m[eé]xico$/i.test(a)))).toEqual([]);
    expect(read('Gunmen burned houses near Culiacán in Sinaloa. Violence in Mexico has risen.')).toContain(
      'Mexico → Mexico',
    );
  });

  it('reads states, regions and provinces of other wars', () => {
    expect(read('Militants raided a village in Borno State overnight.')).toContain(
      'Borno State → Borno State',
    );
    expect(read('Fighting closed the roads of the Amhara Region for a week.')).toContain(
      'Amhara Region → Amhara Region',
    );
    expect(read('Gunmen stopped a bus in Balochistan province and shot the driver.')).toContain(
      'Balochistan province → Balochistan',
    );
    expect(read('The M23 took Goma, the capital of North Kivu province.')).toContain(
      'North Kivu province → North Kivu',
    );
  });

  it('keeps country names and big cities that divisions share names with', () => {
    expect(read('Tanks were sent to Georgia, the Kremlin said.')).toContain('Georgia → Georgia');
    expect(read('Tanks were sent to Georgia, the Kremlin said.').join()).not.toMatch(/US-GA/);
    expect(read('Rebels entered Aleppo and shelled Idlib province on Friday.')).toEqual([
      'Aleppo → Aleppo',
      'Idlib province → Idlib Governorate',
    ]);
    expect(read('Explosions shook Moscow overnight, the mayor said.')).toEqual(['Moscow → Moscow']);
    expect(world.get('sm:adm1:RU-MOW')?.seat).toBe('geonames:524901');
  });
});
