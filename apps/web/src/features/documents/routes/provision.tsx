// One paragraph through every version: "point 24 in draft v0.7 is para 25 in the published plan".
import type { QueryClient } from '@tanstack/react-query';
import { Link, useParams, type LoaderFunctionArgs } from 'react-router';
import { paths } from '@/config/paths';
import { useCurrentPanelSlug } from '@/lib/current-panel';
import { paragraphLabel } from '@/lib/format';
import { Breadcrumbs, PageHeading } from '@/components/page';
import { QueryFallback } from '@/components/feedback';
import { VersionStatusTag } from '@/components/tags';
import { provisionHistoryQueryOptions, useProvisionHistory } from '../api/get-provision-history';
import { Attribution } from '../components/attribution';
import { ChangeKey, WordMarks } from '@/components/word-marks';
import { ReconstructedTag, ReconstructionWarning } from '@/components/provenance';

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    await queryClient.ensureQueryData(provisionHistoryQueryOptions(params.provisionKey ?? ''));
    return null;
  };

const CHANGE_WORDS: Record<string, string> = {
  added: 'Added in this version',
  removed: 'Removed in this version',
  modified: 'Amended in this version',
  renumbered: 'Renumbered in this version',
  unchanged: 'Unchanged',
};

export default function ProvisionPage() {
  const provisionKey = useParams().provisionKey ?? '';
  const slug = useCurrentPanelSlug();
  const query = useProvisionHistory(provisionKey);
  if (!query.data) return <QueryFallback query={query} what="paragraph" />;
  const history = query.data;
  const latest = [...history.versions].reverse().find((entry) => entry.number !== null || entry.text !== null);

  return (
    <>
      {slug ? <Breadcrumbs items={[{ text: 'Overview', href: paths.panel.href(slug) }]} /> : null}
      <PageHeading caption={history.documentTitle} title={`${paragraphLabel(latest?.number)} – ${history.documentTitle}`}>
        {paragraphLabel(latest?.number)}
      </PageHeading>
      <p className="govuk-body">
        The same paragraph in every version of the {history.documentTitle}. Its number can change from version to version when paragraphs are added or removed.
      </p>
      {history.versions
        .filter((entry) => entry.versionReconstructed)
        .map((entry) => (
          <ReconstructionWarning key={entry.versionId} versionLabel={entry.label} note={entry.reconstructionNote} />
        ))}
      {history.versions.some((entry) => entry.words?.length) ? <ChangeKey /> : null}
      {history.versions.map((entry, index) => {
        const previous = index > 0 ? history.versions[index - 1] : undefined;
        const was = previous?.number && entry.number && previous.number !== entry.number ? previous.number : null;
        return (
          <section className={`app-change app-change--${entry.change}`} key={entry.versionId} aria-labelledby={`version-${entry.versionId}`}>
            <h2 className="govuk-heading-m govuk-!-margin-bottom-2" id={`version-${entry.versionId}`}>
              {entry.label}
            </h2>
            <p className="govuk-body govuk-!-margin-bottom-2">
              {/* Every public version is published: the tag speaks only of the others (a draft staff may see). */}
              {entry.status === 'PUBLISHED' ? null : (
                <>
                  <VersionStatusTag status={entry.status} />{' '}
                </>
              )}
              {entry.text === null ? (
                <span>Not in this version</span>
              ) : (
                <>
                  <strong>{paragraphLabel(entry.number)}</strong>
                  {was ? <span className="app-change__was"> (was {was})</span> : null}
                  {index > 0 ? <span className="app-secondary-text"> – {CHANGE_WORDS[entry.change] ?? entry.change}</span> : null}
                </>
              )}
            </p>
            {entry.reconstructed ? (
              <p className="govuk-body govuk-!-margin-bottom-2">
                <ReconstructedTag />
              </p>
            ) : null}
            {entry.text !== null ? (
              <p className="govuk-body app-preserve-lines">{entry.words?.length ? <WordMarks words={entry.words} /> : entry.text}</p>
            ) : null}
            <Attribution amendedBy={entry.amendedBy} />
            {entry.text !== null ? (
              <p className="govuk-body-s app-change__read">
                <Link className="govuk-link" to={paths.documentVersion.href(entry.versionId, provisionKey)}>
                  Read it in {entry.label}
                </Link>
              </p>
            ) : null}
          </section>
        );
      })}
    </>
  );
}
