import { For } from 'solid-js';
import type { IncidentFeature, IncidentProps } from '../../types/model.ts';

/** Incidents as a list of links; choosing one selects it (and so opens its sources). */
export function IncidentLinks(props: {
  incidents: IncidentFeature[];
  label: (p: IncidentProps) => string;
  onSelect: (id: string) => void;
}) {
  return (
    <ul class="plain">
      <For each={props.incidents}>
        {(f) => (
          <li>
            <button type="button" class="link" onClick={() => props.onSelect(f.properties.id)}>
              {props.label(f.properties)}
            </button>
          </li>
        )}
      </For>
    </ul>
  );
}
