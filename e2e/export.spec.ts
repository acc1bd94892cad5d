// Taking the map out: GeoJSON with provenance that restores the same map when opened in a fresh
// page, CSV one row per incident and source, KML with the structure Google Earth reads, a PNG
// with legend and date, and Escape closing the dialog.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './test.ts';
import { blockOutside, hasRealData, openMap, serveFixturesIfMissing, settle } from './helpers.ts';

const VIEW = '#map=8.60/36.15000/37.00000&date=2024-11-30';

async function exportFile(page: Page, button: string): Promise<{ name: string; body: Buffer }> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export and import' });
  await expect(dialog).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: button, exact: true }).click(),
  ]);
  const body = readFileSync((await download.path())!);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  return { name: download.suggestedFilename(), body };
}

/** The map as the app holds it: incidents with their sources, places, control, by id. */
function mapState(page: Page) {
  return page.evaluate(async () => {
    const d = window.situationMap!.data();
    return {
      incidents: (await window.situationMap!.incidents()).map((f) => ({
        id: f.properties.id,
        g: f.geometry,
        sources: f.properties.sources.map((s) => [s.article, s.outlet, s.stance, s.start, s.end]),
      })),
      places: d.places.features.map((f) => [f.properties.id, f.properties.mentions.length]),
      control: d.control.features.map((f) => [
        f.properties.layer,
        f.properties.controller,
        f.properties.date,
      ]),
      days: d.manifest?.days,
    };
  });
}

test('GeoJSON and CSV carry every source; the GeoJSON opened in a fresh page restores the map', async ({
  page,
  browser,
}) => {
  await openMap(page, VIEW);
  const { name, body } = await exportFile(page, 'GeoJSON');
  expect(name).toMatch(/\.geojson$/);
  const fc = JSON.parse(body.toString('utf8'));
  expect(fc.type).toBe('FeatureCollection');
  const incidents = fc.features.filter(
    (f: { properties: { _layer: string } }) => f.properties._layer === 'incident',
  );
  expect(incidents.length).toBeGreaterThan(0);
  for (const f of incidents)
    for (const s of f.properties.sources) {
      expect(s).toHaveProperty('stance');
      expect(s).toHaveProperty('outlet');
      expect(typeof s.start).toBe('number');
      expect(typeof s.end).toBe('number');
    }
  const before = await mapState(page);

  const csv = (await exportFile(page, 'CSV')).body.toString('utf8').trim().split(/\r\n/);
  expect(csv[0]).toContain('incident_id');
  expect(csv[0]).toContain('stance');
  expect(csv[0]).toContain('speaker_side');
  const sources = incidents.reduce(
    (n: number, f: { properties: { sources: unknown[] } }) => n + f.properties.sources.length,
    0,
  );
  expect(csv.length - 1).toBe(sources);

  // A fresh page (new browser context: nothing kept), the export opened there.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const fresh = await context.newPage();
  await blockOutside(fresh);
  await serveFixturesIfMissing(fresh);
  // An empty map to open it on: the published data withheld.
  await fresh.route(/\/data\/[^/]+\.(geojson|json)$/, (r) => r.fulfill({ status: 404, body: 'none' }));
  await openMap(fresh, '#map=8.60/36.15000/37.00000');
  expect((await mapState(fresh)).incidents).toEqual([]);
  await fresh.getByRole('button', { name: 'Export', exact: true }).click();
  await fresh
    .getByTestId('import-map')
    .setInputFiles({ name, mimeType: 'application/geo+json', buffer: body });
  await expect(fresh.locator('.message-info').filter({ hasText: 'Showing the map exported' })).toBeVisible();
  await settle(fresh);
  expect(await mapState(fresh)).toEqual(before);
  expect((await fresh.evaluate(() => location.hash)).includes('date=2024-11-30')).toBe(true);
  const drawn = (p: Page) => p.evaluate(() => window.situationMap!.rendered('incidents').length);
  await page.evaluate(() => window.situationMap!.map.jumpTo({ center: [37, 36.15], zoom: 8.6 }));
  await settle(page);
  expect(await drawn(fresh)).toBe(await drawn(page));
  await context.close();
});

