// What one incident says about one unit: who holds it now and how sure we are.
import type { ControlStatus, IncidentFeature } from '../types/model.ts';
import { campOf, type Camp } from './sides.ts';
import type { MatchScope } from './matchUnits.ts';

export type Holder = Camp | 'contested';

export interface Outcome {
  controller: Holder;
  status: ControlStatus;
}

/** Incident types that can move control. */
export const CONTROL_TYPES = new Set(['advance', 'withdrawal', 'armed-clash']);

// Words in a generated summary that say the place was approached, encircled or fought over
// rather than taken (used only when the incident has no `progress`).
const PARTIAL =
  /encircl|besieg|siege|surround|approach|toward|outskirt|advanced? on|reach|fighting|clash|attack/i;

function camps(inc: IncidentFeature): Camp[] {
  const out: Camp[] = [];
  for (const a of inc.properties.actors) {
    const c = campOf(a.side);
    if (c && !out.includes(c)) out.push(c);
  }
  return out;
}

/**
 * Assessed when confirmed, or reported by two or more distinct attributions (not denied);
 * claimed when a single source says so.
 */
export function claimStatus(inc: IncidentFeature): ControlStatus {
  const p = inc.properties;
  if (p.status === 'contested' || p.status === 'denied') return 'contested';
  if (p.status === 'confirmed') return 'assessed';
  const who = new Set(
    p.sources
      .filter((s) => s.stance !== 'denial')
      .map((s) => (s.attribution ?? '').trim().toLowerCase())
      .filter(Boolean),
  );
  return who.size >= 2 ? 'assessed' : 'claimed';
}

const PARTIAL_PROGRESS = new Set(['reached', 'encircled', 'approached']);

/**
 * True when the incident reports an approach, encirclement or arrival, not a capture: from
 * `progress` when the incidents stage sets it, else from words in its summary.
 */
export function isPartialAdvance(inc: IncidentFeature): boolean {
  const { progress, summary } = inc.properties;
  if (progress) return PARTIAL_PROGRESS.has(progress);
  return PARTIAL.test(summary ?? '');
}

const CONTESTED: Outcome = { controller: 'contested', status: 'contested' };

/**
 * The state an incident gives a unit currently held by `holder`, or null when it changes
 * nothing. A denied or contested capture, an encirclement, a clash at a place held by one
 * side against another, or an entry into a city (which part is unknown) make it contested.
 * Scope 'named' is a place named in one of the incident's claims (a neighbourhood in "rebels
 * entered Aleppo's X district"): it goes to the attacker with `namedStatus`, whatever the
 * denials of the incident as a whole.
 *
 * @example outcome(captureOfSaraqibByOpposition, 'government', 'unit'); // { controller: 'opposition', status: 'claimed' }
 */
export function outcome(
  inc: IncidentFeature,
  holder: Holder,
  scope: MatchScope,
  namedStatus: ControlStatus = 'claimed',
): Outcome | null {
  const type = inc.properties.type;
  const sides = camps(inc);
  if (type === 'armed-clash') {
    if (holder === 'contested' || scope === 'named') return null;
    // Over an area, only fighting between the holder and another named side contests a unit.
    if (scope === 'area') return sides.includes(holder) && sides.some((c) => c !== holder) ? CONTESTED : null;
    // "Fighting in Idlib" with no side named says nothing about who is losing ground there.
    return sides.some((c) => c !== holder) ? CONTESTED : null;
  }
  if (type === 'withdrawal') {
    if (holder === 'contested' || !sides.includes(holder)) return null;
    const other = sides.find((c) => c !== holder);
    if (scope === 'city' || !other) return CONTESTED;
    return {
      controller: other,
      status: scope === 'named' ? namedStatus : claimStatus(inc) === 'assessed' ? 'assessed' : 'claimed',
    };
  }
  if (type !== 'advance') return null;
  const attacker = sides.find((c) => c !== holder);
  if (sides.length > 0 && attacker === undefined) return null;
  if (scope === 'named') {
    if (!attacker) return null;
    return namedStatus === 'contested' ? CONTESTED : { controller: attacker, status: namedStatus };
  }
  const status = claimStatus(inc);
  if (status === 'contested' || scope === 'city' || attacker === undefined || isPartialAdvance(inc)) {
    return CONTESTED;
  }
  return { controller: attacker, status };
}

const RANK: Record<ControlStatus, number> = { contested: 0, claimed: 1, assessed: 2 };

/**
 * Several outcomes for one unit on one day: captures and withdrawals outweigh clashes; any
 * contested capture, or two sides claiming it, leaves it contested; else the best-attested.
 */
export function combine(found: { type: string; outcome: Outcome }[]): Outcome | null {
  if (found.length === 0) return null;
  const moves = found.filter((f) => f.type !== 'armed-clash');
  const pool = (moves.length ? moves : found).map((f) => f.outcome);
  if (pool.some((o) => o.controller === 'contested')) return CONTESTED;
  const holders = new Set(pool.map((o) => o.controller));
  if (holders.size > 1) return CONTESTED;
  return pool.reduce((a, b) => (RANK[b.status] > RANK[a.status] ? b : a));
}
