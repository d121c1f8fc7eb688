import { Link } from 'react-router';
import type { DiffEntry } from '@psp/contracts';
import { paths } from '@/config/paths';

/** "Changed in response to recommendation 5 and recommendation 9", each linked, then what the attribution rests on (the amendments' notes). */
export function Attribution({ amendedBy }: { amendedBy: DiffEntry['amendedBy'] }) {
  const unique = amendedBy.filter((item, index) => amendedBy.findIndex((other) => other.recommendationId === item.recommendationId) === index);
  if (!unique.length) return null;
  const notes = [...new Set(amendedBy.flatMap((item) => (item.note ? [item.note] : [])))];
  return (
    <>
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
      {notes.map((note) => (
        <p className="govuk-body-s app-secondary-text app-change__note" key={note}>
          {note}
        </p>
      ))}
    </>
  );
}
