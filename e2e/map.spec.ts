// The map renders land, borders and every layer; dragging pans and the URL follows; zooming
// splits clusters; each toggle hides exactly its features; the date control changes what is
// shown; a copied URL restores the view; districts and regions are outlined and open their
// place panel; nothing leaves localhost.
import { expect, test, type Page } from './test.ts';
import { CLICKABLE_LAYERS } from '../src/app/map/clickableLayers.ts';
import { hashParams, openMap, rendered, serveFixturesIfMissing, settle } from './helpers.ts';

const GROUPS = ['governorates', 'control', 'roads', 'areas', 'labels', 'places', 'incidents'] as const;
const ALEPPO_REGION = '#map=8.60/36.15000/37.00000';
/** Every layer but history: the areas layer is off on a first visit. */
const ALL_LAYERS = '&layers=governorates,control,roads,areas,labels,places,incidents';

/** Rendered features per group; `solid` leaves out labels, whose placement depends on the others. */
async function counts(page: Page, solid = false): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const isLabel = (layer: string) => /-label$|^labels-|-count$/.test(layer);
  for (const g of GROUPS)
    out[g] = (await rendered(page, g)).filter((f) => !solid || !isLabel(String(f._layer))).length;
  return out;
}

test('a first visit shows every layer but history and areas, whose outlines would cross the zones', async ({
  page,
}) => {
  await openMap(page, ALEPPO_REGION);
  for (const g of GROUPS) {
    const box = page.locator(`input[name="layer-${g}"]`);
    if (g === 'areas') await expect(box).not.toBeChecked();
    else await expect(box).toBeChecked();
  }
  await expect(page.locator('input[name="layer-history"]')).not.toBeChecked();
  expect(await rendered(page, 'areas')).toEqual([]);
});

test('renders land, borders and every layer', async ({ page }, info) => {
  const violations: string[] = [];
  page.on('console', (m) => m.text().startsWith('CSP violation') && violations.push(m.text()));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.log(`CSP violation ${e.violatedDirective} ${e.blockedURI}`),
    ),
  );
  await openMap(page, ALEPPO_REGION + ALL_LAYERS);
  // The built page's policy, and the one the app adds at start-up: only this origin by default.
  const policies = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .evaluateAll((metas) => metas.map((m) => m.getAttribute('content') ?? ''));
  expect(policies).toHaveLength(2);
  expect(policies[1]).toBe("connect-src 'self'; img-src 'self' data: blob:");
  expect((await rendered(page, 'land')).length).toBeGreaterThan(0);
  expect((await rendered(page, 'borders')).length).toBeGreaterThan(0);
  const c = await counts(page);
  for (const g of GROUPS) expect(c[g], g).toBeGreaterThan(0);
  await page.screenshot({ path: info.outputPath('map.png') });
  await page.screenshot({ path: 'test-results/map.png' });
  expect(violations).toEqual([]);
});

test('the incident list is keyboard navigable and selecting flies the map there', async ({ page }) => {
  await openMap(page, ALEPPO_REGION);
  const items = page.locator('.incident-list [data-incident]');
  expect(await items.count()).toBeGreaterThan(1);
  await items.first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(1)).toBeFocused();
  const id = await items.nth(1).getAttribute('data-incident');
  const before = await page.evaluate(() => window.situationMap!.map.getCenter().toArray());
  await page.keyboard.press('Enter');
  await expect(page.locator('.incident-panel')).toBeVisible();
  await expect(page.locator('.incident-list [aria-current="true"]')).toHaveAttribute('data-incident', id!);
  await settle(page);
  const after = await page.evaluate(() => window.situationMap!.map.getCenter().toArray());
  expect(after).not.toEqual(before);
  expect((await hashParams(page)).get('sel')).toBe(`incident:${id}`);
});

test('dragging pans the map and the URL follows', async ({ page }) => {
  await openMap(page, ALEPPO_REGION);
  const before = (await hashParams(page)).get('map')!.split('/').map(Number);
  const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(x - 25 * i, y + 10 * i);
  await page.mouse.up();
  await settle(page);
  await expect.poll(async () => (await hashParams(page)).get('map')).not.toBe(before.join('/'));
  const after = (await hashParams(page)).get('map')!.split('/').map(Number);
  expect(after[2]!).toBeGreaterThan(before[2]!); // dragged left: the view moved east
  expect(after[1]!).toBeGreaterThan(before[1]!); // dragged down: the view moved north
});

