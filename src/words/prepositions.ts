// Prepositions and the words around them that put a name on the ground ("shelling near X",
// "residents of X") or make it a person or a body ("loyal to X", "a call from X").

/** Prepositions that put the name after them on the ground ("shelling near X"). */
export const LOCATIVE = new Set([
  'in', 'near', 'outside', 'around', 'towards', 'toward', 'into', 'inside', 'overlooking',
]); // prettier-ignore

/** Prepositions that also take people or bodies ("a call from X", "loyal to X", "at X"): a weaker cue. */
export const WEAK_LOCATIVE = new Set(['from', 'to', 'at']);

/**
 * Words before "to"/"from" that make the name after it a place on the ground people or fighting
 * move to or from ("fighting spread to X", "families fled from X", "flights were diverted to X").
 */
export const MOVED_BEFORE = new Set(
  `spread spreading spreads fled flee fleeing flees moved moving advanced advancing pushed pushing
  withdrew withdrawn withdrawing retreated retreating returned returning extended diverted relocated
  evacuated displaced headed heading marched crossed escaped`.split(/\s+/),
);

/** Words after which a list of names is where somebody is ("residents of A and B said"). */
export const PLACE_PREPOSITIONS = new Set(['of', 'in', 'from', 'near', 'around', 'outside']);

/**
 * People who are where they trade, live or wait: "traders at X said", "drivers at X said" make X
 * the place they are at, not a speaker ("an analyst at X said" stays open: X may be a body).
 */
export const PEOPLE_AT = new Set(
  `traders shopkeepers merchants vendors stallholders drivers truckers farmers fishermen porters
  passengers travellers travelers residents villagers families refugees witnesses`.split(/\s+/),
);

/** Words before "to"/"from"/"at" that make the name a person or a body, not a place. */
export const NOT_PLACE_BEFORE = new Set(
  `according close loyal allied linked tied affiliated next due thanks similar related belonging opposed
  spoke speaking talked talking said told wrote sent married pledged quoted quoting statement message
  letter call calls visit visits support aid help looked looking`.split(/\s+/),
);

/** Words that link a road to the places at its ends ("the highway linking A to B"). */
export const LINK_VERBS = new Set([
  'linking',
  'connecting',
  'joining',
  'between',
  'from',
  'links',
  'connects',
]);
