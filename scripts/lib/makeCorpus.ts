// A synthetic newsroom for the scale benchmarks: seeded reports of a long war, written from our
// own templates over real gazetteer places. Each day has a pool of events (place, type, side,
// figures); several outlets tell the same events in different words, so merging has work to do.
// Reports carry what real ones carry: datelines, speakers, figures, background paragraphs and
// noise (captions, credits, teasers about other countries, biographies, copyright lines).
// Pure: a gazetteer's entries and options in, reports out (one at a time, so 10,000 stream).
import type { GazetteerEntry } from '../../src/types/model.ts';
import { addDays } from '../../src/types/days.ts';
import { WEEKDAYS } from '../../src/words/months.ts';

export interface CorpusOptions {
  reports: number;
  seed: number;
  /** First dateline, YYYY-MM-DD. */
  start?: string;
  /** Days the reports spread over (datelines rise with the report number). */
  days?: number;
}

export interface CorpusReport {
  id: string;
  file: string;
  text: string;
  outlet: string;
  dateline: string;
  noise: string | null;
}

/** A place the generator writes about: the name as reporters spell it, and where it lies. */
export interface CorpusPlace {
  id: string;
  name: string;
  kind: GazetteerEntry['kind'];
  country: string;
  population: number;
  /** Governorate or province name written after the place now and then ("in Idlib province"). */
  province?: string;
}

export interface CorpusPlaces {
  /** Towns and villages of the main war (Syria). */
  towns: CorpusPlace[];
  /** City neighbourhoods (Aleppo, Damascus). */
  neighbourhoods: CorpusPlace[];
  /** Towns of two other wars, for the minority of reports filed from there. */
  abroad: CorpusPlace[];
  /** Foreign capitals and countries for teasers and background. */
  world: CorpusPlace[];
}

