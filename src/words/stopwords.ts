// Capitalised words that start sentences and headlines but never name a place on their own:
// function words, numbers, days and months, holidays, headline labels. English facts.
import { MONTH_NAMES, WEEKDAYS } from './months.ts';

/** Capitalised at a sentence start or in titles but never a place on their own. */
export const STOPWORDS = new Set(
  `a an the and or but nor so yet if then than as at by for from in into of off on onto out over to up upon with
  within without about above across after against along amid among around before behind below beneath beside
  besides between beyond despite down during except inside near outside since through throughout toward towards
  under until via while when where which who whom whose what why how this that these those there here it its
  they them their he him his she her we us our you your i me my one two three four five six seven eight nine ten
  some many more most much another other others such all both each few several any no not only also however
  meanwhile additionally moreover furthermore thus therefore thanks according although though because whether
  yesterday today tomorrow tonight mr mrs ms dr sir
  breaking update updated exclusive analysis opinion editorial photo video watch live
  like maybe perhaps yes now just even still well please instead indeed overall finally first second last next
  later earlier already again often sometimes never always every each
  christmas easter ramadan eid thanksgiving halloween passover hanukkah`
    .split(/\s+/)
    .concat(WEEKDAYS, MONTH_NAMES),
);
