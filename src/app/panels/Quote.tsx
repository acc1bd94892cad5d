// A quoted sentence with the place marked. Text nodes only: report text can never become markup.
import { Show } from 'solid-js';
import type { QuoteParts } from '../model/quoteParts.ts';

/** The quote, or "Article text not available" (never an empty box). */
export function Quote(props: { parts: QuoteParts | null }) {
  return (
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
  );
}
