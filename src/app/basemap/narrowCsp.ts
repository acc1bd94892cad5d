// The page's Content-Security-Policy narrowed at start-up. The built page's own policy
// (src/app/build/cspPlugin.ts) lets connections and images reach any https: host and local
// tile servers, because a user may choose an online basemap; a page cannot widen its policy
// once it runs, only add stricter ones. So before anything else fetches, the app adds a second
// policy allowing this page's origin plus exactly the origins of the basemap the user chose:
// none by default. Both policies apply; the stricter wins.

/**
 * The second policy's text.
 *
 * @example
 * narrowPolicy([]); // "connect-src 'self'; img-src 'self' data: blob:"
 */
export function narrowPolicy(origins: string[]): string {
  const extra = [...new Set(origins)].map((o) => ` ${o}`).join('');
  return `connect-src 'self'${extra}; img-src 'self' data: blob:${extra}`;
}

let applied = false;

/**
 * Adds the narrowed policy to the document (once: a later call would only narrow further).
 * Workers MapLibre starts afterwards inherit it.
 */
export function applyNarrowPolicy(origins: string[]): void {
  if (applied) return;
  applied = true;
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = narrowPolicy(origins);
  document.head.append(meta);
}
