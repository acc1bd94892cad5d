// What one incident says about one unit: who holds it now and how sure we are.
import type { ControlStatus, IncidentFeature, IncidentSource } from '../../types/model.ts';
import { campOf, type Camp } from '../sides.ts';
import type { MatchScope } from './matchUnits.ts';

export type Holder = Camp | 'contested';

export interface Outcome {
  controller: Holder;
  status: ControlStatus;
  /** The side that moved on the unit: the taker, or for a contested unit the challenger. */
  by?: Camp;
}

/** What a unit looks like to an incident: who has it, and for a contested unit who held it before. */
export interface UnitView {
  controller: Holder;
  status: ControlStatus;
  by?: Camp;
  /** For a contested unit: the side that held it before it was contested. */
  prior?: Camp;
}

/** Incident types that can move control. */
export const CONTROL_TYPES = new Set(['advance', 'withdrawal', 'armed-clash']);

// Words in a generated summary that say how far an advance went (used only when the incident
// has no `progress`).
const ENCIRCLED = /encircl|besieg|siege|surround/i;
const APPROACHED = /approach|toward|advanced? on|closing in/i;
const REACHED = /reach|outskirt|fighting|clash|attack/i;

/** The camps named on an incident, its agent first. */
export function campsOf(inc: IncidentFeature): Camp[] {
  const out: Camp[] = [];
  const agent = inc.properties.agent;
  for (const a of agent ? [agent, ...inc.properties.actors] : inc.properties.actors) {
    const c = campOf(a.side);
    if (c && !out.includes(c)) out.push(c);
  }
  return out;
}

const AGAINST = new Set(['denial', 'counterclaim']);

/** Who a source row speaks for: its attribution, else the outlet in its own voice. */
function speaker(s: IncidentSource): string {
  return (s.attribution ?? s.outlet ?? s.article).trim().toLowerCase();
}

/**
 * How sure a capture is: 'contested' when denied or countered; 'confirmed' when the incident is
 * confirmed, when a source speaking for the side that lost it concedes it, or when two
 * independent speakers say so; else 'claimed' (one source).
 *
 * @example claimStatus(captureToldBySohrAndByStateTv, 'government'); // 'confirmed'
 */
export function claimStatus(inc: IncidentFeature, loser?: Camp): 'confirmed' | 'claimed' | 'contested' {
  const p = inc.properties;
  if (p.status === 'contested' || p.status === 'denied') return 'contested';
  if (p.status === 'confirmed') return 'confirmed';
  const pro = p.sources.filter((s) => !AGAINST.has(s.stance));
  if (loser && pro.some((s) => campOf(s.speakerSide ?? '') === loser)) return 'confirmed';
  return new Set(pro.map(speaker)).size >= 2 ? 'confirmed' : 'claimed';
}

type Progress = NonNullable<IncidentFeature['properties']['progress']>;

/** How far an advance went: its `progress` when the incidents stage sets it, else read from its summary. */
export function progressOf(inc: IncidentFeature): Progress {
  const { progress, summary = '' } = inc.properties;
  if (progress) return progress;
  if (ENCIRCLED.test(summary)) return 'encircled';
  if (APPROACHED.test(summary)) return 'approached';
  return REACHED.test(summary) ? 'reached' : 'captured';
}

/** True when the incident reports an arrival or encirclement, not a capture: the place is contested. */
export function isPartialAdvance(inc: IncidentFeature): boolean {
  const p = progressOf(inc);
  return p === 'reached' || p === 'encircled';
}

function contested(by: Camp | undefined): Outcome {
  return by
    ? { controller: 'contested', status: 'contested', by }
    : { controller: 'contested', status: 'contested' };
}

/**
 * The state an incident gives a unit, or null when it changes nothing.
 * - advance: the unit goes to the attacker (its agent, else the first camp other than the
 *   holder), claimed or confirmed (claimStatus); a denied or countered capture, an arrival or
 *   encirclement, or an entry into a city (which part is unknown) contest it; an approach
 *   changes nothing here (its way is an axis for assessAdvances).
 * - withdrawal of the side that had it: the other side named takes it, confirmed when the
 *   withdrawing side's own sources tell it; in a city's centre, ground nobody else had claimed
 *   is contested.
 * - armed-clash: a place held by one side, fought over by another, is contested.
 * Scope 'named' is a place named in one of the incident's claims (a neighbourhood in "rebels
 * entered Aleppo's X district"): it goes to the attacker with `namedStatus`, whatever the
 * denials of the incident as a whole.
 *
 * @example outcome(captureOfSaraqibByOpposition, { controller: 'government', status: 'held' }, 'unit'); // { controller: 'opposition', status: 'claimed', by: 'opposition' }
 */
