// Vite plugin: preloads the bundled label fonts from index.html. The faces are declared in CSS,
// so the browser would fetch them only when the app's script asks for them (src/app/fonts.ts);
// the map waits for them, so they are requested beside the scripts instead.
import type { Plugin } from 'vite';

/** The woff2 files of the faces the map draws labels with (regular weight). */
export const LABEL_FONT_FILE = /noto-sans(-arabic)?-(latin|latin-ext|arabic)-400-normal-[\w-]+\.woff2$/;

/**
 * Adds `<link rel="preload" as="font">` for each label font the build emitted.
 *
 * @example
 * defineConfig({ plugins: [fontPreloadPlugin()] });
 */
export function fontPreloadPlugin(): Plugin {
  return {
    name: 'situation-map-font-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        return Object.keys(ctx.bundle ?? {})
          .filter((f) => LABEL_FONT_FILE.test(f))
          .sort()
          .map((f) => ({
            tag: 'link',
            attrs: { rel: 'preload', href: `./${f}`, as: 'font', type: 'font/woff2', crossorigin: '' },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}
