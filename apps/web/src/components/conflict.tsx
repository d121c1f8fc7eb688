// A 409: someone saved a newer version while this person was editing. Their typed text is never
// thrown away: the form keeps it, and this notice shows the two side by side and offers to carry
// on from the latest version with their text.
import { useEffect, useRef } from 'react';
import type { ApiError } from '@/lib/api-client';

/** The API's words when they add something (a status change); a plain stale version needs none. */
export function conflictDetail(error: ApiError): string | undefined {
  return error.problem.type.endsWith('/stale-version') ? undefined : error.problem.detail;
}

export function ConflictNotice({
  what,
  detail,
  theirs,
  yours,
  loadingTheirs,
  onKeepMine,
  onUseTheirs,
}: {
  what: string;
  detail?: string;
  theirs: string | null;
  yours: string;
  loadingTheirs?: boolean;
  onKeepMine: () => void;
  onUseTheirs?: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div className="govuk-notification-banner" role="region" aria-labelledby="conflict-title" tabIndex={-1} ref={ref} data-testid="conflict-notice">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="conflict-title">
          Not saved
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">Someone else changed this {what} while you were editing it.</p>
        {detail ? <p className="govuk-body">{detail}</p> : null}
        <p className="govuk-body">Your text has not been lost: it is still in the form below. Compare the two versions, then choose what to do.</p>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-half">
            <h3 className="govuk-heading-s">Their latest version</h3>
            <div className="app-compare" data-testid="conflict-theirs">
              {loadingTheirs ? 'Loading the latest version…' : (theirs ?? 'It is no longer available to you.')}
            </div>
          </div>
          <div className="govuk-grid-column-one-half">
            <h3 className="govuk-heading-s">Your version</h3>
            <div className="app-compare" data-testid="conflict-yours">
              {yours}
            </div>
          </div>
        </div>
        <div className="govuk-button-group">
          <button type="button" className="govuk-button" onClick={onKeepMine} disabled={loadingTheirs}>
            Load the latest version and keep my text
          </button>
          {onUseTheirs ? (
            <button type="button" className="govuk-button govuk-button--secondary" onClick={onUseTheirs} disabled={loadingTheirs}>
              Use their version instead
            </button>
          ) : null}
        </div>
      </div>
    </div>
  );
}
