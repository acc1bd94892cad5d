import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { brandCapitals, findRuns, tokenBeforeList, tokenize } from './tokenize.ts';

/** The token rule as a regex: the scanner in tokenize.ts must split text exactly as this does. */
const TOKEN_RULE =
  /(?:\p{Lu}\.){2,}(?!\p{L})|[\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}\p{M}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

function byRule(text: string, start: number, end: number): { start: number; end: number }[] {
  const slice = text.slice(start, end);
  return [...slice.matchAll(TOKEN_RULE)].map((m) => ({
    start: start + m.index,
    end: start + m.index + m[0].length,
  }));
}

/** Pieces that exercise every branch: dotted capitals, apostrophes, marks, digits, other scripts, spaces. */
const PIECES = [
  'a', 'Z', 'é', 'É', 'ß', 'ʼ', "'", '’', '.', '-', ' ', '\n', '\t', '\u00a0', '\u2009', '\ufeff', '0', '7',
  '٣', '²', 'ال', 'ب', 'ـ', '\u0301', '\u064e', '中', 'Ω', 'ω', '𝐀', '𝑎', '😀', '\ud800', '\udc00', 'U.', 'S.',
  'N.J.', "'s", '’s', 'ʼs', ',', '"', '(', 'ǅ', 'ⅷ', 'ı', 'İ',
]; // prettier-ignore
const arbText = fc.array(fc.constantFrom(...PIECES), { maxLength: 20 }).map((xs) => xs.join(''));

