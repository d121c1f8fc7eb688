// Renders a page inside a real data router (memory history) and a fresh query client, as the
// app does, so loaders, useSearchParams, useBlocker and links all behave as in the browser.
import type { ComponentType } from 'react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider, type LoaderFunction } from 'react-router';
import { AppProvider } from '@/app/provider';
import { setCsrfToken } from '@/lib/session';

export interface PageModule {
  default: ComponentType;
  clientLoader?: (queryClient: QueryClient) => LoaderFunction;
}

export function renderPage(module: PageModule, options: { path: string; url: string; csrfToken?: string }) {
  if (options.csrfToken) setCsrfToken(options.csrfToken);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 60_000 }, mutations: { retry: false } } });
  const router = createMemoryRouter(
    [
      {
        path: options.path,
        Component: module.default,
        loader: module.clientLoader?.(queryClient),
        HydrateFallback: () => <p>Loading…</p>,
        ErrorBoundary: () => <p>Route error</p>,
      },
      { path: '*', Component: () => <p>Elsewhere</p> },
    ],
    { initialEntries: [options.url] },
  );
  const user = userEvent.setup();
  const view = render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...view, router, queryClient, user };
}
