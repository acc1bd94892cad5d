// The incident taxonomy as the app draws it: a colour family, a readable name and the shape
// drawn on the icon, so type is never told by colour alone.
import type { IncidentType } from '../../types/model.ts';
import { wordTable } from '../../words/wordTable.ts';

export type IconShape =
  | 'cross'
  | 'chevron'
  | 'triangle'
  | 'target'
  | 'burst'
  | 'bar'
  | 'back'
  | 'plus'
  | 'diamond'
  | 'person'
  | 'double';

export interface IncidentStyle {
  label: string;
  colour: string;
  shape: IconShape;
}

export const INCIDENT_STYLES: Record<IncidentType, IncidentStyle> = wordTable({
  'armed-clash': { label: 'Armed clash', colour: '#B8470B', shape: 'cross' },
  advance: { label: 'Advance or capture', colour: '#0B6E4F', shape: 'chevron' },
  airstrike: { label: 'Airstrike', colour: '#1F4E9A', shape: 'triangle' },
  shelling: { label: 'Shelling', colour: '#6A3D9A', shape: 'target' },
  explosion: { label: 'Explosion or car bomb', colour: '#A61C3C', shape: 'burst' },
  closure: { label: 'Closure', colour: '#4D4D4D', shape: 'bar' },
  withdrawal: { label: 'Withdrawal or redeployment', colour: '#8C6D1F', shape: 'back' },
  reinforcement: { label: 'Reinforcement or aid', colour: '#2C6E8F', shape: 'plus' },
  'commander-killed': { label: 'Commander killed', colour: '#222222', shape: 'diamond' },
  'civilian-casualties': { label: 'Civilian casualties', colour: '#B0126B', shape: 'person' },
  displacement: { label: 'Displacement', colour: '#5E6B1F', shape: 'double' },
});

export const INCIDENT_TYPES = Object.keys(INCIDENT_STYLES) as IncidentType[];

/** Name of the map image for an incident's icon. */
export function iconName(type: string, contested: boolean): string {
  return `incident-${type}${contested ? '-contested' : ''}`;
}

/** Readable name of a type, also for types added later that the app does not know yet. */
export function incidentLabel(type: string): string {
  return INCIDENT_STYLES[type as IncidentType]?.label ?? type.replace(/-/g, ' ');
}