export function outcome(
  inc: IncidentFeature,
  unit: UnitView,
  scope: MatchScope,
  namedStatus: ControlStatus = 'claimed',
): Outcome | null {
  const type = inc.properties.type;
  const sides = campsOf(inc);
  const holder = unit.controller;
  if (type === 'armed-clash') {
    if (holder === 'contested' || scope === 'named') return null;
    const other = sides.find((c) => c !== holder);
    // Over an area, only fighting between the holder and another named side contests a unit.
    if (scope === 'area') return sides.includes(holder) && other ? contested(other) : null;
    // "Fighting in Idlib" with no side named says nothing about who is losing ground there.
    return other ? contested(other) : null;
  }
  if (type === 'withdrawal') {
    // The side that withdrew (the agent, named first) leaves the place to the other side named.
    const [who, named] = sides;
    if (!who) return null;
    const taken = holder === 'contested' ? unit.prior === who : holder === who;
    const other = holder === 'contested' && taken ? (unit.by ?? named) : named;
    const status = scope === 'named' ? namedStatus : claimStatus(inc, who);
    // Ground the other side had already taken from it: the withdrawal concedes it (or adds a source).
    if (!taken)
      return holder !== 'contested' && holder === named && unit.by === named && status !== 'contested'
        ? { controller: named, status: strongest(status, unit.status), by: named }
        : null;
    if (!other) return holder === 'contested' ? null : contested(undefined);
    // In a city's centre, ground nobody else had claimed or fought for is only contested.
    if (scope === 'city' && holder !== 'contested') return contested(other);
    return status === 'contested' ? contested(other) : { controller: other, status, by: other };
  }
  if (type !== 'advance') return null;
  // "Advanced on the town": the way there is an axis (assessAdvances); the town is not contested.
  if (scope !== 'named' && progressOf(inc) === 'approached') return null;
  const attacker = sides.find((c) => c !== holder && c !== unit.prior);
  if (!attacker) return null;
  if (scope === 'named')
    return namedStatus === 'contested'
      ? contested(attacker)
      : { controller: attacker, status: namedStatus, by: attacker };
  const loser = holder === 'contested' ? unit.prior : holder;
  const status = claimStatus(inc, loser);
  if (status === 'contested' || scope === 'city' || isPartialAdvance(inc)) return contested(attacker);
  return { controller: attacker, status, by: attacker };
}

/** Strength of evidence, weakest first: a unit's state is the best-attested of a day's outcomes. */
export const STATUS_RANK: Record<ControlStatus, number> = {
  contested: 0,
  assessed: 1,
  claimed: 2,
  confirmed: 3,
  held: 4,
};

function strongest(a: ControlStatus, b: ControlStatus): ControlStatus {
  return STATUS_RANK[a] >= STATUS_RANK[b] ? a : b;
}

/**
 * Several outcomes for one unit on one day: captures and withdrawals outweigh clashes; a
 * withdrawal that names nobody taking over yields to a capture of that day (it tells who came
 * in); any contested capture, or two sides claiming it, leaves it contested; else the
 * best-attested.
 */
export function combine(found: { type: string; outcome: Outcome }[]): Outcome | null {
  if (found.length === 0) return null;
  const vacated = (f: { type: string; outcome: Outcome }) =>
    f.type === 'withdrawal' && f.outcome.controller === 'contested' && !f.outcome.by;
  const taken = found.filter((f) => f.type !== 'armed-clash' && !vacated(f));
  const moves = taken.length ? taken : found.filter((f) => f.type !== 'armed-clash');
  const pool = (moves.length ? moves : found).map((f) => f.outcome);
  const takers = new Set(pool.map((o) => (o.controller === 'contested' ? o.by : o.controller)));
  const by = takers.size === 1 ? [...takers][0] : undefined;
  if (pool.some((o) => o.controller === 'contested')) return contested(by);
  if (new Set(pool.map((o) => o.controller)).size > 1) return contested(undefined);
  return pool.reduce((a, b) => (STATUS_RANK[b.status] > STATUS_RANK[a.status] ? b : a));
}