test('zooming in splits clusters', async ({ page }) => {
  await openMap(page, '#map=7.50/36.10000/37.00000');
  // The biggest cluster, where it is on screen, and the zoom at which the tiles say it splits.
  const cluster = await page.evaluate(() => {
    const m = window.situationMap!.map;
    const f = m
      .queryRenderedFeatures({ layers: ['incidents-cluster'] })
      .sort((a, b) => Number(b.properties.point_count) - Number(a.properties.point_count))[0];
    if (!f) return null;
    const lngLat = (f.geometry as GeoJSON.Point).coordinates as [number, number];
    const xy = m.project(lngLat);
    return {
      count: Number(f.properties.point_count),
      expand: Number(f.properties.expand),
      lngLat,
      x: xy.x,
      y: xy.y,
    };
  });
  expect(cluster, 'a cluster when zoomed out').not.toBeNull();
  expect(cluster!.count).toBeGreaterThan(1);
  const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
  await page.mouse.click(box.x + cluster!.x, box.y + cluster!.y);
  await expect.poll(() => page.evaluate(() => window.situationMap!.map.getZoom())).toBeGreaterThan(7.6);
  await settle(page);
  expect(await page.evaluate(() => window.situationMap!.map.getZoom())).toBeGreaterThanOrEqual(
    cluster!.expand,
  );
  // Around where the cluster was, its incidents are now spread over several markers (points or
  // smaller clusters), none as large as it was.
  const parts = await page.evaluate((at) => {
    const m = window.situationMap!.map;
    const c = m.project(at);
    return m
      .queryRenderedFeatures(
        [
          [c.x - 200, c.y - 200],
          [c.x + 200, c.y + 200],
        ],
        { layers: ['incidents-cluster', 'incidents-point'] },
      )
      .map((f) => (f.properties.point_count ? Number(f.properties.point_count) : 1));
  }, cluster!.lngLat);
  expect(parts.length, 'markers where the cluster was').toBeGreaterThanOrEqual(2);
  expect(Math.max(...parts)).toBeLessThan(cluster!.count);
});

test('each layer toggle hides and shows exactly its features', async ({ page }) => {
  await openMap(page, ALEPPO_REGION + ALL_LAYERS);
  const all = await counts(page);
  const allSolid = await counts(page, true);
  for (const g of GROUPS) {
    const box = page.locator(`input[name="layer-${g}"]`);
    await box.uncheck();
    await settle(page);
    const off = await counts(page);
    const offSolid = await counts(page, true);
    expect(off[g], `${g} hidden`).toBe(0);
    for (const other of GROUPS) {
      if (other === g) continue;
      // Shapes stay exactly; labels may only gain room when another layer's labels go.
      expect(offSolid[other], `${other} kept when ${g} is off`).toBe(allSolid[other]);
      expect(off[other], `${other} labels kept when ${g} is off`).toBeGreaterThanOrEqual(all[other]!);
    }
    expect((await hashParams(page)).get('layers')).not.toContain(g);
    await box.check();
    await settle(page);
    expect((await counts(page))[g], `${g} shown again`).toBe(all[g]);
  }
});

test('the date control changes which incidents and zones are shown', async ({ page }) => {
  await openMap(page, ALEPPO_REGION);
  const ids = async () =>
    (
      await page
        .locator('.incident-list [data-incident]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-incident')))
    ).sort();
  const zones = async () =>
    JSON.stringify(
      (await rendered(page, 'control-fill')).map((f) => [f.controller, f.date, f.status]).sort(),
    );
  const lastIds = await ids();
  const lastZones = await zones();
  const lastDate = (await hashParams(page)).get('date')!;
  const slider = page.getByRole('slider', { name: 'Day shown' });
  await slider.focus();
  await page.keyboard.press('Home');
  await settle(page);
  expect((await hashParams(page)).get('date')! < lastDate, 'the URL holds the earlier date').toBe(true);
  expect(await ids()).not.toEqual(lastIds);
  expect(await zones()).not.toEqual(lastZones);
  await page.keyboard.press('End');
  await settle(page);
  expect(await ids()).toEqual(lastIds);
});

