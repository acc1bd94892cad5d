// Splits the sentence around a mention into three parts so the panel can highlight the place
// with a <mark> element; text stays text (no HTML is ever built from report text).

export interface QuoteParts {
  before: string;
  match: string;
  after: string;
  /** Offsets of the whole quoted sentence in the article. */
  start: number;
  end: number;
}

const MAX_SIDE = 280;

/**
 * The sentence containing `[start, end)`, cut at sentence ends or line breaks, at most ~280
 * characters each side. Null when the offsets do not fit the text.
 *
 * @example
 * quoteParts('One. Rebels took Saraqib. Two.', 17, 24); // { before: 'Rebels took ', match: 'Saraqib', after: '.' … }
 */
export function quoteParts(text: string, start: number, end: number): QuoteParts | null {
  if (!(start >= 0 && end > start && end <= text.length)) return null;
  let s = start;
  while (s > 0 && start - s < MAX_SIDE) {
    const c = text[s - 1]!;
    if (c === '\n' || (/[.!?]/.test(c) && /\s/.test(text[s] ?? ''))) break;
    s--;
  }
  let e = end;
  while (e < text.length && e - end < MAX_SIDE) {
    const c = text[e]!;
    if (c === '\n') break;
    e++;
    if (/[.!?]/.test(c) && (e >= text.length || /\s/.test(text[e]!))) break;
  }
  const before = text.slice(s, start).replace(/^\s+/, '');
  return {
    before,
    match: text.slice(start, end),
    after: text.slice(end, e).replace(/\s+$/, ''),
    start: start - before.length,
    end: e,
  };
}
