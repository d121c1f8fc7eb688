// Importing a new version of a plan or report: choose the file (or paste the text), check what the
// parser made of it — its outline, how each paragraph follows the version it is based on, and the
// parser's warnings — and only then save it as a draft, which the OPCC alone sees.
import { useState } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams, type LoaderFunctionArgs } from 'react-router';
import type { DocumentSummary, VersionPreview } from '@psp/contracts';
import { paths } from '@/config/paths';
import { useMe } from '@/lib/api/get-me';
import { panelDocumentsQueryOptions, usePanelDocuments } from '@/lib/api/get-panel-documents';
import { requireUser, staffPanelSlug } from '@/lib/authorization';
import { formErrorsFrom, formErrorsFromError, NO_ERRORS, type FormErrors } from '@/lib/form-errors';
import { pluralise, truncate } from '@/lib/format';
import { useUnsavedChanges } from '@/lib/hooks';
import { BackLink, PageHeading, TableHead } from '@/components/page';
import { ErrorSummary, InsetText, NotFoundContent, QueryFallback, WarningText } from '@/components/feedback';
import { Button, ButtonGroup, FileUpload, Select, Textarea, TextInput } from '@/components/forms';
import { UnsavedChangesDialog } from '@/components/unsaved-changes';
import { MatchTag, printedLabel } from '../components/match-labels';
import { useImportVersion, usePreviewVersion, type VersionSource } from '../api/import-version';

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const user = await requireUser(queryClient, request, 'plan:import');
    await queryClient.ensureQueryData(panelDocumentsQueryOptions(staffPanelSlug(user)));
    return null;
  };

export default function ImportVersion() {
  const id = useParams().id ?? '';
  const me = useMe();
  const slug = me.data ? staffPanelSlug(me.data) : '';
  const documents = usePanelDocuments(slug);
  if (!documents.data) return <QueryFallback query={documents} what="documents" />;
  const document = documents.data.find((d) => d.id === id && d.kind !== 'MINUTES');
  if (!document) return <NotFoundContent />;
  return <ImportForm document={document} slug={slug} />;
}

const EMPTY_SOURCE: VersionSource = { label: '', basedOnId: undefined, file: null, text: '' };

function ImportForm({ document, slug }: { document: DocumentSummary; slug: string }) {
  const navigate = useNavigate();
  const latest = document.versions.at(-1);
  const [source, setSource] = useState<VersionSource>({ ...EMPTY_SOURCE, basedOnId: latest?.id });
  // The file input cannot be set from state: a new key empties it when the person clears the choice.
  const [fileInputKey, setFileInputKey] = useState(0);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [checked, setChecked] = useState<{ preview: VersionPreview; source: VersionSource } | null>(null);
  const preview = usePreviewVersion(document.id);
  const importing = useImportVersion(document.id, slug);
  const { blocker, allowLeaving } = useUnsavedChanges(Boolean(source.file || source.text.trim() || source.label.trim()));
  const update = (change: Partial<VersionSource>) => {
    setSource({ ...source, ...change });
    // What was checked no longer describes what would be saved.
    setChecked(null);
  };

  const validate = (): boolean => {
    const problems: { path: string; message: string }[] = [];
    if (!source.label.trim()) problems.push({ path: 'label', message: 'Enter a name for this version, such as “Refreshed plan, March 2025 (draft)”' });
    if (!source.file && !source.text.trim()) problems.push({ path: 'file', message: 'Choose a .docx, .txt or .md file, or paste the text' });
    if (source.file && source.text.trim()) problems.push({ path: 'text', message: 'Leave the text empty when you choose a file' });
    setErrors(formErrorsFrom(problems));
    return problems.length === 0;
  };
  const aliases = { text: 'text', file: 'file', label: 'label', basedOnId: 'basedOnId' };
  const check = () => {
    if (!validate()) return;
    const sent = { ...source, label: source.label.trim() };
    preview.mutate(sent, {
      onSuccess: (result) => setChecked({ preview: result, source: sent }),
      onError: (error) => setErrors(formErrorsFromError(error, aliases)),
    });
  };
  const save = () => {
    if (!checked) return;
    importing.mutate(checked.source, {
      onSuccess: (version) => {
        allowLeaving();
        const next = version.basedOnId ? paths.workspace.reviewVersion.href(version.id) : paths.workspace.documents.href();
        void navigate(next, {
          state: { flash: `${version.label} is saved as a draft: ${pluralise(version.provisions.length, 'paragraph')}. Only the OPCC can see it.` },
        });
      },
      onError: (error) => setErrors(formErrorsFromError(error, aliases)),
    });
  };

  const basedOnOptions = document.versions.map((version) => ({ value: version.id, text: `${version.label}${version.status === 'DRAFT' ? ' (draft)' : ''}` }));
  return (
    <>
      <BackLink href={paths.workspace.documents.href()}>Back to plans and reports</BackLink>
      <ErrorSummary errors={errors} />
      <PageHeading caption={document.title} error={errors.summary.length > 0}>
        Import a new version
      </PageHeading>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          check();
        }}
      >
        <TextInput
          name="label"
          label="Name of this version"
          hint="Readers see it on the plan pages, for example “Police and Crime Plan 2025–2029 (refreshed March 2027)”."
          value={source.label}
          error={errors.byField.label}
          onChange={(label) => update({ label })}
        />
        {basedOnOptions.length ? (
          <Select
            name="basedOnId"
            label="Compare it with"
            hint="Its paragraphs keep their identity from this version, so each change can be traced."
            value={source.basedOnId ?? ''}
            error={errors.byField.basedOnId}
            options={basedOnOptions}
            onChange={(basedOnId) => update({ basedOnId })}
          />
        ) : null}
        <FileUpload
          key={fileInputKey}
          name="file"
          label="Upload the document"
          hint="A Word document (.docx), a text file (.txt) or Markdown (.md), at most 10 MB. Numbering is read as Word prints it."
          accept=".docx,.txt,.md,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain,text/markdown"
          error={errors.byField.file}
          onChange={(file) => update({ file })}
        />
        {source.file ? (
          <p className="govuk-body">
            Chosen: {source.file.name}.{' '}
            <button
              type="button"
              className="govuk-link app-link-button"
              onClick={() => {
                update({ file: null });
                setFileInputKey(fileInputKey + 1);
              }}
            >
              Remove the file
            </button>
          </p>
        ) : null}
        <Textarea
          name="text"
          label="Or paste the text"
          hint="Keep the paragraph numbers as printed (1., 1.1, (a), 52(a))."
          rows={8}
          value={source.text}
          error={errors.byField.text}
          onChange={(text) => update({ text })}
        />
        <Button type="submit" variant={checked ? 'secondary' : undefined} disabled={preview.isPending}>
          {checked ? 'Check the document again' : 'Check the document'}
        </Button>
      </form>
      {checked ? (
        <PreviewReport preview={checked.preview} basedOnLabel={document.versions.find((v) => v.id === checked.preview.basedOnId)?.label ?? null} />
      ) : null}
      {checked ? (
        <ButtonGroup>
          <Button type="button" onClick={save} disabled={importing.isPending}>
            Save as a draft version
          </Button>
          <Link className="govuk-link" to={paths.workspace.documents.href()}>
            Cancel
          </Link>
        </ButtonGroup>
      ) : null}
      <UnsavedChangesDialog blocker={blocker} />
    </>
  );
}

