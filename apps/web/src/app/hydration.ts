// The state a server-rendered page carries for the browser (see entry-server.tsx): read from a
// JSON script element, since the CSP allows no inline script.
import type { DehydratedState } from '@tanstack/react-query';
import type { HydrationState as RouterHydrationState } from 'react-router';

export const HYDRATION_ELEMENT_ID = 'app-state';

export interface HydrationState {
  queries: DehydratedState;
  router: RouterHydrationState;
}

export function readHydrationState(): HydrationState | null {
  const element = document.getElementById(HYDRATION_ELEMENT_ID);
  if (!element?.textContent) return null;
  return JSON.parse(element.textContent) as HydrationState;
}