test('KML has the structure Google Earth reads: Placemarks with Point or Polygon and ExtendedData', async ({
  page,
}) => {
  await openMap(page, VIEW);
  const { body } = await exportFile(page, 'KML');
  const check = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    const NS = 'http://www.opengis.net/kml/2.2';
    const err = doc.getElementsByTagName('parsererror').length;
    const root = doc.documentElement;
    const placemarks = [...doc.getElementsByTagNameNS(NS, 'Placemark')];
    const bad = placemarks.filter((p) => {
      const geom =
        p.getElementsByTagNameNS(NS, 'Point').length + p.getElementsByTagNameNS(NS, 'Polygon').length;
      const data = p.getElementsByTagNameNS(NS, 'ExtendedData')[0];
      const name = p.getElementsByTagNameNS(NS, 'name')[0]?.textContent;
      const coordsOk = [...p.getElementsByTagNameNS(NS, 'coordinates')].every((c) =>
        c
          .textContent!.trim()
          .split(/\s+/)
          .every((t) => /^-?\d+(\.\d+)?,-?\d+(\.\d+)?(,-?\d+(\.\d+)?)?$/.test(t)),
      );
      return !geom || !data || !data.getElementsByTagNameNS(NS, 'Data').length || !name || !coordsOk;
    });
    return {
      err,
      root: `${root.namespaceURI} ${root.localName}`,
      document: doc.getElementsByTagNameNS(NS, 'Document').length,
      placemarks: placemarks.length,
      points: doc.getElementsByTagNameNS(NS, 'Point').length,
      polygons: doc.getElementsByTagNameNS(NS, 'Polygon').length,
      rings: doc.getElementsByTagNameNS(NS, 'outerBoundaryIs').length,
      bad: bad.length,
    };
  }, body.toString('utf8'));
  expect(body.toString('utf8').startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  expect(check.err).toBe(0);
  expect(check.root).toBe('http://www.opengis.net/kml/2.2 kml');
  expect(check.document).toBe(1);
  expect(check.placemarks).toBeGreaterThan(0);
  expect(check.points).toBeGreaterThan(0);
  expect(check.polygons).toBeGreaterThan(0);
  expect(check.rings).toBe(check.polygons);
  expect(check.bad).toBe(0);
});

/** Pixels of a PNG in the page: the box x, y, w, h (image pixels) as RGBA bytes. */
async function pngPixels(page: Page, png: Buffer, box: [number, number, number, number]): Promise<Buffer> {
  // The bytes come back base64-encoded: a plain array of a whole map's RGBA values is millions of
  // JSON numbers, which took a minute to pass on a loaded machine.
  const base64 = await page.evaluate(
    async ({ data, box: [x, y, w, h] }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const bytes = ctx.getImageData(x, y, w, h).data;
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000)
        binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(binary);
    },
    { data: png.toString('base64'), box },
  );
  return Buffer.from(base64, 'base64');
}

/** How many pixels of `rgba` are within `tolerance` of the colour `[r, g, b]`. */
function near(rgba: Uint8Array, [r, g, b]: [number, number, number], tolerance = 40): number {
  let n = 0;
  for (let i = 0; i < rgba.length; i += 4)
    if (Math.abs(rgba[i]! - r) + Math.abs(rgba[i + 1]! - g) + Math.abs(rgba[i + 2]! - b) <= tolerance) n++;
  return n;
}

/** How many pixels are grey ink (anti-aliased text on white): darker than paper, without colour. */
function greyInk(rgba: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < rgba.length; i += 4) {
    const [r, g, b] = [rgba[i]!, rgba[i + 1]!, rgba[i + 2]!];
    if (Math.min(r, g, b) < 215 && Math.max(r, g, b) - Math.min(r, g, b) < 30) n++;
  }
  return n;
}

/** How many pixels differ between two RGBA arrays of one box. */
function differing(a: Uint8Array, b: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < a.length; i += 4)
    if (a[i] !== b[i] || a[i + 1] !== b[i + 1] || a[i + 2] !== b[i + 2]) n++;
  return n;
}

