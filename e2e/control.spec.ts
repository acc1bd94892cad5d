// Control zones over the days of the sample: stepping the date control from 27 to 30 November
// changes the zones each day; an assessed zone says which axes, figures and incidents moved it;
// a published control map imported from a file is drawn beside ours as outlines.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from './test.ts';
import { hasRealData, hashParams, openMap, rendered, settle } from './helpers.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const REFERENCE = path.resolve(here, '../data/control/reference-example.geojson');
const WEST_OF_ALEPPO = 'map=9.20/36.05000/36.95000';

/** What the map draws of our zones now, and the area table of the date control. */
async function zonesShown(page: Page): Promise<{ zones: string; areas: string }> {
  const zones = (await rendered(page, 'control-fill'))
    .map((f) => `${f.controller}/${f.status}`)
    .sort()
    .filter((z, i, all) => all.indexOf(z) === i)
    .join(' ');
  const areas = await page.locator('.date-control table.areas').innerText();
  return { zones, areas };
}

test('stepping the date over 27–30 November changes the zones each day', async ({ page }) => {
  test.skip(!hasRealData, 'needs the ingest of the sample reports (public/data)');
  await openMap(page, `#${WEST_OF_ALEPPO}&date=2024-11-26`);
  const seen = [await zonesShown(page)];
  for (const day of ['2024-11-27', '2024-11-28', '2024-11-29', '2024-11-30']) {
    await page.getByRole('button', { name: 'Next day' }).click();
    await settle(page);
    expect((await hashParams(page)).get('date')).toBe(day);
    const now = await zonesShown(page);
    expect(now.areas, `the areas held change on ${day}`).not.toEqual(seen[seen.length - 1]!.areas);
    seen.push(now);
  }
  // The advance shows as assessed ground from its first day, and as claimed places when they fall.
  expect(seen[1]!.zones).toContain('opposition/assessed');
  expect(seen[3]!.zones).toContain('opposition/claimed');
  // Reported extents are set beside what the map shows.
  await expect(page.locator('.reported-extents')).toContainText('km²');
  await expect(page.locator('.reported-extents')).toContainText('the map shows');
});

test('an assessed zone says which axes, figures and incidents moved it', async ({ page }) => {
  test.skip(!hasRealData, 'needs the ingest of the sample reports (public/data)');
  await openMap(
    page,
    `#${WEST_OF_ALEPPO}&date=2024-11-29&sel=zone:${encodeURIComponent('opposition|assessed')}`,
  );
  const panel = page.locator('.zone-panel');
  await expect(panel).toBeVisible();
  await expect(panel.locator('.status')).toContainText('Assessed advance');
  await expect(panel.locator('.axes li').first()).toContainText('→');
  await expect(panel.locator('.figures')).toContainText('km²');
  const links = panel.locator('button, a').filter({ hasText: /Advance/ });
  expect(await links.count()).toBeGreaterThan(0);
  await links.first().click();
  await expect(page.locator('.incident-panel')).toBeVisible();
});

test('a published control map is drawn beside ours as outlines', async ({ page }) => {
  await openMap(page, `#${WEST_OF_ALEPPO}&date=2024-11-30`);
  expect(await rendered(page, 'control-reference-outline')).toEqual([]);
  await page.locator('input[name="reference-map"]').setInputFiles(REFERENCE);
  await expect(page.locator('.message-info').filter({ hasText: 'Published map' })).toBeVisible();
  await settle(page);
  const outlines = await rendered(page, 'control');
  expect(outlines.some((f) => f._layer === 'control-reference-outline')).toBe(true);
  await expect(page.locator('.layer-panel')).toContainText('Published map: reference-example.geojson');
  // Ours are still drawn, and only ours open the zone panel.
  expect(outlines.some((f) => f._layer === 'control-fill' && f.source !== 'reference')).toBe(true);
  expect(outlines.some((f) => f._layer === 'control-fill' && f.source === 'reference')).toBe(false);
});
