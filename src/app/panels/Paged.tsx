// A long list drawn a page at a time: the first `page` items, then a "Show more" button that
// adds more. Lists of a large archive (reports, names, incidents at a city) would otherwise put
// tens of thousands of elements in the page at once.
import { For, Show, createSignal, type JSX } from 'solid-js';

/** Items drawn at first. */
export const PAGE = 50;

/**
 * `<Paged each={items} class="plain" label="reports">{(item) => <li>…</li>}</Paged>`: a `<ul>`
 * of the first items and a button for the rest.
 */
export function Paged<T>(props: {
  each: readonly T[];
  children: (item: T) => JSX.Element;
  class?: string;
  label?: string;
  page?: number;
  ordered?: boolean;
}) {
  // The first page's length is read once: a list keeps what it shows while it is open.
  // eslint-disable-next-line solid/reactivity
  const [shown, setShown] = createSignal(props.page ?? PAGE);
  const items = () => props.each.slice(0, shown());
  const list = () => <For each={items()}>{(item) => props.children(item)}</For>;
  return (
    <>
      <Show
        when={props.ordered}
        fallback={
          <ul class={props.class} aria-label={props.label}>
            {list()}
          </ul>
        }
      >
        <ol class={props.class} aria-label={props.label}>
          {list()}
        </ol>
      </Show>
      <Show when={props.each.length > shown()}>
        <button type="button" class="link more" onClick={() => setShown((n) => n + (props.page ?? PAGE) * 4)}>
          Show more ({props.each.length - shown()} not listed)
        </button>
      </Show>
    </>
  );
}
