// Numbers written as words in news English ("five kilometres", "a dozen villages", "a few miles").
import { wordTable } from './wordTable.ts';

/** Cardinal numbers written as words, up to a hundred ("a dozen" = 12). */
export const CARDINALS: Record<string, number> = wordTable({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, dozen: 12, 'a dozen': 12, hundred: 100, 'a hundred': 100,
}); // prettier-ignore

/** The cardinals and the vague counts news uses for distances ("a few" ≈ 3, "several" ≈ 5). */
export const NUMBER_WORDS: Record<string, number> = wordTable({ ...CARDINALS, few: 3, several: 5 });
