// Shared steps for the end-to-end tests: serve fixtures for data not generated yet, count
// requests that leave localhost, open the app and wait for the map's first idle with data.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Page } from '@playwright/test';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');

/** E2E_FIXTURES=1 runs on the fixtures even when generated data exists. */
const forceFixtures = process.env.E2E_FIXTURES === '1';
/** True when the committed ingest output is present (tests on the real sample need it). */
export const hasRealData = !forceFixtures && existsSync(path.join(repo, 'public/data/incidents.geojson'));
const hasGazetteer = !forceFixtures && existsSync(path.join(repo, 'public/gazetteer/labels.geojson'));

/** Answers data requests from e2e/fixtures when public/data or public/gazetteer were not generated. */
export async function serveFixturesIfMissing(page: Page): Promise<void> {
  const serve = (dir: 'data' | 'gazetteer') => async (route: import('@playwright/test').Route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop()!;
    const file = path.join(here, 'fixtures', dir, name);
    if (existsSync(file)) await route.fulfill({ contentType: 'application/json', body: readFileSync(file) });
    else await route.fulfill({ status: 404, body: 'not found' });
  };
  if (!hasRealData) await page.route(/\/data\/[^/]+\.(geojson|json)$/, serve('data'));
  if (!hasGazetteer) await page.route(/\/gazetteer\/(admin1|roads|labels)\.geojson$/, serve('gazetteer'));
}

/** Aborts and records every request that does not go to 127.0.0.1/localhost (or data:/blob:). */
export async function blockOutside(page: Page): Promise<string[]> {
  const outside: string[] = [];
  await page.context().route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (['data:', 'blob:'].includes(url.protocol) || ['127.0.0.1', 'localhost'].includes(url.hostname))
      return route.fallback();
    outside.push(url.href);
    return route.abort();
  });
  return outside;
}

/** Opens the app at `hash` and waits until the map has drawn everything it was given. */
export async function openMap(page: Page, hash = ''): Promise<void> {
  await page.goto(`./${hash}`);
  await page.waitForFunction(() => window.situationMap !== undefined);
  await page.evaluate(() => window.situationMap!.ready);
}

/** Searches for `query`, chooses the first hit whose text has `hitText`, and waits for its place panel. */
export async function openPlaceFromSearch(
  page: Page,
  query: string,
  hitText: string,
  title: string,
): Promise<void> {
  const box = page.getByRole('combobox', { name: /Search/ });
  await box.fill(query);
  const hit = page.locator('.search-hit').filter({ hasText: hitText }).first();
  await expect(hit).toBeVisible();
  await hit.click();
  await expect(page.locator('.place-panel h2')).toContainText(title);
}

/** Waits for the map to settle after an interaction. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => window.situationMap!.idle());
}

/** Properties of the features rendered now in one layer group. */
export function rendered(page: Page, group: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    (g) => window.situationMap!.rendered(g).map((f) => ({ ...f.properties, _layer: f.layer.id })),
    group,
  );
}

/** The current hash parsed into its parameters. */
export async function hashParams(page: Page): Promise<URLSearchParams> {
  return new URLSearchParams((await page.evaluate(() => location.hash)).slice(1));
}

/**
 * Serves the manifest and the local article text (real or fixture) with `articles` added, and
 * their `texts`: facts and sentences of our own, for features whose data the ingest may not
 * have written yet.
 */
export async function addArticles(
  page: Page,
  articles: Record<string, unknown>[],
  texts: { id: string; text: string }[],
): Promise<void> {
  const read = async (route: import('@playwright/test').Route, fixture: string | null) => {
    if (!hasRealData)
      return fixture && existsSync(fixture) ? JSON.parse(readFileSync(fixture, 'utf8')) : null;
    const res = await route.fetch();
    return res.ok() && (res.headers()['content-type'] ?? '').includes('json') ? res.json() : null;
  };
  await page.route(/\/data\/manifest\.json$/, async (route) => {
    const manifest = await read(route, path.join(here, 'fixtures', 'data', 'manifest.json'));
    manifest.articles.push(...articles);
    await route.fulfill({ contentType: 'application/json', body: JSON.stringify(manifest) });
  });
  await page.route(/\/data\/local\/articles\.json$/, async (route) => {
    const list = ((await read(route, null)) as { id: string; text: string }[] | null) ?? [];
    await route.fulfill({ contentType: 'application/json', body: JSON.stringify([...list, ...texts]) });
  });
}
