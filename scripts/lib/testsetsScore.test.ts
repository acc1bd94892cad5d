import { describe, expect, it } from 'vitest';
import { bboxPolygon } from '@turf/turf';
import type { Geometry } from 'geojson';
import { findAll, locate, type ExpectedReport } from './testsetsExpected.ts';
import {
  dayMatches,
  dayOverlaps,
  namesMatch,
  scoreTestsets,
  type OutIncident,
  type OutPlace,
  type OutputFiles,
} from './testsetsScore.ts';

// A tiny report of our own, its expected answers, and hand-made CLI outputs.
const TEXT = [
  'KYIV (Wire) — Russian forces shelled Kherson on Monday, the regional administration said.',
  'Fighting went on in the Kherson region, and Ukrainian drones struck a depot near Oleshky.',
  'Hamas said nothing. Russian troops captured Krynky, the ministry said; Kyiv denied it.',
  'More stories',
  'Floods in Valencia',
].join('\n');

const EXPECTED: ExpectedReport = {
  id: 'r1',
  country: 'UA',
  war: 'test',
  places: [
    { name: 'KYIV', role: 'dateline', kind: 'settlement', at: [30.52, 50.45], country: 'UA' },
    {
      name: 'Kherson',
      role: 'event',
      kind: 'settlement',
      at: [32.61, 46.64],
      country: 'UA',
      tags: ['namesake'],
    },
    {
      name: 'Kherson region',
      role: 'event',
      kind: 'admin1',
      at: [32.61, 46.64],
      country: 'UA',
      tags: ['admin1'],
    },
    { name: 'Oleshky', role: 'event', kind: 'settlement', at: [32.72, 46.63], country: 'UA' },
    { name: 'Krynky', role: 'event', kind: 'settlement', at: [33.09, 46.73], country: 'UA' },
    { name: 'Kyiv', role: 'other', kind: 'settlement', at: [30.52, 50.45], country: 'UA' },
  ],
  nonPlaces: [
    { text: 'Hamas', why: 'movement', tags: ['org'] },
    { text: 'Valencia', why: 'trailer', tags: ['trailer'] },
  ],
  incidents: [
    {
      key: 'shelling',
      type: 'shelling',
      place: 'Kherson',
      day: '2024-11-18',
      agent: 'Russian forces',
      side: ['russia'],
      sources: [
        {
          quote: 'Russian forces shelled Kherson on Monday',
          speaker: 'the regional administration',
          stance: 'claim',
        },
      ],
    },
    {
      key: 'depot',
      type: 'airstrike',
      place: 'Oleshky',
      window: ['2024-11-18', '2024-11-19'],
      agent: 'Ukrainian drones',
      agentAlt: ['Ukraine'],
      side: ['ukraine'],
      sources: [{ quote: 'Ukrainian drones struck a depot near Oleshky', speaker: null, stance: 'report' }],
    },
    {
      key: 'capture',
      type: 'advance',
      place: 'Krynky',
      day: '2024-11-19',
      agent: 'Russian troops',
      side: ['russia'],
      sources: [
        { quote: 'Russian troops captured Krynky', speaker: 'the ministry', stance: 'claim' },
        { quote: 'Kyiv denied it', speaker: 'Kyiv', stance: 'denial' },
      ],
    },
  ],
};

const at = (s: string, nth = 0) => {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = TEXT.indexOf(s, i + 1);
  if (i < 0) throw new Error(`no ${s}`);
  return { article: 'r1', start: i, end: i + s.length, text: s };
};
const point = (lon: number, lat: number): Geometry => ({ type: 'Point', coordinates: [lon, lat] });
const square = (lon: number, lat: number, d: number): Geometry =>
  bboxPolygon([lon - d, lat - d, lon + d, lat + d]).geometry;
const place = (
  id: string,
  name: string,
  kind: string,
  geometry: Geometry,
  mentions: ReturnType<typeof at>[],
  extra = {},
) => ({ geometry, properties: { id, name, kind, mentions, ...extra } }) as OutPlace;
const incident = (p: Partial<OutIncident['properties']> & { id: string; type: string }, g: Geometry) =>
  ({ geometry: g, properties: { sources: [], actors: [], ...p } }) as OutIncident;
const row = (s: string, attribution: string | null, stance: string) => ({
  ...at(s),
  attribution,
  stance,
  outlet: 'Wire',
});

function output(places: OutPlace[], incidents: OutIncident[], reportedFrom: unknown[] = []): OutputFiles {
  return {
    places: { features: places },
    incidents: { features: incidents },
    manifest: { articles: [{ id: 'r1', outlet: 'Wire', reportedFrom: reportedFrom as never }] },
  };
}

const score = (out: OutputFiles) =>
  scoreTestsets({
    reports: [{ expected: EXPECTED, text: TEXT, outlet: 'Wire' }],
    output: out,
    countryAt: (lon) => (lon < 0 ? 'US' : lon < 20 ? 'GR' : 'UA'),
  });

