import { Link } from 'react-router';
import type { DiffEntry } from '@psp/contracts';
import { paths } from '@/config/paths';

/** "Changed in response to recommendation 5 and recommendation 9", each linked. */
export function Attribution({ amendedBy }: { amendedBy: DiffEntry['amendedBy'] }) {
  const unique = amendedBy.filter((item, index) => amendedBy.findIndex((other) => other.recommendationId === item.recommendationId) === index);
  if (!unique.length) return null;
  return (
    <p className="govuk-body-s app-change__attribution">
      Changed in response to{' '}
      {unique.map((item, index) => (
        <span key={item.recommendationId}>
          {index > 0 ? (index === unique.length - 1 ? ' and ' : ', ') : ''}
          <Link className="govuk-link" to={paths.recommendation.href(item.recommendationId)}>
            {item.recommendationNumber !== undefined ? `recommendation ${item.recommendationNumber}` : 'a recommendation of the panel'}
          </Link>
        </span>
      ))}
    </p>
  );
}
