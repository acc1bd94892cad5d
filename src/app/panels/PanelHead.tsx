// The head of a detail panel: its title (a place's Arabic name beside it) and the button that
// closes it. The title's id labels the panel (aria-labelledby) and takes the focus when it opens.
import { Show, type JSX } from 'solid-js';

/** A panel's title with its close button. */
export function PanelHead(props: {
  /** The title's element id (the panel's aria-labelledby). */
  id: string;
  title: JSX.Element;
  /** The name in Arabic script, shown after the title (right to left). */
  ar?: string | null;
  closeLabel: string;
  onClose: () => void;
}) {
  return (
    <header class="panel-head">
      <h2 id={props.id}>
        {props.title}
        <Show when={props.ar}>
          <span class="ar" lang="ar" dir="rtl">
            {' '}
            {props.ar}
          </span>
        </Show>
      </h2>
      <button type="button" class="close" aria-label={props.closeLabel} onClick={() => props.onClose()}>
        ×
      </button>
    </header>
  );
}
