// Ambiguity the user can act on: an alternative in the place panel moves the place and its
// incidents there, the URL keeps the switch for a shared link, and "Undo" puts it back.
// Background incidents have a layer of their own, off by default.
import { expect, test, type Page } from './test.ts';
import { hasRealData, hashParams, openMap, rendered, serveFixturesIfMissing, settle } from './helpers.ts';

const AIRPORT = 'sm:landmark:aleppo-airport';
const KUWEIRES = 'sm:landmark:kuweires-airbase';
const VIEW = `#map=9.20/36.20000/37.35000&sel=place:${encodeURIComponent(AIRPORT)}`;

/** Where the map's data puts the place and the incidents located at it. */
async function whereIs(page: Page, placeId: string) {
  return page.evaluate(async (id) => {
    const m = window.situationMap!.map;
    const overlay = (await (
      m.getSource('overlay') as import('maplibre-gl').GeoJSONSource
    ).getData()) as GeoJSON.FeatureCollection;
    // Incidents as the app holds them (the tiles are cut from these rows).
    const incidents = window.situationMap!.data().incidents;
    const place = overlay.features.find((f) => f.properties?._g === 'places' && f.properties.id === id);
    return {
      gazetteerId: place?.properties?.gazetteerId as string | undefined,
      place: (place?.geometry as GeoJSON.Point | undefined)?.coordinates,
      incidents: incidents.features
        .filter((f) => f.properties?.place === id)
        .map((f) => (f.geometry as GeoJSON.Point).coordinates),
    };
  }, placeId);
}

test('an alternative moves the place and its incidents, survives a shared link, and can be undone', async ({
  page,
  context,
}, info) => {
  test.skip(!hasRealData, 'needs the sample data and the gazetteer pack');
  await openMap(page, VIEW);
  const panel = page.locator('.place-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toContainText('Aleppo International Airport');
  const before = await whereIs(page, AIRPORT);
  expect(before.gazetteerId).toBe(AIRPORT);
  expect(before.incidents.length).toBeGreaterThan(0);

  await panel.getByRole('button', { name: 'Kuweires Air Base' }).click();
  await expect(panel.getByRole('heading', { level: 2 })).toContainText('Kuweires Air Base');
  await expect(panel.getByRole('status')).toContainText('Aleppo International Airport');
  await expect(panel.getByRole('button', { name: 'Kuweires Air Base' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await settle(page);
  const after = await whereIs(page, AIRPORT);
  expect(after.gazetteerId).toBe(KUWEIRES);
  expect(after.place![0]).toBeGreaterThan(before.place![0]! + 0.2); // Kuweires lies east of the airport
  for (const c of after.incidents) expect(c).toEqual(after.place);
  expect(await page.evaluate(() => location.hash)).toContain(`&fix=${AIRPORT}~${KUWEIRES}`);
  await page.screenshot({ path: info.outputPath('place-switched.png') });

  const again = await context.newPage();
  await serveFixturesIfMissing(again);
  await openMap(again, new URL(page.url()).hash);
  await expect(again.locator('.place-panel h2')).toContainText('Kuweires Air Base');
  await settle(again);
  expect((await whereIs(again, AIRPORT)).place).toEqual(after.place);
  await again.close();

  await panel.getByRole('button', { name: 'Undo' }).click();
  await expect(panel.getByRole('heading', { level: 2 })).toContainText('Aleppo International Airport');
  await settle(page);
  expect(await whereIs(page, AIRPORT)).toEqual(before);
  expect((await hashParams(page)).get('fix')).toBeNull();
});

test('background incidents have their own layer, off by default and marked as history', async ({
  page,
}, info) => {
  await openMap(page, '#map=7.00/35.80000/37.50000');
  const box = page.locator('input[name="layer-history"]');
  await expect(box).not.toBeChecked();
  expect(await rendered(page, 'history')).toEqual([]);
  const row = page.locator('.layer-row').filter({ has: box });
  await expect(row).toContainText('Background (history)');
  const count = Number((await row.locator('.count').innerText()).match(/\d+/)![0]);
  await box.check();
  await settle(page);
  const shown = await rendered(page, 'history-point');
  if (hasRealData) expect(count).toBeGreaterThan(0);
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.length).toBeLessThanOrEqual(count);
  expect((await rendered(page, 'history-label')).length).toBeGreaterThan(0);
  await expect(row.locator('.legend')).toContainText('history');
  await page.screenshot({ path: info.outputPath('history.png') });
  expect((await hashParams(page)).get('layers')).toContain('history');
  await box.uncheck();
  await settle(page);
  expect(await rendered(page, 'history')).toEqual([]);
});

test('with a place panel open, the map’s credits wrap above their corner and leave the scale bar clear', async ({
  page,
}) => {
  await openMap(page);
  // Any place the map draws as a point: its panel narrows the map.
  const id = await page.evaluate(
    () =>
      window.situationMap!.data().places.features.find((f) => f.geometry?.type === 'Point')!.properties.id,
  );
  await openMap(page, `#sel=place:${encodeURIComponent(id)}`);
  await expect(page.locator('.place-panel').getByRole('heading', { level: 2 })).toBeVisible();
  const credits = (await page.locator('.maplibregl-ctrl-attrib').boundingBox())!;
  const scale = (await page.locator('.maplibregl-ctrl-scale').boundingBox())!;
  const map = (await page.locator('.map').boundingBox())!;
  // The map is narrow enough that the credits wrap (they fill one line on a bare map).
  expect(map.width).toBeLessThan(700);
  expect(credits.height).toBeGreaterThan(scale.height);
  const apart =
    credits.x >= scale.x + scale.width ||
    scale.x >= credits.x + credits.width ||
    credits.y >= scale.y + scale.height ||
    scale.y >= credits.y + credits.height;
  expect(apart, `credits ${JSON.stringify(credits)} over scale ${JSON.stringify(scale)}`).toBe(true);
  expect(credits.x + credits.width).toBeLessThanOrEqual(map.x + map.width + 0.5);
});
