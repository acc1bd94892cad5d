// Verbs of war whose object, when it is a capitalised name, is a place ("rebels captured X").

/** Verbs of war whose object is a place when it is a capitalised name ("rebels captured X"). */
export const PLACE_VERBS = new Set(
  `captured seized recaptured retook entered stormed shelled bombed bombarded besieged encircled
  overran struck raided`.split(/\s+/),
);

/**
 * Verbs of leaving whose object, when it is a capitalised name, is the place left ("families fled
 * X", "troops abandoned X"). Not when a state follows the name ("the blast left X wounded": a person).
 */
export const DEPARTURE_VERBS = new Set(
  `fled flee flees fleeing left leave leaves leaving evacuated abandoned deserted vacated escaped`.split(
    /\s+/,
  ),
);

/** Words after "left X" that make X a person left in a state ("left X dead"), not a place left. */
export const LEFT_IN_STATE = new Set(
  `dead wounded injured homeless stranded behind alone unharmed paralysed paralyzed blind`.split(/\s+/),
);
