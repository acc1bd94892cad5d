// A quoted sentence with the place marked. Text nodes only: report text can never become markup.
import { Show } from 'solid-js';
import type { QuoteParts } from '../model/quoteParts.ts';

/**
 * The quote, or "Article text not available" (never an empty box); with `onOpen`, a button under
 * the quote opens the whole article at that place.
 */
export function Quote(props: { parts: QuoteParts | null; onOpen?: () => void }) {
  return (
    <>
      <Show when={props.parts} fallback={<p class="quote quote-missing">Article text not available</p>}>
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
