// npm run bench:hostile [-- --sizes 1000,10000,100000 --stage segment|pipeline --cap-ms 60000]
// Time and output size of the pipeline on hostile texts (docs/robustness.md): long runs of blank
// lines, identical lines, one huge line, one huge word, a sentence of names. Each case at growing
// sizes; linear work shows as a steady cost per unit (the last column), quadratic work as a cost
// per unit that grows tenfold with the size. CPU time of this process, so other load matters less.
// A size that takes longer than --cap-ms ends its case (the larger sizes would take far longer).
import { loadGazetteer } from './lib/loadGazetteer.ts';
import { collectGarbage, stopwatch } from './lib/benchSpeed.ts';
import { table } from './lib/table.ts';
import { segment } from '../src/geoparse/text/segment.ts';
import { runPipeline } from '../src/pipeline/runPipeline.ts';
import { HOSTILE_TEXTS } from './lib/hostileTexts.ts';

const argv = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const sizes = (opt('sizes') ?? '1000,10000,100000').split(',').map(Number);
const stage = opt('stage') ?? 'pipeline';
const capMs = Number(opt('cap-ms') ?? 60_000);
const only = opt('case');

const gazetteer = stage === 'pipeline' ? await loadGazetteer({ scope: 'world' }) : null;
const run = (text: string): unknown =>
  stage === 'segment'
    ? segment({ id: 'hostile', text })
    : runPipeline([{ id: 'hostile', text, dateline: '2024-11-29' }], gazetteer!, {
        now: '2024-12-01T00:00:00Z',
      });
run('Rebels entered Aleppo, Homs and Hama on Friday.\n\nShelling hit Idlib.'); // builds the name index

const rows: string[][] = [];
for (const c of HOSTILE_TEXTS) {
  if (only && c.name !== only) continue;
  for (const n of sizes) {
    const text = c.make(n);
    collectGarbage();
    const read = stopwatch();
    const out = run(text);
    const { ms, cpuMs } = read();
    const outBytes = JSON.stringify(out).length;
    rows.push([
      c.name,
      n.toLocaleString('en'),
      (text.length / 1e6).toFixed(2),
      Math.round(cpuMs).toLocaleString('en'),
      Math.round(ms).toLocaleString('en'),
      (outBytes / 1e6).toFixed(2),
      ((cpuMs / n) * 1000).toFixed(1),
    ]);
    console.error(`${c.name} ×${n}: ${Math.round(cpuMs)} ms CPU`);
    if (ms > capMs) {
      rows.push([c.name, `(larger sizes skipped: over ${capMs / 1000} s)`, '', '', '', '', '']);
      break;
    }
  }
}
console.log(`\nstage: ${stage}; world gazetteer: ${gazetteer ? 'yes' : 'no'}\n`);
console.log(table(['case', 'units', 'text MB', 'CPU ms', 'wall ms', 'output MB', 'CPU µs per unit'], rows));
