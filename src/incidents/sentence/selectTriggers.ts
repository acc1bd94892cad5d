// The triggers of a sentence worth an incident: one per type and clause, none for things
// planned, avoided or only the other side's toll.
import { clauseAt, splitClauses, THAT_OR_SAID } from './clauses.ts';
import { findTriggers, VIOLENT_TYPES } from './taxonomy.ts';
import type { Trigger } from './taxonomy.ts';
import { INTERCEPTS } from './referents.ts';
import { matchList } from '../../geoparse/util/matchList.ts'; // every match, without matchAll's recompiling

const SINCE_BEFORE = /\bsince\s+(?:the\s+)?(?:start\s+of\s+(?:the\s+)?)?(?:[\w-]+\s+){0,2}$/i;

const IRREALIS =
  /\b(?:would|could|will|might|may|shall|is to|are to|plans? to|planned to|aims? to|aimed to|threaten(?:s|ed)? to|agreed to|agreeing to|involved|intends? to|vowed to|pledged to|promised to|wants? to|set to|ready to|seeks? to|sought to|order(?:s|ed)? to|orders for|to avoid|to prevent|avoid|prevent|in order to)\s+(?:(?:a|an|the|safe|\w+ly)\s+)?(?:\w+\s+){0,2}$/i;

// A purpose: "to help the army", "to support local forces" (the event after it is what they are for).
const PURPOSE = /\bto\s+(?:help|support|assist|back|aid)\s+[^,.;]{0,40}$/i;

// The counter words that only tell the other side's toll ("inflicted heavy losses").
const LOSSES = /\b(?:losses|casualties)\b/i;

/**
 * Triggers worth an incident: one per type and clause; generic words only where nothing specific
 * is said; casualties on their own only when no violent event in the sentence explains them.
 */
export function selectTriggers(text: string): Trigger[] {
  const all = findTriggers(text);
  if (!all.length) return [];
  const clauses = splitClauses(text);
  const clauseOf = (t: Trigger) => clauseAt(clauses, t.start);
  // Specific words silence generic ones ("attack") in their clause; casualties are not specific.
  // Nor is people fleeing: "attacked the town, forcing families to flee" tells the attack too.
  // "troops fighting alongside the army": whose side they are on, not a fight there.
  const sideTold = (t: Trigger) =>
    t.type === 'armed-clash' &&
    /^\s+(?:alongside|beside|on the side of)\b/i.test(text.slice(t.end, t.end + 20));
  const strongIn = new Set(
    all
      .filter((t) => !t.weak && t.type !== 'civilian-casualties' && t.type !== 'displacement' && !sideTold(t))
      .map(clauseOf),
  );
  const reinforced = new Set(all.filter((t) => t.type === 'reinforcement').map(clauseOf));
  // (What stops things that fly, "shot down a drone", says nothing of the ground: "had taken the
  // hills and shot down a drone" took the hills.)
  // ("recaptured the town and inflicted heavy losses": the losses are told of the capture, which
  // stays; only the defender's own words, "repelled", "pushed back", silence a capture.)
  const captured = new Set(
    all.filter((t) => t.type === 'advance' && !t.weak && !t.counter && !t.loss).map(clauseOf),
  );
  const tollOnly = (t: Trigger) => LOSSES.test(text.slice(t.start, t.end)) && captured.has(clauseOf(t));
  const countered = new Set(
    all
      .filter((t) => t.counter && !INTERCEPTS.test(text.slice(t.start, t.end)) && !tollOnly(t))
      .map(clauseOf),
  );
  const seen = new Set<string>();
  const kept: Trigger[] = [];
  for (const t of all) {
    const ci = clauseOf(t);
    if (t.weak && strongIn.has(ci)) continue;
    if (t.counter && tollOnly(t)) continue;
    // The defender's version ("repelled an attack and inflicted losses") is one counter-claim.
    if (countered.has(ci) && !t.counter && (t.type === 'armed-clash' || t.type === 'advance')) continue;
    // Reinforcements "arrived in" a town: that is the reinforcement, not an advance.
    if (t.type === 'advance' && reinforced.has(ci) && /^arriv/i.test(text.slice(t.start, t.end))) continue;
    // "forced the attackers to pull back": the defender's version of the fight, not a withdrawal.
    if (t.type === 'withdrawal' && all.some((c) => c.counter && c.start <= t.start && t.end <= c.end))
      continue;
    if (sideTold(t)) continue;
    // "took the town without a fight": no fight.
    if (/\bwithout\s+(?:a\s+|any\s+)?$/i.test(text.slice(Math.max(0, t.start - 12), t.start))) continue;
    // "aid to thwart the rebels": a purpose, not a result.
    if (t.counter && /\bto\s+$/i.test(text.slice(Math.max(0, t.start - 4), t.start))) continue;
    // "troops sent to help Congo's army fight the rebels": whom they serve, not a fight there.
    if (PURPOSE.test(text.slice(Math.max(clauses[ci].start, t.start - 50), t.start))) continue;
    // "since the clashes began", "since the start of the offensive": a time, not an event there.
    if (
      SINCE_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start)) &&
      (/^\s+(?:\w+\s+)?(?:began|begun|started|erupted|broke out|flared)\b/i.test(
        text.slice(t.end, t.end + 30),
      ) ||
        /\bstart\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i.test(text.slice(Math.max(0, t.start - 24), t.start)))
    )
      continue;
    // Things planned, agreed or avoided ("agreed to withdraw", "set to begin arriving") did not happen.
    // (A withdrawal its side announces, "will move its fighters out of the city", is told: the
    // side says it is leaving, unless only on a condition.)
    const irrealis = IRREALIS.exec(text.slice(Math.max(clauses[ci].start, t.start - 40), t.start));
    if (
      irrealis &&
      !(
        t.type === 'withdrawal' &&
        /^will\s+(?:\w+ly\s+)?$/i.test(irrealis[0]) &&
        !/\b(?:if|unless|once|when|until)\b/i.test(text.slice(clauses[ci].start, clauses[ci].end))
      )
    )
      continue;
    // One per type and clause, and per part of a clause a reporting verb opens ("rebels who took A
    // said they had taken B").
    const part = matchList(THAT_OR_SAID, text.slice(clauses[ci].start, t.start)).length;
    const key = `${t.type}|${t.counter ? 'counter' : ''}|${ci}|${part}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(t);
  }
  // Casualties make their own incident only when no violent event in the sentence explains them;
  // a commander's death is one event, not also a clash in the same clause.
  const violent = kept.some((t) => VIOLENT_TYPES.has(t.type) || t.type === 'commander-killed');
  const commander = new Set(kept.filter((t) => t.type === 'commander-killed').map(clauseOf));
  return kept.filter(
    (t) =>
      !(t.type === 'civilian-casualties' && violent) &&
      !((t.type === 'armed-clash' || t.type === 'civilian-casualties') && commander.has(clauseOf(t))),
  );
}
