// The app itself, loaded by boot.ts: at once on pages the browser renders (the staff
// workspaces), and on a server-rendered page when the reader first reaches for it. GOV.UK
// Frontend's template sets the body classes below with an inline script; the portal's CSP forbids
// inline scripts, so they are set here, once the app is there to honour them.
// A server-rendered page carries its data in <script id="app-state" type="application/json">
// (data, not code, so the CSP allows it): the app hydrates that HTML.
import { StrictMode, useEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App, prepareHydratedApp } from './app';
import { readHydrationState } from './app/hydration';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const state = readHydrationState();

/** Client-side navigation, once the app runs; a full page load before it does. */
export let navigate: (to: string) => Promise<void> = async (to) => window.location.assign(to);

/** Renders its children and reports the first commit: hydration is over, and the router may move on. */
function Committed({ onCommit, children }: { onCommit: () => void; children: ReactNode }) {
  useEffect(onCommit, [onCommit]);
  return children;
}

if (state) {
  const prepared = await prepareHydratedApp(state);
  // A navigation during hydration would render another page over the server's HTML (React #418).
  const hydrated = new Promise<void>((resolve) => {
    hydrateRoot(
      container,
      <StrictMode>
        <Committed onCommit={resolve}>{prepared.element}</Committed>
      </StrictMode>,
    );
  });
  navigate = async (to) => {
    await hydrated;
    await prepared.navigate(to);
  };
} else {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
document.body.classList.add('js-enabled');
if ('noModule' in HTMLScriptElement.prototype) document.body.classList.add('govuk-frontend-supported');
