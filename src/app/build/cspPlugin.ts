// Vite plugin: a Content-Security-Policy <meta> in the built page. Scripts, styles, fonts and
// data come only from the app's own origin; MapLibre's worker starts from a blob: URL and icons
// are data: images. The dev server is left alone (it injects inline scripts for hot reload).
import type { Plugin } from 'vite';

/**
 * The policy; `extraOrigins` (an online style's hosts) are added to connect-src and img-src.
 *
 * @example
 * contentSecurityPolicy([]); // "default-src 'self'; script-src 'self'; …"
 */
export function contentSecurityPolicy(extraOrigins: string[] = []): string {
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
export function cspPlugin(onlineStyleUrl?: string): Plugin {
  const origins = onlineStyleUrl ? ['https:'] : [];
  return {
    name: 'situation-map-csp',
    apply: 'build',
    transformIndexHtml() {
      return [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(origins) },
          injectTo: 'head-prepend',
        },
      ];
    },
  };
}
