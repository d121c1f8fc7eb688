// The plan changes attributed to one recommendation, shown as the changes themselves: each
// paragraph under its own heading, its words with insertions and deletions marked. The answer to
// "what exactly changed in the plan because of this recommendation".
import { Link } from 'react-router';
import type { DocumentSummary } from '@psp/contracts';
import { paths } from '@/config/paths';
import { useVersionDiff } from '@/lib/api/get-version-diff';
import { paragraphLabel } from '@/lib/format';
import { ChangeKey, MarkedChange } from '@/components/word-marks';
import { ReconstructedTag, ReconstructionWarning } from '@/components/provenance';

function latestPublishedPair(documents: DocumentSummary[]): { id: string; baseId: string; title: string; latest: DocumentSummary['versions'][number] } | null {
  for (const document of documents.filter((d) => d.kind === 'PLAN')) {
    const published = document.versions.filter((v) => v.status === 'PUBLISHED');
    const latest = published[published.length - 1];
    const base = published[published.length - 2];
    if (latest && base) return { id: latest.id, baseId: base.id, title: document.title, latest };
  }
  return null;
}

const CHANGE_WORDS = { added: 'added', removed: 'removed', modified: 'amended', renumbered: 'renumbered', unchanged: 'unchanged' } as const;

export function PlanChanges({ recommendationId, documents }: { recommendationId: string; documents: DocumentSummary[] }) {
  const pair = latestPublishedPair(documents);
  const diff = useVersionDiff(pair?.id, pair?.baseId, { onlyChanges: true });
  if (!pair) return null;
  if (!diff.data) return null;
  const changes = diff.data.filter((entry) => entry.change !== 'unchanged' && entry.amendedBy.some((a) => a.recommendationId === recommendationId));
  return (
    <section aria-labelledby="plan-changes-heading" className="app-plan-changes">
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
          {pair.latest.reconstructed ? <ReconstructionWarning versionLabel={pair.latest.label} note={pair.latest.reconstructionNote} /> : null}
          <ChangeKey />
          {changes.map((entry) => {
            const number = entry.after?.number ?? entry.before?.number;
            const was = entry.before?.number && entry.after?.number && entry.before.number !== entry.after.number ? entry.before.number : null;
            return (
              <div className={`app-change app-change--${entry.change}`} key={entry.provisionKey} data-provision-key={entry.provisionKey}>
                <h3 className="govuk-heading-s govuk-!-margin-bottom-2 app-change__heading">
                  <Link className="govuk-link" to={paths.provision.href(entry.provisionKey)}>
                    {paragraphLabel(number, entry.after?.heading ?? entry.before?.heading)}
                  </Link>{' '}
                  <span className="app-change__was">
                    {CHANGE_WORDS[entry.change]}
                    {was ? ` (was ${was})` : ''}
                  </span>{' '}
                  {entry.after?.reconstructed ? <ReconstructedTag /> : null}
                </h3>
                {[...new Set(entry.amendedBy.flatMap((a) => (a.recommendationId === recommendationId && a.note ? [a.note] : [])))].map((note) => (
                  <p className="govuk-body-s app-secondary-text app-change__note" key={note}>
                    {note}
                  </p>
                ))}
                <div className="govuk-body app-change__text">
                  <MarkedChange entry={entry} />
                </div>
              </div>
            );
          })}
          <p className="govuk-body">
            <Link className="govuk-link" to={paths.documentChanges.href(pair.id, { base: pair.baseId })}>
              See every change to the plan
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
