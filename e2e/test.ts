// The `test` every end-to-end spec uses: Playwright's, with each page kept on this machine (every
// request off localhost is aborted, and the test fails if there was one), fixtures served for data
// not generated yet, and the console errors and uncaught exceptions of every page of the test's
// browser context and of their Web Workers collected in every test and required to be none (a
// file served broken or missing on purpose is a message in the app, never a console error).
import { test as base, expect } from '@playwright/test';
import { blockOutside, serveFixturesIfMissing } from './helpers.ts';

export { expect };
export type { Page } from '@playwright/test';

/**
 * Run in every page before its own scripts: a worker whose script cannot be loaded (a missing
 * chunk, a module import that fails, a policy that refuses it) only fires `error` on its Worker
 * object, with no console message and no uncaught exception in the page; such an event that the
 * app did not handle (`preventDefault`) is logged as a console error. (A worker's own console
 * errors and uncaught exceptions reach the page's events already.)
 */
const WORKER_ERRORS = `{
  const Native = window.Worker;
  window.Worker = class extends Native {
    constructor(url, options) {
      super(url, options);
      this.addEventListener('error', (e) => {
        // After every listener of the app has run: only what the app left unhandled.
        setTimeout(() => {
          if (!e.defaultPrevented)
            console.error('Web Worker ' + String(url) + ': ' + (e.message || 'its script could not be loaded or run'));
        });
      });
    }
  };
}`;

export const test = base.extend<{ localOnly: void; consoleErrors: string[] }>({
  localOnly: [
    async ({ page }, use) => {
      const outside = await blockOutside(page);
      await serveFixturesIfMissing(page);
      await use();
      expect(outside, 'requests that left localhost').toEqual([]);
    },
    { auto: true },
  ],
  consoleErrors: [
    async ({ context }, use) => {
      const errors: string[] = [];
      await context.addInitScript({ content: WORKER_ERRORS });
      // The context's events: every page the test opens in it, and the pages' workers.
      context.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      context.on('weberror', (e) => errors.push(e.error().message));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});
