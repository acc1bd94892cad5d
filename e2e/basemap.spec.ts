// The basemap setting: a PMTiles extract picked as a file (kept in the browser across reloads),
// one at an address (read with range requests), and an online MapLibre style, whose host the
// page reaches only once the user chose it. The archive is written by the test itself
// (basemapFixture.ts): made-up streets, a built-up area and buildings around Aleppo.
import { expect, test, type Page, type Route } from '@playwright/test';
import { fixturePmtiles } from './basemapFixture.ts';
import { blockOutside, openMap, serveFixturesIfMissing } from './helpers.ts';

let ARCHIVE: Uint8Array;
test.beforeAll(async () => {
  ARCHIVE = await fixturePmtiles();
});
/** Aleppo's centre, close enough to see streets and buildings. */
const CITY = '#map=14.00/36.20500/37.16000';
/** A host that does not exist: the test answers for it, the network is never asked. */
const ONLINE = 'https://tiles.example.test';

let outside: string[];
let errors: string[];
test.beforeEach(async ({ page }) => {
  outside = await blockOutside(page);
  await serveFixturesIfMissing(page);
  errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
});
test.afterEach(() => {
  expect(outside, 'requests that left localhost').toEqual([]);
  const unexpected = errors.filter(
    (e) => !(/Content Security Policy/.test(e) && probes.some((p) => e.includes(p))),
  );
  expect(unexpected, 'console errors').toEqual([]);
});

/** Answers `bytes` with HTTP range requests, as a static file server does (CORS open). */
async function serveRanged(route: Route, bytes: Uint8Array): Promise<void> {
  const headers = {
    'Content-Type': 'application/octet-stream',
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Expose-Headers': 'Content-Range, Content-Length, ETag',
    'Accept-Ranges': 'bytes',
  };
  const m = /bytes=(\d+)-(\d*)/.exec(route.request().headers()['range'] ?? '');
  if (!m) return route.fulfill({ status: 200, headers, body: Buffer.from(bytes) });
  const start = Number(m[1]);
  const end = Math.min(m[2] ? Number(m[2]) : bytes.length - 1, bytes.length - 1);
  await route.fulfill({
    status: 206,
    headers: { ...headers, 'Content-Range': `bytes ${start}-${end}/${bytes.length}` },
    body: Buffer.from(bytes.subarray(start, end + 1)),
  });
}

/** Opens the basemap dialog, lets `choose` fill it, submits and waits for the reloaded map. */
async function chooseBasemap(page: Page, choose: () => Promise<void>): Promise<void> {
  await page.locator('.basemap-settings').getByRole('button', { name: 'Change…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Basemap' });
  await expect(dialog).toBeVisible();
  await choose();
  await Promise.all([
    page.waitForEvent('load'),
    dialog.getByRole('button', { name: /Use this basemap/ }).click(),
  ]);
  await page.waitForFunction(() => window.situationMap !== undefined);
  await page.evaluate(() => window.situationMap!.ready);
}

/** Features drawn now in each of the given layers, by layer id. */
function drawn(page: Page, layers: string[]): Promise<Record<string, number>> {
  return page.evaluate(
    (ids) =>
      Object.fromEntries(
        ids.map((id) => [
          id,
          window.situationMap!.map.getLayer(id) ? window.situationMap!.rendered(id).length : -1,
        ]),
      ),
    layers,
  );
}

/** URLs the tests fetch to see the policy refuse them (Chromium logs each refusal as an error). */
const probes: string[] = [];

/** The URL blocked when the page fetches `url`, if the page's policy refuses it; else null. */
function refused(page: Page, url: string): Promise<string | null> {
  probes.push(url);
  return page.evaluate(async (u) => {
    let blocked: string | null = null;
    const onViolation = (e: SecurityPolicyViolationEvent) => (blocked = e.blockedURI);
    document.addEventListener('securitypolicyviolation', onViolation);
    await fetch(u).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 100));
    document.removeEventListener('securitypolicyviolation', onViolation);
    return blocked;
  }, url);
}

