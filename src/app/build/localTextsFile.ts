// Where the optional local article texts are served, shared by the Vite plugin and the app.

/** Path of the local texts (a local ingest writes them; the build serves `[]` otherwise). */
export const LOCAL_TEXTS_FILE = 'data/local/articles.json';
