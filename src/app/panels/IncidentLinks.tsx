import type { IncidentRow, IncidentRowFeature } from '../model/incidentRow.ts';
import { Paged } from './Paged.tsx';

/** Incidents as a list of links, a page at a time; choosing one selects it (and so opens its sources). */
export function IncidentLinks(props: {
  incidents: IncidentRowFeature[];
  label: (p: IncidentRow) => string;
  onSelect: (id: string) => void;
}) {
  return (
    <Paged each={props.incidents} class="plain">
      {(f) => (
        <li>
          <button type="button" class="link" onClick={() => props.onSelect(f.properties.id)}>
            {props.label(f.properties)}
          </button>
        </li>
      )}
    </Paged>
  );
}
