// Staff pages: the route loader asks who is signed in before the page renders. A tab without a
// CSRF token (a new tab, a bookmark, a link from an email) asks /api/auth/me, which returns the
// token while the session cookie is valid; only when the session has ended do we ask the person
// to sign in again.
import type { QueryClient } from '@tanstack/react-query';
import { redirect } from 'react-router';
import type { User } from '@psp/contracts';
import { can, type Permission } from '@psp/domain';
import { paths } from '@/config/paths';
import { ApiError } from './api-client';
import { meQueryOptions } from './api/get-me';
import { clearCsrfToken, hasSession, mayHaveSession } from './session';

function signInRedirect(request: Request): Response {
  const url = new URL(request.url);
  return redirect(paths.signIn.href(`${url.pathname}${url.search}`));
}

/** The signed-in user, or a redirect to the sign-in page (thrown, as loaders do). */
export async function requireUser(queryClient: QueryClient, request: Request, permission?: Permission | Permission[]): Promise<User> {
  // A browser that never signed in (or signed out) is sent to sign in without asking the API.
  if (!hasSession() && !mayHaveSession()) throw signInRedirect(request);
  // Without a token a cached answer cannot be trusted to have stored one: ask the API afresh.
  const user = hasSession() ? await queryClient.ensureQueryData(meQueryOptions()) : await queryClient.fetchQuery({ ...meQueryOptions(), staleTime: 0 });
  if (!user) {
    clearCsrfToken();
    queryClient.removeQueries({ queryKey: meQueryOptions().queryKey });
    throw signInRedirect(request);
  }
  const needed = permission === undefined ? [] : Array.isArray(permission) ? permission : [permission];
  if (needed.length && !needed.some((p) => can(user.roles, p))) {
    throw new ApiError({ type: 'about:blank', title: 'Not allowed', status: 403, detail: 'Your role does not give you access to this page.' });
  }
  return user;
}

export function userCan(user: User | null | undefined, permission: Permission): boolean {
  return Boolean(user && can(user.roles, permission));
}

/**
 * The panel a member of staff works for: the first panel they hold a role on. Staff pages are
 * reached only with a role (requireUser), so a person without one is refused, never sent to some
 * other panel's pages.
 */
export function staffPanelSlug(user: User): string {
  const panel = user.panelRoles?.[0]?.panel;
  if (!panel) throw new ApiError({ type: 'about:blank', title: 'Not allowed', status: 403, detail: 'Your account holds no role on a panel.' });
  return panel;
}
