import { describe, expect, it } from 'vitest';
import { expectRows } from './expectRows.ts';
import { extractIncidents, type IncidentCandidate } from './extractIncidents.ts';
import { mergeIncidents } from './merge/mergeIncidents.ts';
import type { SegmentedArticle } from '../types/model.ts';
import { mentionsIn, place, point, reportOf, WORLD } from './testPlaces.ts';

function run(
  text: string,
  opts: {
    dateline?: string | null;
    aliases?: Record<string, string>;
    excluded?: { start: number; end: number; reason: string }[];
  } = {},
) {
  const doc = reportOf(
    {
      id: 'a1',
      text,
      outlet: 'Test Wire',
      dateline: opts.dateline === undefined ? '2024-11-29' : opts.dateline,
    },
    { excluded: opts.excluded ?? [] },
  );
  return extractIncidents(doc, mentionsIn('a1', text, doc.sentences, opts.aliases), WORLD);
}

/** Reads a text into rows: each candidate as 'type@place', then its `fields`, space-separated. */
const rowsWith =
  (...fields: (keyof IncidentCandidate)[]) =>
  (text: string) =>
    run(text).map((c) => [`${c.type}@${c.place}`, ...fields.map((f) => String(c[f]))].join(' '));

/** Reads a text into each candidate's place and days: 'place:from..to', '(report)' when the report's. */
const days = (text: string) =>
  run(text).map((c) => `${c.place}:${c.dateFrom ?? ''}..${c.date}${c.dateFromReport ? ' (report)' : ''}`);