const GOOD = output(
  [
    place('kyiv', 'Kyiv', 'settlement', point(30.52, 50.45), [at('KYIV'), at('Kyiv', 0)]),
    place('kherson', 'Kherson', 'settlement', point(32.61, 46.64), [at('Kherson')]),
    place('oblast', 'Kherson Oblast', 'admin1', square(33, 46.7, 1), [at('Kherson region')]),
    place('oleshky', 'Oleshky', 'settlement', point(32.72, 46.63), [at('Oleshky')]),
    place('krynky', 'Krynky', 'settlement', point(33.09, 46.73), [at('Krynky')]),
  ],
  [
    incident(
      {
        id: 'i1',
        type: 'shelling',
        date: '2024-11-18',
        place: 'kherson',
        actors: [{ side: 'russia', name: 'Russian forces' }],
        sources: [row('Russian forces shelled Kherson on Monday', 'regional administration', 'claim')],
      },
      point(32.61, 46.64),
    ),
    incident(
      {
        id: 'i2',
        type: 'airstrike',
        date: '2024-11-19',
        place: 'oleshky',
        agent: { side: 'ukraine', name: 'Ukrainian drones' },
        sources: [row('Ukrainian drones struck a depot near Oleshky', null, 'report')],
      },
      point(32.72, 46.63),
    ),
    incident(
      {
        id: 'i3',
        type: 'advance',
        date: '2024-11-19',
        place: 'krynky',
        actors: [{ side: 'russia', name: 'Russian troops' }],
        sources: [
          row('Russian troops captured Krynky, the ministry said', 'the ministry', 'claim'),
          row('Kyiv denied it', 'Kyiv', 'denial'),
        ],
      },
      point(33.09, 46.73),
    ),
  ],
);

describe('locating expected names', () => {
  it('finds whole words only, case-sensitively', () => {
    expect(findAll('Kherson, Khersonese KHERSON', 'Kherson').map((s) => s.start)).toEqual([0]);
    expect(findAll('Sept. 1 and Sept.', 'Sept.')).toHaveLength(2);
  });

  it('gives a name inside a longer expected name to the longer one', () => {
    const loc = locate(EXPECTED, TEXT);
    const kherson = loc.places[1];
    expect(kherson).toHaveLength(1);
    expect(TEXT.slice(kherson[0].start, kherson[0].end + 8)).toBe('Kherson on Mond');
    expect(loc.places[2]).toHaveLength(1);
  });

  it('gives words pinned by a context to the pinned entry', () => {
    const e: ExpectedReport = {
      ...EXPECTED,
      places: [{ name: 'Kyiv', role: 'other', kind: 'settlement', at: [30.5, 50.4], country: 'UA' }],
      nonPlaces: [{ text: 'Kyiv', context: 'Kyiv denied', why: 'pinned' }],
      incidents: [],
    };
    const loc = locate(e, 'Kyiv said. Kyiv denied it.');
    expect(loc.places[0]).toEqual([{ start: 0, end: 4 }]);
    expect(loc.nonPlaces[0]).toEqual([{ start: 11, end: 15 }]);
  });
});

describe('names, days', () => {
  it('matches actor and speaker names on distinctive words only', () => {
    expect(namesMatch('Russian forces', 'Russian')).toBe(true);
    expect(namesMatch('the army', 'Army')).toBe(true);
    expect(namesMatch('Russian forces', 'forces')).toBe(false);
    expect(namesMatch('Syrian army', 'army')).toBe(false);
    expect(namesMatch('Rapid Support Forces', 'RSF')).toBe(false);
    expect(namesMatch('El Fasher', 'el fasher')).toBe(true);
  });

  it('accepts an output day or window only inside the expected one', () => {
    const inc = EXPECTED.incidents[1];
    expect(dayMatches(inc, ['2024-11-19', '2024-11-19'])).toBe(true);
    expect(dayMatches(inc, ['2024-11-17', '2024-11-19'])).toBe(false);
    expect(dayMatches(EXPECTED.incidents[0], ['2024-11-18', '2024-11-19'])).toBe(false);
    expect(dayMatches(EXPECTED.incidents[0], null)).toBe(false);
    expect(dayOverlaps(EXPECTED.incidents[0], ['2024-11-18', '2024-11-19'])).toBe(true);
  });
});

