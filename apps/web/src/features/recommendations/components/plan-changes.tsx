// The plan changes attributed to one recommendation: the answer to "what changed because of it".
import { Link } from 'react-router';
import type { DocumentSummary } from '@psp/contracts';
import { paths } from '@/config/paths';
import { useVersionDiff } from '@/lib/api/get-version-diff';
import { paragraphLabel, truncate } from '@/lib/format';

function latestPublishedPair(documents: DocumentSummary[]): { id: string; baseId: string; title: string } | null {
  for (const document of documents.filter((d) => d.kind === 'PLAN')) {
    const published = document.versions.filter((v) => v.status === 'PUBLISHED');
    const latest = published[published.length - 1];
    const base = published[published.length - 2];
    if (latest && base) return { id: latest.id, baseId: base.id, title: document.title };
  }
  return null;
}

export function PlanChanges({ recommendationId, documents }: { recommendationId: string; documents: DocumentSummary[] }) {
  const pair = latestPublishedPair(documents);
  const diff = useVersionDiff(pair?.id, pair?.baseId);
  if (!pair) return null;
  if (!diff.data) return null;
  const changes = diff.data.filter((entry) => entry.change !== 'unchanged' && entry.amendedBy.some((a) => a.recommendationId === recommendationId));
  return (
    <section aria-labelledby="plan-changes-heading">
      <h2 className="govuk-heading-m" id="plan-changes-heading">
        Changes to the plan
      </h2>
      {changes.length === 0 ? (
        <p className="govuk-body">No change to the {pair.title} has been linked to this recommendation.</p>
      ) : (
        <>
          <p className="govuk-body">
            {changes.length === 1 ? 'This paragraph' : `These ${changes.length} paragraphs`} of the {pair.title} changed because of this recommendation:
          </p>
          <ul className="govuk-list govuk-list--bullet">
            {changes.map((entry) => (
              <li key={entry.provisionKey}>
                <Link className="govuk-link" to={paths.provision.href(entry.provisionKey)}>
                  {paragraphLabel(entry.after?.number ?? entry.before?.number, entry.after?.heading ?? entry.before?.heading)}
                </Link>{' '}
                ({entry.change === 'added' ? 'added' : entry.change === 'removed' ? 'removed' : 'amended'}): {truncate(entry.after?.text ?? entry.before?.text ?? '', 120)}
              </li>
            ))}
          </ul>
          <p className="govuk-body">
            <Link className="govuk-link" to={paths.documentChanges.href(pair.id, { base: pair.baseId, onlyChanges: true })}>
              See every change to the plan
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
