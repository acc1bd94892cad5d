// Times how long a browser Web Worker takes to fetch and parse the gazetteer pack, the way the
// app's worker loads it: Debian Chromium driven by playwright-core, the file served gzip-encoded
// by a throwaway http server on 127.0.0.1 (no network beyond the loopback).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromiumLaunch.ts';

export interface BrowserPackTiming {
  /** Median over the runs, ms: fetch + body read, JSON.parse, and both together. */
  fetchMs: number;
  parseMs: number;
  totalMs: number;
  runs: number;
  browser: string;
}

const PAGE = '<!doctype html><meta charset="utf-8"><title>pack bench</title>';

// Runs inside the worker: fetch the pack, then parse it, timing each step.
const WORKER = `
onmessage = async (e) => {
  const t0 = performance.now();
  const res = await fetch(e.data);
  const body = await res.text();
  const t1 = performance.now();
  const pack = JSON.parse(body);
  const t2 = performance.now();
  postMessage({ fetchMs: t1 - t0, parseMs: t2 - t1, entries: (pack.entries || []).length });
};`;

/**
 * Loads `packFile` `runs` times in a fresh Web Worker each time and returns median timings.
 * Throws when Chromium cannot be started (the caller reports it and falls back).
 */
export async function measurePackInBrowser(packFile: string, runs = 5): Promise<BrowserPackTiming> {
  const gz = gzipSync(readFileSync(packFile));
  const server = createServer((req, res) => {
    if (req.url === '/pack.json') {
      res.writeHead(200, {
        'content-type': 'application/json',
        'content-encoding': 'gzip',
        'cache-control': 'no-store',
      });
      res.end(gz);
    } else if (req.url === '/worker.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(WORKER);
    } else {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(PAGE);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    await page.goto(`${base}/`);
    const samples: { fetchMs: number; parseMs: number }[] = [];
    for (let i = 0; i < runs; i++) {
      samples.push(
        await page.evaluate(
          (url) =>
            new Promise<{ fetchMs: number; parseMs: number }>((resolve, reject) => {
              const w = new Worker('/worker.js');
              w.onmessage = (e) => {
                w.terminate();
                resolve(e.data);
              };
              w.onerror = (e) => reject(new Error(e.message));
              w.postMessage(url);
            }),
          `${base}/pack.json`,
        ),
      );
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    return {
      fetchMs: median(samples.map((s) => s.fetchMs)),
      parseMs: median(samples.map((s) => s.parseMs)),
      totalMs: median(samples.map((s) => s.fetchMs + s.parseMs)),
      runs,
      browser: browser.version(),
    };
  } finally {
    await browser.close();
    server.close();
  }
}
