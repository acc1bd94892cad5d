// Words around a capitalised name that make it a person: titles before it, a regime or loyalists
// after it, "pro-"/"anti-" glued to it. English facts.

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
