// Where the Natural Earth basemap is served, shared by the Vite plugin and the app.

/** Path of the basemap file, relative to the app's base. */
export const BASEMAP_FILE = 'basemap/naturalearth.json';
