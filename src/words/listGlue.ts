// What joins the names of a list ("Saraqib, Idlib and Hama").

/** Tokens between the items of a list of names. */
export const LIST_GLUE = new Set([',', 'and', 'or', '&']);

/**
 * The glue of a list that may hold unknown places: "&" joins firms and partners ("Crate &
 * Barrel", "Smith & Jones") far more often than villages, so it vouches for no place.
 */
export const PLACE_LIST_GLUE = new Set([',', 'and', 'or']);
