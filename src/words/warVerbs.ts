// Verbs of war whose object, when it is a capitalised name, is a place ("rebels captured X").

/** Verbs of war whose object is a place when it is a capitalised name ("rebels captured X"). */
export const PLACE_VERBS = new Set(
  `captured seized recaptured retook entered stormed shelled bombed bombarded besieged encircled
  overran struck raided`.split(/\s+/),
);
