// A workspace an analyst can live in: reports pasted here are kept across a reload, merged with
// the loaded map by the pipeline's own merge (the same text twice changes nothing; a report
// telling a loaded event is one more source of it), and can be removed and put back.
import { expect, test, type Page } from './test.ts';
import { hashParams, hasRealData, openMap, openPlaceFromSearch, settle } from './helpers.ts';

test.beforeEach(() => {
  test.skip(!hasRealData, 'needs the sample data, its readings and the gazetteer pack');
});

// Our own sentences.
const CAPTURE = 'On Saturday, opposition fighters seized control of the town of Saraqib, a war monitor said.';

async function paste(page: Page, text: string, outlet: string, date: string): Promise<void> {
  const details = page.locator('details.add-reports');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open)))
    await details.locator('summary').click();
  await page.getByLabel('Paste a report').fill(text);
  await page.getByLabel('Outlet', { exact: true }).fill(outlet);
  await page.getByLabel('Report date').fill(date);
  const before = await page.locator('.message').count();
  await page.getByRole('button', { name: 'Add pasted report' }).click();
  await expect(page.locator('.message')).not.toHaveCount(before, { timeout: 60_000 });
  await expect(page.getByRole('button', { name: 'Add pasted report' })).toBeEnabled({ timeout: 60_000 });
}

/** Incidents (id, outlets) with a source from a report of `outlet`. */
function incidentsFrom(page: Page, outlet: string) {
  return page.evaluate((o) => {
    const d = window.situationMap!.data();
    return d.incidents.features
      .filter((f) => f.properties.articles.some((a) => d.outlets[a] === o))
      .map((f) => ({
        id: f.properties.id,
        type: f.properties.type,
        place: f.properties.place,
        outlets: [...new Set(f.properties.articles.map((a) => d.outlets[a]))],
      }));
  }, outlet);
}

const count = (page: Page) => page.evaluate(() => window.situationMap!.data().incidents.features.length);

test('a pasted report is still there, with its incidents, after a reload', async ({ page }) => {
  await openMap(page, '#map=10.00/35.86000/36.80000&date=2024-11-30');
  await paste(page, CAPTURE, 'Keep Wire', '2024-11-30');
  await expect(page.locator('.message-info').filter({ hasText: 'Added' })).toBeVisible();
  const mine = await incidentsFrom(page, 'Keep Wire');
  expect(mine.length).toBeGreaterThan(0);
  await page.reload();
  await openMap(page, '#map=10.00/35.86000/36.80000&date=2024-11-30');
  await expect(page.locator('.report-row').filter({ hasText: 'Keep Wire' })).toContainText(
    'kept in this browser',
  );
  await expect.poll(() => incidentsFrom(page, 'Keep Wire')).toEqual(mine);
  // Its quote is there too: the text is kept with it.
  await page.locator(`.incident-list [data-incident="${mine[0]!.id}"]`).click();
  const source = page.locator('.incident-panel .source').filter({ hasText: 'Keep Wire' });
  await expect(source.locator('blockquote')).toContainText('Saraqib');
});

test('the same report pasted twice is on the map once', async ({ page }) => {
  await openMap(page, '#map=10.00/35.86000/36.80000&date=2024-11-30');
  await paste(page, CAPTURE, 'Twice Wire', '2024-11-30');
  const once = await count(page);
  const rows = await page.locator('.report-row').count();
  // The same words, spaced differently, under another outlet name.
  await paste(page, `  ${CAPTURE.replace(/ /g, '\n')}  `, 'Other Name', '2024-11-30');
  await expect(page.locator('.message-info').filter({ hasText: 'already on the map' })).toBeVisible();
  expect(await count(page)).toBe(once);
  await expect(page.locator('.report-row')).toHaveCount(rows);
  expect(await incidentsFrom(page, 'Other Name')).toEqual([]);
});

