// Clicking the incident at the University of Aleppo on the map opens its sources panel.
import { expect, test } from '@playwright/test';
import { blockOutside, hasRealData, openMap, serveFixturesIfMissing, settle } from './helpers.ts';

test('clicking the incident at the University of Aleppo lists at least four sources with outlets', async ({
  page,
}, info) => {
  const outside = await blockOutside(page);
  await serveFixturesIfMissing(page);
  if (!hasRealData)
    test.info().annotations.push({ type: 'note', description: 'public/data missing: ran on e2e fixtures' });
  await openMap(page, '#map=14.00/36.21000/37.13000');
  const target = await page.evaluate(() => {
    const m = window.situationMap!.map;
    const places = m.querySourceFeatures('overlay', { filter: ['==', ['get', '_g'], 'places'] });
    const univ = places.find((f) =>
      /university of aleppo|aleppo university/i.test(String(f.properties.name)),
    );
    return univ ? String(univ.properties.id) : null;
  });
  expect(target, 'a place named University of Aleppo').not.toBeNull();
  // Centre the map on the incident at that place and click its icon.
  const point = await page.evaluate((placeId) => {
    const m = window.situationMap!.map;
    const f = m
      .querySourceFeatures('incidents', { sourceLayer: 'incidents' })
      .find((x) => x.properties.place === placeId && !x.properties.point_count);
    if (!f) return null;
    const [lon, lat] = (f.geometry as GeoJSON.Point).coordinates as [number, number];
    m.jumpTo({ center: [lon, lat], zoom: 15 });
    return { lon, lat };
  }, target);
  expect(point, 'an incident at the University of Aleppo').not.toBeNull();
  await settle(page);
  const xy = await page.evaluate(({ lon, lat }) => window.situationMap!.map.project([lon, lat]), point!);
  const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
  await page.mouse.click(box.x + xy.x, box.y + xy.y);
  const panel = page.locator('.incident-panel');
  await expect(panel).toBeVisible();
  const sources = panel.locator('.source');
  expect(await sources.count()).toBeGreaterThanOrEqual(4);
  const outlets = await panel.locator('.source .outlet').allInnerTexts();
  expect(outlets.every((o) => o.trim().length > 0)).toBe(true);
  expect(new Set(outlets).size).toBeGreaterThanOrEqual(hasRealData ? 4 : 1);
  // Every source shows its quote or says the text is not available: never an empty box.
  for (const s of await sources.all()) await expect(s.locator('.quote')).not.toBeEmpty();
  await page.screenshot({ path: info.outputPath('incident-panel.png') });
  await page.screenshot({ path: 'test-results/incident-panel.png' });
  expect(outside).toEqual([]);
});
