// STUB (owned by the control-zones work): replace with the real implementation.
import type { ControlFeature, IncidentFeature, PlaceFeature } from '../types/model.ts';
import type { Gazetteer } from '../gazetteer/Gazetteer.ts';

export interface ControlInput {
  incidents: IncidentFeature[];
  places: PlaceFeature[];
  gazetteer: Gazetteer;
}

export function buildControl(_input: ControlInput): ControlFeature[] {
  return [];
}
