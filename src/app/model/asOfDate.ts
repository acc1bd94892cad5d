// What the map shows "as of" a day: incidents up to that day and the latest control state.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { ControlProps } from '../../types/model.ts';

/** What the day filter reads of an incident (a full record or a row). */
export interface Dated {
  date: string | null;
  dateRange?: [string, string];
  background: boolean;
  type: string;
}

/** The first day an incident may have happened (and is on the map from): the start of its
 * window, else its day. */
export function firstDay(p: Pick<Dated, 'date' | 'dateRange'>): string | null {
  return p.dateRange?.[0] ?? p.date;
}

/** The last day an incident may have happened: the end of its window, else its day. */
export function lastDay(p: Pick<Dated, 'date' | 'dateRange'>): string | null {
  return p.dateRange?.[1] ?? p.date;
}

/**
 * Incidents current on `day`: shown from on or before it (the start of their window, else their
 * date), or undated (shown with "date unknown"), of the types not hidden. Background
 * (historical) incidents are left out; `day` null means every day.
 *
 * @example
 * incidentsAsOf(all, '2024-11-28').features.every((f) => !f.properties.date || f.properties.date <= '2024-11-28');
 */
export function incidentsAsOf<P extends Dated>(
  incidents: FeatureCollection<Geometry, P>,
  day: string | null,
  hiddenTypes: readonly string[] = [],
): FeatureCollection<Geometry, P> {
  const hidden = new Set(hiddenTypes);
  const features = incidents.features.filter((f) => {
    const p = f.properties;
    if (p.background || hidden.has(p.type)) return false;
    const from = firstDay(p);
    return day === null || !from || from <= day;
  });
  return { type: 'FeatureCollection', features };
}

/**
 * Background (historical) incidents the reports recall, as known on `day`: dated on or before
 * it, or undated (history is usually told without a day).
 *
 * @example
 * backgroundAsOf(all, '2024-11-28').features.every((f) => f.properties.background);
 */
export function backgroundAsOf<P extends Dated>(
  incidents: FeatureCollection<Geometry, P>,
  day: string | null,
): FeatureCollection<Geometry, P> {
  const features = incidents.features.filter((f) => {
    const from = firstDay(f.properties);
    return f.properties.background && (day === null || !from || from <= day);
  });
  return { type: 'FeatureCollection', features };
}

/** The latest control date on or before `day` (or the last one when `day` is null). */
export function controlDateAsOf(
  control: FeatureCollection<Geometry, ControlProps>,
  day: string | null,
): string | null {
  let best: string | null = null;
  for (const f of control.features) {
    const d = f.properties.date;
    if ((day === null || d <= day) && (best === null || d > best)) best = d;
  }
  return best;
}

/** Layers written once for the days they hold (from `date` until `until`), not per date. */
const LASTING = new Set(['cell', 'outline', 'front']);

/**
 * Control of the latest state on or before `day`: the zones, summary (and older outputs' front
 * lines) written for that date, and the cells, zone outlines and fronts in force then.
 */
export function controlAsOf(
  control: FeatureCollection<Geometry, ControlProps>,
  day: string | null,
): FeatureCollection<Geometry, ControlProps> {
  const date = controlDateAsOf(control, day);
  const features: Feature<Geometry, ControlProps>[] = date
    ? control.features.filter((f) => {
        const p = f.properties;
        return LASTING.has(p.layer)
          ? p.date <= date && !(p.until !== undefined && p.until <= date)
          : p.date === date;
      })
    : [];
  return { type: 'FeatureCollection', features };
}
