// A loose spelling key so "Hamadaniyeh", "al-Hamdaniyah" and "Hamdaniyeh" meet. Deliberately
// small: the geoparser does the real name matching; this only pairs our baseline with the
// gazetteer's own entries and a report's place with a nearby unit.

const ARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an', 'the']);

/**
 * Folds a place name to a comparison key: no diacritics, apostrophes or articles, q/g/k
 * merged, then a consonant skeleton with doubled letters single. Only used between places
 * already known to be close, so the lossy key rarely collides.
 *
 * @example nameKey('Hamadaniyeh') === nameKey('al-Hamdaniyah'); // true
 */
export function nameKey(name: string): string {
  const plain = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['‘’ʿʾ`´]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  const joined = plain
    .split(' ')
    .filter((w) => w && !ARTICLES.has(w))
    .join('')
    .replace(/[qg]/g, 'k')
    .replace(/ou/g, 'u');
  // A consonant skeleton (first letter kept): vowels and y/w are where spellings disagree most.
  const skeleton = joined.slice(0, 1) + joined.slice(1).replace(/[aeiouyw]/g, '');
  return skeleton.replace(/([a-z])\1+/g, '$1').replace(/h$/, '');
}
