// The modal dialog (Dialog.tsx) loaded when it first opens: until a dialog is opened, none of
// its code is on the page's first load.
import { Show, lazy, type ComponentProps } from 'solid-js';
import type { Dialog } from './Dialog.tsx';

const Loaded = lazy(() => import('./Dialog.tsx').then((m) => ({ default: m.Dialog })));

/** The same props as Dialog: shown while `open`. */
export function LazyDialog(props: ComponentProps<typeof Dialog>) {
  return (
    <Show when={props.open}>
      <Loaded {...props} />
    </Show>
  );
}
