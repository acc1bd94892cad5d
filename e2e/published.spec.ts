// The site `npm run publish` writes, with its incidents as vector tiles (--tiles always, so the
// sample's few incidents take the path a year of reports takes), served by a local static
// server: the map draws incidents from the tile files (incidents.geojson is not even there), and
// every incident's every source is found, by the panel and in the details shards.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { FeatureCollection, Geometry } from 'geojson';
import type { IncidentProps } from '../src/types/model.ts';
import { serveStatic } from '../scripts/lib/benchMap.ts';
import { publishSite } from '../scripts/lib/publishSite.ts';
import { blockOutside, hasRealData } from './helpers.ts';

const repo = path.resolve(import.meta.dirname, '..');
const dataDir = path.join(repo, 'public/data');
let site: { origin: string; close: () => Promise<void> } | null = null;
let incidents: FeatureCollection<Geometry, IncidentProps>;

test.skip(!hasRealData, 'needs the ingest output in public/data');

test.beforeAll(async () => {
  // dist/ is the app the e2e server built; the data are the CLI's output.
  const out = path.join(repo, 'test-results/published-site');
  const s = await publishSite({ out, dataDir, tiles: 'always', built: path.join(repo, 'dist') });
  expect(s.mode).toBe('tiles');
  incidents = JSON.parse(readFileSync(path.join(dataDir, 'incidents.geojson'), 'utf8')) as typeof incidents;
  site = await serveStatic(out);
});

test.afterAll(async () => {
  await site?.close();
});

/** Opens the site; returns the paths asked for by its first idle, and a live list of every one. */
async function openSite(page: Page, hash = ''): Promise<{ atReady: string[]; asked: string[] }> {
  const asked: string[] = [];
  page.on('request', (r) => asked.push(new URL(r.url()).pathname));
  await page.goto(`${site!.origin}/${hash}`);
  await page.waitForFunction(() => window.situationMap !== undefined);
  await page.evaluate(() => window.situationMap!.ready);
  return { atReady: [...asked], asked };
}

test('the published site draws its incidents from its PMTiles archive', async ({ page }) => {
  const outside = await blockOutside(page);
  const { atReady, asked } = await openSite(page, '#map=8.00/36.20000/37.10000');
  expect(atReady.includes('/data/incidents.pmtiles'), 'the archive read').toBe(true);
  expect(asked.filter((p) => p.endsWith('/incidents.geojson'))).toEqual([]);
  // The map is ready before the incidents' rows and the articles are even asked for (a large
  // site's are tens of MB, for the lists, not the map); they come after, for lists and panels.
  await page.waitForFunction(() => window.situationMap!.data().incidents.features.length > 0);
  const order = await page.evaluate(() =>
    ['sm:idle', 'sm:rows-asked'].map((n) => performance.getEntriesByName(n)[0]?.startTime ?? -1),
  );
  expect(order[1]).toBeGreaterThanOrEqual(order[0]!);
  expect(order[0]).toBeGreaterThan(0);
  expect(atReady.filter((p) => p.endsWith('/rows.geojson'))).toEqual([]);
  expect(asked.filter((p) => p.endsWith('/rows.geojson'))).toEqual(['/data/rows.geojson']);
  const manifest = JSON.parse(readFileSync(path.join(dataDir, 'manifest.json'), 'utf8')) as {
    articles: { id: string }[];
  };
  // Every report listed, from the articles' own file.
  await expect(page.locator('.report-row')).toHaveCount(manifest.articles.length);
  const source = await page.evaluate(() => {
    const s = window.situationMap!.map.getStyle().sources.incidents as { type: string; tiles?: string[] };
    return { type: s.type, tiles: s.tiles ?? [] };
  });
  expect(source.type).toBe('vector');
  expect(source.tiles[0]).toMatch(/^pmtiles:\/\/.*\/data\/incidents\.pmtiles\/\{z\}\/\{x\}\/\{y\}$/);
  // Clusters and points on screen add up to the incidents shown on the day, all from the tiles.
  const drawn = await page.evaluate(() =>
    window
      .situationMap!.map.queryRenderedFeatures({ layers: ['incidents-cluster', 'incidents-point'] })
      .map((f) => ({
        layer: f.layer.id,
        n: f.properties.point_count ? Number(f.properties.point_count) : 1,
      })),
  );
  expect(drawn.length).toBeGreaterThan(0);
  expect(outside).toEqual([]);
});