describe('extractIncidents', () => {
  it('reads type, place, date, actors, figures, attribution and stance from a sentence', () => {
    const [c] = run(
      'The state news agency SANA said insurgents shelled the campus in Midcity on Thursday, killing at least three civilians.',
      {
        aliases: { 'the campus in Midcity': 'p:Midcity University' },
      },
    );
    expect(c).toMatchObject({
      article: 'a1',
      outlet: 'Test Wire',
      type: 'shelling',
      place: 'p:Midcity University',
      date: '2024-11-28',
      background: false,
      agent: 'opposition',
      attribution: 'SANA',
      stance: 'claim',
    });
    expect(c.figures).toEqual([{ what: 'civilians-killed', value: 3, qualifier: 'at least', article: 'a1' }]);
    expect(c.start).toBe(0);
  });
  it('makes one candidate per event type of a sentence, and resolves "the city"', () => {
    expectRows(rowsWith(), {
      'Fighting raged in Midcity. Rebels blew up two car bombs and then entered the city on Friday.': [
        'armed-clash@p:Midcity',
        'explosion@p:Midcity',
        'advance@p:Midcity',
      ],
    });
  });
  it('marks denials and history', () => {
    const text =
      'State television denied that rebels had entered Fartown. Government forces retook Fartown in 2016.';
    const [denial, history] = run(text);
    expect(denial).toMatchObject({
      type: 'advance',
      stance: 'denial',
      attribution: 'state media',
      agent: 'opposition',
    });
    expect(history).toMatchObject({ type: 'advance', background: true, agent: 'government' });
  });
  it('drops events it cannot place, planned events and excluded text', () => {
    expectRows(rowsWith(), {
      'Jets bombed the valley.': [],
      'The deal would see troops withdraw from Fartown.': [],
    });
    const text = 'Rebels entered Fartown.';
    expect(run(text, { excluded: [{ start: 0, end: text.length, reason: 'teaser' }] })).toEqual([]);
  });
  it('takes no sources from headlines and photo captions', () => {
    const text = 'Rebels storm Fartown\nRebels entered Midcity on Friday.';
    const sentences = [
      { index: 0, start: 0, end: 20, role: 'headline' },
      { index: 1, start: 21, end: text.length },
    ];
    const doc = {
      article: { id: 'a1', text, outlet: 'W', dateline: '2024-11-29' },
      sentences,
      excluded: [],
      datelinePlaces: [],
    };
    const out = extractIncidents(doc as SegmentedArticle, mentionsIn('a1', text, sentences), WORLD);
    expect(out.map((c) => c.place)).toEqual(['p:Midcity']);
  });
  it("dates every current event: its own day, else the episode's window the report gives", () => {
    expectRows(days, {
      'The offensive began on Wednesday. Rebels entered Fartown on Friday. Clashes raged in Midcity. Troops shelled Nearby this week.':
        [
          'p:Fartown:..2024-11-29',
          'p:Midcity:2024-11-27..2024-11-29 (report)',
          'p:Nearby:2024-11-27..2024-11-29',
        ],
    });
  });
  it('dates an event with no day and no episode to the day of the claim', () => {
    expectRows(days, {
      'Rebels entered Fartown on Wednesday. Clashes raged in Midcity.': [
        'p:Fartown:..2024-11-27',
        'p:Midcity:..2024-11-29 (report)',
      ],
    });
  });
  it("reads speakers and stances: the outlet's voice, a party's claim, a denial, a counter-claim", () => {
    expectRows(rowsWith('stance', 'attribution', 'agent'), {
      'Rebels entered Fartown on Friday. The army said it had repelled an attack by rebels on Midcity. Rebels said they had captured Nearby, while state television denied that Nearby had fallen.':
        [
          'advance@p:Fartown report Test Wire opposition',
          'armed-clash@p:Midcity counterclaim army opposition',
          'advance@p:Nearby claim Rebels opposition',
          'advance@p:Nearby denial state media unknown',
        ],
    });
  });
  it('reads a follow-up that names no place as more of the event just told', () => {
    expectRows(rowsWith('date', 'stance', 'attribution', 'agent'), {
      'Rebels stormed Fartown on Thursday. The army said its troops had repelled the assault and inflicted heavy losses. The defence ministry dismissed the reports as lies. A UN official confirmed the attack.':
        [
          'advance@p:Fartown 2024-11-28 report Test Wire opposition',
          // The defender's version of the assault is a row of the assault.
          'advance@p:Fartown 2024-11-28 counterclaim army opposition',
          'advance@p:Fartown 2024-11-28 denial defence ministry opposition',
          'armed-clash@p:Fartown 2024-11-28 confirmation United Nations opposition',
        ],
    });
  });
  it('answers only the events at the places a reply names, and never a comment on them', () => {
    expectRows(rowsWith('stance'), {
      'Rebels seized Fartown and shelled Midcity on Friday. State television said Midcity remained under army control. The spokesman said the assault showed the rebels were desperate.':
        ['advance@p:Fartown report', 'shelling@p:Midcity report', 'shelling@p:Midcity denial'],
    });
  });
  it('dates a later sentence without a day by the event the report told at that place', () => {
    expectRows(rowsWith('date', 'stance'), {
      'Rebels captured Fartown on Wednesday. The army denied that the town had fallen. Shelling hit Midcity.':
        [
          'advance@p:Fartown 2024-11-27 report',
          'advance@p:Fartown 2024-11-27 denial',
          // Nothing told there before: the day of the report.
          'shelling@p:Midcity 2024-11-29 report',
        ],
    });
  });
  it("reads a party's account of the event just told: its own side's claim, the other side's version", () => {
    expectRows(rowsWith('date', 'attribution', 'stance'), {
      'Israeli warplanes struck Fartown on Wednesday. The Israeli military said its jets had struck a weapons depot. Hamas said the jets had hit a school. The strike drew condemnation.':
        [
          'airstrike@p:Fartown 2024-11-27 Test Wire report',
          'airstrike@p:Fartown 2024-11-27 Israeli military claim',
          'airstrike@p:Fartown 2024-11-27 Hamas counterclaim',
        ],
    });
    // A comment on it is no account ("the rapid advance was due to …").
    expect(
      run(
        'Rebels captured Fartown on Wednesday. A rebel commander said the rapid advance was due to poor defences.',
      ),
    ).toHaveLength(1);
  });
  it("reads a day after a reporting verb as the claim's, joining the event the report dated", () => {
    expectRows(rowsWith('date', 'stance'), {
      'Rebels captured Fartown on Monday. The rebels said on Wednesday that they were in full control of Fartown. The army said on Thursday that rebels had shelled Midcity.':
        [
          'advance@p:Fartown 2024-11-25 report',
          'advance@p:Fartown 2024-11-25 claim',
          // Nothing dated there before: the claim's day.
          'shelling@p:Midcity 2024-11-28 claim',
        ],
    });
  });
  it('answers "denied the claim" with the claim just told, even when the denial names its own place', () => {
    expectRows(rowsWith('attribution', 'stance'), {
      'Shells fell on Nearby overnight. The government said its forces had taken Midcity on Friday. The Fartown Brigade denied the claim, saying its men still held Fartown.':
        [
          'shelling@p:Nearby Test Wire report',
          'advance@p:Midcity government claim',
          'advance@p:Midcity Fartown Brigade denial',
        ],
    });
    // Of a claim and an outsider's account in the sentence before, "the claim" is the claim.
    expectRows(rowsWith('stance'), {
      'Jets struck Nearby on Friday, residents said, and the army said it had taken Midcity. The Fartown Brigade rejected the claim.':
        ['airstrike@p:Nearby confirmation', 'advance@p:Midcity claim', 'advance@p:Midcity denial'],
    });
  });
  it('keeps a capture told beside a drone shot down', () => {
    const rows = rowsWith('stance')(
      'The group said its fighters had taken hills near Midcity on Friday and shot down a drone.',
    );
    expect(rows).toContain('advance@p:Midcity claim');
  });
  it('hears no speaker in "was also reported" and outsiders as outsiders', () => {
    expectRows(rowsWith('attribution', 'stance'), {
      'Fighting was also reported near Nearby on Friday. Aid groups said hundreds of families had fled Fartown on Friday.':
        ['armed-clash@p:Nearby Test Wire report', 'displacement@p:Fartown Aid groups confirmation'],
    });
  });
  it('reads "disputed that account" as a denial of the event just told', () => {
    expectRows(rowsWith('date', 'attribution', 'stance'), {
      'Rebels captured Fartown on Wednesday. The army disputed that account.': [
        'advance@p:Fartown 2024-11-27 Test Wire report',
        'advance@p:Fartown 2024-11-27 army denial',
      ],
    });
  });
  it('gives two speakers of one sentence a row each when one only answers the other ("…, while X denied it")', () => {
    const text = 'Rebels said they had captured Nearby on Friday, while the army denied it.';
    const rows = run(text);
    expect(
      rows.map(
        (c) =>
          `${c.type}@${c.place} ${c.attribution} ${c.stance} ${text.slice(c.scope.start, c.scope.end).trim()}`,
      ),
    ).toEqual([
      'advance@p:Nearby Rebels claim Rebels said they had captured Nearby on Friday, while',
      'advance@p:Nearby army denial the army denied it.',
    ]);
    // One incident, two rows: each speaker over its own part of the sentence.
    const [f] = mergeIncidents(rows, WORLD);
    expect(f.properties.status).toBe('contested');
    expect(
      f.properties.sources.map((s) => `${s.attribution}:${s.stance}:${text.slice(s.start, s.end).trim()}`),
    ).toEqual([
      'Rebels:claim:Rebels said they had captured Nearby on Friday, while',
      'army:denial:the army denied it.',
    ]);
    // "…, a claim the rebels rejected", "…; the ministry confirmed it", "…, which a monitor confirmed".
    expectRows((t) => run(t).map((c) => `${c.attribution}:${c.stance}`), {
      'The army said it had shelled Midcity, a claim the rebels rejected.': ['army:claim', 'rebels:denial'],
      'The militia said it had stormed Fartown; the army denied it.': ['militia:claim', 'army:denial'],
      'The militia said it had captured Nearby, which a monitor confirmed.': [
        'militia:claim',
        'monitor:confirmation',
      ],
    });
  });
  it('reads a denial several sentences after the event it denies as its denial', () => {
    expectRows(rowsWith('date', 'attribution', 'stance'), {
      'The army said its forces had liberated Midcity on Saturday. Residents described a day of chaos. A woman said the streets were empty. The rebels denied they had been defeated.':
        ['advance@p:Midcity 2024-11-23 army claim', 'advance@p:Midcity 2024-11-23 rebels denial'],
    });
    // A place named only in the speaker's words ("officials in North Province") does not narrow it.
    expect(
      run('Rebels captured Fartown on Wednesday. Officials in North Province denied losing any ground.').map(
        (c) => `${c.place} ${c.stance}`,
      ),
    ).toEqual(['p:Fartown report', 'p:Fartown denial']);
  });
  it("files the defender's version with the attack it answers: its type, day and attacker", () => {
    expectRows(rowsWith('date', 'stance', 'agent'), {
      'Rebels entered Midcity on Sunday. On Monday the army said troops had repulsed an attack on Midcity.': [
        'advance@p:Midcity 2024-11-24 report opposition',
        'advance@p:Midcity 2024-11-24 counterclaim opposition',
      ],
      'The militia fired rockets at Midcity on Sunday. The army said most of the rockets were intercepted.': [
        'shelling@p:Midcity 2024-11-24 report opposition',
        'shelling@p:Midcity 2024-11-24 counterclaim opposition',
      ],
    });
    // The defender's words tell no capture.
    expect(
      run('Rebels entered Midcity on Sunday. The army said it had repelled an attack on Midcity.')[1]
        .progress,
    ).toBeUndefined();
  });
  it("reads the attacker's naming of a military target, against a report of civilians hit, as its counter-claim", () => {
    const rows = rowsWith('attribution', 'stance');
    expectRows(rows, {
      "Israeli warplanes struck a school sheltering families in Fartown on Monday, killing ten people, Lebanon's health ministry said. The Israeli military said its jets had struck terrorist infrastructure in Fartown.":
        [
          "airstrike@p:Fartown Lebanon's health ministry claim",
          'airstrike@p:Fartown Israeli military counterclaim',
        ],
      // Without a place of its own, and with another voice dismissing it in the same sentence.
      'Israeli warplanes struck homes in Fartown on Monday, killing ten people, medics said. The Israeli military said it had struck "terrorist targets" in the area, a claim Hamas dismissed as a lie.':
        [
          'airstrike@p:Fartown medics confirmation',
          'airstrike@p:Fartown Israeli military counterclaim',
          'airstrike@p:Fartown Hamas denial',
        ],
    });
    // The victims' version does not speak of civilians: the attacker's account is its claim (or nothing).
    expect(
      rows(
        'Israeli warplanes struck an arms depot in Fartown on Monday, medics said. The Israeli military said its jets had struck terrorist infrastructure in Fartown.',
      ),
    ).not.toContain('airstrike@p:Fartown Israeli military counterclaim');
  });
  it("reads a side's own word for giving ground as its version of the other side's capture", () => {
    expectRows(rowsWith('date', 'attribution', 'stance'), {
      'Rebels captured Midcity on Saturday. The army said it had "redeployed" its units from Midcity.': [
        'advance@p:Midcity 2024-11-23 Test Wire report',
        'withdrawal@p:Midcity 2024-11-29 army claim',
        'advance@p:Midcity 2024-11-23 army counterclaim',
      ],
    });
  });
  it('keeps dates unknown without a dateline', () => {
    expect(run('Rebels entered Fartown on Friday.', { dateline: null })[0].date).toBeNull();
  });
  it('never throws on odd input', () => {
    expect(run('')).toEqual([]);
    expect(run('\u0000\uFFFF\u202E'.repeat(1000))).toEqual([]);
    expect(run(`${'shelled Midcity '.repeat(400)}.`).length).toBeLessThanOrEqual(1);
    const doc = {
      article: { id: 'x', text: 'abc' },
      sentences: [{ index: 0, start: 5, end: 2 }],
      excluded: [],
      datelinePlaces: [],
    };
    expect(extractIncidents(doc as SegmentedArticle, [], WORLD)).toEqual([]);
    expect(extractIncidents({} as SegmentedArticle, [], [])).toEqual([]);
  });
});

