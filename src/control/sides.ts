// Which camp a side fights in: zones are dissolved by camp, not by every named ally.
import type { Side } from '../types/model.ts';
import { wordTable } from '../words/wordTable.ts';

/** The sides that hold ground on the map. Allies fold into these. */
export type Camp = 'opposition' | 'government' | 'sna' | 'sdf';

const CAMP: Partial<Record<Side, Camp>> = wordTable<Camp>({
  opposition: 'opposition',
  government: 'government',
  russia: 'government',
  iran: 'government',
  hezbollah: 'government',
  sna: 'sna',
  turkey: 'sna',
  sdf: 'sdf',
  us: 'sdf',
});

/**
 * The camp a side belongs to, or null for sides that hold no ground (civilians, UN, unknown).
 *
 * @example campOf('russia'); // 'government'
 */
export function campOf(side: Side | string): Camp | null {
  return CAMP[side as Side] ?? null;
}

const ALIASES: Record<string, Camp> = wordTable({
  opposition: 'opposition',
  rebels: 'opposition',
  rebel: 'opposition',
  hts: 'opposition',
  'hayat tahrir al-sham': 'opposition',
  insurgents: 'opposition',
  government: 'government',
  regime: 'government',
  saa: 'government',
  'syrian army': 'government',
  'syrian arab army': 'government',
  assad: 'government',
  sna: 'sna',
  'syrian national army': 'sna',
  tfsa: 'sna',
  sdf: 'sdf',
  'syrian democratic forces': 'sdf',
  ypg: 'sdf',
});

/**
 * Reads a controller written by a person (an analyst's file): camp names, allies and common
 * aliases, case-insensitive. Returns null when unknown.
 *
 * @example parseCamp('Rebels'); // 'opposition'
 */
export function parseCamp(value: unknown): Camp | null {
  if (typeof value !== 'string') return null;
  const key = value.trim().toLowerCase();
  return ALIASES[key] ?? campOf(key);
}
