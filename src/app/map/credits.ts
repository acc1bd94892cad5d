// Data credits shown in the map's attribution control.

/** One line per data source the map draws. */
export const CREDITS = [
  'Places: <a href="https://www.geonames.org/" target="_blank" rel="noopener">GeoNames</a> (CC BY 4.0) and our own facts',
  'Land and borders: <a href="https://www.naturalearthdata.com/" target="_blank" rel="noopener">Natural Earth</a> (public domain)',
];