describe('tokenize', () => {
  it('splits words, punctuation, possessives and dotted abbreviations', () => {
    const text = "The U.S. envoy visited Ma'arrat al-Nu'man's market.";
    const toks = tokenize(text, 0, text.length);
    expect(toks.map((t) => t.text)).toEqual([
      'The', 'U.S.', 'envoy', 'visited', "Ma'arrat", 'al', '-', "Nu'man", 'market', '.',
    ]); // prettier-ignore
    const num = toks.find((t) => t.text === "Nu'man")!;
    expect(num.poss).toBe(true);
    expect(text.slice(num.start, num.end)).toBe("Nu'man");
    expect(toks.find((t) => t.text === 'U.S.')!.acronym).toBe(true);
  });

  it('reads caseless scripts as names and keeps offsets into the whole text', () => {
    const text = 'xx قصف حلب';
    const toks = tokenize(text, 3, text.length);
    expect(toks.map((t) => [t.text, t.start, t.caseless, t.word])).toEqual([
      ['قصف', 3, true, true],
      ['حلب', 7, true, true],
    ]);
  });

  it('splits any text exactly as the token rule does, within any bounds', () => {
    fc.assert(
      fc.property(arbText, fc.nat(), fc.nat(), (text, a, b) => {
        const start = text.length ? a % text.length : 0;
        const end = start + (text.length ? b % (text.length - start + 1) : 0);
        const got = tokenize(text, start, end).map((t) => ({
          start: t.start,
          end: t.poss ? t.end + 2 : t.end,
        }));
        expect(got).toEqual(byRule(text, start, end));
      }),
      { numRuns: 5000 },
    );
  });

  it("gives every token its text's lowercase and says 'acronym' exactly for two or more capitals without digits", () => {
    fc.assert(
      fc.property(arbText, (text) => {
        for (const t of tokenize(text, 0, text.length)) {
          const lower = t.text.toLowerCase();
          expect(t.lower).toBe(lower);
          expect(t.acronym).toBe(
            t.cap &&
              t.text.length >= 2 &&
              t.text === t.text.toUpperCase() &&
              lower !== t.text &&
              !/\d/.test(t.text),
          );
        }
      }),
      { numRuns: 5000 },
    );
    const text = 'The UN and HTS, not Hts or U2, met in NATO’s Zaporizhzhia ǅungla.';
    const acronyms = tokenize(text, 0, text.length).filter((t) => t.acronym);
    expect(acronyms.map((t) => t.text)).toEqual(['UN', 'HTS', 'NATO']);
  });

  it('reads brand-like capitals exactly as the pattern does', () => {
    const brand = /^\p{Lu}(?:\p{Ll}+\p{Lu}|\p{Lu}\p{Ll})/u;
    const letters = fc.constantFrom(
      'A',
      'Z',
      'a',
      'z',
      'É',
      'é',
      'Ω',
      'ω',
      'ǅ',
      '中',
      '-',
      "'",
      '1',
      '𝐀',
      '\ud800',
    );
    fc.assert(
      fc.property(fc.array(letters, { maxLength: 8 }), (xs) => {
        const w = xs.join('');
        expect(brandCapitals(w)).toBe(brand.test(w));
      }),
      { numRuns: 5000 },
    );
    expect(['YouTube', 'UConn', 'MoD', 'McAllen', 'Aleppo', 'UN', 'ÉcoleNord'].filter(brandCapitals)).toEqual(
      ['YouTube', 'UConn', 'MoD', 'McAllen', 'ÉcoleNord'],
    );
  });

  it('groups capitalised words into runs', () => {
    const text = 'Rebels entered Khan al-Asal and the University of Aleppo.';
    const toks = tokenize(text, 0, text.length);
    const runs = findRuns(toks, new Set(['rebels']), false);
    expect(runs.map((r) => text.slice(r.start, r.end))).toEqual(['Khan al-Asal', 'University of Aleppo']);
  });

  it('reads a side named after its leader as a person, not a place', () => {
    const text = 'Militias fought pro-Maduro units, the Maduro regime and Maduro-loyal police in Caracas.';
    const runs = findRuns(tokenize(text, 0, text.length), new Set(['militias']), false);
    expect(runs.map((r) => [text.slice(r.start, r.end), r.person])).toEqual([
      ['Maduro', true],
      ['Maduro', true],
      ['Maduro', true],
      ['Caracas', false],
    ]);
  });

  it('keeps an article joined by hyphens inside the run', () => {
    const text = 'Troops left Ras Al-Ain, Deir-al-Zor, Tall El-dahab, Kafr El-Imam and Tal Abyad-Al Hasakah.';
    const runs = findRuns(tokenize(text, 0, text.length), new Set(['troops']), false);
    expect(runs.map((r) => text.slice(r.start, r.end))).toEqual([
      'Ras Al-Ain',
      'Deir-al-Zor',
      'Tall El-dahab',
      'Kafr El-Imam',
      'Tal Abyad',
      'Al Hasakah',
    ]);
  });

  it('keeps lowercase particles and elided articles glued by hyphens inside the run', () => {
    const text =
      "Buses left Croix-des-Bouquets, Saut-d'Eau, Petite-Rivière-de-l'Artibonite and Stratford-upon-Avon. Aleppo - de facto the front - held.";
    const runs = findRuns(tokenize(text, 0, text.length), new Set(['buses']), false);
    expect(runs.map((r) => text.slice(r.start, r.end))).toEqual([
      'Croix-des-Bouquets',
      "Saut-d'Eau",
      // Two capitalised words and a bare hyphen are two runs here (matchRuns joins them).
      'Petite',
      "Rivière-de-l'Artibonite",
      'Stratford-upon-Avon',
      'Aleppo',
    ]);
  });
});

describe('tokenBeforeList', () => {
  it('skips a list of names back to the word before it', () => {
    const text = 'Rebels captured Maarat al-Numan, Hazano and Atmeh on Friday.';
    const tokens = tokenize(text, 0, text.length);
    const atmeh = tokens.findIndex((t) => t.text === 'Atmeh');
    const names: string[] = [];
    expect(tokens[tokenBeforeList(tokens, atmeh - 1, (t) => names.push(t.text))].text).toBe('captured');
    expect(names).toEqual(['Hazano', 'Numan', 'Maarat']);
    // A sentence that opens with the list has nothing before it; a capitalised "In" is no name.
    const open = tokenize('In Nubl and Zahra', 0, 17);
    expect(tokenBeforeList(open, 2)).toBe(0);
    expect(tokenBeforeList(tokenize('Nubl and Zahra', 0, 14), 1)).toBe(-1);
  });
});
