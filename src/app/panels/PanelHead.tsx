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
        {/* The Arabic name is an element of its own, isolated right to left (dir), after a space
            outside it: a space inside would be laid out at its far end, on the right, and the two
            names would touch ("Sarāqibسراقب"). */}
        <Show when={props.ar}>
          {(ar) => (
            <>
              {' '}
              <span class="ar" lang="ar" dir="rtl">
                {ar()}
              </span>
            </>
          )}
        </Show>
      </h2>
      <button type="button" class="close" aria-label={props.closeLabel} onClick={() => props.onClose()}>
        ×
      </button>
    </header>
  );
}
