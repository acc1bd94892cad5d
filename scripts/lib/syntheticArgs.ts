// The options of the synthetic-data scripts (make:corpus, make:incidents), read the same way:
// `--<count> N --seed S [--out DIR] [--days D] [--start YYYY-MM-DD]`; a bad value stops the script
// with one line and its usage (exit 2).
import { parseArgs } from 'node:util';

export interface SyntheticArgs {
  count: number;
  seed: number;
  days: number;
  start: string;
  out: string | undefined;
}

/**
 * @example readSyntheticArgs('make:corpus', 'reports', { days: 365, start: '2024-11-27' })
 */
export function readSyntheticArgs(
  tool: string,
  countName: string,
  defaults: { days: number; start: string },
  argv = process.argv.slice(2),
): SyntheticArgs {
  const usage = (msg: string): never => {
    console.error(`${tool}: ${msg}`);
    console.error(
      `usage: npm run ${tool} -- --${countName} N --seed S [--out DIR] [--days D] [--start YYYY-MM-DD]`,
    );
    process.exit(2);
  };
  let values: Record<string, string | undefined>;
  try {
    values = parseArgs({
      args: argv,
      options: {
        [countName]: { type: 'string' },
        seed: { type: 'string' },
        days: { type: 'string' },
        start: { type: 'string' },
        out: { type: 'string' },
      },
      strict: true,
    }).values as Record<string, string | undefined>;
  } catch (e) {
    return usage(e instanceof Error ? e.message : String(e));
  }
  const num = (name: string, dflt: number): number => {
    const v = values[name];
    if (v === undefined) return dflt;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) usage(`--${name} must be a whole number, not "${v}"`);
    return n;
  };
  const start = values.start ?? defaults.start;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(start)) usage(`--start must be YYYY-MM-DD, not "${start}"`);
  return {
    count: num(countName, 1000),
    seed: num('seed', 1),
    days: num('days', defaults.days),
    start,
    out: values.out,
  };
}
