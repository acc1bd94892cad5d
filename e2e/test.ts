// The `test` every end-to-end spec uses: Playwright's, with each page kept on this machine (every
// request off localhost is aborted, and the test fails if there was one), fixtures served for data
// not generated yet, and the page's console errors and uncaught exceptions collected in every
// test and required to be none (a file served broken or missing on purpose is a message in the
// app, never a console error).
import { test as base, expect } from '@playwright/test';
import { blockOutside, serveFixturesIfMissing } from './helpers.ts';

export { expect };
export type { Page } from '@playwright/test';

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
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});