describe('scoring the CLI output', () => {
  it('gives full marks to a right answer', () => {
    const s = score(GOOD).summary;
    expect(s.events).toMatchObject({ of: 4, found: 4, tight: 4, missed: 0 });
    expect(s.datelines).toEqual({ of: 1, found: 1, viaManifestOnly: 0 });
    expect(s.nonPlaces.mapped).toBe(0);
    expect(s.wrongNamesakes).toBe(0);
    expect(s.incidents).toMatchObject({
      of: 3,
      found: 3,
      type: 3,
      place: 3,
      day: 3,
      sources: 4,
      sourceFound: 4,
    });
    expect(s.incidents.agent).toEqual({ n: 3, of: 3 });
    expect(s.incidents.speaker).toBe(4);
    expect(s.incidents.stance).toBe(4);
    expect(s.meetsTargets).toBe(true);
  });

  it('fails a wrong answer and names each error', () => {
    const bad = output(
      [
        // dateline read only by the manifest; town for region; a Greek namesake; a non-place mapped
        place('kherson', 'Kherson', 'settlement', point(32.61, 46.64), [at('Kherson region')]),
        place('cherso', 'Chérso', 'settlement', point(22.78, 41.09), [at('Kherson')]),
        place('hama', 'Hama', 'settlement', point(36.75, 35.13), [at('Hamas')]),
        place('valencia', 'Valencia', 'settlement', point(-0.37, 39.47), [at('Valencia')]),
        place('oleshky', 'Oleshky', 'settlement', point(34.5, 47.8), [at('Oleshky')]),
      ],
      [
        incident(
          {
            id: 'i1',
            type: 'shelling',
            date: null,
            place: 'cherso',
            actors: [{ side: 'civilians', name: 'civilians' }],
            sources: [row('Russian forces shelled Kherson on Monday', 'Monday', 'claim')],
          },
          point(22.78, 41.09),
        ),
      ],
      [{ start: 0, end: 4, text: 'KYIV', name: 'Kyiv', lon: 30.52, lat: 50.45 }],
    );
    const s = score(bad);
    const by = Object.fromEntries(s.reports[0].places.map((p) => [p.name, p]));
    expect(by['Kherson'].outcome).toBe('wrong-namesake');
    expect(by['Kherson region'].outcome).toBe('wrong-kind');
    expect(by['Oleshky'].outcome).toBe('too-far');
    expect(by['Krynky'].outcome).toBe('missed');
    expect(by['KYIV']).toMatchObject({ outcome: 'found', viaManifestOnly: true });
    expect(s.summary.nonPlaces.mapped).toBe(2);
    expect(s.summary.wrongNamesakes).toBe(1);
    expect(s.summary.events.found).toBe(0);
    const inc = s.reports[0].incidents;
    expect(inc[0]).toMatchObject({
      matched: 'i1',
      type: true,
      place: false,
      day: false,
      agent: false,
      side: false,
    });
    expect(inc[0].sources[0]).toMatchObject({ found: true, speakerOk: false, stanceOk: true });
    expect(inc[1].matched).toBeNull();
    expect(s.summary.meetsTargets).toBe(false);
    expect(s.summary.misses).toEqual(
      expect.arrayContaining(['event places', 'non-places mapped', 'wrong namesakes', 'incidents found']),
    );
  });

  it('matches incidents one to one, by place first', () => {
    // Two outputs at Kherson; only one may take the Kherson shelling, the other stays extra.
    const out = output(GOOD.places.features, [
      incident(
        {
          id: 'a',
          type: 'shelling',
          date: '2024-11-18',
          place: 'kherson',
          sources: [row('Kherson', null, 'claim')],
        },
        point(32.61, 46.64),
      ),
      incident(
        {
          id: 'b',
          type: 'shelling',
          date: '2024-11-18',
          place: 'kherson',
          sources: [row('Kherson', null, 'claim')],
        },
        point(32.61, 46.64),
      ),
    ]);
    const r = score(out).reports[0];
    expect(r.incidents.filter((i) => i.matched).map((i) => i.matched)).toEqual(['a']);
    expect(r.extraIncidents.map((x) => x.id)).toEqual(['b']);
  });

  it('reads the agent from properties.agent, by its name or its side name', () => {
    const out = output(GOOD.places.features, [
      incident(
        {
          id: 'i1',
          type: 'shelling',
          date: '2024-11-18',
          place: 'kherson',
          agent: { side: 'russia', name: 'artillery', sideName: 'Russian forces' },
          actors: [{ side: 'civilians', name: 'civilians' }],
          sources: [row('Russian forces shelled Kherson on Monday', 'regional administration', 'claim')],
        },
        point(32.61, 46.64),
      ),
    ]);
    const v = score(out).reports[0].incidents[0];
    expect(v).toMatchObject({ matched: 'i1', agent: true, side: true });
  });

  it('reads a relative area as the place it is relative to', () => {
    const out = output(
      [
        place('kherson', 'Kherson', 'settlement', point(32.61, 46.64), []),
        place('rel', 'east of Kherson', 'region', square(32.9, 46.64, 0.1), [at('Kherson')], {
          relativeTo: { placeId: 'kherson', relation: 'east-of' },
        }),
      ],
      [],
    );
    const r = score(out).reports[0];
    expect(r.places.find((p) => p.name === 'Kherson')!.outcome).toBe('found');
  });

  it('counts a mention on words it was not told about as unannotated, not as an error', () => {
    const out = output(
      [...GOOD.places.features, place('more', 'More', 'settlement', point(1, 1), [at('More stories')])],
      GOOD.incidents.features,
    );
    const s = score(out);
    expect(s.reports[0].unannotated.map((m) => m.text)).toEqual(['More stories']);
    expect(s.summary.meetsTargets).toBe(true);
  });
});
