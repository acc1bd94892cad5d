// What the page shows when the app itself fails: the error in words and two ways out, never an
// empty root. Solid's ErrorBoundary catches errors while rendering and in effects; showFatalError
// covers what fails before Solid renders (plain DOM, text only).
import { ErrorBoundary, type JSX } from 'solid-js';

/** The error as one readable line. */
export function errorText(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  try {
    return typeof err === 'string' ? err : JSON.stringify(err);
  } catch {
    return String(err);
  }
}

/** Drops the link's view (the part most likely to be at fault) and loads the page again. */
function reloadWithoutView(): void {
  history.replaceState(history.state, '', location.pathname + location.search);
  location.reload();
}

function ErrorScreen(props: { error: unknown; reset?: () => void }) {
  return (
    <div class="app-error" role="alert" data-testid="app-error">
      <h1>The map could not be shown</h1>
      <p>The app stopped on an error: {errorText(props.error)}</p>
      <p>Your files are untouched. Reload the page, or open the map without the view this link asks for.</p>
      <div class="app-error-actions">
        <button type="button" onClick={() => location.reload()}>
          Reload
        </button>
        <button type="button" onClick={reloadWithoutView}>
          Open without the link's view
        </button>
      </div>
    </div>
  );
}

/** Wraps the app: an error while rendering shows ErrorScreen instead of a blank page. */
export function AppErrorBoundary(props: { children: JSX.Element }) {
  return (
    <ErrorBoundary
      fallback={(err) => {
        console.error(err);
        return <ErrorScreen error={err} />;
      }}
    >
      {props.children}
    </ErrorBoundary>
  );
}

/** The same screen without Solid, for an error before the first render. */
export function showFatalError(root: HTMLElement, err: unknown): void {
  console.error(err);
  const box = document.createElement('div');
  box.className = 'app-error';
  box.setAttribute('role', 'alert');
  box.dataset.testid = 'app-error';
  const h = document.createElement('h1');
  h.textContent = 'The map could not be shown';
  const p = document.createElement('p');
  p.textContent = `The app stopped on an error: ${errorText(err)}`;
  const again = document.createElement('button');
  again.type = 'button';
  again.textContent = "Open without the link's view";
  again.addEventListener('click', reloadWithoutView);
  box.append(h, p, again);
  root.replaceChildren(box);
}
