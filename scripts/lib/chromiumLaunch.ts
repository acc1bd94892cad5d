// How every browser run of ours starts Chromium: Debian's build (or CHROMIUM_PATH) when present,
// Playwright's own elsewhere; no background traffic (the network here is closed); WebGL through
// SwiftShader, since there is no GPU.
import { existsSync } from 'node:fs';

/** Launch options for Playwright's `chromium.launch` and `use.launchOptions`. */
export function chromiumLaunchOptions(): { executablePath?: string; args: string[] } {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  return {
    executablePath: existsSync(path) ? path : undefined,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--ignore-gpu-blocklist',
    ],
  };
}
