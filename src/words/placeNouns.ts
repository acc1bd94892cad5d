// Nouns that say what kind of place a name is ("Idlib province", "the town of X"), which
// landmark a description means ("Aleppo's airport"), the rim of a place ("the western
// outskirts"), roads, and generic nouns that are no name alone. English facts, not a list of any
// article's words.
import { wordTable } from './wordTable.ts';

/** What a qualifier asks a name to be. */
export type Want = 'admin1' | 'settlement' | 'neighbourhood' | 'subdistrict' | 'countryside' | 'region';

/** Generic nouns that are no name when they stand alone ("City", "University"), though they start many. */
export const GENERIC_NOUNS = new Set(
  `city town village state county province district region site street road park river lake mountain island
  day week month year university college school`.split(/\s+/),
);

/** Nouns after or before a name that say what kind of place it is. */
export const QUALIFIERS: Record<string, Want> = wordTable({
  province: 'admin1', provinces: 'admin1', governorate: 'admin1', governorates: 'admin1', oblast: 'admin1',
  oblasts: 'admin1', state: 'admin1', states: 'admin1', prefecture: 'admin1', prefectures: 'admin1', krai: 'admin1',
  city: 'settlement', cities: 'settlement', town: 'settlement', towns: 'settlement', village: 'settlement',
  villages: 'settlement',
  neighbourhood: 'neighbourhood', neighborhood: 'neighbourhood', neighbourhoods: 'neighbourhood',
  neighborhoods: 'neighbourhood', district: 'neighbourhood', districts: 'neighbourhood', quarter: 'neighbourhood',
  suburb: 'neighbourhood',
  subdistrict: 'subdistrict', subdistricts: 'subdistrict', nahiya: 'subdistrict', nahiyah: 'subdistrict',
  countryside: 'countryside', region: 'region', regions: 'region',
}); // prettier-ignore

/** Capitalised qualifiers that close an area's name and nobody's ("Tasyaa Subdistrict"). */
export const AREA_WORDS = new Set([
  'subdistrict',
  'nahiya',
  'nahiyah',
  'district',
  'governorate',
  'province',
]);

/** Nouns of settlements before "of" ("the village of X"). */
export const PLACE_OF = new Set([
  'village',
  'villages',
  'town',
  'towns',
  'city',
  'hamlet',
  'area',
  'outskirts',
]);

/** Descriptive nouns → feature codes of the landmark they name ("Aleppo's airport" → AIRP). */
export const FEATURE_NOUNS: Record<string, string[]> = wordTable({
  airport: ['AIRP', 'AIRB', 'AIRF', 'AIRM'],
  airbase: ['AIRB', 'AIRM', 'AIRP'],
  airfield: ['AIRF', 'AIRB', 'AIRP'],
  university: ['UNIV'],
  campus: ['UNIV'],
  dormitory: ['UNIV'],
  dormitories: ['UNIV'],
  citadel: ['CSTL'],
  castle: ['CSTL'],
});

/** Nouns after "university" that still describe its grounds ("university student dormitories"). */
export const UNIVERSITY_TAIL = new Set([
  'campus', 'dormitory', 'dormitories', 'student', 'students', 'hospital', 'accommodation', 'accommodations',
  'housing', 'residence', 'residences', 'halls',
]); // prettier-ignore

/** Nouns for the rim of a place ("the city's western edge", "the northern outskirts of Hama"). */
export const EDGE_NOUNS = new Set([
  'edge', 'edges', 'outskirts', 'suburbs', 'fringes', 'periphery', 'side', 'flank',
]); // prettier-ignore

/** Nouns of roads between places ("the highway linking A to B", "the M5 motorway"). */
export const ROAD_NOUNS = new Set([
  'highway', 'highways', 'motorway', 'road', 'expressway', 'artery', 'route', 'freeway',
]); // prettier-ignore

