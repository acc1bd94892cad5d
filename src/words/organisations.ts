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
