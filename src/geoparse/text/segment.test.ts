import { describe, expect, it } from 'vitest';
import { segment } from './segment.ts';

const reasons = (text: string) =>
  segment({ id: 't', text }).excluded.map((e) => [e.reason, text.slice(e.start, e.end)]);
const sentences = (text: string) =>
  segment({ id: 't', text }).sentences.map((s) => text.slice(s.start, s.end));

describe('segment', () => {
  it('splits sentences, keeping abbreviations and initials inside', () => {
    expect(
      sentences('Shelling hit Homs on Monday. Mr. Ali said the U.N. team left. Gen. Omar agreed!'),
    ).toEqual(['Shelling hit Homs on Monday.', 'Mr. Ali said the U.N. team left.', 'Gen. Omar agreed!']);
  });

  it('joins hard-wrapped lines and breaks at paragraph ends', () => {
    expect(
      sentences('Rebels advanced.\nTroops moved towards the\noutskirts of Hama on Sunday.\nNubl was quiet.'),
    ).toEqual([
      'Rebels advanced.',
      'Troops moved towards the\noutskirts of Hama on Sunday.',
      'Nubl was quiet.',
    ]);
  });

  it('records a dateline as the reporter location and excludes it from the sentences', () => {
    const text = 'BEIRUT/HOMS (Levant Wire) – Fighting spread to Tal Rifaat.';
    const doc = segment({ id: 't', text });
    expect(doc.datelinePlaces.map((p) => text.slice(p.start, p.end))).toEqual(['BEIRUT', 'HOMS']);
    expect(text.slice(doc.sentences[0].start, doc.sentences[0].end)).toBe('Fighting spread to Tal Rifaat.');
  });

  it('excludes byline, photo credit, source line, heading, copyright and the teasers after them', () => {
    const text = [
      'By Jane Roe, Middle East Editor',
      'A convoy drives past Khan Shaykhun in October.',
      'John Doe | Levant Wire | Photo Agency',
      'Convoys reached Maarat al-Numan on Tuesday.',
      'THE ROAD NORTH',
      'The road to Saraqib reopened.',
      'Source: Levant Wire',
      'Copyright 2024 Levant Wire. All rights reserved.',
      'Read more',
      'Floods hit a coastal town in Spain.',
    ].join('\n');
    expect(reasons(text).map((r) => r[0])).toEqual([
      'byline',
      'photo credit',
      'section heading',
      'source line',
      'copyright',
      'teasers',
    ]);
    const doc = segment({ id: 't', text });
    expect(doc.sentences.some((s) => text.slice(s.start, s.end).includes('Spain'))).toBe(false);
    expect((doc.sentences[0] as { role?: string }).role).toBe('caption');
  });

  it("excludes a caption's bracketed credit after its stop, keeping the caption's words", () => {
    const lines = [
      'Shelling hit Saraqib on Monday.',
      'A convoy near Saraqib, May 4, 2024. (Levant Wire/File)',
      'Smoke over the town. (Levant Wire/Jane Roe)',
      'Displaced families in a camp. (Handout)',
      'Talks resumed (in Geneva/Lausanne).',
    ];
    const text = lines.join('\n');
    const doc = segment({ id: 't', text });
    const credits = doc.excluded.filter((e) => e.reason === 'photo credit');
    expect(credits.map((e) => text.slice(e.start, e.end))).toEqual([
      '(Levant Wire/File)',
      '(Levant Wire/Jane Roe)',
      '(Handout)',
    ]);
    const caption = doc.sentences.find((s) => text.slice(s.start, s.end).startsWith('A convoy'));
    expect(caption && text.slice(caption.start, caption.end)).toBe('A convoy near Saraqib, May 4, 2024.');
    expect((caption as { role?: string }).role).toBe('caption');
    expect(doc.sentences.some((s) => text.slice(s.start, s.end).includes('Geneva'))).toBe(true);
  });

  it('flags a first-line headline, excludes its repetition and a trailing author biography', () => {
    const text = [
      'Rebels push towards Hama',
      'Rebel forces advanced on Hama from the north on Tuesday.',
      'Rebels push towards Hama',
      'Sam Poe is a freelance writer covering food and travel in southern Europe.',
    ].join('\n');
    const doc = segment({ id: 't', text });
    expect((doc.sentences[0] as { role?: string }).role).toBe('headline');
    expect(doc.excluded.map((e) => e.reason)).toEqual(['repeated text', 'author biography']);
  });

  it('flags a headline that closes on a quotation, not a first line that closes on a stop inside one', () => {
    const body = 'Troops left the town on Monday, officials said.';
    const quoted = segment({ id: 'q', text: `Army says it left the town to "save lives"\n${body}` });
    expect((quoted.sentences[0] as { role?: string }).role).toBe('headline');
    const spoken = segment({ id: 's', text: `The mayor said: "We are safe."\n${body}` });
    expect((spoken.sentences[0] as { role?: string }).role).toBeUndefined();
  });

  it('reads no dateline in a sentence that opens with two places and a dash', () => {
    const text = 'Hama and Homs — two cities on the highway — were shelled.';
    expect(segment({ id: 'a', text }).datelinePlaces).toEqual([]);
  });

  it("excludes a closing line telling a reporter's beat", () => {
    for (const bio of [
      'About the author: Sam Poe covers the Levant from Amman.',
      'Sam Poe reports on refugees and migration for the desk.',
    ]) {
      const text = ['Rebels push towards Hama', 'Rebel forces advanced on Hama on Tuesday.', bio].join('\n');
      expect(reasons(text)).toEqual([['author biography', bio]]);
    }
  });

  it('excludes a bare lowercase section heading between paragraphs', () => {
    const text = 'Clashes continued near Nubl.\ncivilians flee the fighting\nMany families left Tal Rifaat.';
    expect(reasons(text)).toEqual([['section heading', 'civilians flee the fighting']]);
  });

  it('keeps offsets into HTML as read, excluding markup', () => {
    const text =
      '<html><body><p>Shelling hit <b>Homs</b> today.</p><script>var x = "Hama";</script></body></html>';
    const doc = segment({ id: 't', text });
    expect(doc.sentences).toHaveLength(1);
    const s = doc.sentences[0];
    expect(text.slice(s.start, s.end)).toContain('Homs');
    expect(doc.excluded.every((e) => e.reason === 'markup')).toBe(true);
    expect(doc.excluded.some((e) => text.slice(e.start, e.end).includes('Hama'))).toBe(true);
  });

  it('survives empty, garbage and right-to-left text', () => {
    expect(segment({ id: 't', text: '' }).sentences).toEqual([]);
    expect(() => segment({ id: 't', text: '\u0000\uffff\ud800<<<!--' })).not.toThrow();
    const rtl = 'قصفت الطائرات مدينة حلب. ونزح السكان إلى إدلب.';
    expect(segment({ id: 't', text: rtl }).sentences.length).toBeGreaterThanOrEqual(1);
  });

  it('finds a dateline with a date after the city', () => {
    for (const text of [
      'SAN DIEGO, April 05, 2018 (Wire) -- A firm opened.',
      'BEIRUT, Nov. 29 (Agency) — Jets struck.',
      'ALEPPO, 28 November 2024 — Fighters entered the city.',
      'Qamishli, Syria — Families left the town on Sunday.',
      'Deir ez-Zor, Syria -- Troops withdrew.',
    ]) {
      const doc = segment({ id: 'a', text });
      expect(doc.datelinePlaces.map((p) => text.slice(p.start, p.end))).toEqual([text.split(',')[0]]);
    }
  });

  it('reads a dateline that puts the date first and the city in brackets, but not an agency', () => {
    const text = 'December 3, 2024 (BAGHDAD) — Jets struck hideouts in the hills.\nMore text here.';
    const doc = segment({ id: 'a', text });
    expect(doc.datelinePlaces.map((p) => text.slice(p.start, p.end))).toEqual(['BAGHDAD']);
    expect(doc.excluded.find((e) => e.reason === 'dateline')).toMatchObject({ start: 0 });
    const agency = segment({
      id: 'a',
      text: 'December 3, 2024 (AFP) — Jets struck hideouts in the hills.\n',
    });
    expect(agency.datelinePlaces).toEqual([]);
  });

  it('reads a dateline that opens the body after a headline, a standfirst and a byline', () => {
    const text = [
      'The last buses out of the river towns',
      '',
      'As the front moves closer, the towns empty street by street.',
      '',
      'By Jane Roe, The Northern Review',
      '',
      'KRAMATORSK, Ukraine — The morning the bombs came, the stairwell filled with neighbours.',
    ].join('\n');
    const doc = segment({ id: 'a', text });
    expect(doc.datelinePlaces.map((p) => text.slice(p.start, p.end))).toEqual(['KRAMATORSK']);
  });

  it("reads a live page's first dateline under an entry's time and heading, only in its bracketed form", () => {
    const text = [
      'Live: the river front, hour by hour',
      '',
      'Tue 5 Nov 2024 — Northern Review',
      '',
      '- Ferries suspended after a night of shelling',
      '- Two bridges closed',
      '',
      '16:05',
      'Ferries suspended',
      '',
      'The port authority said no ferry would sail before Thursday.',
      '',
      '12:40',
      'Night of shelling',
      '',
      'KHERSON (Northern Review) — Shells fell on the port district overnight, the governor said.',
      '',
      'ODESA (Northern Review) — Drones were shot down over the coast.',
    ].join('\n');
    const doc = segment({ id: 'a', text });
    expect(doc.datelinePlaces.map((p) => text.slice(p.start, p.end))).toEqual(['KHERSON']);
    // Further down, a line in capitals without an outlet in brackets is no dateline.
    const plain = text.replace(' (Northern Review)', '').replace(' (Northern Review)', '');
    expect(segment({ id: 'b', text: plain }).datelinePlaces).toEqual([]);
  });
});
