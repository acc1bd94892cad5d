// A quoted sentence with the place marked. Text nodes only: report text can never become markup.
import { Show } from 'solid-js';
import type { QuoteParts } from '../model/quoteParts.ts';

/**
 * The quote, or how to see it when the report's text is not in this browser (never an empty
 * box); with `onOpen`, a button under the quote opens the whole article at that place.
 */
export function Quote(props: { parts: QuoteParts | null; onOpen?: () => void }) {
  return (
    <>
      <Show
        when={props.parts}
        fallback={
          <p class="quote quote-missing">
            The report’s text is not in this browser, so the sentence cannot be quoted. To see quotes, add the
            report under “Add reports” (its text stays in this browser), or run a local ingest (
            <code>npm run ingest -- ../shared/articles</code>) and reload.
          </p>
        }
      >
        {(q) => (
          <blockquote class="quote">
            {q().before}
            <Show when={q().match}>
              <mark>{q().match}</mark>
            </Show>
            {q().after}
          </blockquote>
        )}
      </Show>
      <Show when={props.parts && props.onOpen}>
        <button type="button" class="link" onClick={() => props.onOpen?.()}>
          Open the article at this place
        </button>
      </Show>
    </>
  );
}
