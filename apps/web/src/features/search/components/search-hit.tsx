import { Link } from 'react-router';
import type { SearchHit } from '@psp/contracts';
import { paths } from '@/config/paths';
import { HighlightedText } from '@/components/highlight';
import { ReconstructedTag } from '@/components/provenance';

export const KIND_LABELS: Record<SearchHit['kind'], string> = {
  provision: 'Plan or report paragraph',
  recommendation: 'Recommendation',
  response: 'Response',
  minutes: 'Minutes',
};

/** Where a hit lives in the portal. */
export function hitHref(hit: SearchHit): string {
  switch (hit.kind) {
    case 'provision':
      return hit.versionId && hit.provisionKey
        ? paths.documentVersion.href(hit.versionId, hit.provisionKey)
        : hit.provisionKey
          ? paths.provision.href(hit.provisionKey)
          : paths.search.href();
    case 'recommendation':
    case 'response':
      return hit.recommendationId ? paths.recommendation.href(hit.recommendationId) : paths.search.href();
    case 'minutes':
      return hit.meetingId
        ? paths.meeting.href(hit.meetingId)
        : hit.versionId
          ? paths.documentVersion.href(hit.versionId, hit.provisionKey ?? undefined)
          : paths.search.href();
    default:
      return paths.search.href();
  }
}

export function SearchHitItem({ hit }: { hit: SearchHit }) {
  return (
    <li className="app-hit">
      <span className="govuk-body-s app-secondary-text govuk-!-margin-bottom-1 govuk-!-display-block">{KIND_LABELS[hit.kind] ?? hit.kind}</span>
      <h2 className="govuk-heading-s govuk-!-margin-bottom-1">
        <Link className="govuk-link" to={hitHref(hit)}>
          {hit.title}
        </Link>
      </h2>
      {hit.reconstructed ? <ReconstructedTag /> : null}
      <p className="govuk-body govuk-!-margin-bottom-0" data-testid="search-highlight">
        <HighlightedText highlight={hit.highlight} />
      </p>
      {hit.alsoIn.length > 0 ? (
        <p className="govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0 app-secondary-text">
          Also matched in{' '}
          {hit.alsoIn.map((older, index) => (
            <span key={older.versionId}>
              {index > 0 ? ', ' : null}
              <Link className="govuk-link" to={paths.documentVersion.href(older.versionId, hit.provisionKey ?? undefined)}>
                {older.versionLabel}
              </Link>
            </span>
          ))}
        </p>
      ) : null}
    </li>
  );
}
