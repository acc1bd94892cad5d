// Numbers written as words in news English ("five kilometres", "a few miles").

/** Small numbers written as words, and the vague counts news uses for distances ("a few" ≈ 3). */
export const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, few: 3, several: 5, dozen: 12,
}; // prettier-ignore