/** Seeded PRNG (mulberry32): the same seed gives the same corpus everywhere. */
export function seededRandom(seed: number): () => number {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A place name as English reports write it: GeoNames diacritics and ayn/hamza marks dropped. */
export function reporterSpelling(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’ʿʾ'`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const PLAIN_NAME = /^[A-Za-z][A-Za-z -]{2,30}$/;

/**
 * The places a corpus draws on, from the gazetteer's entries: Syrian towns and villages, the
 * neighbourhoods of our own facts, Ukrainian and Sudanese towns of 20,000 or more,
 * and countries. Only names that read as plain English words (no digits, brackets or scripts).
 */
export function corpusPlaces(entries: GazetteerEntry[]): CorpusPlaces {
  const admin1 = new Map<string, string>();
  for (const e of entries)
    if (e.kind === 'admin1' && e.admin1 && !admin1.has(e.admin1))
      admin1.set(e.admin1, reporterSpelling(e.name).replace(/ (?:Governorate|Province|Oblast|State)$/i, ''));
  const place = (e: GazetteerEntry): CorpusPlace => ({
    id: e.id,
    name: reporterSpelling(e.name),
    kind: e.kind,
    country: e.country,
    population: e.population,
    province: admin1.get(e.admin1),
  });
  const plain = (e: GazetteerEntry) => PLAIN_NAME.test(reporterSpelling(e.name));
  const byId = (a: CorpusPlace, b: CorpusPlace) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const towns = entries
    .filter((e) => e.kind === 'settlement' && e.country === 'SY' && plain(e))
    .map(place)
    .sort(byId);
  const neighbourhoods = entries
    .filter((e) => e.kind === 'neighbourhood' && e.country === 'SY' && plain(e))
    .map(place)
    .sort(byId);
  const abroad = entries
    .filter(
      (e) =>
        e.kind === 'settlement' &&
        (e.country === 'UA' || e.country === 'SD') &&
        e.population >= 20000 &&
        plain(e),
    )
    .map(place)
    .sort(byId);
  const world = entries
    .filter(
      (e) =>
        e.kind === 'country' &&
        e.population >= 5_000_000 &&
        plain(e) &&
        e.country !== 'SY' &&
        !/ /.test(e.name),
    )
    .map(place)
    .sort(byId);
  return { towns, neighbourhoods, abroad, world };
}

// ---- Words of the newsroom (ours) ----

/** Our invented outlets (shared with the synthetic incidents, which use the first eight). */
export const OUTLETS = [
  'Levant Wire',
  'Northern Dispatch',
  'Crescent Press',
  'Euphrates Daily',
  'Orontes Bulletin',
  'Frontline Monitor',
  'Coastal Herald',
  'Mesopotamia Report',
  'Desert Post',
  'Highland Tribune',
  'Plains Chronicle',
  'Riverside Times',
];
const FIRST = [
  'Omar',
  'Lina',
  'Karim',
  'Rana',
  'Tariq',
  'Maya',
  'Yusuf',
  'Hala',
  'Sami',
  'Nadia',
  'Firas',
  'Dima',
];
const LAST = [
  'Haddad',
  'Khalil',
  'Mansour',
  'Nasser',
  'Saleh',
  'Darwish',
  'Aziz',
  'Hamdan',
  'Jaber',
  'Qasim',
];
const MONTHS = [
  'Jan.',
  'Feb.',
  'March',
  'April',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
];
const MONTHS_LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

type Side = 'opposition' | 'government' | 'sna' | 'sdf' | 'russia';
const GROUND: Record<Side, string[]> = {
  opposition: ['opposition fighters', 'rebel fighters', 'insurgents', 'rebels'],
  government: ['government forces', 'Syrian army troops', 'regime forces', 'army units'],
  sna: ['Turkish-backed fighters', 'Syrian National Army factions'],
  sdf: ['Kurdish-led forces', 'SDF fighters'],
  russia: ['Russian forces'],
};
const AIR = ['Russian warplanes', 'Syrian jets', 'government helicopters', 'drones'];
const SPEAKERS = [
  (r: Rand) => `${name(r)}, a spokesman for the operations room`,
  (r: Rand) => `${name(r)}, a local activist`,
  () => 'a war monitor',
  () => 'a military source',
  () => 'state television',
  () => 'the civil defence service',
  (r: Rand) => `${name(r)}, a resident reached by phone`,
  () => 'a commander who asked not to be named',
  () => 'an opposition statement',
  () => 'the defence ministry',
];
const RANKS = ['commander', 'brigadier general', 'colonel', 'field commander'];

type Rand = () => number;
const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)];
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const name = (r: Rand) => `${pick(r, FIRST)} ${pick(r, LAST)}`;
const cap = (s: string) => s[0].toUpperCase() + s.slice(1);
const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'a dozen'];
const count = (r: Rand, lo: number, hi: number) =>
  r() < 0.25 ? pick(r, NUMBER_WORDS) : String(int(r, lo, hi));

type EventType =
  | 'advance'
  | 'airstrike'
  | 'shelling'
  | 'armed-clash'
  | 'withdrawal'
  | 'closure'
  | 'displacement'
  | 'explosion'
  | 'reinforcement'
  | 'commander-killed';
const TYPES: [EventType, number][] = [
  ['advance', 5],
  ['airstrike', 4],
  ['shelling', 4],
  ['armed-clash', 4],
  ['withdrawal', 1],
  ['closure', 1],
  ['displacement', 2],
  ['explosion', 1],
  ['reinforcement', 1],
  ['commander-killed', 1],
];
const TYPE_WEIGHT = TYPES.reduce((s, [, w]) => s + w, 0);

interface CorpusEvent {
  type: EventType;
  place: CorpusPlace;
  other: CorpusPlace;
  side: Side;
  enemy: Side;
  /** Days before the dateline of the day it happened (0 or 1). */
  dayIndex: number;
  killed: number;
  wounded: number;
}

