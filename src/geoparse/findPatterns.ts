// What the words around a name say about it: "Idlib province" and "the provinces of A, B and C"
// (governorates), "the city of X", "the Rashidin neighbourhood of Aleppo", "Aleppo's airport",
// "eastern Idlib", "west of Aleppo", "the city's western edge", "the M4 and M5 highways",
// "the main highway linking A to B", "a university campus".
import type { NameIndex } from './NameIndex.ts';
import type { NameSpan, SentenceTokens } from './findNames.ts';
import { foldKey } from './fold.ts';
import type { Token } from './tokenize.ts';
import { DIRECTIONS, FEATURE_NOUNS, QUALIFIERS, STOPWORDS } from './words.ts';

const EDGE_NOUNS = new Set([
  'edge',
  'edges',
  'outskirts',
  'suburbs',
  'fringes',
  'periphery',
  'side',
  'flank',
]);
const ROAD_NOUNS = new Set([
  'highway',
  'highways',
  'motorway',
  'road',
  'expressway',
  'artery',
  'route',
  'freeway',
]);
const LINK_VERBS = new Set(['linking', 'connecting', 'joining', 'between', 'from', 'links', 'connects']);
const UNIV_TAIL = new Set([
  'campus',
  'dormitory',
  'dormitories',
  'student',
  'students',
  'hospital',
  'accommodation',
  'accommodations',
  'housing',
  'residence',
  'residences',
  'halls',
]);
const PLACE_REFERENCES = new Set(['city', 'town']);
const COUNTRY_REFERENCES = new Set(['country', 'territory']);
const LIST_GLUE = new Set([',', 'and', 'or', '&']);
/** Words that can start a description (the loop below skips every other word cheaply). */
const TRIGGERS = new Set([...ROAD_NOUNS, 'university', ...PLACE_REFERENCES, ...Object.keys(DIRECTIONS)]);

/** Bearing of a direction written as one word or two ("north-western", "north western"). */
function directionBefore(tokens: Token[], i: number): { bearing: number; from: number } | undefined {
  const t = tokens[i];
  if (!t || !t.word) return undefined;
  const one = DIRECTIONS[t.lower];
  const p = tokens[i - 1];
  const pp = tokens[i - 2];
  if (
    p?.text === '-' &&
    pp &&
    DIRECTIONS[pp.lower] !== undefined &&
    /^(?:east|west)(?:ern)?$/.test(t.lower)
  ) {
    return { bearing: DIRECTIONS[pp.lower + t.lower] ?? one, from: i - 2 };
  }
  return one === undefined ? undefined : { bearing: one, from: i };
}