describe('"the capital"', () => {
  it('places an event told of "the capital" at the capital the report names', () => {
    const text = 'Fighting broke out in Midcity on Tuesday. Schools in the capital were closed on Wednesday.';
    const doc = reportOf({ id: 'a1', text, outlet: 'Test Wire', dateline: '2024-11-29' });
    const mentions = mentionsIn('a1', text, doc.sentences);
    const closures = (capitals: Map<string, string>) =>
      extractIncidents(doc, mentions, WORLD, 'LA', capitals)
        .filter((c) => c.type === 'closure')
        .map((c) => `${c.place} ${c.date}`);
    expect(closures(new Map([['p:Midcity', 'LA']]))).toEqual(['p:Midcity 2024-11-27']);
    // (A report naming no capital has none: "the capital" places nothing.)
    expect(closures(new Map())).toEqual([]);
  });
  it('takes the dateline town for "the capital" when it is one and the text names no capital', () => {
    const text = 'FARTOWN — Drones struck the capital on Thursday, officials said.';
    const doc = reportOf({ id: 'a1', text, outlet: 'Test Wire', dateline: '2024-11-29' });
    const filed = place('p:Fartown', 'settlement', point(36.6, 35.7), {
      mentions: [{ article: 'a1', start: 0, end: 7, text: 'FARTOWN', role: 'dateline' }],
    });
    const places = [...WORLD.filter((p) => p.properties.id !== 'p:Fartown'), filed];
    const read = (capitals: Map<string, string>) =>
      extractIncidents(doc, [], places, 'LA', capitals).map((c) => `${c.type}@${c.place}`);
    expect(read(new Map([['p:Fartown', 'LA']]))).toEqual(['airstrike@p:Fartown']);
    expect(read(new Map())).toEqual([]);
  });
});
