import type { HistoryEntry } from '@psp/contracts';
import { formatDateTime } from '@/lib/format';

/** What happened to a recommendation, oldest first. */
export function Timeline({ history }: { history: HistoryEntry[] }) {
  if (!history.length) return <p className="govuk-body">Nothing has been recorded yet.</p>;
  const ordered = [...history].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <ol className="app-timeline">
      {ordered.map((entry, index) => (
        <li className="app-timeline__item" key={`${entry.at}-${index}`}>
          <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{entry.summary}</h3>
          <p className="govuk-body-s govuk-!-margin-bottom-0">
            <time className="app-timeline__date" dateTime={entry.at}>
              {formatDateTime(entry.at)}
            </time>
            {entry.actor ? <span>by {entry.actor.name}</span> : null}
          </p>
          {entry.comment ? <p className="govuk-body-s govuk-!-margin-bottom-0">“{entry.comment}”</p> : null}
        </li>
      ))}
    </ol>
  );
}
