// Plain-text report of a test-set score: per report with every miss, per country, per error
// class and per tag, and one summary line last (what a benchmark log keeps).
import { table } from './table.ts';
import {
  TARGETS,
  type IncidentVerdict,
  type ReportScore,
  type Summary,
  type TestsetScore,
} from './testsetsScore.ts';

const pct = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(1)} %` : '–');
const frac = (n: number, of: number) => `${n}/${of}`;

function placeLine(p: ReportScore['places'][number]): string {
  const head = `${p.role.padEnd(8)} ${p.name} (${p.kind})`;
  const to = p.mapped
    .map((m) => `"${m.text}" → ${m.feature} [${m.kind}${m.country ? ', ' + m.country : ''}] ${m.km} km`)
    .join('; ');
  switch (p.outcome) {
    case 'missed': {
      const why = [
        p.unplaced && `listed unplaced: ${p.unplaced}`,
        p.gazetteerGap && 'not in gazetteer under this name',
      ]
        .filter(Boolean)
        .join(', ');
      return `MISSED   ${head}${why ? ` (${why})` : ''}`;
    }
    case 'wrong-namesake':
      return `NAMESAKE ${head}: ${to}`;
    case 'wrong-kind':
      return `KIND     ${head}: ${to}`;
    case 'too-far':
      return `FAR      ${head}: ${to}`;
    default:
      return p.wrongNamesake ? `NAMESAKE ${head} (found, but also ${to})` : '';
  }
}

function incidentLines(v: IncidentVerdict): string[] {
  const e = v.expected;
  const when = e.day ?? `${e.window![0]}..${e.window![1]}`;
  const head = `${v.key} (${e.type} at ${e.place}, ${when}, by ${e.agent ?? '—'})`;
  if (!v.matched) {
    const srcs = v.sources.length;
    return [`NO INCIDENT ${head}; ${srcs} source row${srcs === 1 ? '' : 's'} lost`];
  }
  const g = v.got!;
  const wrong: string[] = [];
  if (!v.type) wrong.push(`type ${g.type}`);
  if (!v.place) wrong.push(`place ${g.place}`);
  if (!v.day) wrong.push(`day ${g.date}`);
  if (v.agent === false) wrong.push(`agent ${g.agent ?? 'none'}`);
  if (v.side === false) wrong.push(`side ${g.side ?? 'none'}`);
  const out: string[] = [];
  for (const s of v.sources) {
    const q = `"${s.quote.length > 60 ? s.quote.slice(0, 57) + '...' : s.quote}"`;
    if (!s.found) out.push(`  no row  ${q} (${s.stance} by ${s.speaker ?? 'the outlet'})`);
    else if (!s.speakerOk || !s.stanceOk)
      out.push(
        `  row     ${q}: ${s.stanceOk ? '' : `stance ${s.gotStance} ≠ ${s.stance}; `}${
          s.speakerOk ? '' : `speaker ${s.gotSpeaker ?? 'none'} ≠ ${s.speaker ?? 'the outlet'}`
        }`.replace(/; $/, ''),
      );
  }
  if (wrong.length) out.unshift(`WRONG    ${head}: ${wrong.join(', ')}`);
  else if (out.length) out.unshift(`ok       ${head}, but:`);
  return out;
}

/** The breakdown of one report: its figures on one line, then every miss. */
export function formatReport(r: ReportScore, verbose = true): string {
  const ev = r.places.filter((p) => p.role === 'event');
  const dl = r.places.filter((p) => p.role === 'dateline');
  const found = (xs: typeof ev) => xs.filter((p) => p.outcome === 'found').length;
  const inc = r.incidents;
  const lines = [
    `${r.id} (${r.country}): events ${frac(found(ev), ev.length)}, dateline ${frac(found(dl), dl.length)}, ` +
      `non-places mapped ${r.nonPlaces.filter((n) => n.mapped.length).length}, ` +
      `namesakes ${r.places.filter((p) => p.wrongNamesake).length}, incidents ${frac(
        inc.filter((i) => i.matched).length,
        inc.length,
      )} found (type ${inc.filter((i) => i.type).length}, place ${inc.filter((i) => i.place).length}, day ${
        inc.filter((i) => i.day).length
      }, agent ${inc.filter((i) => i.agent).length})`,
  ];
  if (!verbose) return lines[0];
  for (const p of r.places) {
    const l = placeLine(p);
    if (l) lines.push('  ' + l);
  }
  for (const n of r.nonPlaces)
    if (n.mapped.length)
      lines.push(
        `  NONPLACE "${n.text}" mapped: ${n.mapped.map((m) => `"${m.text}" → ${m.feature} [${m.kind}]`).join('; ')}`,
      );
  for (const v of r.incidents) for (const l of incidentLines(v)) lines.push('  ' + l);
  if (r.extraIncidents.length)
    lines.push(
      `  extra incidents (not expected): ${r.extraIncidents
        .map((x) => `${x.type} at ${x.place} ${x.date ?? 'no date'}`)
        .join('; ')}`,
    );
  if (r.unannotated.length)
    lines.push(
      `  mapped but not annotated: ${r.unannotated.map((m) => `"${m.text}" → ${m.feature} [${m.kind}]`).join('; ')}`,
    );
  return lines.join('\n');
}

function countryRow(c: string, s: Summary): string[] {
  const I = s.incidents;
  return [
    c,
    String(s.reports),
    `${frac(s.events.found, s.events.of)}`,
    pct(s.events.found, s.events.of),
    pct(s.events.tight, s.events.of),
    frac(s.datelines.found, s.datelines.of),
    String(s.nonPlaces.mapped),
    String(s.wrongNamesakes),
    pct(I.found, I.of),
    pct(I.type, I.of),
    pct(I.place, I.of),
    pct(I.day, I.of),
    pct(I.agent.n, I.agent.of),
  ];
}

/** One line, last in the log, with the figures the targets are set on. */
export function summaryLine(s: Summary): string {
  const I = s.incidents;
  return (
    `testsets: ${s.reports} reports, ${s.countries} countries | event places ${pct(s.events.found, s.events.of)} ` +
    `≤161 km (${pct(s.events.tight, s.events.of)} ≤25 km), datelines ${frac(s.datelines.found, s.datelines.of)}, ` +
    `non-places mapped ${s.nonPlaces.mapped}/${s.nonPlaces.of}, wrong namesakes ${s.wrongNamesakes} | ` +
    `incidents found ${pct(I.found, I.of)}, type ${pct(I.type, I.of)}, place ${pct(I.place, I.of)}, ` +
    `day ${pct(I.day, I.of)} (overlapping ${pct(I.dayOverlap, I.of)}), agent ${pct(I.agent.n, I.agent.of)}, side ${pct(I.side.n, I.side.of)}, ` +
    `speaker ${pct(I.speaker, I.sources)}, stance ${pct(I.stance, I.sources)} | ` +
    (s.meetsTargets ? 'targets met' : `below target: ${s.misses.join(', ')}`)
  );
}

/** The whole report: per report, per country, error classes, tags, summary line. */
export function formatTestsets(score: TestsetScore, options: { verbose?: boolean } = {}): string {
  const verbose = options.verbose ?? true;
  const s = score.summary;
  const out: string[] = ['## Per report', ''];
  for (const r of score.reports) out.push(formatReport(r, verbose));
  out.push('', '## Per country (the war the report is about)', '');
  const header = [
    'country',
    'reports',
    'events',
    '≤161 km',
    '≤25 km',
    'datelines',
    'non-places mapped',
    'namesakes',
    'inc found',
    'type',
    'place',
    'day',
    'agent',
  ];
  const rows = Object.entries(score.byCountry).map(([c, cs]) => countryRow(c, cs));
  rows.push(countryRow('all', s));
  out.push(table(header, rows));

  const E = s.events;
  const I = s.incidents;
  const inc = score.reports.flatMap((r) => r.incidents);
  const matched = inc.filter((i) => i.matched);
  const noDate = matched.filter((i) => !i.day && i.got?.date === 'no date').length;
  const stanceConf = new Map<string, number>();
  for (const src of inc.flatMap((i) => i.sources))
    if (src.found && !src.stanceOk) {
      const k = `${src.stance} read as ${src.gotStance}`;
      stanceConf.set(k, (stanceConf.get(k) ?? 0) + 1);
    }
  const typeConf = new Map<string, number>();
  for (const i of matched)
    if (!i.type) {
      const k = `${i.expected.type} read as ${i.got!.type}`;
      typeConf.set(k, (typeConf.get(k) ?? 0) + 1);
    }
  const top = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([k, n]) => `${k} ×${n}`)
      .join('; ') || '–';
  out.push(
    '',
    '## Error classes',
    '',
    table(
      ['class', 'count', 'of'],
      [
        ['event place missed (no mention mapped)', String(E.missed), String(E.of)],
        ['  … listed in the manifest as unplaced', String(E.listedUnplaced), String(E.missed)],
        ['  … no gazetteer entry under that spelling nearby', String(E.gazetteerGap), String(E.missed)],
        ['event place on a wrong namesake', String(E.wrongNamesake), String(E.of)],
        ['event place of the wrong kind (town for region …)', String(E.wrongKind), String(E.of)],
        ['event place too far (same country, > tolerance)', String(E.tooFar), String(E.of)],
        ['any place with a mention on a wrong namesake', String(s.wrongNamesakes), '–'],
        ['dateline place missed', String(s.datelines.of - s.datelines.found), String(s.datelines.of)],
        [
          '  … found only in manifest reportedFrom',
          String(s.datelines.viaManifestOnly),
          String(s.datelines.found),
        ],
        ['other (context) places missed', String(s.others.of - s.others.found), String(s.others.of)],
        ['non-place mapped', String(s.nonPlaces.mapped), String(s.nonPlaces.of)],
        ['mapped mentions on no annotation', String(s.unannotated), '–'],
        ['incident not found', String(I.of - I.found), String(I.of)],
        ['incident of the wrong type', String(I.of - I.type), String(I.of)],
        ['incident at the wrong place', String(I.of - I.place), String(I.of)],
        ['incident on the wrong day', String(I.of - I.day), String(I.of)],
        ['  … matched but undated', String(noDate), String(matched.length)],
        ['incident with the wrong agent', String(I.agent.of - I.agent.n), String(I.agent.of)],
        ['incident with the wrong side', String(I.side.of - I.side.n), String(I.side.of)],
        ['source row missing', String(I.sources - I.sourceFound), String(I.sources)],
        ['source row with the wrong speaker', String(I.sourceFound - I.speaker), String(I.sourceFound)],
        ['source row with the wrong stance', String(I.sourceFound - I.stance), String(I.sourceFound)],
        ['output incidents matching no expected one', String(I.extra), '–'],
      ],
    ),
    '',
    `type confusions: ${top(typeConf)}`,
    `stance confusions: ${top(stanceConf)}`,
    '',
    '## By tag (places: found share; non-places: mapped share)',
    '',
    table(
      ['tag', 'places found', 'non-places mapped'],
      Object.entries(score.byTag)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([t, v]) => [
          t,
          v.places ? `${frac(v.places.n, v.places.of)}` : '',
          v.nonPlaces ? `${frac(v.nonPlaces.n, v.nonPlaces.of)}` : '',
        ]),
    ),
    '',
    `targets: event places ≥ ${TARGETS.eventRecall * 100} % (161 km), non-places mapped ${TARGETS.nonPlacesMapped}, ` +
      `wrong namesakes ${TARGETS.wrongNamesakes}; incidents found/type/place/day/agent ≥ ${TARGETS.incidentField * 100} %`,
    summaryLine(s),
  );
  return out.join('\n');
}
