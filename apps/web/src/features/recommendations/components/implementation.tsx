// What happened after the answer: the OPCC's dated progress on an accepted recommendation, with
// its evidence, and the panel's verdict with the meeting and minute that agreed it.
import type { ImplementationState, ImplementationUpdate } from '@psp/contracts';
import { ImplementationTag } from '@/components/tags';
import { formatDate } from '@/lib/format';

export function Implementation({ state, updates }: { state: ImplementationState | null | undefined; updates: ImplementationUpdate[] }) {
  if (!state) return null;
  return (
    <>
      <h2 className="govuk-heading-m">Implementation</h2>
      <p className="govuk-body">
        <ImplementationTag state={state} />{' '}
        {updates.some((update) => update.verdict) ? (
          <span className="app-secondary-text">The panel&apos;s verdict</span>
        ) : (
          <span className="app-secondary-text">As the Commissioner&apos;s office reports it; only the panel records the verdict that closes it</span>
        )}
      </p>
      {updates.length === 0 ? (
        <p className="govuk-body">No progress has been reported yet.</p>
      ) : (
        <ol className="govuk-list app-implementation">
          {updates.map((update) => (
            <li key={update.id} className="govuk-!-margin-bottom-4">
              <p className="govuk-body govuk-!-margin-bottom-1">
                <strong>{formatDate(update.at)}</strong>: <ImplementationTag state={update.state} />{' '}
                {update.verdict
                  ? `The panel's verdict at ${update.verdict.meetingTitle}, minute ${update.verdict.minute}`
                  : "The Commissioner's office reports"}
              </p>
              <p className="govuk-body govuk-!-margin-bottom-1">{update.note}</p>
              {update.evidenceUrl ? (
                <p className="govuk-body">
                  <a className="govuk-link" href={update.evidenceUrl} rel="noopener noreferrer">
                    The evidence
                  </a>
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
