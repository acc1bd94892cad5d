import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';
import { basemapPlugin } from './src/app/basemap/basemapPlugin.ts';
import { cspPlugin } from './src/app/build/cspPlugin.ts';
import { fontPreloadPlugin } from './src/app/build/fontPreloadPlugin.ts';
import { localTextsPlugin } from './src/app/build/localTextsPlugin.ts';

// VITE_BASEMAP (optional): the basemap a first visit shows, a .pmtiles or MapLibre style URL
// (src/app/basemap/basemapSetting.ts); users choose their own in the app.
export default defineConfig(() => {
  return {
    plugins: [solid(), basemapPlugin(), cspPlugin(), fontPreloadPlugin(), localTextsPlugin()],
    base: './',
    build: {
      target: 'es2022',
      sourcemap: true,
      chunkSizeWarningLimit: 1200,
      // MapLibre in its own chunk: cached apart from our code, and measured apart by bench:app.
      rollupOptions: {
        output: { codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ }] } },
      },
    },
    worker: { format: 'es' as const },
    server: { fs: { allow: ['.'] } },
    preview: { headers: { 'Cache-Control': 'no-store' } },
    test: {
      include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
      environment: 'node',
      testTimeout: 60_000,
    },
  };
});
