import type { Session } from './browser';
import { checkPage } from './browser';

export const DEMO_PASSWORD = 'demo-password';

/** Signs in through the sign-in page, as a person would, and lands on the workspace. */
export async function signIn(session: Session, email: string, screenshot?: string): Promise<void> {
  const { page } = session;
  await page.goto('/sign-in');
  if (screenshot) await checkPage(session, screenshot);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL('**/workspace');
  await page.getByRole('heading', { name: 'Your workspace' }).waitFor();
}

/**
 * Signs in through the API in this browser context (the cookie is shared with its pages) and
 * returns a small client for setting up data the test is not about.
 */
export async function apiAs(session: Session, email: string) {
  const login = await session.context.request.post('/api/auth/login', { data: { email, password: DEMO_PASSWORD } });
  if (!login.ok()) throw new Error(`API sign-in as ${email} failed: ${login.status()}`);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const send = async <T>(method: 'POST' | 'PATCH', url: string, data: unknown): Promise<T> => {
    const response = await session.context.request.fetch(url, { method, data, headers: { 'X-CSRF-Token': csrfToken } });
    if (!response.ok()) throw new Error(`${method} ${url} failed: ${response.status()} ${await response.text()}`);
    return (await response.json()) as T;
  };
  return { post: <T>(url: string, data: unknown) => send<T>('POST', url, data), patch: <T>(url: string, data: unknown) => send<T>('PATCH', url, data) };
}