test('a report that repeats a loaded event is one more source of its marker, not a second marker', async ({
  page,
}) => {
  await openMap(page, '#map=12.50/36.20000/37.16000&date=2024-11-29');
  const loaded = await page.evaluate(() =>
    window
      .situationMap!.data()
      .incidents.features.filter(
        (f) =>
          f.properties.type === 'advance' && f.properties.place === 'geonames:170063' && f.properties.date,
      )
      .map((f) => ({ id: f.properties.id, date: f.properties.date!, n: f.properties.sources })),
  );
  expect(loaded.length, 'the sample tells an advance into Aleppo').toBeGreaterThan(0);
  const before = await count(page);
  await paste(
    page,
    'Opposition fighters entered the city of Aleppo, a war monitor said.',
    'Echo Wire',
    loaded[0]!.date,
  );
  const mine = await incidentsFrom(page, 'Echo Wire');
  expect(mine).toHaveLength(1);
  expect(mine[0]!.place).toBe('geonames:170063');
  expect(mine[0]!.outlets.length).toBeGreaterThan(1);
  expect(await count(page)).toBe(before);

  // On the map: exactly one marker is drawn for it, and clicking that marker (through the list
  // of the incidents drawn at its point, when there are several) opens a panel with both outlets.
  await settle(page);
  const drawn = await page.evaluate((id) => {
    const m = window.situationMap!.map;
    const hits = m
      .queryRenderedFeatures({ layers: ['incidents-point'] })
      .filter((f) => String(f.properties.id) === id);
    const at = hits.map((f) => m.project((f.geometry as GeoJSON.Point).coordinates as [number, number]));
    return { n: hits.length, points: at.map((p) => ({ x: p.x, y: p.y })) };
  }, mine[0]!.id);
  expect(drawn.n, 'one marker for the event told by both reports').toBe(1);
  const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
  await page.mouse.click(canvas.x + drawn.points[0]!.x, canvas.y + drawn.points[0]!.y);
  // Several incidents drawn at that point open their list first.
  await expect(page.locator('.stack-panel, .incident-panel').first()).toBeVisible();
  if (await page.locator('.stack-panel').count())
    await page.locator(`.stack-panel .stack-list [data-incident="${mine[0]!.id}"]`).click();
  await expect(page.locator('.incident-panel')).toBeVisible();
  expect((await hashParams(page)).get('sel')).toBe(`incident:${mine[0]!.id}`);
  const outlets = page.locator('.incident-panel .source .outlet');
  await expect(outlets.filter({ hasText: 'Echo Wire' })).toHaveCount(1);
  expect(await outlets.count()).toBeGreaterThan(1);
});

test("a later report's day lists what happened that day, not the sample's last changes", async ({ page }) => {
  await openMap(page, '#map=8.00/35.50000/38.50000&date=2024-11-30');
  // Our own sentence, months after the sample's last day (10 March 2025 was a Monday).
  await paste(
    page,
    'On Monday, government aircraft struck the town of Mayadin, residents said.',
    'March Wire',
    '2025-03-10',
  );
  const mine = await incidentsFrom(page, 'March Wire');
  expect(mine.length, 'the report tells an incident').toBeGreaterThan(0);
  const slider = page.getByRole('slider', { name: 'Day shown' });
  await slider.focus();
  await page.keyboard.press('End');
  await expect(page.locator('#date-value')).toContainText('2025');
  const changes = page.locator('details.changes');
  await expect(changes.locator('summary')).toHaveText(`What changed that day (${mine.length})`);
  // Each listed item opens one of the report's incidents; none of the sample's November ones.
  const items = changes.locator('li button');
  await expect(items).toHaveCount(mine.length);
  for (let i = 0; i < mine.length; i++) {
    await items.nth(i).click();
    expect(mine.map((m) => `incident:${m.id}`)).toContain((await hashParams(page)).get('sel'));
  }
  // The sample's last day still lists its own.
  await page.keyboard.press('Escape');
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('#date-value')).toContainText('2024');
  await expect(changes.locator('li')).not.toHaveCount(0);
});