/** Nouns of open ground between places ("the marshland between X and Y", "the hills between X and Y"). */
export const GROUND_NOUNS = new Set(
  `area areas ground land farmland fields marshland marshes swamp hills valley plain plains desert forest
  border frontier zone countryside territory stretch villages towns`.split(/\s+/),
);

/** Nouns after a name that make it a street's or road's name ("Baghdad Street"). */
export const STREET_NOUNS = new Set(['road', 'street', 'avenue', 'boulevard']);

/**
 * Nouns of water bodies and waterworks after a name ("the X river", "the X reservoir", "the X dam"):
 * the name is the water's, not the town's, however the town is called.
 */
export const WATER_NOUNS = new Set(['river', 'reservoir', 'lake', 'dam', 'canal', 'lagoon', 'estuary']);

/**
 * Nouns of land after a name ("the X valley", "the X hills"): the ground is named after the town
 * or the district X, and is neither.
 */
export const LANDFORM_NOUNS = new Set(
  `valley valleys hills mountains plain plains plateau highlands desert forest range gorge`.split(/\s+/),
);

/** Nouns that refer back to the report's town ("the city's western edge"). */
export const TOWN_REFERENCES = new Set(['city', 'town']);

/** Nouns that refer back to the report's country ("the north of the country"). */
export const COUNTRY_REFERENCES = new Set(['country', 'territory']);

/** Nouns of facilities named after a people or a country ("the Saudi hospital", "the Turkish school"). */
export const FACILITY_NOUNS = new Set(
  `hospital hospitals clinic school schools university mosque church camp market bakery club stadium`.split(
    /\s+/,
  ),
);

/**
 * Nouns that say what a place the gazetteer lacks is, after "the … of X", before or after its
 * name ("the village of X", "X, a hilltop town", "X camp"), and the kind of place each makes.
 * 'district' is an admin-2 area in a province and a neighbourhood in a town (decided by what it
 * lies in). Provinces and states are not here: every first-level division is in the gazetteer.
 */
export const SETTLEMENT_NOUNS: Record<string, 'settlement' | 'neighbourhood' | 'admin2' | 'region' | 'landmark'> = wordTable({
  village: 'settlement', villages: 'settlement', town: 'settlement', city: 'settlement', hamlet: 'settlement',
  settlement: 'settlement', camp: 'settlement', township: 'settlement', port: 'settlement', outpost: 'settlement',
  localidad: 'settlement', kibbutz: 'settlement', moshav: 'settlement', oasis: 'settlement',
  neighbourhood: 'neighbourhood', neighborhood: 'neighbourhood', quarter: 'neighbourhood', suburb: 'neighbourhood',
  district: 'admin2', county: 'admin2', municipality: 'admin2',
  region: 'region', valley: 'region', plain: 'region', plains: 'region', mountains: 'region', hills: 'region',
  range: 'region', forest: 'region', desert: 'region', lake: 'region', river: 'region', island: 'region',
  islands: 'region', peninsula: 'region',
  dam: 'landmark', crossing: 'landmark', terminal: 'landmark', bridge: 'landmark', airport: 'landmark',
  airbase: 'landmark', base: 'landmark', checkpoint: 'landmark', temple: 'landmark', shrine: 'landmark',
  monastery: 'landmark', pagoda: 'landmark',
  // Industry named after its ground ("the X gas field", "the X oilfield", "the X refinery").
  field: 'landmark', fields: 'landmark', oilfield: 'landmark', gasfield: 'landmark', refinery: 'landmark',
  mine: 'landmark',
  // A single mountain or hill: "Mount X", and the Arabic "Jabal X" / "Jebel X" / "Djebel X".
  mount: 'landmark', jabal: 'landmark', jebel: 'landmark', djebel: 'landmark',
}); // prettier-ignore

/** Units of a distance in a place's description ("5 km from Y", "60 kilometres west of Y"), in km. */
export const DISTANCE_UNITS: Record<string, number> = wordTable({
  km: 1, kms: 1, kilometre: 1, kilometres: 1, kilometer: 1, kilometers: 1, mile: 1.609, miles: 1.609,
}); // prettier-ignore
