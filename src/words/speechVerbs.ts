// Verbs of saying: after a capital city they make it its government ("Washington said"); the
// incident stage reads who says what with them.

/** Verbs that make a capital city stand for its government ("Washington said", "the Kremlin declined"). */
export const SPEECH_VERBS = new Set(
  `said says say told tells telling urged urges warned warns announced announces denied denies confirmed
  confirms condemned condemns considered considers called calls demanded demands accused accuses insisted
  insists pledged pledges vowed vows rejected rejects welcomed welcomes responded responds claimed claims
  declined declines refused refuses dismissed dismisses acknowledged acknowledges admitted admits`.split(
    /\s+/,
  ),
);

/** Verbs before a name that make it the one spoken to, a government or a person ("told Ankara"). */
export const ADDRESS_VERBS = new Set(['telling', 'told', 'urged', 'warned', 'asked']);

/**
 * Verbs that report speech: their subject (or "said X") is who says what follows or precedes
 * them. The incident stage reads speakers with them (src/incidents/voices/speakers.ts).
 */
export const REPORTING_VERBS =
  `said says say saying reported reporting told telling tells added adds adding confirmed
  confirms confirming denied denies denying deny claimed claims claiming announced announces announcing stated
  states warned insisted acknowledged acknowledges admitted established asserted alleged accused rejected
  dismissed disputed disputes`.split(/\s+/);
