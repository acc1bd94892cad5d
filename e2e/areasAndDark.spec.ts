// Areas and dark mode (issue 11): an area chosen on a phone is shown whole above the bottom sheet;
// an incident told of a governorate shows the governorate, not a street-level zoom of its
// middle; with the system in dark mode every legend symbol stays visible on the dark panel.
import { expect, test, type Page } from './test.ts';
import { hasRealData, openMap, openPlaceFromSearch, settle } from './helpers.ts';

/** Where a place's outline lies on the page (its box), with the map's and the sheet's edges. */
function placeOnScreen(page: Page, placeId: string) {
  return page.evaluate((id) => {
    const m = window.situationMap!.map;
    const f = window.situationMap!.data().places.features.find((p) => p.properties.id === id)!;
    const g = f.geometry;
    const rings =
      g.type === 'Polygon' ? g.coordinates : g.type === 'MultiPolygon' ? g.coordinates.flat() : [];
    const r = m.getContainer().getBoundingClientRect();
    const pts = rings.flat().map((c) => m.project(c as [number, number]));
    const sheet = document.querySelector('.detail')?.getBoundingClientRect();
    return {
      zoom: m.getZoom(),
      top: r.top + Math.min(...pts.map((p) => p.y)),
      bottom: r.top + Math.max(...pts.map((p) => p.y)),
      left: r.left + Math.min(...pts.map((p) => p.x)),
      right: r.left + Math.max(...pts.map((p) => p.x)),
      map: { top: r.top, bottom: r.bottom, left: r.left, right: r.right },
      sheetTop: sheet && sheet.height ? sheet.top : r.bottom,
    };
  }, placeId);
}

