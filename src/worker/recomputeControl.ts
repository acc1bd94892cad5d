// Control zones for the loaded data plus the reports a user added: the same buildControl the
// ingest runs, over every incident together, so a report that tells of a capture moves the zones.
import type { buildControl } from '../control/buildControl.ts';
import type { Gazetteer } from '../gazetteer/Gazetteer.ts';
import type { ControlFeature, IncidentFeature, PlaceFeature } from '../types/model.ts';

/**
 * The zones, front lines and summaries for `incidents`, or an error message (never a throw) so
 * the app keeps the zones it has. An empty result counts as a failure: it would blank the layer.
 *
 * @example
 * recomputeControl(incidents, places, gazetteer, buildControl); // { control: [...], error: null }
 */
export function recomputeControl(
  incidents: IncidentFeature[],
  places: PlaceFeature[],
  gazetteer: Gazetteer,
  build: typeof buildControl,
): { control: ControlFeature[] | null; error: string | null } {
  try {
    const control = build({ incidents, places, gazetteer });
    if (!control.some((f) => f.properties.layer === 'zone'))
      return {
        control: null,
        error: 'control zones could not be recomputed (no zones came out); the loaded zones are kept',
      };
    return { control, error: null };
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return {
      control: null,
      error: `control zones could not be recomputed (${reason}); the loaded zones are kept`,
    };
  }
}
