// The amended plan: what changed between two versions, matched by paragraph identity (not by
// number). By default it shows the changes made in response to the panel's recommendations and
// the editorial ones, each under its own heading with a contents list; paragraphs only renumbered
// are folded into one list. ?show=changes shows every change, ?show=all the whole document;
// ?base= picks the earlier version (default: the one this version was based on). The page reads
// the versions without their text and the diff: nothing more.
import type { DiffEntry, VersionSummary } from '@psp/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { Form, Link, useParams, useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { paths } from '@/config/paths';
import { documentVersionSummaryQueryOptions, useDocumentVersionSummary } from '@/lib/api/get-document-version';
import { usePanelDocuments } from '@/lib/api/get-panel-documents';
import { useVersionDiff, versionDiffQueryOptions } from '@/lib/api/get-version-diff';
import { pluralise } from '@/lib/format';
import { Breadcrumbs, PageHeading } from '@/components/page';
import { QueryFallback } from '@/components/feedback';
import { ReconstructionWarning } from '@/components/provenance';
import { DiffEntryView, summariseChanges } from '../components/diff-entry';
import { ChangeKey } from '@/components/word-marks';
import { ChangeSection, changeAnchor, changeLabel, previousNumber } from '../components/change-section';

export type ChangesView = 'explained' | 'changes' | 'all';

/** The view the URL asks for; `?only=changes` is the older spelling of `?show=changes`. */
export function viewFrom(search: URLSearchParams): ChangesView {
  const show = search.get('show');
  if (show === 'all') return 'all';
  if (show === 'changes' || search.get('only') === 'changes') return 'changes';
  return 'explained';
}

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const id = params.id ?? '';
    const search = new URL(request.url).searchParams;
    const version = await queryClient.ensureQueryData(documentVersionSummaryQueryOptions(id));
    const base = search.get('base') ?? version.basedOnId;
    const onlyChanges = viewFrom(search) !== 'all';
    if (base) {
      await Promise.all([
        queryClient.ensureQueryData(documentVersionSummaryQueryOptions(base)),
        queryClient.ensureQueryData(versionDiffQueryOptions(id, base, { onlyChanges })),
      ]);
    }
    return null;
  };

const isExplained = (entry: DiffEntry) =>
  entry.change !== 'unchanged' && entry.change !== 'renumbered' && (entry.amendedBy.length > 0 || Boolean(entry.editorial?.length));
const isChange = (entry: DiffEntry) => entry.change !== 'unchanged' && entry.change !== 'renumbered';