/** A governorate of the sample that an incident was told of, with that incident's id and day. */
function governorateIncident(page: Page) {
  return page.evaluate(() => {
    const d = window.situationMap!.data();
    const kind = new Map(d.places.features.map((p) => [p.properties.id, p.properties.kind]));
    const f = d.incidents.features.find(
      (i) => kind.get(i.properties.place) === 'admin1' && i.properties.date,
    );
    return f ? { id: f.properties.id, place: f.properties.place, date: f.properties.date! } : null;
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

  test('a governorate chosen in the search is shown whole above the bottom sheet', async ({ page }) => {
    test.skip(!hasRealData, 'needs the sample data');
    await openMap(page, '#map=13.00/36.20/37.15');
    await openPlaceFromSearch(page, 'Aleppo Governorate', 'governorate', 'Aleppo');
    const id = await page.evaluate(() => {
      const sel = new URLSearchParams(location.hash.slice(1)).get('sel') ?? '';
      return sel.replace(/^place:/, '');
    });
    await settle(page);
    await expect
      .poll(async () => {
        const s = await placeOnScreen(page, id);
        return s.sheetTop < s.map.bottom - 100 && s.bottom <= s.sheetTop + 2 && s.top >= s.map.top - 2;
      }, 'the whole governorate is above the sheet')
      .toBe(true);
    const s = await placeOnScreen(page, id);
    expect(s.left).toBeGreaterThanOrEqual(s.map.left - 2);
    expect(s.right).toBeLessThanOrEqual(s.map.right + 2);
    expect(s.right - s.left, 'and is not a speck').toBeGreaterThan(100);
    await page.screenshot({ path: test.info().outputPath('phone-governorate.png') });
  });
});

test('an incident told of a governorate shows the governorate whole, not a street-level zoom', async ({
  page,
}) => {
  test.skip(!hasRealData, 'needs the sample data');
  await openMap(page, '#map=8.00/36.00/37.00');
  const inc = await governorateIncident(page);
  expect(inc, 'the sample tells of an incident in a governorate').not.toBeNull();
  await openMap(page, `#map=8.00/36.00/37.00&date=${inc!.date}`);
  await page.locator(`.incident-list [data-incident="${inc!.id}"]`).click();
  await expect(page.locator('.incident-panel')).toBeVisible();
  await settle(page);
  const s = await placeOnScreen(page, inc!.place);
  expect(s.zoom, 'not the 12.5 of a town').toBeLessThan(11);
  expect(s.top).toBeGreaterThanOrEqual(s.map.top - 2);
  expect(s.bottom).toBeLessThanOrEqual(s.map.bottom + 2);
  expect(s.left).toBeGreaterThanOrEqual(s.map.left - 2);
  expect(s.right).toBeLessThanOrEqual(s.map.right + 2);
  expect(s.right - s.left, 'it fills the map').toBeGreaterThan((s.map.right - s.map.left) * 0.3);
});

test.describe('in dark mode', () => {
  test.use({ colorScheme: 'dark' });

  /** Share of an element's pixels that stand out from `bg` (summed RGB difference over `min`). */
  async function inked(page: Page, shot: Buffer, bg: number[], min: number): Promise<number> {
    return page.evaluate(
      async ({ png, bg, min }) => {
        const img = new Image();
        img.src = `data:image/png;base64,${png}`;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.naturalWidth;
        c.height = img.naturalHeight;
        const ctx = c.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        const d = ctx.getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 0; i < d.length; i += 4)
          if (Math.abs(d[i]! - bg[0]!) + Math.abs(d[i + 1]! - bg[1]!) + Math.abs(d[i + 2]! - bg[2]!) > min)
            n++;
        return n / (d.length / 4);
      },
      { png: shot.toString('base64'), bg, min },
    );
  }

  test('every legend symbol stays visible on the dark panel, the contested ring too', async ({ page }) => {
    await openMap(page);
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    const bg = await page.evaluate(() => {
      let el: Element | null = document.querySelector('.legend');
      while (el) {
        const c = getComputedStyle(el).backgroundColor;
        const m = c.match(/\d+(\.\d+)?/g)?.map(Number) ?? [];
        if (m.length >= 3 && (m.length < 4 || m[3]! > 0.5)) return m.slice(0, 3);
        el = el.parentElement;
      }
      return [255, 255, 255];
    });
    expect(bg[0]! + bg[1]! + bg[2]!, 'the panel is dark').toBeLessThan(200);

    const symbols = page.locator('.legend img, .legend .swatch, .legend .dot, .legend .cluster-swatch');
    const n = await symbols.count();
    expect(n).toBeGreaterThan(10);
    const faint: string[] = [];
    for (let i = 0; i < n; i++) {
      const s = symbols.nth(i);
      if (!(await s.isVisible())) continue;
      const share = await inked(page, await s.screenshot(), bg, 120);
      if (share < 0.15)
        faint.push(`${await s.evaluate((e) => e.parentElement!.textContent!.trim())}: ${share.toFixed(2)}`);
    }
    expect(faint, 'legend symbols lost in the dark panel').toEqual([]);

    // The contested icon's dashed ring (beyond the plain icon's edge) stands out from the panel.
    const ring = await page.evaluate(async (panel) => {
      const img = [...document.querySelectorAll<HTMLImageElement>('.legend img')].find((i) =>
        i.parentElement!.textContent!.includes('Dashed ring'),
      )!;
      const c = document.createElement('canvas');
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const ctx = c.getContext('2d')!;
      ctx.fillStyle = `rgb(${panel.join(',')})`;
      ctx.fillRect(0, 0, c.width, c.height);
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      const mid = c.width / 2;
      let all = 0;
      let seen = 0;
      for (let y = 0; y < c.height; y++)
        for (let x = 0; x < c.width; x++) {
          const r = Math.hypot(x + 0.5 - mid, y + 0.5 - mid) / (c.width / 48);
          if (r < 21.5 || r > 23.5) continue;
          all++;
          const i = (y * c.width + x) * 4;
          if (
            Math.abs(d[i]! - panel[0]!) + Math.abs(d[i + 1]! - panel[1]!) + Math.abs(d[i + 2]! - panel[2]!) >
            150
          )
            seen++;
        }
      return seen / all;
    }, bg);
    expect(ring, 'the contested ring is visible on the dark panel').toBeGreaterThan(0.33);
  });
});
