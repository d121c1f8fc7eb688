// The panel's decisions at a meeting: the motion, what was resolved, the count in words (for a
// veto, against two-thirds of the members on the day) and each member's vote.
import type { Decision } from '@psp/contracts';
import { TableHead } from '@/components/page';

const KIND_NAMES: Record<Decision['kind'], string> = {
  ORDINARY: 'Decision',
  PRECEPT_VETO: 'Veto of the proposed precept',
  CHIEF_CONSTABLE_VETO: 'Veto of the proposed chief constable',
};
const OUTCOME_NAMES: Record<Decision['kind'], Record<Decision['outcome'], string>> = {
  ORDINARY: { CARRIED: 'Carried', LOST: 'Lost' },
  PRECEPT_VETO: { CARRIED: 'Vetoed', LOST: 'Not vetoed' },
  CHIEF_CONSTABLE_VETO: { CARRIED: 'Vetoed', LOST: 'Not vetoed' },
};
const VOTE_NAMES: Record<Decision['votes'][number]['vote'], string> = { FOR: 'For', AGAINST: 'Against', ABSTAIN: 'Abstained', ABSENT: 'Absent' };

export function Decisions({ decisions, itemLabel }: { decisions: Decision[]; itemLabel: string }) {
  return (
    <>
      {decisions.map((decision) => (
        <div className="govuk-inset-text govuk-!-margin-top-2" key={decision.id}>
          <p className="govuk-body govuk-!-margin-bottom-1">
            <strong>{KIND_NAMES[decision.kind]}:</strong> {decision.motion}
          </p>
          <p className="govuk-body govuk-!-margin-bottom-1">
            <strong className={`govuk-tag ${decision.outcome === 'CARRIED' ? 'govuk-tag--green' : 'govuk-tag--grey'}`}>
              {OUTCOME_NAMES[decision.kind][decision.outcome]}
            </strong>{' '}
            {decision.arithmetic}.
          </p>
          <details className="govuk-details govuk-!-margin-bottom-0">
            <summary className="govuk-details__summary">
              <span className="govuk-details__summary-text">
                How each member voted<span className="govuk-visually-hidden"> on item {itemLabel}</span>
              </span>
            </summary>
            <div className="govuk-details__text">
              <table className="govuk-table app-table--compact">
                <caption className="govuk-visually-hidden">Votes on item {itemLabel}</caption>
                <TableHead columns={['Member', 'Vote']} />
                <tbody className="govuk-table__body">
                  {decision.votes.map((vote) => (
                    <tr className="govuk-table__row" key={vote.memberId}>
                      <td className="govuk-table__cell">{vote.name}</td>
                      <td className="govuk-table__cell">{VOTE_NAMES[vote.vote]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </div>
      ))}
    </>
  );
}
