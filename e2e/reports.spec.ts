// Reports added in the app: a hostile one runs nothing and is shown as text; a broken file is
// refused with a message naming it; nothing already loaded disappears.
import { expect, test } from '@playwright/test';
import { blockOutside, openMap, rendered, serveFixturesIfMissing, settle } from './helpers.ts';

// Our own sentence around markup that would run if it were ever parsed as HTML.
const HOSTILE =
  'Rebels entered Saraqib on Friday <img src=x onerror="window.__pwned=1;alert(1)"> while the army ' +
  '<script>window.__pwned=2;alert(2)</script> withdrew from Khan al-Asal.\n';

let outside: string[];
test.beforeEach(async ({ page }) => {
  outside = await blockOutside(page);
  await serveFixturesIfMissing(page);
});
test.afterEach(() => expect(outside).toEqual([]));

test('a hostile report loaded through the add-reports control runs nothing', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await openMap(page, '#map=8.60/36.15000/37.00000');
  await page.evaluate(() => {
    (window as unknown as { __pwned: number }).__pwned = 0;
  });
  const before = (await rendered(page, 'incidents')).length;
  await page.getByText('Add reports').click();
  await page
    .getByTestId('report-files')
    .setInputFiles({ name: 'hostile.txt', mimeType: 'text/plain', buffer: Buffer.from(HOSTILE) });
  await expect(page.locator('.message').filter({ hasText: 'hostile.txt' })).toBeVisible({ timeout: 60_000 });
  await page.getByLabel('Paste a report').fill(HOSTILE);
  await page.getByRole('button', { name: 'Add pasted report' }).click();
  await expect(page.locator('.message').filter({ hasText: 'pasted' })).toBeVisible({ timeout: 60_000 });
  await settle(page);

  // Open whatever the report produced: its incidents' panels and the article reader.
  for (const item of await page.locator('.incident-list [data-incident^="user:"]').all()) {
    await item.click();
    const open = page.getByRole('button', { name: 'Open the article at this place' }).first();
    if (await open.count()) {
      await open.click();
      await expect(page.locator('.reader-text')).toContainText('<img src=x');
      await page.keyboard.press('Escape');
    }
  }
  expect(await page.evaluate(() => (window as unknown as { __pwned: number }).__pwned)).toBe(0);
  expect(await page.locator('img[src="x"], script:not([src])').count()).toBe(0);
  expect(dialogs).toEqual([]);
  expect((await rendered(page, 'incidents')).length).toBeGreaterThanOrEqual(before > 0 ? 1 : 0);
});

test('a file that is not text is refused by name and nothing loaded disappears', async ({ page }) => {
  await openMap(page, '#map=8.60/36.15000/37.00000');
  const listed = await page.locator('.incident-list [data-incident]').count();
  await page.getByText('Add reports').click();
  await page.getByTestId('report-files').setInputFiles([
    { name: 'broken.txt', mimeType: 'text/plain', buffer: Buffer.from([0xff, 0xfe, 0x00, 0xd8]) },
    { name: 'empty.md', mimeType: 'text/markdown', buffer: Buffer.from('   \n') },
  ]);
  await expect(page.locator('.message-error').filter({ hasText: 'broken.txt' })).toBeVisible();
  await expect(page.locator('.message-error').filter({ hasText: 'empty.md' })).toBeVisible();
  expect(await page.locator('.incident-list [data-incident]').count()).toBe(listed);
});