function PreviewReport({ preview, basedOnLabel }: { preview: VersionPreview; basedOnLabel: string | null }) {
  const numbered = preview.provisions.filter((p) => p.number !== null).length;
  const followed = preview.provisions.filter((p) => p.relation !== 'new').length;
  return (
    <section aria-labelledby="preview-heading" className="govuk-!-margin-top-6">
      <h2 className="govuk-heading-l" id="preview-heading" tabIndex={-1}>
        What the portal read
      </h2>
      <p className="govuk-body">
        {pluralise(preview.provisions.length, 'paragraph')} ({numbered} numbered)
        {basedOnLabel ? `; ${followed} follow a paragraph of ${basedOnLabel}, the rest are new.` : '.'} Nothing is saved until you choose “Save as a draft
        version”.
      </p>
      {preview.warnings.length ? (
        <>
          <WarningText>The parser found {pluralise(preview.warnings.length, 'thing')} to check before you save.</WarningText>
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--m">Check these</caption>
            <TableHead columns={['Line', 'Found', 'What the portal did']} />
            <tbody className="govuk-table__body">
              {preview.warnings.map((warning, index) => (
                <tr className="govuk-table__row" key={index}>
                  <td className="govuk-table__cell">{warning.line ?? '–'}</td>
                  <td className="govuk-table__cell">{warning.found}</td>
                  <td className="govuk-table__cell">{warning.action}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : (
        <InsetText>The parser found nothing to check: numbering runs in order and no page furniture was removed.</InsetText>
      )}
      <table className="govuk-table app-table--compact">
        <caption className="govuk-table__caption govuk-table__caption--m">Outline</caption>
        <TableHead columns={['Paragraph', 'Opening words', basedOnLabel ? `Against ${basedOnLabel}` : 'Status']} />
        <tbody className="govuk-table__body">
          {preview.provisions.map((provision, index) => (
            <tr className="govuk-table__row" key={index}>
              <td className="govuk-table__cell">{printedLabel(provision)}</td>
              <td className="govuk-table__cell">
                {provision.heading && provision.number !== null ? <strong>{provision.heading}. </strong> : null}
                {truncate(provision.text, 120)}
              </td>
              <td className="govuk-table__cell">{basedOnLabel ? <MatchTag relation={provision.relation} /> : 'New'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
