// STUB (owned by the incidents work): replace with the real implementation.
import type { IncidentFeature, PlaceFeature } from '../types/model.ts';
import type { IncidentCandidate } from './extractIncidents.ts';

export function mergeIncidents(_candidates: IncidentCandidate[], _places: PlaceFeature[]): IncidentFeature[] {
  return [];
}
