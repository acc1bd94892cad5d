// The `test` every end-to-end spec uses: Playwright's, with each page kept on this machine (every
// request off localhost is aborted, and the test fails if there was one), fixtures served for data
// not generated yet, and, for the specs that ask for it, the page's console errors collected and
// required to be none.
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
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await use(errors);
    expect(errors, 'console errors').toEqual([]);
  },
});