function eventType(r: Rand): EventType {
  let x = r() * TYPE_WEIGHT;
  for (const [t, w] of TYPES) if ((x -= w) < 0) return t;
  return 'armed-clash';
}

/** A place weighted towards larger towns (a sqrt of population), as news coverage is. */
function weightedTown(r: Rand, towns: CorpusPlace[], cumulative: Float64Array): CorpusPlace {
  const x = r() * cumulative[cumulative.length - 1];
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return towns[lo];
}

function cumulativeWeights(towns: CorpusPlace[]): Float64Array {
  const c = new Float64Array(towns.length);
  let s = 0;
  towns.forEach((t, i) => (c[i] = s += Math.sqrt(Math.max(t.population, 2000))));
  return c;
}

/** The day's name as a dateline writes it ("Monday"). */
function weekday(iso: string): string {
  const name = WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()]!;
  return name[0]!.toUpperCase() + name.slice(1);
}

/** "on Friday", "overnight", "on Thursday evening" … for an event `back` days before the dateline. */
function when(r: Rand, dateline: string, back: number): string {
  const day = weekday(addDays(dateline, -back));
  if (back === 0) return pick(r, [`on ${day}`, 'today', `on ${day} morning`, `early on ${day}`]);
  return pick(r, [`on ${day}`, `late on ${day}`, `on ${day} evening`, 'overnight']);
}

function placeWords(r: Rand, p: CorpusPlace): string {
  if (p.kind === 'neighbourhood')
    return pick(r, [`the ${p.name} neighbourhood`, `the ${p.name} district`, p.name]);
  if (p.province && r() < 0.3 && p.province !== p.name) return `${p.name} in ${p.province} province`;
  if (p.population < 20000 && r() < 0.4) return `the village of ${p.name}`;
  if (p.population >= 20000 && r() < 0.3) return `the town of ${p.name}`;
  return p.name;
}

