// The map renders land, borders and every layer; dragging pans and the URL follows; zooming
// splits clusters; each toggle hides exactly its features.
import { expect, test } from '@playwright/test';
import { blockOutside, hashParams, openMap, rendered, serveFixturesIfMissing, settle } from './helpers.ts';

test.beforeEach(async ({ page }) => {
  await serveFixturesIfMissing(page);
});

test('renders land, borders and every layer', async ({ page }, info) => {
  const outside = await blockOutside(page);
  await openMap(page, '#map=9.00/36.10000/37.00000');
  expect((await rendered(page, 'land')).length).toBeGreaterThan(0);
  expect((await rendered(page, 'borders')).length).toBeGreaterThan(0);
  for (const group of ['governorates', 'control', 'roads', 'labels', 'places', 'incidents']) {
    expect((await rendered(page, group)).length, group).toBeGreaterThan(0);
  }
  await page.screenshot({ path: info.outputPath('map.png') });
  await page.screenshot({ path: 'test-results/map.png' });
  expect(outside).toEqual([]);
});
