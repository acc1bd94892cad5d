// npm run score:testsets [-- --no-ingest] [--out <dir>] [--strict] [--quiet] [--json <file>] [--no-probe]
// Our own test reports (data/testsets) through the CLI's ingest, scored from the outside on the
// files it writes: event places, datelines, non-places, namesakes and incidents (issues 9, 10).
// A benchmark: exits 0 whatever the figures, unless --strict (then non-zero under the targets).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatTestsets, summaryLine } from './lib/testsetsReport.ts';
import { runTestsets, TESTSETS } from './lib/testsetsRun.ts';

function usage(msg: string): never {
  console.error(`score:testsets: ${msg}`);
  console.error(
    'usage: npm run score:testsets -- [--no-ingest] [--out <dir>] [--strict] [--quiet] [--json <file>] [--no-probe]',
  );
  process.exit(2);
}

const args = process.argv.slice(2);
let outDir = TESTSETS.out;
let ingest = true;
let strict = false;
let quiet = false;
let probe = true;
let json: string | undefined;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--no-ingest') ingest = false;
  else if (a === '--strict') strict = true;
  else if (a === '--quiet') quiet = true;
  else if (a === '--no-probe') probe = false;
  else if (a === '--out') outDir = path.resolve(args[++i] ?? usage('--out needs a folder'));
  else if (a === '--json') json = path.resolve(args[++i] ?? usage('--json needs a file'));
  else usage(`unknown argument ${a}`);
}

let score;
try {
  score = await runTestsets({ outDir, ingest, probe, quiet });
} catch (err) {
  console.error(`score:testsets: ${(err as Error).message}`);
  process.exit(1);
}
console.log(quiet ? summaryLine(score.summary) : formatTestsets(score));
const jsonFile = json ?? path.join(outDir, 'score.json');
mkdirSync(path.dirname(jsonFile), { recursive: true });
writeFileSync(jsonFile, JSON.stringify(score, null, 1) + '\n');
if (strict && !score.summary.meetsTargets) process.exit(1);
