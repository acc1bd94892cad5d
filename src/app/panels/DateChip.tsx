// The day shown, always in sight on a phone: the date control lives in the side panel, which is
// a bottom sheet there (closed by default), so the top bar repeats the day with a step either way.
// Hidden on wide screens (app.css), where the date control itself stays in view.
import { Show } from 'solid-js';
import type { AppActions, AppStateView } from '../store/createAppStore.ts';
import { formatDay } from './format.ts';

/** "As of Sat 30 Nov 2024" with the day before and after. */
export function DateChip(props: { state: AppStateView; actions: AppActions }) {
  const index = () => props.state.days().indexOf(props.state.day() ?? '');
  const go = (i: number) => {
    const d = props.state.days()[i];
    if (d) props.actions.setDate(d);
  };
  return (
    <Show when={props.state.days().length}>
      <div class="date-chip" role="group" aria-label="Day shown on the map">
        <button type="button" aria-label="Day before" disabled={index() <= 0} onClick={() => go(index() - 1)}>
          ‹
        </button>
        <span class="date-chip-day">As of {formatDay(props.state.day())}</span>
        <button
          type="button"
          aria-label="Day after"
          disabled={index() >= props.state.days().length - 1}
          onClick={() => go(index() + 1)}
        >
          ›
        </button>
      </div>
    </Show>
  );
}
