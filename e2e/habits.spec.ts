// People's habits (issue 11): a fresh clone's page is clean (no console error, no failed request,
// nothing off this machine); without the reports' texts a source says how to see its quote; a
// link to a gazetteer place opens it again after a reload; and on a phone the selected incident
// stays above the bottom sheet while the day shown stays in sight.
import { expect, test, type Page } from '@playwright/test';
import {
  blockOutside,
  hasRealData,
  openMap,
  openPlaceFromSearch,
  serveFixturesIfMissing,
  settle,
} from './helpers.ts';

let outside: string[];
let problems: string[];
test.beforeEach(async ({ page }) => {
  outside = await blockOutside(page);
  await serveFixturesIfMissing(page);
  problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()} ${r.url()}`));
  page.on('requestfailed', (r) => {
    // Requests the test itself aborts (off this machine) are counted in `outside`.
    if (!outside.includes(r.url())) problems.push(`failed ${r.url()} ${r.failure()?.errorText ?? ''}`);
  });
});
test.afterEach(() => {
  expect(outside, 'requests that left localhost').toEqual([]);
  expect(problems, 'console errors and failed requests').toEqual([]);
});

/** The id and point of an incident drawn alone (no other incident at its point) in view now. */
async function loneIncident(page: Page): Promise<{ id: string; at: [number, number] }> {
  const lone = await page.evaluate(() => {
    const feats = window
      .situationMap!.rendered('incidents')
      .filter((f) => f.layer.id === 'incidents-point' && f.geometry.type === 'Point');
    const key = (f: (typeof feats)[number]) =>
      (f.geometry as GeoJSON.Point).coordinates.map((c) => c.toFixed(4)).join();
    const count = new Map<string, number>();
    for (const f of feats) count.set(key(f), (count.get(key(f)) ?? 0) + 1);
    const f = feats.find((x) => count.get(key(x)) === 1);
    return f
      ? { id: String(f.properties.id), at: (f.geometry as GeoJSON.Point).coordinates as [number, number] }
      : null;
  });
  expect(lone, 'an incident drawn alone in view').not.toBeNull();
  return lone!;
}

test('a fresh page loads, opens an incident and About with no console error and no failed request', async ({
  page,
}) => {
  const favicon = page.waitForResponse(/favicon\.svg$/);
  await openMap(page);
  expect((await favicon).status()).toBe(200);
  const id = await page.evaluate(() => window.situationMap!.data().incidents.features[0]!.properties.id);
  await page.goto(`./#sel=incident:${encodeURIComponent(id)}`);
  await expect(page.locator('.detail .source').first()).toBeVisible();
  await page.getByRole('button', { name: 'About the data' }).click();
  await expect(page.getByRole('dialog', { name: 'About the data' })).toBeVisible();
  await page.keyboard.press('Escape');
  await settle(page);
});

test('without the reports’ texts, a source says how to see its quote', async ({ page }) => {
  // As on a fresh clone: no local texts (the build serves an empty list).
  await page.route(/\/data\/local\/articles\.json$/, (r) => r.fulfill({ json: [] }));
  await openMap(page);
  const id = await page.evaluate(() => window.situationMap!.data().incidents.features[0]!.properties.id);
  await page.goto(`./#sel=incident:${encodeURIComponent(id)}`);
  const missing = page.locator('.detail .quote-missing').first();
  await expect(missing).toContainText('To see quotes');
  await expect(missing).toContainText('Add reports');
  await expect(missing).toContainText('npm run ingest');
  await expect(page.locator('.detail')).not.toContainText('not available');
});

test('a link to a place only the gazetteer knows opens its panel, and again after a reload', async ({
  page,
}) => {
  test.skip(!hasRealData, 'needs the gazetteer pack');
  await openMap(page, '#sel=gazetteer:geonames%3A173377');
  await expect(page.locator('.gazetteer-panel h2')).toContainText(/Q[aā]mishl/);
  await page.reload();
  await page.waitForFunction(() => window.situationMap !== undefined);
  await page.evaluate(() => window.situationMap!.ready);
  await expect(page.locator('.gazetteer-panel h2')).toContainText(/Q[aā]mishl/);
  expect(new URLSearchParams((await page.evaluate(() => location.hash)).slice(1)).get('sel')).toBe(
    'gazetteer:geonames:173377',
  );
});

