// The server renderer: the same routes, loaders and components as the browser, rendered to HTML
// by React Router's static handler (the API's Express calls `render` for each public page).
// Loaders warm a per-request TanStack Query cache; the page renders from it, and the cache is
// dehydrated into the page so the browser hydrates without asking the API again.
import { renderToString } from 'react-dom/server';
import { dehydrate, type DehydratedState, type QueryClient } from '@tanstack/react-query';
import { createStaticHandler, createStaticRouter, isRouteErrorResponse, StaticRouterProvider, type StaticHandlerContext } from 'react-router';
import { ApiError, setApiFetch } from '@/lib/api-client';
import { PageHead, PageHeadContext, SERVICE_NAME } from '@/lib/hooks';
import { createQueryClient } from '@/lib/query-client';
import { AppProvider } from './app/provider';
import { createRoutes } from './app/router';

export { setApiFetch };

/** What the browser needs to hydrate exactly what the server rendered. */
export interface HydrationState {
  queries: DehydratedState;
  router: {
    loaderData: StaticHandlerContext['loaderData'];
    actionData: StaticHandlerContext['actionData'];
    errors: Record<string, RouteErrorShape> | null;
  };
}

/** An error as `isRouteErrorResponse` recognises it, so it survives JSON on its way to the browser. */
export interface RouteErrorShape {
  status: number;
  statusText: string;
  internal: boolean;
  data: unknown;
}

export type RenderResult =
  | { kind: 'redirect'; status: number; location: string }
  | { kind: 'page'; status: number; html: string; title: string; description: string | undefined; state: HydrationState };

const DEFAULT_TITLE = SERVICE_NAME;

function toRouteError(error: unknown): RouteErrorShape {
  if (isRouteErrorResponse(error)) return { status: error.status, statusText: error.statusText, internal: false, data: null };
  if (error instanceof ApiError)
    return { status: error.status, statusText: error.problem.title, internal: false, data: { title: error.problem.title, detail: error.problem.detail } };
  // Anything else is a fault of ours: the page says sorry; the details stay in the server's log.
  console.error(error);
  return { status: 500, statusText: 'Internal Server Error', internal: false, data: null };
}

/** Starts the queries the page asked for but no loader fetched (a section's own data), and waits for them. */
async function fetchPendingQueries(queryClient: QueryClient): Promise<boolean> {
  const pending = queryClient
    .getQueryCache()
    .getAll()
    .filter((query) => query.state.status === 'pending' && query.state.fetchStatus === 'idle' && typeof query.options.queryFn === 'function')
    // A query the page turned off (the signed-in user, when this visitor is not signed in) stays off.
    .filter((query) => !('enabled' in query.options && query.options.enabled === false));
  await Promise.allSettled(pending.map((query) => query.fetch()));
  return pending.length > 0;
}

/** Waits for the prefetches loaders started without awaiting them. */
async function settleFetches(queryClient: QueryClient): Promise<void> {
  await Promise.allSettled(
    queryClient
      .getQueryCache()
      .getAll()
      .filter((query) => query.state.fetchStatus === 'fetching')
      .map((query) => query.promise),
  );
}

/** Renders one request. The API calls `setApiFetch` once, so loaders reach it on the loopback. */
export async function render(request: Request): Promise<RenderResult> {
  const queryClient = createQueryClient();
  const routes = createRoutes(queryClient);
  const handler = createStaticHandler(routes);
  const context = await handler.query(request);
  if (context instanceof Response) {
    return { kind: 'redirect', status: context.status, location: context.headers.get('Location') ?? '/' };
  }
  await settleFetches(queryClient);

  const errors = context.errors ? Object.fromEntries(Object.entries(context.errors).map(([id, error]) => [id, toRouteError(error)])) : null;
  const status = errors ? Math.max(...Object.values(errors).map((error) => error.status)) : context.statusCode;
  const renderContext: StaticHandlerContext = { ...context, errors, statusCode: status };
  const router = createStaticRouter(handler.dataRoutes, renderContext);

  const renderOnce = () => {
    const head = new PageHead();
    const html = renderToString(
      <PageHeadContext.Provider value={head}>
        <AppProvider queryClient={queryClient}>
          <StaticRouterProvider router={router} context={renderContext} hydrate={false} />
        </AppProvider>
      </PageHeadContext.Provider>,
    );
    return { html, head };
  };
  // A section that asks for data of its own shows it in the HTML too: render, fetch what the
  // render asked for, render again (three times at most: a section may need data that another section fetches first).
  let rendered = renderOnce();
  for (let pass = 0; pass < 3 && (await fetchPendingQueries(queryClient)); pass += 1) rendered = renderOnce();

  return {
    kind: 'page',
    status,
    html: rendered.html,
    title: rendered.head.title ?? DEFAULT_TITLE,
    description: rendered.head.description,
    state: {
      queries: dehydrate(queryClient),
      router: { loaderData: context.loaderData, actionData: context.actionData, errors },
    },
  };
}
