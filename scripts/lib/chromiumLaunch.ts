// How every browser run of ours starts Chromium: Debian's build (or CHROMIUM_PATH) when present,
// Playwright's own elsewhere; no background traffic (the network here is closed); WebGL through
// SwiftShader, since there is no GPU.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Chromium (≥ 15x) opens a hidden browser window for each new context and preloads its omnibox
 * popup there, a WebUI page of its own (a renderer marked --top-chrome-webui loading some 300
 * modules): ~0.8 s of CPU per context on this machine, beside every page we measure or test.
 * None of ours needs the browser's address bar.
 */
const OMNIBOX_POPUP = ['WebUIOmniboxPopup', 'WebUIOmniboxFullPopup', 'WebUIOmniboxAimPopup'];

/**
 * The features Playwright disables itself (its `--disable-features=` switch), read from the
 * installed playwright-core; null when they cannot be read. Chromium keeps only the last
 * `--disable-features` of a command line, so a list of ours must repeat Playwright's.
 */
export function playwrightDisabledFeatures(source?: string): string[] | null {
  try {
    const text =
      source ??
      readFileSync(createRequire(import.meta.url).resolve('playwright-core/lib/coreBundle'), 'utf8');
    const list = /\bdisabledFeatures = \[([^\]]*)\]/.exec(text)?.[1];
    if (!list) return null;
    const names = [...list.replace(/\/\/[^\n]*/g, '').matchAll(/"([A-Za-z0-9_]+)"/g)].map((m) => m[1]!);
    return names.length ? names : null;
  } catch {
    return null;
  }
}

/** Launch options for Playwright's `chromium.launch` and `use.launchOptions`. */
export function chromiumLaunchOptions(): { executablePath?: string; args: string[] } {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  // Without Playwright's own list, ours would replace it (PaintHolding, HttpsUpgrades … back on):
  // then the popup stays.
  const theirs = playwrightDisabledFeatures();
  return {
    executablePath: existsSync(path) ? path : undefined,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--ignore-gpu-blocklist',
      ...(theirs ? [`--disable-features=${[...theirs, ...OMNIBOX_POPUP].join(',')}`] : []),
    ],
  };
}
