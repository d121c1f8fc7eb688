// The promises a response makes, in its own words, and where each stands: open, due soon,
// overdue, or fulfilled (and by what).
import { Link } from 'react-router';
import type { Commitment } from '@psp/contracts';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/format';

const STATES: Record<Commitment['state'], { label: string; colour: string }> = {
  OPEN: { label: 'Open', colour: 'govuk-tag--blue' },
  DUE_SOON: { label: 'Due soon', colour: 'govuk-tag--yellow' },
  OVERDUE: { label: 'Overdue', colour: 'govuk-tag--red' },
  FULFILLED: { label: 'Fulfilled', colour: 'govuk-tag--green' },
};

const FULFILMENTS: Record<NonNullable<Commitment['fulfilment']>, string> = {
  PAPER: 'a paper to the panel',
  MEETING_ITEM: 'an item at a meeting',
  PLAN_CHANGE: 'a change to the plan',
};

function due(commitment: Commitment): string {
  const parts = [
    commitment.dueAt ? formatDate(commitment.dueAt) : null,
    commitment.dueMeeting ? `by ${commitment.dueMeeting.title} (${formatDate(commitment.dueMeeting.startsAt)})` : null,
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'No date given in the response';
}

export function Commitments({ commitments }: { commitments: Commitment[] }) {
  if (commitments.length === 0) return null;
  return (
    <div className="app-commitments">
      <h3 className="govuk-heading-s">{commitments.length === 1 ? 'Commitment made in this response' : 'Commitments made in this response'}</h3>
      <table className="govuk-table app-table--reflow">
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Commitment, in the response&apos;s words
            </th>
            <th scope="col" className="govuk-table__header">
              Who
            </th>
            <th scope="col" className="govuk-table__header">
              Due
            </th>
            <th scope="col" className="govuk-table__header">
              Where it stands
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {commitments.map((commitment) => (
            <tr className="govuk-table__row" key={commitment.id}>
              <td className="govuk-table__cell" data-label="Commitment">
                “{commitment.words}”
              </td>
              <td className="govuk-table__cell" data-label="Who">
                {commitment.owner}
              </td>
              <td className="govuk-table__cell" data-label="Due">
                {due(commitment)}
              </td>
              <td className="govuk-table__cell" data-label="Where it stands">
                <strong className={`govuk-tag ${STATES[commitment.state].colour}`}>{STATES[commitment.state].label}</strong>
                {commitment.fulfilment ? (
                  <span className="govuk-body-s govuk-!-display-block govuk-!-margin-top-1">
                    By {FULFILMENTS[commitment.fulfilment]} on {formatDate(commitment.fulfilledAt)}
                    {commitment.fulfilledByVersionId ? (
                      <>
                        {' '}
                        (
                        <Link className="govuk-link" to={paths.documentVersion.href(commitment.fulfilledByVersionId)}>
                          read it
                        </Link>
                        )
                      </>
                    ) : null}
                    {commitment.fulfilmentNote ? `: ${commitment.fulfilmentNote}` : null}
                  </span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
