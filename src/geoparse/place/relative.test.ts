import { describe, expect, it } from 'vitest';
import { bbox, centroid } from '@turf/turf';
import { placeRadiusKm, relationId, relativeGeometry, relativeName } from './relative.ts';
import { testEntries } from '../testGazetteer.ts';

const entries = testEntries();
const aleppo = entries.find((e) => e.id === 'geonames:170063')!;
const idlibGov = entries.find((e) => e.id === 'sm:adm1:SY12')!;
const syria = entries.find((e) => e.id === 'ne:SYR')!;
const center = (g: GeoJSON.Geometry) => centroid(g).geometry.coordinates;

describe('relativeGeometry', () => {
  it('puts "west of" a city beyond its western edge', () => {
    const [lon, lat] = center(relativeGeometry(aleppo, 'of', 270));
    expect(lon).toBeLessThan(aleppo.lon - 0.1);
    expect(Math.abs(lat - aleppo.lat)).toBeLessThan(0.15);
  });

  it('puts "the western edge" on the rim of the built-up area', () => {
    const [lon] = center(relativeGeometry(aleppo, 'edge', 270));
    const km = (aleppo.lon - lon) * 111 * Math.cos((aleppo.lat * Math.PI) / 180);
    expect(km).toBeGreaterThan(2);
    expect(km).toBeLessThan(placeRadiusKm(aleppo) * 1.1);
  });

  it('cuts "eastern Idlib" and "northwestern Syria" out of the polygons', () => {
    const [w, s, e, n] = bbox(idlibGov.geometry!);
    const east = bbox(relativeGeometry(idlibGov, 'part', 90));
    expect(east[0]).toBeGreaterThan(w + (e - w) / 2);
    expect(east[2]).toBeCloseTo(e, 5);
    expect(east[1]).toBeCloseTo(s, 5);
    expect(east[3]).toBeCloseTo(n, 5);
    const nw = center(relativeGeometry(syria, 'part', 315));
    const c = center(syria.geometry!);
    expect(nw[0]).toBeLessThan(c[0]);
    expect(nw[1]).toBeGreaterThan(c[1]);
  });

  it('names and ids the relation', () => {
    expect(relativeName(aleppo, 'of', 180)).toBe('south of Aleppo');
    expect(relativeName(syria, 'part', 315)).toBe('northwestern Syria');
    expect(relationId('edge', 270)).toBe('west-edge');
  });
});