test('the PNG is the map with a legend column, the date and the credits', async ({ page }) => {
  await openMap(page, VIEW);
  const canvas = await page.evaluate(() => {
    const c = window.situationMap!.map.getCanvas();
    return { w: c.width, h: c.height };
  });
  const { name, body } = await exportFile(page, 'PNG');
  expect(name).toMatch(/2024-11-30\.png$/);
  expect(body.subarray(1, 4).toString('ascii')).toBe('PNG');
  const width = body.readUInt32BE(16);
  const height = body.readUInt32BE(20);
  expect(width).toBeGreaterThan(canvas.w + 200);
  expect(height).toBeGreaterThanOrEqual(canvas.h);
  const legendW = width - canvas.w;
  const column = (y: number, h: number): [number, number, number, number] => [canvas.w, y, legendW, h];

  // The map part is the map (many colours); the legend column has text (near-black) and the
  // zones' and incidents' swatches.
  const map = await pngPixels(page, body, [0, 0, canvas.w, height]);
  const colours = (rgba: Uint8Array) => {
    const seen = new Set<number>();
    for (let i = 0; i < rgba.length; i += 4) seen.add((rgba[i]! << 16) | (rgba[i + 1]! << 8) | rgba[i + 2]!);
    return seen.size;
  };
  expect(colours(map), 'the map itself').toBeGreaterThan(50);
  const legend = await pngPixels(page, body, column(0, height));
  expect(near(legend, [0x1d, 0x1d, 0x1f]), 'legend text').toBeGreaterThan(500);
  expect(colours(legend), 'swatches and icons in the legend').toBeGreaterThan(20);

  // The credits: grey text at the foot of the legend column, below everything else, wrapped
  // to the column: nothing is drawn in its last pixels (a line running off the image).
  const foot = await pngPixels(page, body, column(height - 60, 60));
  expect(greyInk(foot), 'credits at the foot of the legend').toBeGreaterThan(300);
  const edge = await pngPixels(page, body, [width - 6, height - 60, 6, 60]);
  expect(greyInk(edge), 'credits cut off at the right edge').toBe(0);

  // The date: the band under the title is drawn from the day shown. The same day exported again
  // gives the same band; the day before gives another (its text), while the title above is the same.
  const band = column(30, 24);
  const title = column(0, 30);
  const again = (await exportFile(page, 'PNG')).body;
  expect(differing(await pngPixels(page, body, band), await pngPixels(page, again, band))).toBe(0);
  await openMap(page, VIEW.replace('2024-11-30', '2024-11-29'));
  const dayBefore = await exportFile(page, 'PNG');
  expect(dayBefore.name).toMatch(/2024-11-29\.png$/);
  expect(
    near(await pngPixels(page, dayBefore.body, band), [0x1d, 0x1d, 0x1f]),
    'the date is written',
  ).toBeGreaterThan(100);
  expect(
    differing(await pngPixels(page, body, band), await pngPixels(page, dayBefore.body, band)),
    'another day, another date line',
  ).toBeGreaterThan(50);
  expect(differing(await pngPixels(page, body, title), await pngPixels(page, dayBefore.body, title))).toBe(0);
});

test('Escape closes the panels one at a time, and the About panel tells sources and licences', async ({
  page,
}) => {
  await openMap(page, VIEW);
  await page.getByRole('button', { name: 'About the data' }).click();
  const about = page.getByRole('dialog', { name: 'About the data' });
  await expect(about).toContainText('GeoNames');
  await expect(about).toContainText('Natural Earth');
  await expect(about).toContainText('Assessed');
  await page.keyboard.press('Escape');
  await expect(about).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'About the data' })).toBeFocused();
  const item = page.locator('.incident-list [data-incident]').first();
  await item.click();
  await expect(page.locator('.incident-panel')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('.incident-panel')).toHaveCount(0);
  if (hasRealData) {
    // No text for the sample in a fresh clone: the source says how to see quotes.
    await item.click();
    await expect(page.locator('.incident-panel .quote-missing').first()).toContainText('Add reports');
  }
});
