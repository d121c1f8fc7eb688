// Any version of a plan, report or minutes: its provisions with numbers, headings, indentation
// and tables; a picker for the other versions; a link to what changed from the one before.
import type { QueryClient } from '@tanstack/react-query';
import { Link, useParams, type LoaderFunctionArgs } from 'react-router';
import { paths, provisionAnchor } from '@/config/paths';
import { documentVersionQueryOptions, useDocumentVersion } from '@/lib/api/get-document-version';
import { usePanelDocuments } from '@/lib/api/get-panel-documents';
import { useCurrentPanelSlug } from '@/lib/current-panel';
import { formatDate } from '@/lib/format';
import { Breadcrumbs, PageHeading } from '@/components/page';
import { QueryFallback } from '@/components/feedback';
import { ProvisionList, provisionsStartingHeadings } from '@/components/provisions';
import { VersionStatusTag } from '@/components/tags';
import { ReconstructionWarning, VersionSource } from '@/components/provenance';
import { VersionPicker } from '../components/version-picker';

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    await queryClient.ensureQueryData(documentVersionQueryOptions(params.id ?? ''));
    return null;
  };

export default function DocumentVersionPage() {
  const id = useParams().id ?? '';
  const slug = useCurrentPanelSlug();
  const query = useDocumentVersion(id);
  const documents = usePanelDocuments(slug);
  if (!query.data) return <QueryFallback query={query} what="document" />;
  const version = query.data;
  const document = documents.data?.find((d) => d.id === version.documentId);
  const headed = provisionsStartingHeadings(version.provisions);
  // One entry per heading: a section's heading comes back after a sub-heading inside it (Vulnerability
  // Protection around "Hate incidents"), but the contents name the section once.
  const seenHeadings = new Set<string>();
  const headings = version.provisions.filter((p) => {
    const heading = p.heading?.trim();
    if (p.depth !== 0 || !headed.has(p.id) || !heading || seenHeadings.has(heading)) return false;
    seenHeadings.add(heading);
    return true;
  });

  return (
    <>
      {slug ? <Breadcrumbs items={[{ text: 'Overview', href: paths.panel.href(slug) }]} /> : null}
      <PageHeading caption={version.label} title={`${version.documentTitle} (${version.label})`}>
        {version.documentTitle}
      </PageHeading>
      <p className="govuk-body">
        {/* A published version says so once, with its date; the tag is for the other statuses. */}
        {version.status === 'PUBLISHED' && version.publishedAt ? (
          <span className="app-secondary-text">Published {formatDate(version.publishedAt)}</span>
        ) : (
          <VersionStatusTag status={version.status} />
        )}
      </p>
      <VersionSource source={version.source} />
      {version.reconstructed ? <ReconstructionWarning versionLabel={version.label} note={version.reconstructionNote} /> : null}
      {document ? <VersionPicker document={document} currentId={version.id} /> : null}
      {version.basedOnId ? (
        <p className="govuk-body app-no-print">
          <Link className="govuk-link" to={paths.documentChanges.href(version.id, { base: version.basedOnId, onlyChanges: true })}>
            See what changed in this version
          </Link>
        </p>
      ) : null}

      {headings.length > 3 ? (
        <nav aria-labelledby="contents-heading" className="app-no-print">
          <h2 className="govuk-heading-s" id="contents-heading">
            Contents
          </h2>
          <ul className="govuk-list">
            {headings.map((provision) => (
              <li key={provision.id}>
                <a className="govuk-link" href={`#${provisionAnchor(provision.provisionKey)}`}>
                  {provision.heading}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}

      <ProvisionList provisions={version.provisions} />
    </>
  );
}