/** A GET form, so it works without JavaScript: the earlier version, and how much to show. */
function ChangesViewForm({ action, versions, base, view }: { action: string; versions: VersionSummary[]; base: string; view: ChangesView }) {
  const choices: { value: ChangesView; text: string }[] = [
    { value: 'explained', text: 'Changes made in response to recommendations, and editorial changes' },
    { value: 'changes', text: 'Every paragraph that changed' },
    { value: 'all', text: 'The whole document, changes marked' },
  ];
  return (
    <Form className="app-filters app-no-print" method="get" action={action} key={`${base}-${view}`}>
      <div className="govuk-grid-row">
        {versions.length > 0 ? (
          <div className="govuk-grid-column-one-half">
            <div className="govuk-form-group">
              <label className="govuk-label govuk-label--s" htmlFor="base-version">
                Compare with
              </label>
              <select className="govuk-select" id="base-version" name="base" defaultValue={base}>
                {versions.map((other) => (
                  <option key={other.id} value={other.id}>
                    {other.label}
                  </option>
                ))}
              </select>
            </div>
          </div>
        ) : (
          <input type="hidden" name="base" value={base} />
        )}
        <div className="govuk-grid-column-one-half">
          <div className="govuk-form-group">
            <fieldset className="govuk-fieldset">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Show</legend>
              <div className="govuk-radios govuk-radios--small">
                {choices.map((choice) => (
                  <div className="govuk-radios__item" key={choice.value}>
                    <input
                      className="govuk-radios__input"
                      id={`show-${choice.value}`}
                      name="show"
                      type="radio"
                      value={choice.value === 'explained' ? '' : choice.value}
                      defaultChecked={view === choice.value}
                    />
                    <label className="govuk-label govuk-radios__label" htmlFor={`show-${choice.value}`}>
                      {choice.text}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
          <button type="submit" className="govuk-button govuk-button--secondary">
            Update view
          </button>
        </div>
      </div>
    </Form>
  );
}

/** ", recommendation 12", ", editorial" or nothing: why a change was made, for the contents list. */
function reasonInBrief(entry: DiffEntry): string {
  const numbers = entry.amendedBy.flatMap((a) => (a.recommendationNumber === undefined ? [] : [a.recommendationNumber]));
  if (numbers.length) return `, ${numbers.length === 1 ? 'recommendation' : 'recommendations'} ${numbers.join(' and ')}`;
  if (entry.amendedBy.length) return ', in response to a recommendation';
  if (entry.editorial?.length) return ', editorial';
  return '';
}

function Contents({ entries }: { entries: DiffEntry[] }) {
  return (
    <nav className="app-contents" aria-labelledby="changes-contents">
      <h2 className="govuk-heading-m" id="changes-contents">
        Contents
      </h2>
      <ol className="govuk-list app-contents__list">
        {entries.map((entry) => (
          <li key={entry.provisionKey}>
            <a className="govuk-link" href={`#${changeAnchor(entry.provisionKey)}`}>
              {changeLabel(entry)}
            </a>{' '}
            <span className="app-secondary-text">
              {entry.change === 'added' ? 'added' : entry.change === 'removed' ? 'removed' : 'amended'}
              {reasonInBrief(entry)}
            </span>
          </li>
        ))}
      </ol>
    </nav>
  );
}

function Renumbered({ entries }: { entries: DiffEntry[] }) {
  if (!entries.length) return null;
  return (
    <details className="govuk-details app-renumbered">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{pluralise(entries.length, 'paragraph')} only renumbered</span>
      </summary>
      <div className="govuk-details__text">
        <p className="govuk-body">Their words did not change; only their numbers moved because paragraphs were added or removed before them.</p>
        <ul className="govuk-list app-renumbered__list">
          {entries.map((entry) => (
            <li key={entry.provisionKey}>
              <Link className="govuk-link" to={paths.provision.href(entry.provisionKey)}>
                {changeLabel(entry)}
              </Link>{' '}
              <span className="app-secondary-text">(was {previousNumber(entry) ?? entry.before?.number})</span>
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}

export default function DocumentChangesPage() {
  const id = useParams().id ?? '';
  const [searchParams] = useSearchParams();
  const version = useDocumentVersionSummary(id);
  const baseId = searchParams.get('base') ?? version.data?.basedOnId ?? undefined;
  const base = useDocumentVersionSummary(baseId);
  const view = viewFrom(searchParams);
  // The whole document only when it is shown: otherwise the unchanged paragraphs stay on the server.
  const diff = useVersionDiff(id, baseId, { onlyChanges: view !== 'all' });
  const documents = usePanelDocuments(version.data?.panelSlug ?? '');

  if (!version.data) return <QueryFallback query={version} what="document" />;
  const title = version.data.documentTitle;
  const slug = version.data.panelSlug;
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
  const explained = entries.filter(isExplained);
  const changed = entries.filter(isChange);
  const attributed = changed.filter((entry) => entry.amendedBy.length > 0).length;
  const editorial = changed.filter((entry) => !entry.amendedBy.length && entry.editorial?.length).length;
  const sections = view === 'explained' ? explained : changed;
  const renumbered = entries.filter((entry) => entry.change === 'renumbered');
  const unexplained = changed.length - explained.length;
  const action = paths.documentChanges.href(id);

  return (
    <>
      {slug ? (
        <Breadcrumbs
          items={[
            { text: 'Overview', href: paths.panel.href(slug) },
            { text: title, href: paths.documentVersion.href(id) },
          ]}
        />
      ) : null}
      <PageHeading
        caption={`${base.data?.label ?? 'Earlier version'} compared with ${version.data.label}`}
        title={`What changed in the ${title}`}
        description={`The changes from ${base.data?.label ?? 'the earlier version'} to ${version.data.label} of the ${title}, each with the recommendation of the panel that caused it.`}
      >
        What changed in the {title}
      </PageHeading>

      {[version.data, base.data].map((shown) =>
        shown?.reconstructed ? <ReconstructionWarning key={shown.id} versionLabel={shown.label} note={shown.reconstructionNote} /> : null,
      )}
      <ChangesViewForm action={action} versions={otherVersions} base={baseId} view={view} />

      {diff.data ? (
        <>
          <p className="govuk-body" role="status">
            {pluralise(counts.modified, 'paragraph')} amended, {counts.added} added, {counts.removed} removed and {counts.renumbered} only renumbered; the
            others did not change.{' '}
            {attributed
              ? `${pluralise(attributed, 'change')} ${attributed === 1 ? 'was' : 'were'} made in response to the panel's recommendations`
              : 'No change was linked to a recommendation'}
            {editorial ? `, ${editorial} ${editorial === 1 ? 'was' : 'were'} editorial` : ''}.
          </p>
          <ChangeKey />
          {view === 'all' ? (
            <div className="app-changes">
              {entries.map((entry) => (
                <DiffEntryView entry={entry} key={entry.provisionKey} />
              ))}
            </div>
          ) : (
            <>
              {sections.length ? <Contents entries={sections} /> : <p className="govuk-body">No change of this kind.</p>}
              {view === 'explained' && unexplained > 0 ? (
                <p className="govuk-body app-no-print">
                  {pluralise(unexplained, 'other paragraph')} changed with no recommendation or editorial note linked.{' '}
                  <Link className="govuk-link" to={paths.documentChanges.href(id, { base: baseId, onlyChanges: true })}>
                    Show every paragraph that changed
                  </Link>
                </p>
              ) : null}
              <div className="app-changes">
                {sections.map((entry) => (
                  <ChangeSection entry={entry} key={entry.provisionKey} />
                ))}
              </div>
              <Renumbered entries={renumbered} />
            </>
          )}
        </>
      ) : (
        <QueryFallback query={diff} what="changes" />
      )}
    </>
  );
}
