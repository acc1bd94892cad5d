// One incident as a row of a list (the incidents in view, the incidents at one point): its type's
// icon, what and where, when, how many sources, and whether it is contested.
import type { JSX } from 'solid-js';
import { iconDataUrl } from '../map/iconDataUrl.ts';
import { iconName, incidentLabel } from '../layers/incidentTypes.ts';
import type { IncidentRowFeature } from '../model/incidentRow.ts';
import { formatWhen } from './format.ts';
import { plural } from '../model/plural.ts';

/** A button for one incident; `place` (when given) follows its type in the title. */
export function IncidentRowButton(props: {
  f: IncidentRowFeature;
  place?: string;
  current?: boolean;
  index?: number;
  onClick: () => void;
  onFocus?: JSX.FocusEventHandler<HTMLButtonElement, FocusEvent>;
}) {
  const p = () => props.f.properties;
  return (
    <button
      type="button"
      class="list-item"
      aria-current={props.current ? 'true' : undefined}
      data-incident={p().id}
      data-index={props.index}
      onFocus={(e) => props.onFocus?.(e)}
      onClick={() => props.onClick()}
    >
      <img src={iconDataUrl(iconName(p().type, p().status === 'contested'))} alt="" width="20" height="20" />
      <span class="list-text">
        <span class="list-title">
          {incidentLabel(p().type)}
          {props.place === undefined ? '' : ` · ${props.place}`}
        </span>
        <span class="list-sub">
          {formatWhen(p().date, p().dateRange)} · {plural(p().sources, 'source', 'sources')}
          {p().status === 'contested' ? ' · contested' : ''}
        </span>
      </span>
    </button>
  );
}