/** One or two sentences telling an event. */
function tell(r: Rand, ev: CorpusEvent, dateline: string, outlet: string): string {
  const at = placeWords(r, ev.place);
  const t = when(r, dateline, ev.dayIndex);
  const who = pick(r, GROUND[ev.side]);
  const enemy = pick(r, GROUND[ev.enemy]);
  // A speaker with an apposition takes a comma before the verb ("X, a local activist, said").
  const spoken = pick(r, SPEAKERS)(r);
  const sp = spoken.includes(',') ? `${spoken},` : spoken;
  const killed = ev.killed;
  switch (ev.type) {
    case 'advance':
      return pick(r, [
        () => `${cap(who)} captured ${at} ${t}, ${sp} said.`,
        () =>
          `${cap(who)} entered ${at} ${t} after ${count(r, 3, 20)} hours of fighting, according to ${sp}.`,
        () => `${cap(at)} fell to ${who} ${t}, ${sp} told ${outlet}.`,
        () => `${cap(who)} said they had seized ${at} and were pushing towards ${ev.other.name}.`,
        () => `${cap(who)} reached the outskirts of ${at} ${t}, ${sp} said, as ${enemy} pulled back.`,
        () => `By ${weekday(dateline)}, ${who} had taken control of ${at}, ${sp} said.`,
      ])();
    case 'airstrike':
      return pick(r, [
        () => `${pick(r, AIR)} struck ${at} ${t}, killing ${killed} people, ${sp} said.`,
        () =>
          `At least ${killed} civilians, among them ${count(r, 2, 9)} children, were killed in air strikes on ${at} ${t}.`,
        () => `Air raids hit a market in ${at} ${t}; ${sp} put the death toll at ${killed}.`,
        () => `${cap(sp)} said ${pick(r, AIR)} bombed ${at} ${t} and wounded ${ev.wounded}.`,
      ])();
    case 'shelling':
      return pick(r, [
        () => `${cap(enemy)} shelled ${at} ${t}, ${sp} told ${outlet}.`,
        () => `Artillery fire hit residential streets of ${at} ${t}, wounding ${ev.wounded} people.`,
        () => `Rockets landed on ${at} ${t}, killing ${killed}, according to ${sp}.`,
        () => `${cap(sp)} reported heavy shelling of ${at} ${t}.`,
      ])();
    case 'armed-clash':
      return pick(r, [
        () => `Heavy clashes broke out between ${who} and ${enemy} near ${at} ${t}.`,
        () => `${cap(who)} and ${enemy} fought for control of ${at} ${t}, ${sp} said.`,
        () => `Fighting raged around ${at} ${t}; ${sp} said ${killed} fighters were killed on both sides.`,
        () => `${cap(enemy)} said they had repelled an attack on ${at} ${t}.`,
      ])();
    case 'withdrawal':
      return pick(r, [
        () => `${cap(enemy)} withdrew from ${at} ${t}, ${sp} said.`,
        () => `${cap(sp)} said ${enemy} had pulled out of ${at} to regroup near ${ev.other.name}.`,
      ])();
    case 'closure':
      return pick(r, [
        () => `Authorities closed the road between ${ev.place.name} and ${ev.other.name} ${t}.`,
        () => `The main highway through ${at} was cut ${t}, ${sp} said.`,
      ])();
    case 'displacement':
      return pick(r, [
        () => `More than ${int(r, 2, 90) * 100} families fled ${at} ${t}, ${sp} said.`,
        () => `Thousands of residents were displaced from ${at} as the fighting neared, according to ${sp}.`,
      ])();
    case 'explosion':
      return pick(r, [
        () => `A car bomb exploded in ${at} ${t}, killing ${killed} people, ${sp} said.`,
        () => `An explosion ripped through a checkpoint in ${at} ${t}; ${ev.wounded} people were wounded.`,
      ])();
    case 'reinforcement':
      return pick(r, [
        () => `The army sent reinforcements to ${at} ${t}, ${sp} said.`,
        () => `${cap(enemy)} rushed reinforcements towards ${at} ${t}, according to ${sp}.`,
      ])();
    case 'commander-killed':
      return `A ${pick(r, RANKS)} of the ${pick(r, GROUND[ev.enemy])} was killed in ${at} ${t}, ${sp} said.`;
  }
}

const QUOTES = [
  'We will not stop until every village is back in the hands of its people',
  'The situation is very difficult and the roads are not safe',
  'Our forces are holding their positions and the enemy has suffered losses',
  'People are leaving with nothing but the clothes they are wearing',
  'We heard the planes all night and nobody slept',
  'There is no bread, no fuel and no electricity',
];

function quote(r: Rand): string {
  const spoken = pick(r, SPEAKERS)(r);
  return `"${pick(r, QUOTES)}," ${spoken.includes(',') ? `${spoken},` : spoken} said.`;
}

/** A sentence about a place without an event in it. */
const CONTEXT = [
  (r: Rand, p: CorpusPlace) =>
    p.population > 0
      ? `${p.name} had a population of about ${p.population.toLocaleString('en-US')} before the war.`
      : `${p.name} is a farming community of a few thousand people.`,
  (r: Rand, p: CorpusPlace) => `Residents of ${p.name} described long queues for bread and water.`,
  (r: Rand, p: CorpusPlace) => `Schools in ${p.name} have been closed for ${count(r, 2, 12)} days.`,
  () => 'It was not possible to verify the accounts independently.',
  () => 'Communications in the area were patchy and several aid workers could not be reached.',
];