test('a governorate found by the search is shown whole, on a wide screen and on a phone', async ({
  page,
}) => {
  test.skip(!hasRealData, 'needs the sample data');
  for (const size of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(size);
    await openMap(page, '#map=13.00/36.20/37.15');
    await openPlaceFromSearch(page, 'Aleppo Governorate', 'governorate', 'Aleppo');
    await settle(page);
    const fit = await page.evaluate(() => {
      const m = window.situationMap!.map;
      const f = window
        .situationMap!.data()
        .places.features.find((p) => p.properties.kind === 'admin1' && /Aleppo/.test(p.properties.name))!;
      const rings =
        f.geometry.type === 'Polygon'
          ? f.geometry.coordinates
          : f.geometry.type === 'MultiPolygon'
            ? f.geometry.coordinates.flat()
            : [];
      const pts = rings.flat().map((c) => m.project(c as [number, number]));
      const el = m.getContainer();
      return {
        zoom: m.getZoom(),
        inside: pts.every(
          (p) => p.x >= -2 && p.y >= -2 && p.x <= el.clientWidth + 2 && p.y <= el.clientHeight + 2,
        ),
        width: Math.max(...pts.map((p) => p.x)) - Math.min(...pts.map((p) => p.x)),
        mapWidth: el.clientWidth,
      };
    });
    expect(fit.inside, 'the whole governorate is on the map').toBe(true);
    expect(fit.width, 'and fills it').toBeGreaterThan(fit.mapWidth * 0.4);
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

  test('the selected incident stays above the bottom sheet and the day shown stays in sight', async ({
    page,
  }) => {
    await openMap(page, '#map=11.00/36.20/37.10');
    const chip = page.locator('.date-chip');
    await expect(chip).toBeVisible();
    await expect(chip).toContainText('As of');

    // Put a lone incident low on the screen, where the sheet will open, and tap it.
    const { id, at } = await loneIncident(page);
    const tapAt = await page.evaluate((lngLat) => {
      const m = window.situationMap!.map;
      m.jumpTo({ center: lngLat });
      m.panBy([0, -0.3 * m.getContainer().clientHeight], { duration: 0 });
      const p = m.project(lngLat);
      const r = m.getContainer().getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    }, at);
    await settle(page);
    expect(tapAt.y).toBeGreaterThan(844 * 0.6);
    await page.mouse.click(tapAt.x, tapAt.y);
    const sheet = page.locator('.detail');
    await expect(sheet.locator('.incident-panel, .panel').first()).toBeVisible();
    expect(new URLSearchParams((await page.evaluate(() => location.hash)).slice(1)).get('sel')).toBe(
      `incident:${id}`,
    );
    await settle(page);

    const where = async () =>
      page.evaluate((lngLat) => {
        const m = window.situationMap!.map;
        const p = m.project(lngLat);
        const r = m.getContainer().getBoundingClientRect();
        const sheetTop = document.querySelector('.detail')!.getBoundingClientRect().top;
        const chipBox = document.querySelector('.date-chip')!.getBoundingClientRect();
        return { y: r.top + p.y, x: r.left + p.x, mapTop: r.top, sheetTop, chipBottom: chipBox.bottom };
      }, at);
    // The move that keeps it in sight is made once the sheet is laid out (its code loads with the
    // first selection), which on a busy machine can come after the map was idle once.
    await expect
      .poll(
        async () => {
          const w = await where();
          return w.sheetTop - 20 - w.y;
        },
        { message: 'the incident is above the sheet' },
      )
      .toBeGreaterThan(0);
    await settle(page);
    const w = await where();
    expect(w.sheetTop, 'the sheet covers the lower part of the map').toBeLessThan(844 * 0.75);
    expect(w.y, 'the incident is above the sheet').toBeLessThan(w.sheetTop - 20);
    expect(w.y, 'and on the map').toBeGreaterThan(w.mapTop + 20);
    expect(w.x).toBeGreaterThan(20);
    expect(w.x).toBeLessThan(370);
    expect(w.chipBottom, 'the day is above the sheet').toBeLessThan(w.sheetTop);
    await page.screenshot({ path: test.info().outputPath('phone-selected.png') });

    // The day can be stepped from the top bar; the sheet and the selection stay.
    const before = await chip.innerText();
    await chip.getByRole('button', { name: 'Day before' }).click();
    await expect(chip).not.toHaveText(before);
    await expect(sheet).toBeVisible();
  });
});