test('a report about another region moves the map to what it added, and the message can show it again', async ({
  page,
}) => {
  // The view is Aleppo; the report (our own sentences) tells of towns on the Euphrates far east.
  await openMap(page, '#map=11.00/36.20000/37.15000&date=2024-11-30');
  await paste(
    page,
    'Government aircraft struck the town of Mayadin on Saturday, residents said. ' +
      'Later that day militants attacked an army post near Abu Kamal, a war monitor said.',
    'East Wire',
    '2024-11-30',
  );
  const mine = await incidentsFrom(page, 'East Wire');
  expect(mine.length, 'the report tells incidents').toBeGreaterThan(0);
  const shown = async () => {
    await settle(page);
    const listed = await page
      .locator('.incident-list [data-incident]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-incident')));
    return mine.filter((m) => listed.includes(m.id)).length;
  };
  // The map went there: its incidents are in view, so the list (what is in view) shows them.
  await expect.poll(shown).toBe(mine.length);
  const camera = (await hashParams(page)).get('map')!.split('/').map(Number);
  expect(camera[2], 'the view moved east, off Aleppo').toBeGreaterThan(39);

  // Back to Aleppo: none in view; the message's button brings them back.
  await page.evaluate(() => window.situationMap!.map.jumpTo({ center: [37.15, 36.2], zoom: 11 }));
  await expect.poll(shown).toBe(0);
  await page
    .locator('.message-info')
    .filter({ hasText: 'Added' })
    .getByRole('button', { name: 'Show what was added' })
    .click();
  await expect.poll(shown).toBe(mine.length);
});

test("a report about one town far from the basemap's local labels is shown at a town's zoom, not its streets", async ({
  page,
}) => {
  // Our own sentence: one incident at one town (a box of one point: fitted, the closest zoom).
  await openMap(page, '#map=11.00/36.20000/37.15000&date=2024-11-30');
  await paste(
    page,
    'Government aircraft struck the town of Mayadin on Saturday, residents said.',
    'Town Wire',
    '2024-11-30',
  );
  expect((await incidentsFrom(page, 'Town Wire')).length, 'the report tells an incident').toBeGreaterThan(0);
  await expect
    .poll(async () => Number((await hashParams(page)).get('map')!.split('/')[2]), { timeout: 20_000 })
    .toBeGreaterThan(39);
  await settle(page);
  const [zoom] = (await hashParams(page)).get('map')!.split('/').map(Number);
  // The built-in basemap has nothing closer than its town labels there (model/closestZoom.ts): 10, not 11.
  expect(zoom).toBeCloseTo(10, 1);
});

test('a report removed from the list can be put back with Undo', async ({ page }) => {
  await openMap(page, '#map=10.00/35.86000/36.80000&date=2024-11-30');
  const before = await count(page);
  await paste(page, CAPTURE, 'Undo Wire', '2024-11-30');
  const mine = await incidentsFrom(page, 'Undo Wire');
  expect(mine.length).toBeGreaterThan(0);
  const row = page.locator('.report-row').filter({ hasText: 'Undo Wire' });
  await row.getByRole('button', { name: 'Remove Undo Wire' }).click();
  await expect(row).toHaveCount(0, { timeout: 60_000 });
  expect(await incidentsFrom(page, 'Undo Wire')).toEqual([]);
  expect(await count(page)).toBe(before);
  const removed = page.locator('.message').filter({ hasText: 'Removed Undo Wire' });
  await removed.getByRole('button', { name: 'Undo' }).click();
  await expect(row).toHaveCount(1, { timeout: 60_000 });
  expect(await incidentsFrom(page, 'Undo Wire')).toEqual(mine);
  // Kept as it is now: after a reload it is still back.
  await page.reload();
  await openMap(page, '#map=10.00/35.86000/36.80000&date=2024-11-30');
  await expect(page.locator('.report-row').filter({ hasText: 'Undo Wire' })).toHaveCount(1);
});

test('a village the gazetteer lacks is drawn where the report puts it, faint, and its panel says so', async ({
  page,
}) => {
  await openMap(page);
  // Our own sentence; the village's name is made up, so no gazetteer has it.
  await paste(
    page,
    'IDLIB, Syria — Rebels captured the village of Kafr Zubaydiyah, 12 km south of Saraqib, on Friday, a war monitor said.',
    'Test Desk',
    '2024-11-30',
  );
  await expect(page.locator('.legend li', { hasText: 'Position approximate' })).toContainText('1');
  await openPlaceFromSearch(page, 'Kafr Zubaydiyah', 'Kafr Zubaydiyah', 'Kafr Zubaydiyah');
  const facts = page.locator('.place-panel .facts');
  await expect(facts).toContainText('not in the gazetteer');
  await expect(facts.locator('dd.approximate')).toContainText('Sarāqib');
  await expect(facts.locator('dd.approximate')).toContainText(/up to \d+ km off/);
});

