// The entry module. GOV.UK Frontend's template sets these body classes with an inline script;
// the portal's CSP forbids inline scripts, so the first module to run sets them instead.
// A server-rendered page carries its data in <script id="app-state" type="application/json">
// (data, not code, so the CSP allows it): the app hydrates that HTML; other pages (the staff
// workspaces) get the shell and render in the browser.
import 'govuk-frontend/dist/govuk/govuk-frontend.min.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App, prepareHydratedApp } from './app';
import { readHydrationState } from './app/hydration';

document.body.classList.add('js-enabled');
if ('noModule' in HTMLScriptElement.prototype) document.body.classList.add('govuk-frontend-supported');

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const state = readHydrationState();
if (state) {
  const app = await prepareHydratedApp(state);
  hydrateRoot(container, <StrictMode>{app}</StrictMode>);
} else {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
