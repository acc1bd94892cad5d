// An organisation's name written out before its acronym ("the Union for Peace in Central Africa
// (UPC)", "the Front for the Liberation of the Enclave of Cabinda (FLEC)"): a place inside it
// names the organisation, not where anything happened. The capitalised runs of such a name are
// cut at "in" (or "and", "the") by the tokenizer; the acronym in brackets after the last one ties
// them back into one name when its letters are the name's initials, in order, down to the last run.
import type { Run, Token } from '../text/tokenize.ts';
import { ORG_HEADS } from '../../words/organisations.ts';

/** Lowercase words that may join the capitalised runs of one organisation's name. */
const NAME_GLUE = new Set(['in', 'of', 'for', 'and', 'the', 'on', 'to', 'de', 'du', 'des', 'la', 'le', 'el']);

/** Most runs one organisation's name is read across. */
const MOST_RUNS = 4;

/**
 * Where `acronym`'s letters are initials of `words` in order, the first letter the first word's
 * ("UPC" of Union, Peace, Central, Africa; "SOHR" of Syrian, Observatory, Human, Rights): the index
 * of the latest word its last letter can stand for, or -1 when they are not its initials.
 */
export function lastInitial(acronym: string, words: string[]): number {
  if (!words.length || acronym.length < 2 || acronym[0] !== words[0][0]?.toUpperCase()) return -1;
  let k = acronym.length - 1;
  let last = -1;
  for (let w = words.length - 1; w >= 1 && k >= 1; w--)
    if (words[w][0]?.toUpperCase() === acronym[k]) {
      if (last < 0) last = w;
      k--;
    }
  return k === 0 ? last : -1;
}

/**
 * The `from` token index of every run of a sentence that is part of an organisation's name
 * spelled out before its acronym in brackets, after the run that opens the name (which the run
 * reader already knows as an organisation by its head word). Empty when the sentence has no
 * bracketed acronym.
 *
 * @example
 * // "… the Union for Peace in Central Africa (UPC) …": the run "Central Africa" is in the set.
 */
export function orgNameParts(tokens: Token[], runs: Run[]): Set<number> {
  const out = new Set<number>();
  for (let r = 0; r < runs.length; r++) {
    const last = runs[r];
    const open = tokens[last.to + 1];
    const acronym = tokens[last.to + 2];
    if (open?.text !== '(' || !acronym?.acronym || tokens[last.to + 3]?.text !== ')') continue;
    // Walk back over runs joined by one or two lowercase glue words; the nearest run from which
    // the acronym spells the name down to the last run opens it.
    for (let first = r - 1; first >= 0 && r - first < MOST_RUNS; first--) {
      if (!glued(tokens, runs[first], runs[first + 1])) break;
      if (!spelled(tokens, runs[first].from, last, acronym.text)) continue;
      for (let k = first + 1; k <= r; k++) out.add(runs[k].from);
      break;
    }
  }
  return out;
}

/** Whether one or two lowercase glue words, and nothing else, stand between two runs. */
function glued(tokens: Token[], prev: Run, next: Run): boolean {
  const gap = next.from - prev.to - 1;
  if (gap < 1 || gap > 2) return false;
  for (let j = prev.to + 1; j < next.from; j++)
    if (tokens[j].cap || !NAME_GLUE.has(tokens[j].lower)) return false;
  return true;
}

/**
 * Whether the capitalised words from token `from` to the end of run `last` hold an
 * organisation's head word and are what `acronym` spells, its letters reaching into `last`:
 * in "the Rapid Response Unit in Marova (RRU)" they stop at "Unit", and Marova is where the unit is.
 */
function spelled(tokens: Token[], from: number, last: Run, acronym: string): boolean {
  const words: string[] = [];
  let org = false;
  let lastRunWord = -1;
  for (let j = from; j <= last.to; j++) {
    const t = tokens[j];
    if (!t.word || !t.cap) continue;
    if (j >= last.from && lastRunWord < 0) lastRunWord = words.length;
    words.push(t.text);
    if (ORG_HEADS.has(t.lower)) org = true;
  }
  return org && lastRunWord >= 0 && lastInitial(acronym, words) >= lastRunWord;
}
