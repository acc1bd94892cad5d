import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inputsKey, isBuilt, readStamp, writeStamp } from './buildStamp.ts';

let root: string;
const file = (rel: string, content: string) => {
  mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  writeFileSync(path.join(root, rel), content);
};
const lock = (version: string) =>
  file(
    'node_modules/.package-lock.json',
    JSON.stringify({ packages: { 'node_modules/atlas': { version, integrity: `sha512-${version}` } } }),
  );
const stamp = () => path.join(root, 'out/build.stamp.json');
const built = (more: string[] = []) =>
  isBuilt({ stamp: stamp(), outputs: [path.join(root, 'out/world.bin')], more, root });

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'stamp-'));
  file('src/build.ts', 'export const build = 1;');
  file('data/facts.json', '{"towns": 3}');
  file('node_modules/atlas/package.json', '{"name": "atlas", "version": "1.0.0"}');
  file('node_modules/atlas/countries.json', '{}');
  lock('1.0.0');
  file('out/world.bin', 'built');
  writeStamp(stamp(), ['src/build.ts', 'data/facts.json', 'node_modules/atlas/countries.json'], root);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('build stamps', () => {
  it('names a package once, by its folder', () => {
    expect(readStamp(stamp())?.inputs).toEqual(['data/facts.json', 'node_modules/atlas', 'src/build.ts']);
    expect(built()).toBe(true);
  });

  it('keeps outputs whose inputs got new times but the same content (a clone, a checkout)', () => {
    const later = new Date(Date.now() + 60_000);
    utimesSync(path.join(root, 'src/build.ts'), later, later);
    file('data/facts.json', '{"towns": 3}');
    expect(built()).toBe(true);
    // The new times are kept, so the next check reads nothing.
    const stats = readStamp(stamp())?.stats;
    expect(built()).toBe(true);
    expect(readStamp(stamp())?.stats).toBe(stats);
  });

  it('finds an input changed, even to an older time', () => {
    file('src/build.ts', 'export const build = 2;');
    const earlier = new Date(Date.now() - 86_400_000);
    utimesSync(path.join(root, 'src/build.ts'), earlier, earlier);
    expect(built()).toBe(false);
  });

  it('finds another version of a package installed, an input gone, an output gone', () => {
    lock('1.0.1');
    expect(built()).toBe(false);
    lock('1.0.0');
    expect(built()).toBe(true);
    rmSync(path.join(root, 'data/facts.json'));
    expect(built()).toBe(false);
    file('data/facts.json', '{"towns": 3}');
    rmSync(path.join(root, 'out/world.bin'));
    expect(built()).toBe(false);
  });

  it('finds an input added where inputs are listed now (a new file in a data folder)', () => {
    expect(built(['data/facts.json'])).toBe(true);
    file('data/more.json', '{}');
    expect(built(['data/facts.json', 'data/more.json'])).toBe(false);
  });

  it('keys what else the outputs were made from (another build), not the file that build wrote', () => {
    writeStamp(stamp(), ['src/build.ts'], root, 'world 1');
    const salted = (salt: string) =>
      isBuilt({ stamp: stamp(), outputs: [path.join(root, 'out/world.bin')], root, salt });
    expect(salted('world 1')).toBe(true);
    expect(salted('world 2')).toBe(false);
  });

  it('keys content, not names given twice or in another order', () => {
    expect(inputsKey(['src/build.ts', 'data/facts.json', 'src/build.ts'], root)).toBe(
      inputsKey([path.join(root, 'data/facts.json'), 'src/build.ts'], root),
    );
    expect(readFileSync(stamp(), 'utf8')).toContain(
      inputsKey(['data/facts.json', 'node_modules/atlas', 'src/build.ts'], root),
    );
  });
});
