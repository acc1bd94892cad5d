import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applyPatches, corporaDir, decodeXml, loadCorpus, parseCorpus, realign } from './corpora.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dir = corporaDir(repoRoot);
const haveCorpora = existsSync(path.join(dir, 'TR-News.xml'));

describe('realign', () => {
  it('keeps a correct span and moves an off-by-one span onto its name', () => {
    const text = 'We drove from Hama to Homs.';
    expect(realign(text, 'Hama', 14)).toBe(14);
    expect(realign(text, 'Hama', 15)).toBe(14);
    expect(realign(text, 'Homs', 20)).toBe(22);
    expect(realign(text, 'Raqqa', 3)).toBe(-1);
  });
});

describe('decodeXml', () => {
  it('decodes named and numeric entities', () => {
    expect(decodeXml('Tom &amp; &quot;Jerry&quot; &#65;&#x42; &lt;x&gt;')).toBe('Tom & "Jerry" AB <x>');
  });
});

describe('parseCorpus', () => {
  it('reads CDATA text and gaztag coordinates, realigning spans', () => {
    const xml = `<articles><article docid="7"><text><![CDATA[Fog in Hama & Homs.]]></text><toponyms>
      <toponym><phrase>Hama</phrase><start>8</start><end>12</end>
        <gaztag geonameid="170017"><name>Hama</name><lat>35.13</lat><lon>36.75</lon></gaztag></toponym>
      <toponym><phrase>Homs</phrase><start>14</start><end>18</end></toponym>
    </toponyms></article></articles>`;
    const c = parseCorpus('TR-News', xml);
    expect(c.articles[0].text).toBe('Fog in Hama & Homs.');
    expect(c.articles[0].toponyms.map((t) => [t.name, t.start, t.geonamesId, t.lat])).toEqual([
      ['Hama', 7, '170017', 35.13],
      ['Homs', 14, undefined, undefined],
    ]);
    expect(c.realigned).toBe(1);
  });

  it('decodes escaped GWN text and separates literal places from associative toponyms', () => {
    const xml = `<articles><article file="0"><text>A &quot;Homs&quot; &amp; Syrian story.</text><toponyms>
      <toponym><extractedName>Homs</extractedName><type>Literal</type><start>3</start><end>7</end>
        <latitude>34.7</latitude><longitude>36.7</longitude></toponym>
      <toponym><extractedName>Syrian</extractedName><type>Literal_Modifier</type>
        <modifierType>Adjective</modifierType><start>11</start><end>17</end></toponym>
      <toponym><extractedName>story</extractedName><type>Literal_Expression</type><start>18</start><end>23</end></toponym>
      <toponym><extractedName>A</extractedName><type>Literal</type><start>-5</start><end>-4</end></toponym>
    </toponyms></article></articles>`;
    const c = parseCorpus('GWN', xml);
    expect(c.articles[0].text).toBe('A "Homs" & Syrian story.');
    expect(c.articles[0].toponyms.map((t) => [t.name, t.start, t.isPlace])).toEqual([
      ['Homs', 3, true],
      ['Syrian', 11, false],
    ]);
    expect(c.dropped).toBe(1);
  });

  it('corrects GeoVirus starts, which are one too high', () => {
    const xml = `<articles><article><text>Flu in Idlib.</text><locations><location><name>Idlib</name>
      <start>8</start><end>13</end><lat>35.9</lat><lon>36.6</lon></location></locations></article></articles>`;
    const t = parseCorpus('GeoVirus', xml).articles[0].toponyms[0];
    expect([t.start, t.end]).toEqual([7, 12]);
    expect(parseCorpus('GeoVirus', xml).realigned).toBe(0);
  });

  it('applies coordinate patches matched on the old coordinates', () => {
    const xml = `<articles><article><text>Flu in Idlib.</text><locations><location><name>Idlib</name>
      <start>8</start><end>13</end><lat>35.9</lat><lon>36.6</lon></location></locations></article></articles>`;
    const c = parseCorpus('GeoVirus', xml);
    expect(applyPatches(c, 'Idlib \t 35.9 , 36.6 \t 35.93 , 36.63\nbad line\n')).toBe(1);
    expect([c.articles[0].toponyms[0].lat, c.articles[0].toponyms[0].lon]).toEqual([35.93, 36.63]);
  });
});

describe.skipIf(!haveCorpora)('the shared corpora', () => {
  it('loads TR-News with every span on its name', () => {
    const c = loadCorpus('TR-News', dir);
    expect(c.articles).toHaveLength(118);
    const tops = c.articles.flatMap((a) => a.toponyms.map((t) => ({ a, t })));
    expect(tops).toHaveLength(1319);
    for (const { a, t } of tops) expect(a.text.slice(t.start, t.end)).toBe(t.name);
  });

  it('loads GWN with entities decoded and spans on their names', () => {
    const c = loadCorpus('GWN', dir);
    expect(c.articles).toHaveLength(200);
    for (const a of c.articles) for (const t of a.toponyms) expect(a.text.slice(t.start, t.end)).toBe(t.name);
    expect(c.articles.some((a) => a.text.includes('&amp;'))).toBe(false);
  });

  it('loads LGL and GeoVirus with spans on their names', () => {
    for (const name of ['LGL', 'GeoVirus'] as const) {
      const c = loadCorpus(name, dir);
      for (const a of c.articles)
        for (const t of a.toponyms) expect(a.text.slice(t.start, t.end)).toBe(t.name);
      expect(c.patched).toBeGreaterThan(0);
    }
  });
});

it('names the file when a corpus cannot be read', () => {
  expect(() => loadCorpus('GWN', '/nonexistent')).toThrow(/nonexistent\/GWN\.xml/);
});
