// The analyst's imported control polygons of an output (its own module: the app reads it
// without loading the pipeline).
import type { ControlFeature } from '../types/model.ts';

/**
 * The imported control polygons of an output, to give to the next combine as
 * `controlOverrides` so they keep winning on their dates.
 *
 * @example
 * importedControl(output.control).length; // 0 when nothing was imported
 */
export function importedControl(control: { features: ControlFeature[] }): ControlFeature[] {
  return control.features.filter((f) => f.properties.source === 'imported');
}
