// Claim, denial or confirmation of one event, from the words around its trigger: a denial verb
// governing the clause ("denied that rebels had reached the city"), a negated verb ("they have not
// reached the city") or a confirmation ("confirmed … that they had captured").
import type { Stance } from '../types/model.ts';
import type { Clause } from './clauses.ts';
import { clauseAt } from './clauses.ts';

const DENY_RE = /\b(?:denied|denies|deny|denying|dismissed|rejected|refuted|disputed)\b/gi;
const CONFIRM_RE = /\b(?:confirmed|confirms|confirm|confirming|acknowledged|admitted|verified)\b/gi;
// Negation right before the trigger: "have not reached", "did not enter", "never captured".
const NEGATED_RE =
  /\b(?:not|never|no|n't|failed to|yet to|unable to|without|nor)\s+(?:(?:yet|been|be|have|has|had|fully|actually|even|they|to|managed to)\s+){0,3}$/i;

function governs(text: string, re: RegExp, clause: Clause, triggerStart: number): boolean {
  re.lastIndex = 0;
  const part = text.slice(clause.start, clause.end);
  for (const m of part.matchAll(re)) {
    const at = clause.start + (m.index ?? 0);
    // The verb governs the clause it stands in: before the trigger ("denied that X entered") or after
    // it in a passive ("reports that X entered were denied").
    if (at !== triggerStart) return true;
  }
  return false;
}

/**
 * The stance a sentence takes on the event named at `triggerStart`.
 *
 * @example
 * stanceOf('State media denied that rebels had entered the city.', splitClauses(…), 31); // 'denial'
 */
export function stanceOf(text: string, clauses: Clause[], triggerStart: number): Stance {
  const clause = clauses[clauseAt(clauses, triggerStart)];
  const before = text.slice(Math.max(clause.start, triggerStart - 40), triggerStart);
  if (NEGATED_RE.test(before)) return 'denial';
  if (governs(text, DENY_RE, clause, triggerStart)) return 'denial';
  if (governs(text, CONFIRM_RE, clause, triggerStart)) return 'confirmation';
  return 'claim';
}