test('a PMTiles extract picked as a file draws streets, built-up areas and buildings under our layers, and is kept', async ({
  page,
}) => {
  await openMap(page, CITY);
  await expect(page.locator('.basemap-now')).toContainText('Natural Earth');
  expect(await drawn(page, ['roads_minor'])).toEqual({ roads_minor: -1 });

  await chooseBasemap(page, async () => {
    await page.getByLabel(/A PMTiles file on this computer/).check();
    await page.getByLabel('PMTiles file', { exact: true }).setInputFiles({
      name: 'aleppo-fixture.pmtiles',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(ARCHIVE),
    });
  });
  await expect(page.locator('.basemap-now')).toContainText('aleppo-fixture.pmtiles');
  const layers = ['earth', 'landuse_built_up', 'roads_minor', 'roads_major', 'buildings', 'land'];
  for (const [id, n] of Object.entries(await drawn(page, layers)))
    expect(n, `features drawn in ${id}`).toBeGreaterThan(0);
  // Our layers stay on top of it: the places named in reports are drawn at Aleppo.
  expect((await page.evaluate(() => window.situationMap!.rendered('places'))).length).toBeGreaterThan(0);
  const order = await page.evaluate(() => window.situationMap!.map.getStyle().layers.map((l) => l.id));
  expect(order.indexOf('buildings')).toBeLessThan(order.indexOf('places-point'));
  expect(order.indexOf('land')).toBeLessThan(order.indexOf('earth'));
  await page.screenshot({ path: test.info().outputPath('pmtiles-basemap.png') });

  // Credited in the map and in About the data.
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('Fixture basemap (test shapes)');
  await page.getByRole('button', { name: 'About the data' }).click();
  await expect(page.getByRole('dialog', { name: 'About the data' })).toContainText(
    'Fixture basemap (test shapes)',
  );
  await page.keyboard.press('Escape');

  // Kept in this browser: a reload draws it again, with no file chosen.
  await page.reload();
  await page.waitForFunction(() => window.situationMap !== undefined);
  await page.evaluate(() => window.situationMap!.ready);
  expect((await drawn(page, ['roads_minor'])).roads_minor).toBeGreaterThan(0);

  // And back to the built-in map.
  await chooseBasemap(page, () => page.getByLabel(/Natural Earth/).check());
  expect(await drawn(page, ['roads_minor', 'land'])).toEqual({ roads_minor: -1, land: expect.any(Number) });
  await expect(page.locator('.basemap-now')).toContainText('Natural Earth');
});

test('a PMTiles archive at an address is read with range requests; a file that is not one is refused', async ({
  page,
}) => {
  const ranges: string[] = [];
  await page.route(/\/basemap\/aleppo-fixture\.pmtiles$/, (route) => {
    ranges.push(route.request().headers()['range'] ?? 'none');
    return serveRanged(route, ARCHIVE);
  });
  await openMap(page, CITY);

  // A text file is not an archive: said in the dialog, nothing changes.
  await page.locator('.basemap-settings').getByRole('button', { name: 'Change…' }).click();
  await page.getByLabel(/A PMTiles file on this computer/).check();
  await page.getByLabel('PMTiles file', { exact: true }).setInputFiles({
    name: 'notes.pmtiles',
    mimeType: 'text/plain',
    buffer: Buffer.from('not an archive'),
  });
  await page.getByRole('button', { name: /Use this basemap/ }).click();
  await expect(page.getByRole('alert')).toContainText('“notes.pmtiles” is not a PMTiles');
  await page.keyboard.press('Escape');

  await chooseBasemap(page, async () => {
    await page.getByLabel(/An address/).check();
    await page.getByLabel('Basemap address').fill('./basemap/aleppo-fixture.pmtiles');
  });
  await expect(page.locator('.basemap-now')).toContainText('aleppo-fixture.pmtiles');
  const n = await drawn(page, ['roads_minor', 'buildings']);
  expect(n.roads_minor).toBeGreaterThan(0);
  expect(n.buildings).toBeGreaterThan(0);
  expect(ranges.length).toBeGreaterThan(1);
  expect(ranges.every((r) => /^bytes=\d+-\d+$/.test(r))).toBe(true);
});

test('an online style is reached only once chosen, and then only its own hosts', async ({ page }) => {
  const style = {
    version: 8,
    sources: { fixture: { type: 'vector', url: `pmtiles://${ONLINE}/aleppo-fixture.pmtiles` } },
    layers: [
      { id: 'fixture-background', type: 'background', paint: { 'background-color': '#dde3e8' } },
      {
        id: 'fixture-earth',
        type: 'fill',
        source: 'fixture',
        'source-layer': 'earth',
        paint: { 'fill-color': '#f2efe9' },
      },
      {
        id: 'fixture-roads',
        type: 'line',
        source: 'fixture',
        'source-layer': 'roads',
        paint: { 'line-color': '#999' },
      },
    ],
  };
  await page.route(`${ONLINE}/style.json`, (route) =>
    route.fulfill({ json: style, headers: { 'Access-Control-Allow-Origin': '*' } }),
  );
  await page.route(`${ONLINE}/aleppo-fixture.pmtiles`, (route) => serveRanged(route, ARCHIVE));

  await openMap(page, CITY);
  // By default the page's policy refuses every host but its own, before any request is made.
  expect(await refused(page, `${ONLINE}/style.json`)).toContain('tiles.example.test');

  await chooseBasemap(page, async () => {
    await page.getByLabel(/An address/).check();
    await page.getByLabel('Basemap address').fill(`${ONLINE}/style.json`);
  });
  await expect(page.locator('.basemap-now')).toContainText(`${ONLINE}/style.json`);
  const n = await drawn(page, ['fixture-roads', 'fixture-earth', 'land']);
  expect(n['fixture-roads']).toBeGreaterThan(0);
  expect(n.land, 'the built-in land is not drawn under an online style').toBe(-1);
  // Our layers join the style.
  expect((await page.evaluate(() => window.situationMap!.rendered('places'))).length).toBeGreaterThan(0);
  // The chosen host is allowed; any other still is not.
  expect(await refused(page, `${ONLINE}/style.json`)).toBeNull();
  expect(await refused(page, 'https://other.example.test/x.json')).toContain('other.example.test');
});
