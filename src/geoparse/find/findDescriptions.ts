// Descriptions that name a place without its name: road numbers ("the M4 and M5 highways"),
// roads by their ends ("the main highway linking A to B", "the A-B highway"), a university
// ("a university campus", "university dormitory in Aleppo"), and relative areas of the
// report's city or country ("the city's western edge", "the north of the country").
import type { NameIndex } from '../index/NameIndex.ts';
import type { NameSpan, SentenceTokens } from './NameSpan.ts';
import { foldKeyCached as foldKey } from '../index/fold.ts';
import type { Token } from '../text/tokenize.ts';
import { DIRECTIONS } from '../../words/directions.ts';
import {
  COUNTRY_REFERENCES,
  EDGE_NOUNS,
  ROAD_NOUNS,
  TOWN_REFERENCES,
  UNIVERSITY_TAIL,
} from '../../words/placeNouns.ts';
import { LINK_VERBS } from '../../words/prepositions.ts';

/** Words that can start a description (the loop below skips every other word cheaply). */
const TRIGGERS = new Set([...ROAD_NOUNS, 'university', ...TOWN_REFERENCES, ...Object.keys(DIRECTIONS)]);

/** Spans that describe a place without its name: roads by number or ends, a university, "the city's western edge". */
export function findDescriptions(st: SentenceTokens, list: NameSpan[], index: NameIndex): NameSpan[] {
  const { tokens } = st;
  const res: NameSpan[] = [];
  const spanFrom = (i: number): NameSpan | undefined =>
    list.find((s) => s.start === tokens[i]?.start && !s.relative);
  const covered = (t: Token): boolean => list.some((s) => s.start <= t.start && t.end <= s.end);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.word) continue;
    const c0 = t.text.charCodeAt(0);
    if (!(TRIGGERS.has(t.lower) || ((c0 === 77 || c0 === 78) && t.text.length <= 4))) continue; // "M…", "N…"
    // Road numbers: "M5", "M-5", "the M4 and M5 highways".
    let codeEnd = -1;
    if (/^[MN]\d{1,3}$/.test(t.text)) codeEnd = i;
    else if (
      /^[MN]$/.test(t.text) &&
      tokens[i + 1]?.text === '-' &&
      /^\d{1,3}$/.test(tokens[i + 2]?.text ?? '')
    )
      codeEnd = i + 2;
    if (codeEnd >= 0) {
      let code = '';
      for (let j = i; j <= codeEnd && j < tokens.length; j++) code += tokens[j].text;
      const key = foldKey(code);
      const hits = index.exact(key).filter((h) => h.entry.kind === 'road');
      if (hits.length) {
        const noun = tokens[codeEnd + 1];
        const end = noun && ROAD_NOUNS.has(noun.lower) ? noun.end : tokens[codeEnd].end;
        res.push({ start: t.start, end, sentence: st.index, key, hits });
      }
      i = codeEnd;
      continue;
    }
    // "the main highway linking Aleppo to Damascus", "the Aleppo-Damascus highway".
    if (ROAD_NOUNS.has(t.lower) && !t.cap) {
      let k = i + 1;
      if (tokens[k]?.lower === 'that' || tokens[k]?.lower === 'which') k++;
      let a: NameSpan | undefined;
      let b: NameSpan | undefined;
      let end = -1;
      if (LINK_VERBS.has(tokens[k]?.lower)) {
        a = spanFrom(k + 1);
        const after = a ? tokens.findIndex((x) => x.end === a!.end) : -1;
        if (a && after > 0 && /^(?:to|and|with)$/.test(tokens[after + 1]?.lower ?? '')) {
          b = spanFrom(after + 2);
          if (b) end = b.end;
        }
      } else if (tokens[i - 2] && /^[-–—]$/.test(tokens[i - 2].text)) {
        b = list.find((s) => s.end === tokens[i - 1].end);
        a = list.find((s) => s.end === tokens[i - 3]?.end);
        if (a && b) end = t.end;
      }
      if (a && b && end > 0) {
        let k0 = i;
        while (k0 > 0 && /^(?:main|key|strategic|major|vital|international)$/.test(tokens[k0 - 1].lower))
          k0--;
        const from = Math.min(a.start, tokens[k0].start);
        res.push({
          start: from,
          end,
          sentence: st.index,
          key: '',
          hits: [],
          road: { between: [a.hits, b.hits] },
        });
      }
      continue;
    }
    // "a university campus", "university dormitory in Aleppo", "university student dormitories".
    if (t.lower === 'university' && !t.cap && !covered(t)) {
      let k = i + 1;
      while (tokens[k] && UNIVERSITY_TAIL.has(tokens[k].lower)) k++;
      const end = tokens[k - 1].end;
      const parent = /^(?:in|at|of)$/.test(tokens[k]?.lower ?? '') ? spanFrom(k + 1) : undefined;
      if (k > i + 1 || parent) {
        const span: NameSpan = {
          start: t.start,
          end,
          sentence: st.index,
          key: parent?.key ?? '',
          hits: parent?.hits ?? [],
          feature: ['UNIV'],
        };
        if (!parent) span.focus = 'city';
        res.push(span);
      }
      continue;
    }
    // "the city's western edge", "the western edge of the city", "the north of the country".
    if (TOWN_REFERENCES.has(t.lower) && t.poss && tokens[i - 1]?.lower === 'the') {
      const dir = DIRECTIONS[tokens[i + 1]?.lower ?? ''];
      if (dir !== undefined && EDGE_NOUNS.has(tokens[i + 2]?.lower)) {
        res.push({
          start: tokens[i - 1].start,
          end: tokens[i + 2].end,
          sentence: st.index,
          key: '',
          hits: [],
          relative: { relation: 'edge', bearing: dir },
          focus: 'city',
        });
      }
      continue;
    }
    if (DIRECTIONS[t.lower] !== undefined && tokens[i - 1]?.lower === 'the') {
      const edge = EDGE_NOUNS.has(tokens[i + 1]?.lower ?? '');
      const ofAt = edge ? i + 2 : i + 1;
      if (tokens[ofAt]?.lower !== 'of') continue;
      const relative = {
        relation: edge ? ('edge' as const) : ('part' as const),
        bearing: DIRECTIONS[t.lower],
      };
      const named = spanFrom(ofAt + 1);
      const refTok = tokens[ofAt + 1]?.lower === 'the' ? tokens[ofAt + 2] : undefined;
      if (named) {
        res.push({
          start: tokens[i - 1].start,
          end: named.end,
          sentence: st.index,
          key: named.key,
          hits: named.hits,
          relative,
        });
      } else if (refTok && (TOWN_REFERENCES.has(refTok.lower) || COUNTRY_REFERENCES.has(refTok.lower))) {
        const focus = COUNTRY_REFERENCES.has(refTok.lower) ? ('country' as const) : ('city' as const);
        res.push({
          start: tokens[i - 1].start,
          end: refTok.end,
          sentence: st.index,
          key: '',
          hits: [],
          relative,
          focus,
        });
      }
    }
  }
  return res;
}
