// Articles and particles inside transliterated place names ("Khan al-Asal", "Deir ez-Zor", "Abu
// Dhabi", "Ras al-Ain"): they join the words around them into one name.

/** Articles and particles that glue to the name after them, with or without a hyphen. */
export const NAME_ARTICLES = new Set([
  'al', 'el', 'ash', 'esh', 'an', 'ad', 'ar', 'as', 'at', 'az', 'ez', 'es', 'ed', 'et', 'ul', 'ech', 'ben', 'bin',
  'ibn', 'bint', 'abu', 'bani', 'de', 'du', 'la', 'der',
]); // prettier-ignore

/** The articles that may also stand apart, with a space, inside a name ("Khan al Asal"). */
export const SPACED_ARTICLES = new Set([
  'al', 'el', 'ash', 'esh', 'ad', 'az', 'ar', 'bin', 'ibn', 'abu', 'bani', 'de', 'du', 'la',
]); // prettier-ignore

/**
 * Particles of Romance names that join two capitalised words into one name, with a space
 * ("Mocimboa da Praia", "Foz do Iguaçu", "Santa Maria di Leuca"): the words after one are the
 * name's tail, never a name of their own.
 */
export const NAME_CONNECTORS = new Set([
  'de', 'da', 'do', 'dos', 'das', 'di', 'del', 'della', 'dei', 'des', 'du', 'la',
]); // prettier-ignore

/** Somali "Ceel" (a well), written "El" in English spellings: "Ceel Buur" is El Bur, a name like "El Khiam". */
export const SOMALI_EL = 'ceel';

/** Arabic articles inside a list of names ("al-Bab and as-Safira"). */
export const ARABIC_ARTICLE = /^(?:al|el|ad|as|ash|ar|an|at|az)$/;

/** Words that join two capitalised parts of one name ("University of Aleppo"). */
export const NAME_LINK_WORDS = new Set(['of', 'for']);
