// npm run make:corpus -- --reports 10000 --seed 1 [--out <dir>] [--days 365] [--start 2024-11-27]
// Writes a synthetic newsroom (scripts/lib/makeCorpus.ts) for the scale benchmarks: one .txt per
// report and an index.json with outlet, dateline and noise. Not committed; the default folder is
// .cache/corpus/reports-<n>-seed-<s>.
import { readSyntheticArgs } from './lib/syntheticArgs.ts';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadGazetteer } from './lib/loadGazetteer.ts';
import { corpusPlaces, makeCorpus } from './lib/makeCorpus.ts';
import { repoRoot } from './lib/gazetteerPaths.ts';

const {
  count: reports,
  seed,
  days,
  start,
  out: outArg,
} = readSyntheticArgs('make:corpus', 'reports', {
  days: 365,
  start: '2024-11-27',
});
const out = path.resolve(outArg ?? path.join(repoRoot, `.cache/corpus/reports-${reports}-seed-${seed}`));

const t0 = performance.now();
const places = corpusPlaces((await loadGazetteer({ scope: 'world' })).entries);
// Written beside, then swapped in: an interrupted run never leaves half a corpus under the name.
const tmp = `${out}.tmp-${process.pid}`;
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });
const index: Omit<ReturnType<typeof makeCorpus> extends Generator<infer R> ? R : never, 'text'>[] = [];
let bytes = 0;
for (const rep of makeCorpus(places, { reports, seed, days, start })) {
  writeFileSync(path.join(tmp, rep.file), rep.text);
  bytes += Buffer.byteLength(rep.text);
  const { text: _text, ...meta } = rep;
  index.push(meta);
}
writeFileSync(
  path.join(tmp, 'index.json'),
  JSON.stringify(
    {
      about: `Synthetic reports (npm run make:corpus -- --reports ${reports} --seed ${seed})`,
      articles: index,
    },
    null,
    1,
  ) + '\n',
);
rmSync(out, { recursive: true, force: true });
mkdirSync(path.dirname(out), { recursive: true });
renameSync(tmp, out);
console.log(
  `make:corpus: ${reports} reports (${(bytes / 1e6).toFixed(1)} MB, ${Math.round(bytes / Math.max(1, reports))} bytes each) over ${days} days from ${start}, ` +
    `${places.towns.length} towns, ${places.neighbourhoods.length} neighbourhoods → ${path.relative(process.cwd(), out)} in ${Math.round(performance.now() - t0)} ms`,
);
