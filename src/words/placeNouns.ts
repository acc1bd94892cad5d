// Closed word classes the name finder needs: capitalised words that are not names, titles that
// announce a person, heads that make a phrase an organisation, words that qualify a place, and
// compass directions. English facts, not a list of any article's words.

/** Capitalised at a sentence start or in titles but never a place on their own. */
export const STOPWORDS = new Set(
  `a an the and or but nor so yet if then than as at by for from in into of off on onto out over to up upon with
  within without about above across after against along amid among around before behind below beneath beside
  besides between beyond despite down during except inside near outside since through throughout toward towards
  under until via while when where which who whom whose what why how this that these those there here it its
  they them their he him his she her we us our you your i me my one two three four five six seven eight nine ten
  some many more most much another other others such all both each few several any no not only also however
  meanwhile additionally moreover furthermore thus therefore thanks according although though because whether
  yesterday today tomorrow tonight monday tuesday wednesday thursday friday saturday sunday january february
  march april may june july august september october november december mr mrs ms dr sir
  breaking update updated exclusive analysis opinion editorial photo video watch live
  like maybe perhaps yes now just even still well please instead indeed overall finally first second last next
  later earlier already again often sometimes never always every each
  christmas easter ramadan eid thanksgiving halloween passover hanukkah`.split(/\s+/),
);

/** Generic nouns that are no name when they stand alone ("City", "University"), though they start many. */
export const GENERIC_NOUNS = new Set(
  `city town village state county province district region site street road park river lake mountain island
  day week month year university college school`.split(/\s+/),
);

/** Titles before a person's name ("President Assad", "Kremlin spokesman Dmitry Peskov"). */
export const TITLES = new Set(
  `president vice prime minister general brigadier colonel lieutenant major captain commander spokesman
  spokeswoman spokesperson chief king queen prince princess emir pope senator governor mayor secretary
  ambassador envoy director leader imam cleric judge officer official coordinator correspondent
  reporter analyst professor mr mrs ms dr sir lord lady gen col lt maj capt sgt adm sen rep gov`.split(/\s+/),
);

/** Words after a name that make it a person or a ruling family ("the Assad regime", "Assad loyalists", "Assad-loyal"). */
export const PERSON_AFTER = new Set(['regime', 'loyalists', 'loyalist', 'loyal', 'dynasty']);

/** Prefixes glued to a name by a hyphen that make it a side, not a place ("pro-Assad", "anti-Maduro"). */
export const SIDE_PREFIXES = new Set(['pro', 'anti']);

/** Words that make a capitalised phrase an organisation, a force or an outlet. */
export const ORG_HEADS = new Set(
  `observatory army armies forces force agency ministry council front brigade brigades movement party committee
  office coalition room network group groups press television tv media news times post company bank corps
  guard guards command organisation organization union nations authority authorities department commission
  institute foundation association federation service services radio channel daily herald tribune journal
  gazette monitor mission operations alliance league division regiment battalion unit units police court
  parliament assembly cabinet government administration senate congress militia militias faction factions
  reuters afp agence france-presse associated bbc cnn aljazeera jazeera watch rights crescent cross program
  programme fund bureau hospital house`.split(/\s+/),
);

/** Nouns after or before a name that say what kind of place it is. */
export const QUALIFIERS: Record<
  string,
  'admin1' | 'settlement' | 'neighbourhood' | 'subdistrict' | 'countryside' | 'region'
> = {
  province: 'admin1', provinces: 'admin1', governorate: 'admin1', governorates: 'admin1',
  city: 'settlement', cities: 'settlement', town: 'settlement', towns: 'settlement', village: 'settlement',
  villages: 'settlement',
  neighbourhood: 'neighbourhood', neighborhood: 'neighbourhood', neighbourhoods: 'neighbourhood',
  neighborhoods: 'neighbourhood', district: 'neighbourhood', districts: 'neighbourhood', quarter: 'neighbourhood',
  suburb: 'neighbourhood',
  subdistrict: 'subdistrict', subdistricts: 'subdistrict', nahiya: 'subdistrict', nahiyah: 'subdistrict',
  countryside: 'countryside', region: 'region',
}; // prettier-ignore

/** Descriptive nouns → feature codes of the landmark they name ("Aleppo's airport" → AIRP). */
export const FEATURE_NOUNS: Record<string, string[]> = {
  airport: ['AIRP', 'AIRB', 'AIRF', 'AIRM'],
  airbase: ['AIRB', 'AIRM', 'AIRP'],
  airfield: ['AIRF', 'AIRB', 'AIRP'],
  university: ['UNIV'],
  campus: ['UNIV'],
  dormitory: ['UNIV'],
  dormitories: ['UNIV'],
  citadel: ['CSTL'],
  castle: ['CSTL'],
};

/** Nouns for the rim of a place ("the city's western edge", "the northern outskirts of Hama"). */
export const EDGE_NOUNS = new Set([
  'edge',
  'edges',
  'outskirts',
  'suburbs',
  'fringes',
  'periphery',
  'side',
  'flank',
]);

/** Compass words → bearing in degrees. */
export const DIRECTIONS: Record<string, number> = {
  north: 0, northern: 0, northeast: 45, northeastern: 45, east: 90, eastern: 90, southeast: 135,
  southeastern: 135, south: 180, southern: 180, southwest: 225, southwestern: 225, west: 270, western: 270,
  northwest: 315, northwestern: 315,
}; // prettier-ignore

/** Canonical direction name of a bearing ("northwest"). */
export function directionName(bearing: number): string {
  return ['north', 'northeast', 'east', 'southeast', 'south', 'southwest', 'west', 'northwest'][
    Math.round((((bearing % 360) + 360) % 360) / 45) % 8
  ];
}

/** Verbs that make a capital city stand for its government ("Washington said"). */
export const SPEECH_VERBS = new Set(
  `said says say told tells telling urged urges warned warns announced announces denied denies confirmed
  confirms condemned condemns considered considers called calls demanded demands accused accuses insisted
  insists pledged pledges vowed vows rejected rejects welcomed welcomes responded responds claimed claims`.split(
    /\s+/,
  ),
);
