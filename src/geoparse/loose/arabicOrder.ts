// English qualifiers of a place name in the Arabic word order the gazetteer files it under:
// "Eastern Kwaires" is "Kuwayris Sharqi", "Madiq Castle" is "Qalaat al-Madiq".
import { wordTable } from '../../words/wordTable.ts';

/** English qualifiers and their Arabic place-name forms (after the name, or before it for castles). */
const AFTER: Record<string, string> = wordTable({
  eastern: 'Sharqi', western: 'Gharbi', northern: 'Shamali', southern: 'Janubi', upper: 'Fawqani',
  lower: 'Tahtani', little: 'Saghira', small: 'Saghir', big: 'Kabir', great: 'Kabira', new: 'Jadida', old: 'Qadima',
}); // prettier-ignore

/** The Arabic word order of an English-qualified name ("Eastern Bari" → "Bari Sharqi"), or null. */
export function arabicOrder(name: string): string | null {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return null;
  const first = AFTER[words[0].toLowerCase()];
  if (first) return `${words.slice(1).join(' ')} ${first}`;
  if (/^(?:castle|citadel)$/i.test(words[words.length - 1])) return `Qalaat ${words.slice(0, -1).join(' ')}`;
  return null;
}