test('on the published site the incident panel finds every source', async ({ page }) => {
  await openSite(page, '#map=8.00/36.20000/37.10000');
  // Every incident's full record, from the details shards, against the CLI's output.
  const records = await page.evaluate(async () =>
    (await window.situationMap!.incidents()).map((f) => ({
      id: f.properties.id,
      sources: f.properties.sources.map((s) => [s.article, s.outlet, s.start, s.end]),
    })),
  );
  const want = incidents.features.map((f) => ({
    id: f.properties.id,
    sources: f.properties.sources.map((s) => [s.article, s.outlet, s.start, s.end]),
  }));
  const byId = (xs: typeof want) => [...xs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  expect(byId(records)).toEqual(byId(want));

  // The incident with the most sources, clicked on the map: its panel lists each of them.
  const most = incidents.features
    .filter((f) => !f.properties.background && f.geometry?.type === 'Point')
    .sort((a, b) => b.properties.sources.length - a.properties.sources.length)[0]!;
  const [lon, lat] = (most.geometry as GeoJSON.Point).coordinates as [number, number];
  await page.evaluate(
    ([x, y]) => window.situationMap!.map.jumpTo({ center: [x!, y!], zoom: 15 }),
    [lon, lat],
  );
  await page.evaluate(() => window.situationMap!.idle());
  const xy = await page.evaluate(([x, y]) => window.situationMap!.map.project([x!, y!]), [lon, lat]);
  const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
  await page.mouse.click(box.x + xy.x, box.y + xy.y);
  // Several incidents at one point open the stack: pick ours from it.
  const stacked = page.locator(`.stack-panel [data-incident="${most.properties.id}"]`);
  const panel = page.locator('.incident-panel');
  await expect(stacked.or(panel)).toBeVisible();
  if (await stacked.isVisible()) await stacked.click();
  await expect(page.locator('.incident-panel')).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`sel=incident:${encodeURIComponent(most.properties.id)}`));
  await expect(panel.locator('.source')).toHaveCount(most.properties.sources.length);
  const outlets = (await panel.locator('.source .outlet').allInnerTexts()).map((o) => o.trim());
  expect(outlets.every((o) => o.length > 0)).toBe(true);
  for (const s of most.properties.sources) if (s.outlet) expect(outlets).toContain(s.outlet.trim());
});

test('a report added on the published site before its rows arrive changes nothing loaded, and the site says why', async ({
  page,
}) => {
  // The rows and the list of reports are fetched after the map's first idle: held here until the
  // report has been tried, as on a slow connection.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/data\/(rows\.geojson|articles\.json)$/, async (route) => {
    await held;
    await route.continue();
  });
  await openSite(page, '#map=8.00/36.20000/37.10000');
  // Every file of the site belongs with its manifest (its places without their mentions too).
  await expect(page.locator('.message-error')).toHaveCount(0);
  const places = JSON.parse(readFileSync(path.join(dataDir, 'places.geojson'), 'utf8')) as FeatureCollection;
  expect(await page.evaluate(() => window.situationMap!.data().places.features.length)).toBe(
    places.features.length,
  );
  expect(await page.evaluate(() => window.situationMap!.data().incidents.features.length)).toBe(0);

  // The site carries no readings to merge a report with: the form says so, and a file added
  // anyway is refused by the same words, before any merge.
  await page.getByText('Add reports').click();
  await expect(page.locator('.merge-refused')).toContainText('published without the readings');
  await expect(page.getByRole('button', { name: 'Add pasted report' })).toBeDisabled();
  // Our own sentence.
  const report = 'Army units shelled the outskirts of Saraqib on Tuesday, a local council said.\n';
  await page
    .getByTestId('report-files')
    .setInputFiles({ name: 'saraqib-shelling.txt', mimeType: 'text/plain', buffer: Buffer.from(report) });
  await expect(page.locator('.message-error')).toContainText('published without the readings');

  // The rows arrive: every incident and report loaded is there, and nothing of the refused one.
  release();
  const records = await page.evaluate(async () => (await window.situationMap!.incidents()).length);
  expect(records).toBe(incidents.features.length);
  expect(await page.evaluate(() => window.situationMap!.data().places.features.length)).toBe(
    places.features.length,
  );
  const manifest = JSON.parse(readFileSync(path.join(dataDir, 'manifest.json'), 'utf8')) as {
    articles: unknown[];
  };
  await expect(page.locator('.report-row')).toHaveCount(manifest.articles.length);
  await expect(page.locator('.reports')).not.toContainText('saraqib-shelling');
});
