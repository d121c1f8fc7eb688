import { useState, type ReactElement } from 'react';
import { hydrate, type QueryClient } from '@tanstack/react-query';
import { matchRoutes } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createQueryClient } from '@/lib/query-client';
import type { HydrationState } from './hydration';
import { AppProvider } from './provider';
import { createAppRouter, createRoutes } from './router';

export function App() {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(() => createAppRouter(queryClient));
  return (
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>
  );
}

function HydratedApp({ queryClient, router }: { queryClient: QueryClient; router: ReturnType<typeof createAppRouter> }) {
  return (
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>
  );
}

/**
 * The app for a server-rendered page: the server's query cache and router state restored, and
 * this page's route modules loaded first, so the first render matches the server's HTML.
 */
export async function prepareHydratedApp(state: HydrationState): Promise<{ element: ReactElement; navigate: (to: string) => Promise<void> }> {
  const queryClient = createQueryClient();
  hydrate(queryClient, state.queries);
  const routes = createRoutes(queryClient);
  const lazyMatches = (matchRoutes(routes, window.location) ?? []).filter((match) => match.route.lazy);
  await Promise.all(
    lazyMatches.map(async (match) => {
      const lazy = match.route.lazy;
      if (typeof lazy !== 'function') return;
      Object.assign(match.route, { ...(await lazy()), lazy: undefined });
    }),
  );
  const router = createAppRouter(queryClient, { routes, hydrationData: state.router });
  return { element: <HydratedApp queryClient={queryClient} router={router} />, navigate: (to) => router.navigate(to) };
}
