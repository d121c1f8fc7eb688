// The OPCC's documents: each plan or report with its versions, where a new version is imported,
// a draft's changes are reviewed and linked, and (for the approver) published.
import type { QueryClient } from '@tanstack/react-query';
import { Link, type LoaderFunctionArgs } from 'react-router';
import type { DocumentSummary } from '@psp/contracts';
import { paths } from '@/config/paths';
import { useMe } from '@/lib/api/get-me';
import { panelDocumentsQueryOptions, usePanelDocuments } from '@/lib/api/get-panel-documents';
import { requireUser, staffPanelSlug, userCan } from '@/lib/authorization';
import { formatDate } from '@/lib/format';
import { Breadcrumbs, PageHeading, TableHead } from '@/components/page';
import { QueryFallback } from '@/components/feedback';
import { FlashMessage } from '@/components/staff';
import { VersionStatusTag } from '@/components/tags';

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const user = await requireUser(queryClient, request, 'plan:import');
    await queryClient.ensureQueryData(panelDocumentsQueryOptions(staffPanelSlug(user)));
    return null;
  };

export default function StaffDocuments() {
  const me = useMe();
  const slug = me.data ? staffPanelSlug(me.data) : '';
  const documents = usePanelDocuments(slug);
  const mayPublish = userCan(me.data, 'plan:publish');
  // Minutes are written from their meeting, never imported.
  const amendable = (documents.data ?? []).filter((document) => document.kind !== 'MINUTES');
  return (
    <>
      <Breadcrumbs items={[{ text: 'Workspace', href: paths.workspace.home.href() }]} />
      <FlashMessage />
      <PageHeading caption="Police and Crime Plan">Plans and reports</PageHeading>
      <p className="govuk-body">
        Import a new version of a plan as a Word document, a text file or pasted text. It stays a draft, seen only by the OPCC, until the approver publishes it.
      </p>
      {!documents.data ? (
        <QueryFallback query={documents} what="documents" />
      ) : amendable.length === 0 ? (
        <p className="govuk-body">This panel has no plans or reports yet.</p>
      ) : (
        amendable.map((document) => <DocumentVersions key={document.id} document={document} mayPublish={mayPublish} />)
      )}
    </>
  );
}

function DocumentVersions({ document, mayPublish }: { document: DocumentSummary; mayPublish: boolean }) {
  const headingId = `document-${document.id}`;
  return (
    <section aria-labelledby={headingId} className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id={headingId}>
        {document.title}
      </h2>
      <table className="govuk-table">
        <caption className="govuk-visually-hidden">Versions of {document.title}</caption>
        <TableHead columns={['Version', 'Status', 'Published', 'Actions']} />
        <tbody className="govuk-table__body">
          {document.versions.map((version, index) => (
            <tr className="govuk-table__row" key={version.id}>
              <td className="govuk-table__cell">
                <Link className="govuk-link" to={paths.documentVersion.href(version.id)}>
                  {version.label}
                </Link>
              </td>
              <td className="govuk-table__cell">
                <VersionStatusTag status={version.status} />
              </td>
              <td className="govuk-table__cell">{version.publishedAt ? formatDate(version.publishedAt) : 'Not published'}</td>
              <td className="govuk-table__cell">
                {version.status === 'DRAFT' ? (
                  <ul className="govuk-list">
                    {index > 0 ? (
                      <li>
                        <Link className="govuk-link" to={paths.workspace.reviewVersion.href(version.id)}>
                          Review and link the changes<span className="govuk-visually-hidden"> in {version.label}</span>
                        </Link>
                      </li>
                    ) : null}
                    {mayPublish ? (
                      <li>
                        <Link className="govuk-link" to={paths.workspace.publishVersion.href(version.id)}>
                          Publish<span className="govuk-visually-hidden"> {version.label}</span>
                        </Link>
                      </li>
                    ) : null}
                  </ul>
                ) : index > 0 ? (
                  <Link className="govuk-link" to={paths.workspace.reviewVersion.href(version.id)}>
                    See how it follows the version before<span className="govuk-visually-hidden"> ({version.label})</span>
                  </Link>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Link className="govuk-button govuk-button--secondary" to={paths.workspace.importVersion.href(document.id)}>
        Import a new version<span className="govuk-visually-hidden"> of {document.title}</span>
      </Link>
    </section>
  );
}
