import { useEffect, useRef } from 'react';
import type { Blocker } from 'react-router';

/** Asks before leaving a page with unsaved changes (the in-app half of useUnsavedChanges). */
export function UnsavedChangesDialog({ blocker }: { blocker: Blocker }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (blocker.state === 'blocked') ref.current?.focus();
  }, [blocker.state]);
  if (blocker.state !== 'blocked') return null;
  return (
    <div
      className="govuk-notification-banner app-unsaved-dialog"
      role="alertdialog"
      aria-labelledby="unsaved-title"
      aria-describedby="unsaved-body"
      tabIndex={-1}
      ref={ref}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="unsaved-title">
          Unsaved changes
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading" id="unsaved-body">
          You have changes that are not saved. If you leave this page they will be lost.
        </p>
        <div className="govuk-button-group">
          <button type="button" className="govuk-button" onClick={() => blocker.reset()}>
            Stay on this page
          </button>
          <button type="button" className="govuk-button govuk-button--warning" onClick={() => blocker.proceed()}>
            Leave without saving
          </button>
        </div>
      </div>
    </div>
  );
}
