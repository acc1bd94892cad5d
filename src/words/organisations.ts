// Head words that make a capitalised phrase an organisation, a force, an institution or an
// outlet ("Syrian Observatory", "Free Syrian Army", "Sky News"). English facts.

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

/**
 * News agencies written in capitals or alone in brackets, where a dateline may put its city
 * ("December 3, 2024 (AFP) —" is an agency, "December 3, 2024 (BAGHDAD) —" a city).
 */
export const NEWS_AGENCIES = new Set(
  `reuters afp ap upi ips ani pti ians dpa efe ansa tass ria sana irna isna kuna wam spa qna bna mena nna
  xinhua anadolu bernama yonhap kyodo pap apa ukrinform interfax`.split(/\s+/),
);

/** Capitalised words after a name that make it a news outlet's ("Levant Live", "Kyiv Independent"). */
export const OUTLET_TAILS = new Set(
  `live news wire desk today tv radio online media daily times post channel independent herald tribune
  gazette journal monitor observer chronicle telegraph express insider report`.split(/\s+/),
);

/** Nouns before a name that make it an outlet or an agency ("the broadcaster Al Mayadeen"). */
export const MEDIA_NOUNS = new Set(
  `broadcaster broadcasters channel channels network networks newspaper newspapers daily outlet outlets
  station agency website magazine tabloid`.split(/\s+/),
);

/**
 * Nouns after a name that make it a side in a war ("Hamas fighters", "Wagner mercenaries",
 * "Hezbollah weapons depots", "Hezbollah's strongholds", "the group's spokesman"): what a side
 * has, a town does not.
 */
export const ACTOR_NOUNS = new Set(
  `fighters fighter militants militant mercenaries mercenary militia militias militiamen operatives
  gunmen insurgents commanders loyalists members leadership weapons arsenal arsenals stronghold
  strongholds spokesman spokeswoman spokesperson`.split(/\s+/),
);
