// Vite plugin: a Content-Security-Policy <meta> in the built page. Scripts, styles and fonts come
// only from the app's own origin; MapLibre's worker starts from a blob: URL and icons are data:
// images. Connections and images may also reach https: hosts and tile servers on this machine,
// because the user may choose an online basemap in the app; the app narrows that at start-up,
// before anything is fetched, to this origin plus the origins of the basemap chosen — none by
// default (src/app/basemap/narrowCsp.ts). The dev server is left alone (it injects inline
// scripts for hot reload).
import type { Plugin } from 'vite';

/** Where a user-chosen basemap may be: any https: host, or a tile server on this machine. */
export const BASEMAP_ORIGINS = ['https:', 'http://localhost:*', 'http://127.0.0.1:*'];

/**
 * The policy; `extraOrigins` are added to connect-src and img-src.
 *
 * @example
 * contentSecurityPolicy([]); // "default-src 'self'; script-src 'self'; …"
 */
export function contentSecurityPolicy(extraOrigins: string[] = BASEMAP_ORIGINS): string {
  const extra = extraOrigins.length ? ` ${extraOrigins.join(' ')}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:" + extra,
    "font-src 'self'",
    "connect-src 'self'" + extra,
    "worker-src 'self' blob:",
    "child-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Adds the policy to index.html at build time. */
export function cspPlugin(): Plugin {
  return {
    name: 'situation-map-csp',
    apply: 'build',
    transformIndexHtml() {
      return [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy() },
          injectTo: 'head-prepend',
        },
      ];
    },
  };
}
