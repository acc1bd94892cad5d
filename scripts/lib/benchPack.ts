// The browser-pack part of bench-geoparse: size raw and gzip, JSON.parse in Node, and fetch +
// parse inside a Web Worker in Chromium.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { stopwatch } from './benchSpeed.ts';
import { measurePackInBrowser, type BrowserPackTiming } from './measurePackInBrowser.ts';
import { table } from './table.ts';

export interface PackFigures {
  raw: number;
  gzip: number;
  entries: number;
  nodeParseMs: number;
  browser?: BrowserPackTiming;
  browserError?: string;
}

/** Measures the pack file; `browser: false` skips Chromium. */
export async function measurePack(packFile: string, browser: boolean): Promise<PackFigures> {
  const raw = readFileSync(packFile);
  const text = raw.toString('utf8');
  let entries = 0;
  const parseTimes = [0, 1, 2].map(() => {
    const read = stopwatch();
    entries = (JSON.parse(text) as { entries: unknown[] }).entries.length;
    return read().ms;
  });
  const out: PackFigures = {
    raw: raw.length,
    gzip: gzipSync(raw, { level: 9 }).length,
    entries,
    nodeParseMs: parseTimes.sort((a, b) => a - b)[1],
  };
  if (browser) {
    try {
      out.browser = await measurePackInBrowser(packFile);
    } catch (e) {
      out.browserError = (e as Error).message.split('\n')[0];
    }
  }
  return out;
}

/** The pack figures as a printable table. */
export function packTable(name: string, p: PackFigures): string {
  const b = p.browser;
  const worker = b
    ? `${b.totalMs.toFixed(0)} ms (fetch ${b.fetchMs.toFixed(0)} + JSON.parse ${b.parseMs.toFixed(0)}), Chromium ${b.browser}, median of ${b.runs}`
    : p.browserError
      ? `failed: ${p.browserError}`
      : 'skipped (--no-browser)';
  return table(
    ['file', 'entries', 'raw MB', 'gzip MB', 'Node JSON.parse ms (median of 3)', 'Web Worker load + parse'],
    [
      [
        name,
        String(p.entries),
        (p.raw / 2 ** 20).toFixed(2),
        (p.gzip / 2 ** 20).toFixed(2),
        p.nodeParseMs.toFixed(0),
        worker,
      ],
    ],
  );
}