const BACKGROUND = [
  (r: Rand) =>
    `The war began in 2011 with a crackdown on protests and has killed more than ${int(r, 3, 6)}00,000 people.`,
  () => 'Front lines had barely moved in years before the latest offensive.',
  () =>
    'Diplomats said talks on a new ceasefire had stalled over the question of who would control the main highways and crossings.',
  (r: Rand, w: CorpusPlace) =>
    `The foreign minister of ${w.name} spoke by phone with his counterparts and called for an immediate halt to the fighting.`,
  (r: Rand, w: CorpusPlace) => `${w.name} called for restraint and urged all sides to protect civilians.`,
  (r: Rand) =>
    `The United Nations said ${count(r, 20, 90)},000 people had been displaced in the past week alone.`,
  (r: Rand, w: CorpusPlace) => `Officials in ${w.name} said they were following events closely.`,
  () => 'Aid agencies warned that hospitals in the north were running short of fuel and medicine.',
  (r: Rand) => `Prices of bread and fuel have risen by ${int(r, 20, 80)} percent since the summer.`,
];

function noiseLines(
  r: Rand,
  world: CorpusPlace[],
  outlet: string,
): { head: string[]; tail: string[]; note: string[] } {
  const head: string[] = [];
  const tail: string[] = [];
  const note: string[] = [];
  if (r() < 0.3) {
    head.push(`A fighter stands on a damaged vehicle at the edge of town. Photo: ${name(r)} / ${outlet}`);
    note.push('photo caption and credit first');
  }
  if (r() < 0.25) {
    tail.push(
      `${name(r)} is a correspondent who has covered the region from ${pick(r, world).name} for ${int(r, 3, 15)} years.`,
    );
    note.push('closing author biography');
  }
  if (r() < 0.3) {
    tail.push('Latest Stories');
    for (let i = 0; i < 3; i++)
      tail.push(
        pick(r, [
          `Floods hit northern ${pick(r, world).name} as rains continue`,
          `${pick(r, world).name} and ${pick(r, world).name} sign trade agreement`,
          `Elections in ${pick(r, world).name} set for spring`,
        ]),
      );
    note.push('trailing teasers about other countries');
  }
  if (r() < 0.4) {
    tail.push(`© ${outlet} ${2024 + int(r, 0, 1)}. All rights reserved.`);
    note.push('copyright line');
  }
  return { head, tail, note };
}

function datelineLine(r: Rand, place: CorpusPlace | null, dateline: string, outlet: string): string {
  const [y, m, d] = dateline.split('-').map(Number);
  const city = place ? place.name.toUpperCase() : '';
  switch (place ? int(r, 0, 3) : 3) {
    case 0:
      return `${city}, Syria, ${MONTHS[m - 1]} ${d} (${outlet}) — `;
    case 1:
      return `${city} (${outlet}) - `;
    case 2:
      return `${city}, ${d} ${MONTHS_LONG[m - 1]} ${y} — `;
    default:
      return '';
  }
}

/**
 * Writes a corpus, one report at a time: report `i` is filed `floor(i * days / reports)` days
 * after `start`. The same options give the same reports, byte for byte.
 *
 * @example
 * for (const rep of makeCorpus(places, { reports: 3, seed: 1 })) console.log(rep.file, rep.outlet);
 */