/** Applies context patterns to the name spans of each sentence and adds descriptive spans. */
export function findPatterns(
  sentences: SentenceTokens[],
  spans: NameSpan[],
  index: NameIndex,
  _text: string,
): NameSpan[] {
  const out: NameSpan[] = [];
  const bySentence = new Map<number, NameSpan[]>();
  for (const s of spans) {
    const list = bySentence.get(s.sentence) ?? [];
    list.push(s);
    bySentence.set(s.sentence, list);
  }
  for (const st of sentences) {
    const { tokens } = st;
    const list = (bySentence.get(st.index) ?? []).sort((a, b) => a.start - b.start);
    const startIdx = new Map<number, number>();
    const endIdx = new Map<number, number>();
    tokens.forEach((t, i) => {
      startIdx.set(t.start, i);
      endIdx.set(t.end, i);
    });
    const spanAt = new Map<number, NameSpan>();
    for (const s of list) spanAt.set(startIdx.get(s.start) ?? -1, s);
    const first = (s: NameSpan): number => startIdx.get(s.start) ?? -1;
    const last = (s: NameSpan): number => endIdx.get(s.end) ?? -1;
    const spanEndingAt = (i: number): NameSpan | undefined => list.find((s) => last(s) === i);
    /** Spans of a list before token i ("A, B and C provinces"), nearest first. */
    const listBefore = (s: NameSpan): NameSpan[] => {
      const res: NameSpan[] = [];
      let i = first(s) - 1;
      while (i > 0 && LIST_GLUE.has(tokens[i].lower)) {
        if (LIST_GLUE.has(tokens[i - 1].lower)) i--;
        const prev = spanEndingAt(i - 1);
        if (!prev || first(prev) >= i) break;
        res.push(prev);
        i = first(prev) - 1;
      }
      return res;
    };
    const listAfter = (s: NameSpan): NameSpan[] => {
      const res: NameSpan[] = [];
      let i = last(s) + 1;
      while (i < tokens.length && LIST_GLUE.has(tokens[i].lower)) {
        if (LIST_GLUE.has(tokens[i + 1]?.lower)) i++;
        const next = spanAt.get(i + 1);
        if (!next || last(next) <= i) break;
        res.push(next);
        i = last(next) + 1;
      }
      return res;
    };
    for (const s of list) {
      const i0 = first(s);
      const i1 = last(s);
      if (i0 < 0 || i1 < 0 || s.relative || s.feature) continue;
      const next = tokens[i1 + 1];
      const possessive = tokens[i1].poss;
      // Qualifier after: "Idlib province", "Aleppo city", "the Rashidin neighbourhood of Aleppo".
      if (!possessive && next && next.word && !next.cap && QUALIFIERS[next.lower]) {
        const q = QUALIFIERS[next.lower];
        s.want ??= q;
        s.end = next.end;
        if (next.lower.endsWith('s') && next.lower !== 'countryside')
          for (const p of listBefore(s)) p.want ??= q;
        const parent = tokens[i1 + 2]?.lower === 'of' ? spanAt.get(i1 + 3) : undefined;
        if (parent && (q === 'neighbourhood' || q === 'settlement'))
          s.parent = { key: parent.key, hits: parent.hits };
      }
      // Qualifier before: "the city of Saraqib", "provinces of Aleppo, Hama and Latakia".
      const ofAt =
        tokens[i0 - 1]?.lower === 'of'
          ? i0 - 1
          : tokens[i0 - 1]?.lower === 'the' && tokens[i0 - 2]?.lower === 'of'
            ? i0 - 2
            : -1;
      const qWord = ofAt > 0 ? tokens[ofAt - 1] : undefined;
      if (qWord && !qWord.cap && QUALIFIERS[qWord.lower] && !spanEndingAt(ofAt - 2)) {
        const q = QUALIFIERS[qWord.lower];
        s.want ??= q;
        if (qWord.lower.endsWith('s')) for (const p of listAfter(s)) p.want ??= q;
      }
      // Relative: "west of Aleppo", "eastern Idlib", "north-western Syria".
      const dirOf = qWord ? directionBefore(tokens, ofAt - 1) : undefined;
      const dirAdj = directionBefore(tokens, i0 - 1);
      if (dirOf && /^(?:north|south|east|west)(?:east|west)?$/.test(qWord!.lower)) {
        s.relative = { relation: 'of', bearing: dirOf.bearing };
        s.start = tokens[dirOf.from].start;
      } else if (dirAdj && !tokens[dirAdj.from].cap && tokens[i0 - 1].lower !== 'of') {
        s.relative = { relation: 'part', bearing: dirAdj.bearing };
        s.start = tokens[dirAdj.from].start;
      }
      // Possessive or compound with a landmark noun: "Aleppo's airport", "Aleppo airport".
      let j = i1 + 1;
      if (possessive)
        while (
          j < i1 + 3 &&
          tokens[j]?.word &&
          !tokens[j].cap &&
          !FEATURE_NOUNS[tokens[j].lower] &&
          !STOPWORDS.has(tokens[j].lower) &&
          !DIRECTIONS[tokens[j].lower]
        )
          j++;
      const noun = tokens[j];
      if (noun && noun.word && !noun.cap && FEATURE_NOUNS[noun.lower] && !s.relative) {
        s.feature = FEATURE_NOUNS[noun.lower];
        s.end = noun.end;
        continue;
      }
      // "Aleppo's western outskirts".
      const dirNext = possessive && next ? DIRECTIONS[next.lower] : undefined;
      if (dirNext !== undefined && EDGE_NOUNS.has(tokens[i1 + 2]?.lower)) {
        s.relative = { relation: 'edge', bearing: dirNext };
        s.end = tokens[i1 + 2].end;
      }
    }
    out.push(...list);
    out.push(...findDescriptions(st, list, index));
  }
  return out;
}

/** Spans that describe a place without its name: roads by number or ends, a university, "the city's western edge". */
function findDescriptions(st: SentenceTokens, list: NameSpan[], index: NameIndex): NameSpan[] {
  const { tokens } = st;
  const res: NameSpan[] = [];
  const spanFrom = (i: number): NameSpan | undefined =>
    list.find((s) => s.start === tokens[i]?.start && !s.relative);
  const covered = (t: Token): boolean => list.some((s) => s.start <= t.start && t.end <= s.end);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (
      !t.word ||
      !(TRIGGERS.has(t.lower) || ((t.text[0] === 'M' || t.text[0] === 'N') && t.text.length <= 4))
    )
      continue;
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
      const key = foldKey(
        tokens
          .slice(i, codeEnd + 1)
          .map((x) => x.text)
          .join(''),
      );
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
      while (tokens[k] && UNIV_TAIL.has(tokens[k].lower)) k++;
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
    if (PLACE_REFERENCES.has(t.lower) && t.poss && tokens[i - 1]?.lower === 'the') {
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
      } else if (refTok && (PLACE_REFERENCES.has(refTok.lower) || COUNTRY_REFERENCES.has(refTok.lower))) {
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
