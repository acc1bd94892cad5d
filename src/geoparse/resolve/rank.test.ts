import { describe, expect, it } from 'vitest';
import { geoparseReport } from '../geoparse.ts';
import { segment } from '../text/segment.ts';
import { abroadGazetteer } from '../testGazetteer.ts';

const gaz = abroadGazetteer();

/** "mention → place id" of one report (our own sentences). */
function pairs(text: string): string[] {
  return geoparseReport(segment({ id: 'r1', text }), gaz).mentions.map((m) => `${m.text} → ${m.placeId}`);
}

describe('rank: namesakes abroad', () => {
  it('never reads an ordinary word or another spelling as a big city abroad, nor lets it vote', () => {
    const out = pairs(
      'BUNIA, Democratic Republic of the Congo — Gunmen killed nine people on the road between Bunia and Mambasa on Sunday, officials in Kisangani and Goma said.\n\nGold miners near Bunia fled to the hills. Traders in Mambasa said the road was closed.',
    );
    expect(out).toContain('Bunia → geonames:217570');
    expect(out.join()).not.toMatch(/186301|2165087/);
  });

  it('still reads a big city abroad by its own name', () => {
    expect(
      pairs('Rebels took Bunia on Sunday. Talks in Mombasa failed, officials in Kisangani said.'),
    ).toContain('Mombasa → geonames:186301');
  });

  it("picks the namesake among several of the report's places over the one beside a single place", () => {
    const out = pairs(
      'Shelling hit Kupiansk and Kivsharivka on Monday, and artillery struck Borova and Balakliia, the General Staff in Kyiv said.',
    );
    expect(out).toContain('Borova → geonames:711660');
  });
});
