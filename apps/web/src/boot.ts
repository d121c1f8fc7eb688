// The entry module: the stylesheets, and the app's JavaScript when it is wanted.
//
// A server-rendered public page is complete without JavaScript: its links and GET forms work as
// they are. So a first visit loads only this module and the CSS; the app (React, the router, the
// query cache: about 110 KB compressed) loads when the reader first reaches for the page — a
// touch, a key, the pointer moving, focus — and hydrates it, after which navigation stays in the
// page. A link followed before the app is there waits for it briefly, then navigates in the page
// (or, should the app not arrive, as a plain link). Pages the browser renders itself (the staff
// workspaces) load the app at once, and so does every page for someone signed in: their pages
// carry actions (record progress, mark a commitment) that only the app knows to show.
import 'govuk-frontend/dist/govuk/govuk-frontend.min.css';
import './styles/app.css';
import { HYDRATION_ELEMENT_ID } from './app/hydration';

/** How long a followed link waits for the app before it is followed as a plain link. */
const LINK_WAIT_MS = 3000;
const INTENT_EVENTS = ['pointerdown', 'pointermove', 'touchstart', 'keydown', 'focusin', 'wheel'] as const;

let app: Promise<typeof import('./main')> | null = null;
let hydrated = false;
const startApp = () => {
  app ??= import('./main').then((module) => {
    hydrated = true;
    return module;
  });
  return app;
};

/** A same-origin link to another page of the portal that the browser would follow in this tab. */
function followableLink(event: MouseEvent): URL | null {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(link instanceof HTMLAnchorElement) || (link.target && link.target !== '_self') || link.hasAttribute('download')) return null;
  const url = new URL(link.href, window.location.href);
  if (url.origin !== window.location.origin || url.pathname.startsWith('/api/')) return null;
  // A link within this page (the skip link, a contents list) needs no app.
  if (url.pathname === window.location.pathname && url.search === window.location.search && url.hash) return null;
  return url;
}

// The API's readable sign-in marker, as lib/session.ts `mayHaveSession` reads it; repeated here
// because importing the session module would pull the app's shared chunk into every first visit.
const signedIn = /(?:^|;\s*)(?:__Host-)?psp_signed_in=/.test(document.cookie);

if (!document.getElementById(HYDRATION_ELEMENT_ID) || signedIn) {
  void startApp();
} else {
  const onIntent = () => {
    for (const type of INTENT_EVENTS) window.removeEventListener(type, onIntent, true);
    void startApp();
  };
  for (const type of INTENT_EVENTS) window.addEventListener(type, onIntent, { capture: true, passive: true });
  document.addEventListener(
    'click',
    (event) => {
      if (hydrated) return;
      const url = followableLink(event);
      if (!url) return;
      event.preventDefault();
      const to = `${url.pathname}${url.search}${url.hash}`;
      const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), LINK_WAIT_MS));
      void Promise.race([startApp(), timeout])
        .then((module) => (module ? module.navigate(to) : window.location.assign(to)))
        .catch(() => window.location.assign(to));
    },
    { capture: true },
  );
}