test('the view (camera, layers) is kept for the next visit that opens no link', async ({ page }) => {
  await openMap(page);
  await page.evaluate(() => window.situationMap!.map.jumpTo({ center: [37.1, 36.2], zoom: 9 }));
  await page.locator('input[name="layer-roads"]').uncheck();
  await settle(page);
  // Written a moment after the last change (read without making the database when it is missing).
  const kept = () =>
    page.evaluate(async () => {
      if (!(await indexedDB.databases()).some((d) => d.name === 'situation-map')) return null;
      return new Promise<{ zoom: number; roads: boolean } | null>((resolve) => {
        const open = indexedDB.open('situation-map');
        open.onerror = () => resolve(null);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('state').objectStore('state').get('view');
          get.onsuccess = () => {
            db.close();
            const v = get.result as { camera: { zoom: number }; layers: { roads: boolean } } | undefined;
            resolve(v ? { zoom: Math.round(v.camera.zoom), roads: v.layers.roads } : null);
          };
        };
      });
    });
  await expect.poll(kept, { timeout: 15_000 }).toEqual({ zoom: 9, roads: false });
  await page.goto('./');
  await page.waitForFunction(() => window.situationMap !== undefined);
  await page.evaluate(() => window.situationMap!.ready);
  await expect
    .poll(() =>
      page.evaluate(() => {
        const m = window.situationMap!.map;
        const c = m.getCenter();
        return [Math.round(m.getZoom()), +c.lng.toFixed(1), +c.lat.toFixed(1)];
      }),
    )
    .toEqual([9, 37.1, 36.2]);
  await expect(page.locator('input[name="layer-roads"]')).not.toBeChecked();
});

test('a report pasted without an outlet is named by its first line wherever the app names it', async ({
  page,
}) => {
  await openMap(page, '#map=10.00/35.86000/36.80000&date=2024-11-30');
  // Our own sentences: a headline, then the report.
  const text = `Fighters take Saraqib after a night of clashes\n\n${CAPTURE}`;
  await paste(page, text, '', '2024-11-30');
  const name = '“Fighters take Saraqib after a night of clashes” (pasted)';
  await expect(page.locator('.message-info').filter({ hasText: `Added ${name}:` })).toBeVisible();
  const row = page.locator('.report-row').filter({ hasText: name });
  await expect(row).toHaveCount(1);
  // Never the id the app gave it.
  await expect(page.locator('.reports')).not.toContainText('pasted-report');
  // The same name as the source of its incidents.
  const mine = await incidentsFrom(page, name);
  expect(mine.length).toBeGreaterThan(0);
  await row.getByRole('button', { name: `Remove ${name}` }).click();
  await expect(page.locator('.message').filter({ hasText: `Removed ${name}.` })).toBeVisible({
    timeout: 60_000,
  });
});

test('a report pasted before the map’s data is in waits for it and joins the loaded reports', async ({
  page,
}) => {
  const loaded = (await (await page.request.get('./data/manifest.json')).json()) as {
    articles: { id: string }[];
  };
  // The manifest is held back until the report is pasted: the page's first moments.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/data\/manifest\.json$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./#map=10.00/35.86000/36.80000&date=2024-11-30');
  await page.locator('details.add-reports summary').click();
  await page.getByLabel('Paste a report').fill(CAPTURE);
  await page.getByLabel('Outlet', { exact: true }).fill('Early Wire');
  await page.getByLabel('Report date').fill('2024-11-30');
  await page.getByRole('button', { name: 'Add pasted report' }).click();
  await expect(page.locator('.message-info').filter({ hasText: 'still loading' })).toBeVisible();
  // Nothing is lost meanwhile: the text stays in the form.
  await expect(page.getByLabel('Paste a report')).toHaveValue(CAPTURE);
  release();
  await expect(page.locator('.message-info').filter({ hasText: 'Added Early Wire' })).toBeVisible({
    timeout: 60_000,
  });
  await expect(page.locator('.message-info').filter({ hasText: 'still loading' })).toHaveCount(0);
  // Merged onto the loaded map: every loaded report is still on it, beside the pasted one.
  const ids = await page.evaluate(() => window.situationMap!.data().manifest!.articles.map((a) => a.id));
  for (const a of loaded.articles) expect(ids).toContain(a.id);
  expect(ids.length).toBe(loaded.articles.length + 1);
  expect((await incidentsFrom(page, 'Early Wire')).length).toBeGreaterThan(0);
  expect(await count(page)).toBeGreaterThan((await incidentsFrom(page, 'Early Wire')).length);
});