test('a copied URL restores the same view in a new page', async ({ page, context }) => {
  await openMap(page, ALEPPO_REGION);
  await page.getByRole('button', { name: 'Previous day' }).click();
  await page.locator('input[name="layer-roads"]').uncheck();
  const first = page.locator('.incident-list [data-incident]').first();
  const id = await first.getAttribute('data-incident');
  await first.click();
  await expect(page.locator('.incident-panel')).toBeVisible();
  await settle(page);
  const url = page.url();
  const view = await page.evaluate(() => {
    const m = window.situationMap!.map;
    return { center: m.getCenter().toArray(), zoom: m.getZoom() };
  });

  const again = await context.newPage();
  await serveFixturesIfMissing(again);
  await again.goto(url);
  await again.waitForFunction(() => window.situationMap !== undefined);
  await again.evaluate(() => window.situationMap!.ready);
  const restored = await again.evaluate(() => {
    const m = window.situationMap!.map;
    return { center: m.getCenter().toArray(), zoom: m.getZoom() };
  });
  expect(restored.zoom).toBeCloseTo(view.zoom, 1);
  expect(restored.center[0]).toBeCloseTo(view.center[0], 3);
  expect(restored.center[1]).toBeCloseTo(view.center[1], 3);
  await expect(again.locator('input[name="layer-roads"]')).not.toBeChecked();
  await expect(again.locator('#date-value')).toHaveText(await page.locator('#date-value').innerText());
  await expect(again.locator('.incident-panel')).toBeVisible();
  expect(new URLSearchParams(new URL(again.url()).hash.slice(1)).get('sel')).toBe(`incident:${id}`);
  await again.close();
});

test('clicking a control zone explains it with the incidents that caused it', async ({ page }) => {
  await openMap(page, ALEPPO_REGION);
  const spot = await page.evaluate(() => {
    const m = window.situationMap!.map;
    const { width, height } = m.getCanvas().getBoundingClientRect();
    // Layers that draw nothing (a group off) are not in the style: asked only for those that are.
    const layers = ['incidents-point', 'incidents-cluster', 'places-point', 'areas-point', 'areas-label']
      .concat('control-fill')
      .filter((id) => m.getLayer(id));
    for (let y = 40; y < height - 40; y += 37) {
      for (let x = 40; x < width - 40; x += 41) {
        const hits = m.queryRenderedFeatures([x, y], { layers });
        if (hits.length && hits.every((h) => h.layer.id === 'control-fill')) return { x, y };
      }
    }
    return null;
  });
  expect(spot, 'a place on the map showing only a zone').not.toBeNull();
  const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
  await page.mouse.click(box.x + spot!.x, box.y + spot!.y);
  const panel = page.locator('.zone-panel');
  await expect(panel).toBeVisible();
  await expect(panel.locator('.status')).not.toBeEmpty();
  await expect(panel.locator('h3')).toContainText('Why');
  expect((await hashParams(page)).get('sel')).toMatch(/^zone:/);
});

