// The figures a source row shows: those its own sentence states. Outputs written before rows
// carried figures kept them on the incident only; for those, a row shows its report's figures.
import type { Figure, IncidentProps, IncidentSource } from '../../types/model.ts';

/**
 * The figures of one source row of an incident.
 *
 * @example
 * rowFigures(incident.properties, incident.properties.sources[0]); // [] when its sentence states none
 */
export function rowFigures(p: Pick<IncidentProps, 'figures' | 'sources'>, row: IncidentSource): Figure[] {
  if (row.figures) return row.figures;
  // A row with none of its own, beside rows that have theirs, states none.
  if (p.sources.some((s) => s.figures)) return [];
  return (p.figures ?? []).filter((f) => f.article === row.article);
}
