// Names a report uses as places but the geoparser left off the map are listed under "Not on the
// map", with their report and the reason in words; a name opens the article at it.
import { expect, test } from './test.ts';
import { addArticles, openMap } from './helpers.ts';

// Our own sentences and made-up village names.
const TEXT =
  'Shelling hit farms near Tall Zaghrur and the outskirts of Kafr Dunya on Friday, residents said.';
const at = (name: string) => ({
  start: TEXT.indexOf(name),
  end: TEXT.indexOf(name) + name.length,
  text: name,
});
const ARTICLES = [
  {
    id: 'e2e-unplaced-text',
    outlet: 'Unplaced Wire',
    dateline: '2024-11-29',
    url: null,
    length: TEXT.length,
    excluded: [],
    unplaced: [
      {
        ...at('Kafr Dunya'),
        reason: 'ambiguous',
        candidates: [
          { gazetteerId: 'x:1', name: 'Kafr Dunya' },
          { gazetteerId: 'x:2', name: 'Kfar Dunya' },
        ],
      },
      { ...at('Tall Zaghrur'), reason: 'unknown' },
    ],
  },
  {
    id: 'e2e-unplaced-no-text',
    outlet: null,
    dateline: '2024-11-29',
    url: null,
    length: 80,
    excluded: [],
    unplaced: [{ start: 12, end: 21, text: 'Ain Sawda', reason: 'far' }],
  },
];

test.beforeEach(async ({ page }) => {
  await addArticles(page, ARTICLES, [{ id: 'e2e-unplaced-text', text: TEXT }]);
});

test('names left off the map are listed with their report and reason, and open the reader', async ({
  page,
}, info) => {
  await openMap(page, '#map=8.60/36.15000/37.00000');
  const section = page.locator('details.unplaced');
  const summary = section.locator('summary');
  await expect(summary).toContainText('Not on the map');
  const count = Number(await summary.locator('.count').innerText());
  expect(count).toBeGreaterThanOrEqual(3);
  // Collapsed until opened, from the keyboard too.
  const list = page.getByRole('list', { name: 'Names not on the map' });
  await expect(list).toBeHidden();
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(list).toBeVisible();
  await page.screenshot({ path: info.outputPath('not-on-the-map.png') });

  const ours = list.locator('[data-article="e2e-unplaced-text"]');
  await expect(ours).toHaveCount(2);
  // By position in the report: Tall Zaghrur comes first.
  await expect(ours.nth(0)).toContainText('Tall Zaghrur · Unplaced Wire · not in the gazetteer');
  await expect(ours.nth(1)).toContainText('Kafr Dunya · Unplaced Wire · several places fit (Kfar Dunya)');
  const noText = list.locator('[data-article="e2e-unplaced-no-text"]');
  await expect(noText).toContainText('Ain Sawda · Outlet not named · too far from the report’s other places');
  // A report with neither outlet nor text is named as such, not by its id, in the reports list too.
  await expect(noText).not.toContainText('e2e-unplaced-no-text');
  const row = page.locator('.report-row[data-report="e2e-unplaced-no-text"]');
  await expect(row.locator('.report-head strong')).toHaveText('Outlet not named');
  // Without the report's text the name is plain text, not a button.
  await expect(noText.getByRole('button')).toHaveCount(0);

  const open = list.getByRole('button', { name: 'Kafr Dunya: open Unplaced Wire at this name' });
  await open.focus();
  await page.keyboard.press('Enter');
  const reader = page.getByRole('dialog');
  await expect(reader).toBeVisible();
  await expect(reader.locator('mark')).toHaveText('Kafr Dunya');
  await page.keyboard.press('Escape');
  await expect(reader).toBeHidden();
  await expect(open).toBeFocused();
});
