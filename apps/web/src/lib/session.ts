// The CSRF token from sign-in or from /api/auth/me, kept in memory and in sessionStorage (this tab
// only) so that a reload needs no round trip. A tab without one asks /api/auth/me before a staff
// page renders (lib/authorization.ts); only a 401 there means "ask the person to sign in again".
const STORAGE_KEY = 'psp.csrfToken';

let csrfToken: string | null | undefined;

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    // Storage can be disabled by the browser's privacy settings; memory still works.
    return null;
  }
}

export function getCsrfToken(): string | null {
  if (csrfToken === undefined) csrfToken = storage()?.getItem(STORAGE_KEY) ?? null;
  return csrfToken;
}

export function setCsrfToken(token: string): void {
  csrfToken = token;
  storage()?.setItem(STORAGE_KEY, token);
}

export function clearCsrfToken(): void {
  csrfToken = null;
  storage()?.removeItem(STORAGE_KEY);
}

/**
 * Whether this browser signed in (the API's readable "psp_signed_in" cookie; the session cookie
 * itself is out of the page's reach). Without it a tab does not ask /api/auth/me at all.
 */
export function mayHaveSession(): boolean {
  return typeof document !== 'undefined' && /(?:^|;\s*)(?:__Host-)?psp_signed_in=/.test(document.cookie);
}

/** Whether this tab holds a sign-in: staff pages and the "Sign out" link depend on it. */
export function hasSession(): boolean {
  return getCsrfToken() !== null;
}
