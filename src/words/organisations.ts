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
