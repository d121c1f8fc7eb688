import { Link } from 'react-router';
import type { Recommendation } from '@psp/contracts';
import { paths } from '@/config/paths';
import { formatShortDate, paragraphLabel, truncate } from '@/lib/format';
import { OutcomeTag, RecommendationStatusTag } from '@/components/tags';
import { TableHead } from '@/components/page';
import { CitationSourceNote } from '@/components/provenance';

export function CitedParagraphLinks({ provisions }: { provisions: Recommendation['provisions'] }) {
  if (!provisions.length) return <span className="app-secondary-text">None</span>;
  return (
    <ul className="govuk-list govuk-!-margin-bottom-0 app-link-stack">
      {provisions.map((provision) => (
        <li key={`${provision.versionId}-${provision.provisionKey}`} className="govuk-!-margin-bottom-0">
          <Link className="govuk-link" to={paths.provision.href(provision.provisionKey)}>
            {paragraphLabel(provision.number)}
          </Link>
          <CitationSourceNote source={provision.source} linkedBy="the clerk" />
        </li>
      ))}
    </ul>
  );
}

export function RecommendationsTable({ recommendations, caption }: { recommendations: Recommendation[]; caption: string }) {
  return (
    <div className="app-table-scroll">
      <table className="govuk-table app-table--compact app-table--reflow" data-testid="recommendations-table">
        <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
        <TableHead columns={['No.', 'Recommendation', 'Status', 'Latest outcome', 'Response due', 'Meeting', 'Cited paragraphs']} />
        <tbody className="govuk-table__body">
          {recommendations.map((recommendation) => (
            <tr className="govuk-table__row" key={recommendation.id}>
              <td className="govuk-table__cell" data-label="No.">
                {recommendation.number}
              </td>
              <td className="govuk-table__cell" data-label="Recommendation">
                <Link className="govuk-link" to={paths.recommendation.href(recommendation.id)}>
                  <span className="govuk-visually-hidden">Recommendation {recommendation.number}: </span>
                  {/* A withdrawn recommendation stays listed, struck through; its status tag says why. */}
                  {recommendation.status === 'WITHDRAWN' ? <del>{truncate(recommendation.text, 140)}</del> : truncate(recommendation.text, 140)}
                </Link>
              </td>
              <td className="govuk-table__cell" data-label="Status">
                <RecommendationStatusTag status={recommendation.status} />
              </td>
              <td className="govuk-table__cell" data-label="Latest outcome">
                {recommendation.latestOutcome ? <OutcomeTag outcome={recommendation.latestOutcome} /> : <span className="app-secondary-text">None yet</span>}
              </td>
              <td className="govuk-table__cell app-nowrap" data-label="Response due">
                {recommendation.dueAt ? formatShortDate(recommendation.dueAt) : '—'}
              </td>
              <td className="govuk-table__cell" data-label="Meeting">
                <Link className="govuk-link" to={paths.meeting.href(recommendation.meetingId)}>
                  {recommendation.meetingStartsAt ? formatShortDate(recommendation.meetingStartsAt) : (recommendation.meetingTitle ?? 'Meeting')}
                </Link>
              </td>
              <td className="govuk-table__cell" data-label="Cited paragraphs">
                <CitedParagraphLinks provisions={recommendation.provisions} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
