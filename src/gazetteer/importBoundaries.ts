// Boundaries an analyst already has (OCHA COD-AB style GeoJSON with NAME_EN / NAME_AR /
// PCODE or ADM1_EN / ADM1_PCODE, or any GeoJSON whose polygons carry a name) replace the
// derived shapes: matched by P-code, else by folded name; unknown areas are added.
// Pure: returns a new Gazetteer and never changes the one given.
import type { MultiPolygon, Polygon } from 'geojson';
import type { GazetteerEntry, PlaceKind } from '../types/model.ts';
import { Gazetteer } from './Gazetteer.ts';
import { representativePoint, roundGeometry } from './geometryUtils.ts';
import { featureLabel, polygonProblem } from './polygonProblem.ts';

export interface ImportResult {
  gazetteer: Gazetteer;
  /** Ids of entries whose geometry was replaced. */
  replaced: string[];
  /** Ids of entries added for areas the gazetteer did not know. */
  added: string[];
  /** One message per feature (or for the whole input) that could not be used. */
  errors: string[];
}

type Props = Record<string, unknown>;
const str = (v: unknown): string =>
  typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
const first = (p: Props, keys: string[]): string => {
  for (const k of keys) if (str(p[k])) return str(p[k]);
  return '';
};

/** Lower case, no accents, apostrophes, articles or admin words: "Al-Hasakeh Governorate" → "hasakeh". */
export function foldAreaName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`ʻʼ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(
      /\b(governorate|province|muhafazat?|sub ?district|district|region|mohafaza|nahiyah?|nahiyat)\b/g,
      ' ',
    )
    .replace(/\b(al|el|ar|as|ash|ad|az|an|at)\s+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The admin level a feature's properties describe: 1, 2, 3 or 0 when unknown. */
function levelOf(p: Props, pcode: string): number {
  for (const lvl of [3, 2, 1]) if (str(p[`ADM${lvl}_PCODE`]) || str(p[`ADM${lvl}_EN`])) return lvl;
  if (/^[A-Z]{2}\d{2}$/.test(pcode)) return 1;
  if (/^[A-Z]{2}\d{4}$/.test(pcode)) return 2;
  if (/^[A-Z]{2}\d{6}$/.test(pcode)) return 3;
  return 0;
}

/**
 * Replaces or adds area geometries from a GeoJSON FeatureCollection.
 * @example importBoundaries(JSON.parse(text), gaz).replaced // ['sm:adm1:SY01', …]
 */
export function importBoundaries(geojson: unknown, gazetteer: Gazetteer): ImportResult {
  const errors: string[] = [];
  const none = { gazetteer, replaced: [], added: [], errors };
  const root = geojson as { type?: unknown; features?: unknown };
  if (!root || typeof root !== 'object') return { ...none, errors: ['not a GeoJSON object'] };
  const features =
    root.type === 'FeatureCollection' && Array.isArray(root.features)
      ? (root.features as unknown[])
      : root.type === 'Feature'
        ? [root]
        : null;
  if (!features) return { ...none, errors: ['not a GeoJSON FeatureCollection or Feature'] };

  const areas = gazetteer.entries.filter(
    (e) => e.kind === 'admin1' || e.kind === 'admin2' || e.kind === 'region',
  );
  const byName = new Map<string, GazetteerEntry[]>();
  for (const e of areas)
    for (const n of [e.name, e.names.en, e.names.ar ?? '', ...e.aliases]) {
      const k = foldAreaName(n);
      if (k) byName.set(k, [...(byName.get(k) ?? []), e]);
    }

  const changed = new Map<string, GazetteerEntry>();
  const replaced: string[] = [];
  const added: string[] = [];
  features.forEach((raw, i) => {
    const f = raw as {
      type?: unknown;
      properties?: unknown;
      geometry?: { type?: unknown; coordinates?: unknown };
    };
    const label = featureLabel(f, i, ['NAME_EN', 'ADM3_EN', 'ADM2_EN', 'ADM1_EN', 'name', 'NAME', 'PCODE']);
    if (!f || typeof f !== 'object' || f.type !== 'Feature')
      return void errors.push(`${label}: not a Feature`);
    const g = f.geometry;
    const problem = polygonProblem(g);
    if (problem) return void errors.push(`${label}: ${problem}`);
    const p = (f.properties && typeof f.properties === 'object' ? f.properties : {}) as Props;
    const pcode = first(p, ['PCODE', 'ADM3_PCODE', 'ADM2_PCODE', 'ADM1_PCODE', 'pcode']);
    const nameEn = first(p, [
      'NAME_EN',
      'ADM3_EN',
      'ADM2_EN',
      'ADM1_EN',
      'name_en',
      'name:en',
      'NAME',
      'name',
      'Name',
    ]);
    const nameAr = first(p, ['NAME_AR', 'ADM3_AR', 'ADM2_AR', 'ADM1_AR', 'name_ar', 'name:ar']);
    if (!pcode && !nameEn && !nameAr) return void errors.push(`${label}: no name or P-code property`);
    const geometry = roundGeometry(g as Polygon | MultiPolygon, 5);
    const rounded = polygonProblem(geometry);
    if (rounded) return void errors.push(`${label}: ${rounded} once rounded to 5 decimals (about a metre)`);
    const label2 = nameEn || nameAr || pcode;

    let target = pcode ? (gazetteer.get(`sm:adm1:${pcode}`) ?? gazetteer.get(`sm:adm2:${pcode}`)) : undefined;
    if (!target) {
      const level = levelOf(p, pcode);
      const kind = level === 1 ? 'admin1' : level === 2 ? 'admin2' : undefined;
      const named = [nameEn, nameAr]
        .filter(Boolean)
        .flatMap((n) => byName.get(foldAreaName(n)) ?? [])
        .filter((e) => (level === 3 ? e.adminLevel === 3 : !kind || e.kind === kind));
      // A level-less name ("Idlib") means the area that goes by it, not the district derived from its seat.
      const own = named.filter((e) => !e.seat);
      const candidates = level === 0 && own.length ? own : named;
      if (new Set(candidates.map((c) => c.id)).size === 1) target = candidates[0];
    }
    if (target) {
      const cur = changed.get(target.id) ?? target;
      const [lon, lat] = representativePoint(geometry);
      changed.set(target.id, { ...cur, geometry, lon, lat });
      replaced.push(target.id);
      return;
    }
    const level = levelOf(p, pcode);
    const kind: PlaceKind = level === 1 ? 'admin1' : level >= 2 ? 'admin2' : 'region';
    const slug = (pcode || foldAreaName(label2).replace(/ /g, '-') || String(i)).toString();
    const id = pcode && level > 0 ? `sm:adm${Math.min(level, 2)}:${pcode}` : `sm:import:${slug}`;
    if (changed.has(id) || gazetteer.get(id)) return void errors.push(`${label}: duplicate area ${id}`);
    const [lon, lat] = representativePoint(geometry);
    const country =
      first(p, ['ADM0_PCODE', 'ISO2', 'iso_a2']) || (/^[A-Z]{2}\d/.test(pcode) ? pcode.slice(0, 2) : '');
    const name = nameEn || nameAr || pcode;
    changed.set(id, {
      id,
      name,
      kind,
      names: nameAr ? { en: name, ar: nameAr } : { en: name },
      aliases: [...new Set([first(p, ['NAM_EN_REF', 'ALT_NAME']), nameAr].filter((a) => a && a !== name))],
      lon,
      lat,
      population: 0,
      country,
      admin1: '',
      featureCode: kind === 'admin1' ? 'ADM1' : kind === 'admin2' ? 'ADM2' : 'RGN',
      geometry,
    });
    added.push(id);
  });

  if (!changed.size) return { gazetteer, replaced, added, errors };
  const entries = gazetteer.entries.map((e) => changed.get(e.id) ?? e);
  for (const id of added) entries.push(changed.get(id)!);
  const sources = [...gazetteer.sources, { name: 'Imported boundaries', licence: 'as supplied by the user' }];
  return {
    gazetteer: new Gazetteer({ version: `${gazetteer.version}+boundaries`, sources, entries }),
    replaced,
    added,
    errors,
  };
}
