// Loading, error, success and warning messages.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import type { UseQueryResult } from '@tanstack/react-query';
import { isApiError } from '@/lib/api-client';
import type { FormErrors } from '@/lib/form-errors';
import { usePageTitle } from '@/lib/hooks';

export function Loading({ what = 'page' }: { what?: string }) {
  return (
    <p className="govuk-body app-loading" role="status">
      Loading {what}…
    </p>
  );
}

export function NotFoundContent() {
  usePageTitle('Page not found');
  return (
    <>
      <h1 className="govuk-heading-l" tabIndex={-1}>
        Page not found
      </h1>
      <p className="govuk-body">If you typed the web address, check it is correct.</p>
      <p className="govuk-body">If you pasted the web address, check you copied the entire address.</p>
      <p className="govuk-body">
        Unpublished papers are not shown here until they are published. You can{' '}
        <Link className="govuk-link" to="/">
          start again from the home page
        </Link>
        .
      </p>
    </>
  );
}

/** A safe message for any failure: the API's own words for a 4xx, never a stack trace. */
export function ErrorContent({ error }: { error: unknown }) {
  const location = useLocation();
  if (isApiError(error, 404)) return <NotFoundContent />;
  if (isApiError(error, 401) || isApiError(error, 403)) {
    return (
      <>
        <h1 className="govuk-heading-l" tabIndex={-1}>
          You cannot see this page
        </h1>
        <p className="govuk-body">{error.problem.detail}</p>
        <p className="govuk-body">
          <Link className="govuk-link" to="/sign-in">
            Sign in
          </Link>{' '}
          with an account that is allowed to see it.
        </p>
      </>
    );
  }
  const offline = isApiError(error, 0);
  return (
    <>
      <h1 className="govuk-heading-l" tabIndex={-1}>
        Sorry, there is a problem with the service
      </h1>
      <p className="govuk-body">{offline ? 'The portal could not be reached. Check your connection.' : 'Try again later.'}</p>
      <p className="govuk-body">
        <a className="govuk-link" href={`${location.pathname}${location.search}`}>
          Reload the page
        </a>
      </p>
    </>
  );
}

/** What to show while a query has no data: loading, or why it failed. */
export function QueryFallback({ query, what }: { query: Pick<UseQueryResult, 'error' | 'isError'>; what?: string }) {
  if (query.isError) {
    return (
      <div className="govuk-error-summary" role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          <p className="govuk-body">
            {isApiError(query.error, 404)
              ? `The ${what ?? 'information'} was not found.`
              : isApiError(query.error)
                ? query.error.problem.detail
                : `The ${what ?? 'information'} could not be loaded. Try again later.`}
          </p>
        </div>
      </div>
    );
  }
  return <Loading what={what} />;
}

/**
 * The GOV.UK error summary: takes focus when it appears so screen reader users hear it, and its
 * links move focus to the field in error.
 */
export function ErrorSummary({ errors }: { errors: FormErrors }) {
  const ref = useRef<HTMLDivElement>(null);
  const signature = errors.summary.map((item) => item.text).join('|');
  useEffect(() => {
    if (signature) ref.current?.focus();
  }, [signature]);
  if (!errors.summary.length) return null;
  return (
    <div className="govuk-error-summary" ref={ref} tabIndex={-1} role="alert" data-testid="error-summary">
      <h2 className="govuk-error-summary__title">There is a problem</h2>
      <div className="govuk-error-summary__body">
        <ul className="govuk-list govuk-error-summary__list">
          {errors.summary.map((item, index) => (
            <li key={`${item.href ?? ''}${index}`}>
              {item.href ? (
                <a
                  href={item.href}
                  onClick={(event) => {
                    if (!item.href?.startsWith('#')) return;
                    const target = document.getElementById(item.href.slice(1));
                    if (target) {
                      event.preventDefault();
                      target.scrollIntoView({ block: 'center' });
                      target.focus();
                    }
                  }}
                >
                  {item.text}
                </a>
              ) : (
                item.text
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

export function NotificationBanner({
  title = 'Important',
  success,
  children,
  focus,
}: {
  title?: string;
  success?: boolean;
  children: ReactNode;
  focus?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <div
      className={`govuk-notification-banner${success ? ' govuk-notification-banner--success' : ''}`}
      role={success ? 'alert' : 'region'}
      aria-labelledby={titleId}
      ref={ref}
      tabIndex={focus ? -1 : undefined}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          {success ? 'Success' : title}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">{children}</div>
    </div>
  );
}

export function WarningText({ children }: { children: ReactNode }) {
  return (
    <div className="govuk-warning-text">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">Warning</span>
        {children}
      </strong>
    </div>
  );
}

export function InsetText({ children }: { children: ReactNode }) {
  return <div className="govuk-inset-text">{children}</div>;
}
