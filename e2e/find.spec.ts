// Finding things: the search box finds a neighbourhood however its name is written (Latin or
// Arabic script), and Enter flies there and opens its panel; the incidents stacked on one point
// (Aleppo's centre) are each reached from the map, by mouse and by keyboard; Escape closes.
import { expect, test } from './test.ts';
import { hasRealData, hashParams, openMap, settle } from './helpers.ts';

test.beforeEach(() => {
  test.skip(!hasRealData, 'needs the sample data and the gazetteer');
});

test('search finds Hamdaniyeh in Latin and Arabic script, and Enter flies there and opens it', async ({
  page,
}) => {
  await openMap(page, '#map=7.00/35.00000/38.00000');
  const box = page.getByRole('combobox', { name: /Search/ });
  for (const q of ['Hamdaniyeh', 'Hamdaniyah', 'الحمدانية']) {
    await box.fill(q);
    await expect(page.locator('.search-hit').first()).toContainText('Hamdaniyeh');
    await expect(page.locator('.search-hit').first()).toContainText('الحمدانية');
  }
  await box.press('Enter');
  const title = page.locator('.place-panel h2');
  await expect(title).toContainText('Hamdaniyeh');
  await expect(title).toBeFocused();
  // The Arabic name is an element of its own, right to left, apart from the Latin one: on screen
  // (a gap between the two boxes) and in the heading's text a screen reader reads.
  await expect(title.locator('[lang="ar"][dir="rtl"]')).toHaveText('الحمدانية');
  expect(await title.textContent()).toMatch(/Hamdaniyeh\s+الحمدانية/);
  const gap = await title.evaluate((h) => {
    const walker = document.createTreeWalker(h, NodeFilter.SHOW_TEXT);
    let latin: Text | null = null;
    for (let n = walker.nextNode(); n; n = walker.nextNode())
      if (n.textContent?.includes('Hamdaniyeh')) latin = n as Text;
    const range = document.createRange();
    range.selectNodeContents(latin!);
    return h.querySelector('[lang="ar"]')!.getBoundingClientRect().left - range.getBoundingClientRect().right;
  });
  expect(gap).toBeGreaterThan(3);
  await settle(page);
  const [zoom, lat, lon] = (await hashParams(page)).get('map')!.split('/').map(Number);
  expect(zoom).toBeGreaterThan(12);
  expect(Math.abs(lat! - 36.18)).toBeLessThan(0.02);
  expect(Math.abs(lon! - 37.11)).toBeLessThan(0.02);
  // Escape closes the panel and gives focus back to the search box.
  await page.keyboard.press('Escape');
  await expect(page.locator('.place-panel')).toHaveCount(0);
  await expect(box).toBeFocused();
});

test('search finds incidents by outlet and a place only the gazetteer knows', async ({ page }) => {
  await openMap(page, '#map=7.00/35.00000/38.00000');
  const box = page.getByRole('combobox', { name: /Search/ });
  const outlet = await page.evaluate(
    async () => (await window.situationMap!.incidents())[0]!.properties.sources[0]!.outlet!,
  );
  await box.fill(outlet);
  await expect(page.locator('.search-hit[data-kind="incident"]').first()).toContainText(outlet);
  // A town the reports never name, from the gazetteer.
  await box.fill('Qamishli');
  const town = page.locator('.search-hit[data-kind="gazetteer"]').first();
  await expect(town).toContainText('in the gazetteer');
  await town.click();
  await expect(page.locator('.gazetteer-panel h2')).toContainText(/Q[aā]mishl/);
});

test('the incidents stacked on Aleppo are each reached from the map, by mouse and keyboard', async ({
  page,
}) => {
  await openMap(page, '#map=12.50/36.20000/37.16000&date=2024-11-30');
  // The point where several incidents are drawn.
  const stack = await page.evaluate(() => {
    const m = window.situationMap!.map;
    const at = new Map<string, { x: number; y: number; ids: string[] }>();
    for (const f of m.queryRenderedFeatures({ layers: ['incidents-point'] })) {
      const p = m.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
      const k = `${Math.round(p.x)},${Math.round(p.y)}`;
      const s = at.get(k) ?? { x: p.x, y: p.y, ids: [] };
      s.ids.push(String(f.properties.id));
      at.set(k, s);
    }
    return [...at.values()].sort((a, b) => b.ids.length - a.ids.length)[0] ?? null;
  });
  expect(stack?.ids.length, 'several incidents at one point').toBeGreaterThan(2);
  const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
  await page.mouse.click(canvas.x + stack!.x, canvas.y + stack!.y);
  const list = page.locator('.stack-panel .stack-list [data-incident]');
  await expect(list).toHaveCount(stack!.ids.length);
  expect((await list.evaluateAll((els) => els.map((e) => e.getAttribute('data-incident')))).sort()).toEqual(
    [...stack!.ids].sort(),
  );
  // Each one, in turn, by the list and then by "next".
  await list.first().click();
  for (let i = 0; i < stack!.ids.length; i++) {
    await expect(page.locator('.stack-bar')).toContainText(`${i + 1} of ${stack!.ids.length}`);
    const id = (await hashParams(page)).get('sel')!.replace(/^incident:/, '');
    expect(stack!.ids).toContain(id);
    // The chosen one is drawn on top of the others.
    expect(
      await page.evaluate(() =>
        window
          .situationMap!.map.queryRenderedFeatures({ layers: ['incidents-top'] })
          .map((f) => String(f.properties.id)),
      ),
    ).toEqual([id]);
    await page.getByRole('button', { name: 'Next incident here' }).click();
    await settle(page);
  }
  // Escape goes back to the list, then closes it.
  await page.keyboard.press('Escape');
  await expect(page.locator('.stack-panel')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('.stack-panel')).toHaveCount(0);

  // By keyboard: the markers in view are buttons; the stack's opens the same list.
  const stackButton = page.getByRole('button', {
    name: `${stack!.ids.length} incidents at one point: list them`,
  });
  await expect(stackButton).toHaveCount(1);
  await stackButton.focus();
  await page.keyboard.press('Enter');
  await expect(list).toHaveCount(stack!.ids.length);
  await expect(page.locator('.stack-panel h2')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('.incident-panel')).toBeVisible();
});
