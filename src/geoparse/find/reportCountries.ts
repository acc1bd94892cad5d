// Which countries a report is about, from its words alone: country names, demonyms and large
// places vote; names only one country's places have (`sole`) break a tie, and decide when
// nothing votes. Two or more such names bring their country in beside the others ("Israeli
// strikes hit Bint Jbeil and Marjayoun": Lebanon); one alone does not (a lone name abroad is
// as often a namesake of a place the gazetteer lacks), unless no more than a large place's
// other name voted.

/** The report's focus country and the countries it is about (ISO2). */
export interface ReportCountries {
  focus: string;
  countries: Set<string>;
}

/**
 * @param votes country votes (ISO2 → weight)
 * @param sole per country, the names only its places have
 * @example reportCountries(new Map([['IL', 1]]), new Map([['LB', new Set(['bint jbil', 'marjayun'])]])) // { focus: 'IL', countries: {IL, LB} }
 */
export function reportCountries(
  votes: Map<string, number>,
  sole: Map<string, Set<string>> = new Map(),
): ReportCountries {
  const names = (c: string) => sole.get(c)?.size ?? 0;
  const byVote = [...votes]
    .filter(([, v]) => v > 0)
    .sort((a, b) => b[1] - a[1] || names(b[0]) - names(a[0]) || (a[0] < b[0] ? -1 : 1));
  if (byVote.length) {
    const top = byVote[0][1];
    const countries = new Set(byVote.filter(([, v]) => v >= top / 3).map(([c]) => c));
    // Only a large place's other name voting (half a vote: "Pokrovsk", once the name of Engels)
    // outweighs no name only one country has: one such name brings its country in too.
    for (const [c, keys] of sole) if (keys.size >= 2 || (keys.size && top < 1)) countries.add(c);
    return { focus: byVote[0][0], countries };
  }
  const bySole = [...sole].sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1));
  if (!bySole.length) return { focus: '', countries: new Set() };
  const top = bySole[0][1].size;
  return {
    focus: bySole[0][0],
    countries: new Set(bySole.filter(([, k]) => k.size * 2 >= top).map(([c]) => c)),
  };
}
