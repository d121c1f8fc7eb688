// Errors thrown by loaders and pages end here: a not-found page for 404s, a plain apology for the
// rest. Never a stack trace; the details go to the console for developers.
import { useEffect } from 'react';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { ErrorContent, NotFoundContent } from '@/components/feedback';
import { isApiError } from '@/lib/api-client';
import { PageChrome } from './layout';

function useErrorTitle(error: unknown) {
  useEffect(() => {
    const notFound = isApiError(error, 404) || (isRouteErrorResponse(error) && error.status === 404);
    document.title = `${notFound ? 'Page not found' : 'Sorry, there is a problem with the service'} – Panel Scrutiny Portal`;
    if (!notFound && !isApiError(error)) console.error(error);
  }, [error]);
}

export function RouteError() {
  const error = useRouteError();
  useErrorTitle(error);
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundContent />;
  return <ErrorContent error={error} />;
}

/** Last resort when the page template itself failed: the same message inside a fresh template. */
export function RootError() {
  const error = useRouteError();
  useErrorTitle(error);
  return <PageChrome>{isRouteErrorResponse(error) && error.status === 404 ? <NotFoundContent /> : <ErrorContent error={error} />}</PageChrome>;
}