export function* makeCorpus(places: CorpusPlaces, options: CorpusOptions): Generator<CorpusReport> {
  const start = options.start ?? '2024-11-27';
  const days = Math.max(1, options.days ?? 365);
  const perDay = Math.max(1, options.reports / days);
  if (places.towns.length < 10 || places.world.length < 3)
    throw new Error('makeCorpus: the gazetteer has too few places (build it with npm run build:gazetteer)');
  const townWeights = cumulativeWeights(places.towns);
  // Where reports are filed from: the largest towns.
  const bigTowns = [...places.towns].sort((a, b) => b.population - a.population).slice(0, 6);
  const abroadWeights = places.abroad.length ? cumulativeWeights(places.abroad) : null;
  const sides: Side[] = ['opposition', 'government', 'sna', 'sdf'];
  // Each day's pool of events, told by that day's and the next day's reports.
  const pools = new Map<number, CorpusEvent[]>();
  const poolOf = (day: number): CorpusEvent[] => {
    let pool = pools.get(day);
    if (pool) return pool;
    const r = seededRandom(options.seed * 100_003 + day);
    pool = [];
    const n = Math.max(6, Math.round(perDay * 1.5));
    for (let i = 0; i < n; i++) {
      const useNbhd = places.neighbourhoods.length > 0 && r() < 0.12;
      const place = useNbhd ? pick(r, places.neighbourhoods) : weightedTown(r, places.towns, townWeights);
      const side = pick(r, sides);
      let enemy = pick(r, sides);
      if (enemy === side) enemy = side === 'government' ? 'opposition' : 'government';
      pool.push({
        type: eventType(r),
        place,
        other: weightedTown(r, places.towns, townWeights),
        side,
        enemy,
        dayIndex: 0,
        killed: int(r, 2, 40),
        wounded: int(r, 3, 60),
      });
    }
    pools.set(day, pool);
    pools.delete(day - 3);
    return pool;
  };
  const width = String(options.reports).length;
  for (let i = 0; i < options.reports; i++) {
    const r = seededRandom(options.seed * 7919 + i * 104_729 + 1);
    const day = Math.floor((i * days) / options.reports);
    const dateline = addDays(start, day);
    const outlet = pick(r, OUTLETS);
    const abroad = abroadWeights && r() < 0.08;
    const events: CorpusEvent[] = [];
    if (abroad) {
      for (let k = int(r, 1, 3); k > 0; k--)
        events.push({
          type: eventType(r),
          place: weightedTown(r, places.abroad, abroadWeights),
          other: weightedTown(r, places.abroad, abroadWeights),
          side: 'government',
          enemy: 'opposition',
          dayIndex: int(r, 0, 1),
          killed: int(r, 2, 30),
          wounded: int(r, 3, 50),
        });
    } else {
      const today = poolOf(day);
      const yesterday = day > 0 ? poolOf(day - 1) : [];
      for (let k = int(r, 3, 7); k > 0; k--) {
        const fromYesterday = yesterday.length > 0 && r() < 0.35;
        const ev = pick(r, fromYesterday ? yesterday : today);
        if (!events.some((e) => e === ev)) events.push({ ...ev, dayIndex: fromYesterday ? 1 : 0 });
      }
    }
    const lead = events[0];
    const noise = noiseLines(r, places.world, outlet);
    const paragraphs: string[] = [];
    const headline = `${cap(lead.type === 'advance' ? `${pick(r, GROUND[lead.side])} press on near ${lead.place.name}` : `Fighting and strikes around ${lead.place.name}`)}`;
    if (r() < 0.6) paragraphs.push(headline);
    const dl = datelineLine(r, abroad || r() < 0.4 ? null : pick(r, bigTowns), dateline, outlet);
    events.forEach((ev, k) => {
      const sentences = [tell(r, ev, dateline, outlet)];
      if (r() < 0.7)
        sentences.push(tell(r, { ...ev, type: r() < 0.4 ? 'armed-clash' : ev.type }, dateline, outlet));
      if (r() < 0.4) sentences.push(tell(r, ev, dateline, outlet));
      if (r() < 0.5) sentences.push(quote(r));
      paragraphs.push((k === 0 ? dl : '') + sentences.join(' '));
      if (r() < 0.7) paragraphs.push(`${quote(r)} ${pick(r, CONTEXT)(r, ev.place)}`);
    });
    const background = [...BACKGROUND];
    for (let k = int(r, 3, 6); k > 0 && background.length; k--)
      paragraphs.push(background.splice(Math.floor(r() * background.length), 1)[0](r, pick(r, places.world)));
    const text = [...noise.head, ...paragraphs, ...noise.tail].join('\n\n') + '\n';
    const id = `r${String(i + 1).padStart(width, '0')}-${dateline}`;
    yield {
      id,
      file: `${id}.txt`,
      text,
      outlet,
      dateline,
      noise: noise.note.length ? noise.note.join('; ') : null,
    };
  }
}
