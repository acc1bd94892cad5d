// Hostile input to the app (docs/robustness.md): a malformed shared link still opens the map and
// says what it ignored; a data file from another ingest run, or cut short, is named and left out.
import { expect, test } from '@playwright/test';
import { blockOutside, hasRealData, openMap, serveFixturesIfMissing } from './helpers.ts';

let outside: string[];
test.beforeEach(async ({ page }) => {
  outside = await blockOutside(page);
  await serveFixturesIfMissing(page);
});
test.afterEach(() => {
  expect(outside, 'requests that left localhost').toEqual([]);
});

test('a link with a malformed %-escape still renders the map and names what it ignored', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openMap(page, '#map=8.6/36.15/37&sel=incident:%&date=2024-02-30');
  await expect(page.locator('.maplibregl-canvas')).toBeVisible();
  const message = page.locator('.message-error').filter({ hasText: 'could not be read and were ignored' });
  await expect(message).toContainText('sel=incident:%');
  await expect(message).toContainText('date=2024-02-30');
  await expect(page.getByTestId('app-error')).toHaveCount(0);
  expect(errors).toEqual([]);
  // The rest of the link was used.
  expect(await page.evaluate(() => location.hash)).toContain('map=8.60/36.15000/37.00000');
});

test('a data file of another ingest run is named and left off the map', async ({ page }) => {
  test.skip(!hasRealData, 'needs the committed ingest output, whose manifest lists its files');
  await page.route(/\/data\/places\.geojson$/, async (route) => {
    const places = (await (await route.fetch()).json()) as { features: unknown[] };
    places.features = places.features.slice(1); // what another run could have written
    await route.fulfill({ contentType: 'application/json', body: JSON.stringify(places) });
  });
  await openMap(page);
  await expect(
    page
      .locator('.message-error')
      .filter({ hasText: 'data/places.geojson does not belong with data/manifest.json' }),
  ).toBeVisible();
  expect(await page.evaluate(() => window.situationMap!.rendered('places').length)).toBe(0);
});

test('a data file cut short is named', async ({ page }) => {
  test.skip(!hasRealData, 'needs the committed ingest output');
  await page.route(/\/data\/incidents\.geojson$/, async (route) => {
    const text = await (await route.fetch()).text();
    await route.fulfill({ contentType: 'application/json', body: text.slice(0, text.length / 2) });
  });
  await openMap(page);
  await expect(
    page.locator('.message-error').filter({ hasText: 'data/incidents.geojson: cut short or not JSON' }),
  ).toBeVisible();
});