test('districts and regions named in reports are outlined, labelled and open their place panel', async ({
  page,
}, info) => {
  // Zoomed out far enough that the region around Syria does not fill the whole view (an area
  // that holds the whole view is background: a click on it opens nothing, checked below).
  await openMap(page, '#map=3.00/30.00000/40.00000' + ALL_LAYERS);
  const outlined = await rendered(page, 'areas-outline');
  expect(outlined.length, 'a named area outlined').toBeGreaterThan(0);
  expect(outlined.every((f) => ['admin2', 'region'].includes(String(f.kind)))).toBe(true);
  expect(outlined.some((f) => String(f.gazetteerId).startsWith('rel:'))).toBe(false);
  const row = page.locator('.layer-row').filter({ has: page.locator('input[name="layer-areas"]') });
  await expect(row.locator('.legend')).toContainText('Districts and regions');
  // A spot where only an area answers a click: the panel opens on the area drawn on top there.
  const spot = await page.evaluate(
    (clickable) => {
      const m = window.situationMap!.map;
      // The clickable layers in the style (one that draws nothing, as the selection's, is not).
      const layers = clickable.filter((id) => m.getLayer(id));
      const { width, height } = m.getCanvas().getBoundingClientRect();
      for (let y = 40; y < height - 40; y += 29) {
        for (let x = 40; x < width - 40; x += 31) {
          const hits = m.queryRenderedFeatures([x, y], { layers });
          const named = hits.filter(
            (h) => h.layer.id === 'areas-fill' && !String(h.properties.gazetteerId).startsWith('rel:'),
          );
          if (
            hits.length &&
            hits.every((h) => h.layer.id === 'areas-fill') &&
            named.length &&
            hits[0] === named[0]
          )
            return {
              x,
              y,
              id: String(named[0]!.properties.id),
              name: String(named[0]!.properties.name),
              ...(({ lng, lat }) => ({ lon: lng, lat }))(m.unproject([x, y])),
            };
        }
      }
      return null;
    },
    [...CLICKABLE_LAYERS],
  );
  expect(spot, 'a spot showing only a named area').not.toBeNull();
  const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
  await page.mouse.click(box.x + spot!.x, box.y + spot!.y);
  await expect(page.locator('.place-panel h2')).toContainText(spot!.name);
  expect((await hashParams(page)).get('sel')).toBe(`place:${spot!.id}`);
  await page.screenshot({ path: info.outputPath('areas.png') });

  // Zoomed in inside that area, its fill is everywhere: a click on it is a click on nothing.
  // The middle of the area's box, zoomed in so that the area holds the whole view.
  const middle = await page.evaluate((id) => {
    const f = window.situationMap!.data().places.features.find((p) => p.properties.id === id)!;
    const ring = (f.geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon).coordinates.flat(2) as number[][];
    const xs = ring.map((p) => p[0]!);
    const ys = ring.map((p) => p[1]!);
    const w = Math.max(...xs) - Math.min(...xs);
    return {
      lon: (Math.max(...xs) + Math.min(...xs)) / 2,
      lat: (Math.max(...ys) + Math.min(...ys)) / 2,
      zoom: Math.min(14, Math.max(9, Math.log2(360 / Math.max(w, 1e-6)) + 3)),
    };
  }, spot!.id);
  await page.goto('about:blank');
  await openMap(
    page,
    `#map=${middle.zoom.toFixed(2)}/${middle.lat.toFixed(5)}/${middle.lon.toFixed(5)}${ALL_LAYERS}`,
  );
  const inside = await page.evaluate(
    ({ id, clickable }) => {
      const m = window.situationMap!.map;
      const layers = clickable.filter((l) => m.getLayer(l));
      const { width, height } = m.getCanvas().getBoundingClientRect();
      for (let y = 40; y < height - 40; y += 29)
        for (let x = 40; x < width - 40; x += 31) {
          const hits = m.queryRenderedFeatures([x, y], { layers });
          if (hits.length && hits.every((h) => h.layer.id === 'areas-fill' && String(h.properties.id) === id))
            return { x, y };
        }
      return null;
    },
    { id: spot!.id, clickable: [...CLICKABLE_LAYERS] },
  );
  expect(inside, 'a spot inside the area showing nothing else').not.toBeNull();
  await page.mouse.click(box.x + inside!.x, box.y + inside!.y);
  await settle(page);
  await expect(page.locator('.place-panel')).toHaveCount(0);
  expect((await hashParams(page)).get('sel')).toBeNull();
});

test('a link written before the areas layer keeps relative areas on', async ({ page }) => {
  await openMap(page, `${ALEPPO_REGION}&layers=governorates,control,roads,relative,labels,places,incidents`);
  await expect(page.locator('input[name="layer-areas"]')).toBeChecked();
  expect((await rendered(page, 'areas')).length).toBeGreaterThan(0);
  expect((await hashParams(page)).get('layers')).toContain('areas');
});
