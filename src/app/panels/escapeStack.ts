// Escape closes the panel opened last: each open panel pushes its close function, and one
// key listener calls the top one, so one press closes one thing (the reader before the
// incident panel under it).

const stack: (() => void)[] = [];
let listening = false;

function onKey(e: KeyboardEvent): void {
  if (e.key !== 'Escape' || !stack.length || e.defaultPrevented) return;
  e.preventDefault();
  stack[stack.length - 1]!();
}

/**
 * Registers `close` as the top Escape handler; returns the function that unregisters it.
 *
 * @example
 * createEffect(() => { if (open()) onCleanup(pushEscape(() => setOpen(false))); });
 */
export function pushEscape(close: () => void): () => void {
  if (!listening) {
    window.addEventListener('keydown', onKey);
    listening = true;
  }
  stack.push(close);
  return () => {
    const i = stack.lastIndexOf(close);
    if (i >= 0) stack.splice(i, 1);
  };
}
