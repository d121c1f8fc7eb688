// The amended plan: what changed between two versions, matched by paragraph identity (not by
// number), each change linked to the recommendation that caused it. ?base= picks the earlier
// version (default: the one this version was based on); ?only=changes hides unchanged paragraphs.
import { useState } from 'react';
import type { VersionSummary } from '@psp/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { Link, useParams, useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { paths } from '@/config/paths';
import { documentVersionQueryOptions, useDocumentVersion } from '@/lib/api/get-document-version';
import { usePanelDocuments } from '@/lib/api/get-panel-documents';
import { useVersionDiff, versionDiffQueryOptions } from '@/lib/api/get-version-diff';
import { useCurrentPanelSlug } from '@/lib/current-panel';
import { pluralise } from '@/lib/format';
import { Breadcrumbs, PageHeading } from '@/components/page';
import { QueryFallback } from '@/components/feedback';
import { DiffEntryView, summariseChanges } from '../components/diff-entry';

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const id = params.id ?? '';
    const version = await queryClient.ensureQueryData(documentVersionQueryOptions(id));
    const base = new URL(request.url).searchParams.get('base') ?? version.basedOnId;
    if (base) {
      void queryClient.prefetchQuery(documentVersionQueryOptions(base));
      await queryClient.ensureQueryData(versionDiffQueryOptions(id, base));
    }
    return null;
  };

function ChangesViewForm({
  versions,
  initialBase,
  initialOnlyChanges,
  onApply,
}: {
  versions: VersionSummary[];
  initialBase: string;
  initialOnlyChanges: boolean;
  onApply: (choice: { base: string; onlyChanges: boolean }) => void;
}) {
  const [chosenBase, setChosenBase] = useState(initialBase);
  const [chosenOnly, setChosenOnly] = useState(initialOnlyChanges);
  return (
      <form
        className="app-filters app-no-print"
        onSubmit={(event) => {
          event.preventDefault();
          onApply({ base: chosenBase, onlyChanges: chosenOnly });
        }}
      >
        <div className="govuk-grid-row">
          {versions.length > 1 ? (
            <div className="govuk-grid-column-one-half">
              <div className="govuk-form-group">
                <label className="govuk-label govuk-label--s" htmlFor="base-version">
                  Compare with
                </label>
                <select className="govuk-select" id="base-version" value={chosenBase} onChange={(e) => setChosenBase(e.target.value)}>
                  {versions.map((other) => (
                    <option key={other.id} value={other.id}>
                      {other.label}
                    </option>
                  ))}
                </select>
              </div>
            </div>
          ) : null}
          <div className="govuk-grid-column-one-half">
            <div className="govuk-form-group">
              <div className="govuk-checkboxes govuk-checkboxes--small">
                <div className="govuk-checkboxes__item">
                  <input className="govuk-checkboxes__input" id="only-changes" type="checkbox" checked={chosenOnly} onChange={(e) => setChosenOnly(e.target.checked)} />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor="only-changes">
                    Only show paragraphs that changed
                  </label>
                </div>
              </div>
            </div>
            <button type="submit" className="govuk-button govuk-button--secondary">
              Update view
            </button>
          </div>
        </div>
      </form>
  );
}

export default function DocumentChangesPage() {
  const id = useParams().id ?? '';
  const [searchParams, setSearchParams] = useSearchParams();
  const slug = useCurrentPanelSlug();
  const version = useDocumentVersion(id);
  const baseId = searchParams.get('base') ?? version.data?.basedOnId ?? undefined;
  const base = useDocumentVersion(baseId);
  const diff = useVersionDiff(id, baseId);
  const documents = usePanelDocuments(slug);
  const onlyChanges = searchParams.get('only') === 'changes';

  if (!version.data) return <QueryFallback query={version} what="document" />;
  const title = version.data.documentTitle;
  const otherVersions = documents.data?.find((d) => d.id === version.data.documentId)?.versions.filter((v) => v.id !== id) ?? [];

  if (!baseId) {
    return (
      <>
        <PageHeading caption={version.data.label}>What changed in the {title}</PageHeading>
        <p className="govuk-body">This is the first version of the document, so there is nothing to compare it with.</p>
        <p className="govuk-body">
          <Link className="govuk-link" to={paths.documentVersion.href(id)}>
            Read this version
          </Link>
        </p>
      </>
    );
  }

  const entries = diff.data ?? [];
  const counts = summariseChanges(entries);
  const shown = onlyChanges ? entries.filter((entry) => entry.change !== 'unchanged') : entries;
  const attributed = entries.filter((entry) => entry.change !== 'unchanged' && entry.amendedBy.length > 0).length;

  return (
    <>
      {slug ? <Breadcrumbs items={[{ text: 'Overview', href: paths.panel.href(slug) }, { text: title, href: paths.documentVersion.href(id) }]} /> : null}
      <PageHeading caption={`${base.data?.label ?? 'Earlier version'} compared with ${version.data.label}`} title={`What changed in the ${title}`}>
        What changed in the {title}
      </PageHeading>

      <ChangesViewForm
        key={searchParams.toString()}
        versions={otherVersions}
        initialBase={baseId}
        initialOnlyChanges={onlyChanges}
        onApply={(next) => setSearchParams({ base: next.base, ...(next.onlyChanges ? { only: 'changes' } : {}) })}
      />

      {diff.data ? (
        <>
          <p className="govuk-body" role="status">
            {pluralise(counts.modified, 'paragraph')} amended, {counts.added} added, {counts.removed} removed and {counts.renumbered} only renumbered.{' '}
            {attributed ? `${pluralise(attributed, 'change')} ${attributed === 1 ? 'was' : 'were'} made in response to the panel's recommendations.` : ''}
          </p>
          {shown.length === 0 ? (
            <p className="govuk-body">No paragraphs changed.</p>
          ) : (
            <div className="app-changes">
              {shown.map((entry) => (
                <DiffEntryView entry={entry} key={entry.provisionKey} />
              ))}
            </div>
          )}
        </>
      ) : (
        <QueryFallback query={diff} what="changes" />
      )}
    </>
  );
}
