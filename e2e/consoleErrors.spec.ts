// The console-error check every test runs (e2e/test.ts) also sees the Web Workers: a worker's
// console error, an exception thrown in it, and a worker whose script never loads (which logs
// nothing by itself) are each counted; a worker error the page handles is not. Each test
// empties the list at its end, having checked it, so the check itself does not fail it.
import { expect, test } from './test.ts';
import { openMap } from './helpers.ts';

/** Starts a worker running `source` (from a blob: URL, as MapLibre starts its own). */
const startWorker = ({ source, handled = false }: { source: string; handled?: boolean }) => {
  const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  const w = new Worker(url);
  if (handled) w.addEventListener('error', (e) => e.preventDefault());
  // Kept referenced, so none is collected before it ran.
  const held = window as unknown as { testWorkers?: Worker[] };
  held.testWorkers = held.testWorkers ?? [];
  held.testWorkers.push(w);
};

test('a worker’s console error, its uncaught exception and a worker that never loads are console errors', async ({
  page,
  consoleErrors,
}) => {
  await openMap(page);
  expect(consoleErrors, 'the app itself logs none').toEqual([]);
  await page.evaluate(startWorker, { source: "console.error('a worker logged this');" });
  await page.evaluate(startWorker, {
    source: "setTimeout(() => { throw new Error('a worker threw this'); });",
  });
  // A module worker whose script is not there: no console message of its own.
  await page.evaluate(() => {
    const w = new Worker('./assets/no-such.worker.js', { type: 'module' });
    (window as unknown as { testWorkers: Worker[] }).testWorkers.push(w);
  });
  await expect.poll(() => consoleErrors.join('\n')).toContain('a worker logged this');
  await expect.poll(() => consoleErrors.join('\n')).toContain('a worker threw this');
  await expect.poll(() => consoleErrors.join('\n')).toContain('no-such.worker.js');
  consoleErrors.length = 0;
});

test('a worker error the page handles is no console error', async ({ page, consoleErrors }) => {
  await openMap(page);
  await page.evaluate(startWorker, { source: "throw new Error('handled by the page');", handled: true });
  // A worker that fails unhandled after it, so the wait has an end.
  await page.evaluate(startWorker, { source: "throw new Error('not handled');" });
  await expect.poll(() => consoleErrors.join('\n')).toContain('not handled');
  expect(consoleErrors.join('\n')).not.toContain('handled by the page');
  consoleErrors.length = 0;
});
