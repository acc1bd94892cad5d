// Bundled Noto Sans and Noto Sans Arabic. MapLibre (≥ 5.11, no `glyphs` in the style) draws
// labels with TinySDF on a canvas using the CSS font families named in `text-font`, so the faces
// must be loaded before the first label is drawn, or the fallback font would be cached instead.
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-ext-400.css';
import '@fontsource/noto-sans-arabic/arabic-400.css';

/**
 * Resolves when both faces are ready (or after `timeoutMs`, so a broken font never blocks the map).
 *
 * @example
 * await loadFonts(); new maplibregl.Map(…);
 */
export function loadFonts(timeoutMs = 3000): Promise<void> {
  if (!document.fonts?.load) return Promise.resolve();
  const loads = Promise.all([
    document.fonts.load('400 16px "Noto Sans"', 'Aleppo āī'),
    document.fonts.load('400 16px "Noto Sans Arabic"', 'حلب'),
  ]).then(() => undefined);
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, timeoutMs));
  return Promise.race([loads, timeout]).catch(() => undefined);
}
