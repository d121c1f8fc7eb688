// The paragraphs a recommendation or response cites, with their words, so the officer and the
// approver read what the panel pointed at without leaving the page.
import { Link } from 'react-router';
import type { CitedProvision } from '@psp/contracts';
import { paths } from '@/config/paths';
import { useDocumentVersion } from '@/lib/api/get-document-version';
import { paragraphLabel } from '@/lib/format';

function CitedParagraph({ cited }: { cited: CitedProvision }) {
  const version = useDocumentVersion(cited.versionId);
  const provision = version.data?.provisions.find((p) => p.provisionKey === cited.provisionKey);
  const label = provision?.label ? `Para ${provision.label}` : paragraphLabel(cited.number);
  return (
    <li className="govuk-!-margin-bottom-3">
      <Link className="govuk-link govuk-!-font-weight-bold" to={paths.provision.href(cited.provisionKey)}>
        {label}
        {version.data ? <span className="govuk-visually-hidden"> of {version.data.label}</span> : null}
      </Link>
      {version.data ? <span className="app-secondary-text"> ({version.data.label})</span> : null}
      {provision ? (
        <blockquote className="govuk-body govuk-!-margin-top-1 govuk-!-margin-bottom-0 app-quoted-paragraph">
          {provision.heading && !provision.text ? provision.heading : provision.text}
        </blockquote>
      ) : version.isError ? (
        <p className="govuk-body-s">The paragraph’s words could not be loaded.</p>
      ) : null}
    </li>
  );
}

export function CitedParagraphs({ provisions, empty }: { provisions: CitedProvision[]; empty: string }) {
  if (!provisions.length) return <p className="govuk-body">{empty}</p>;
  return (
    <ul className="govuk-list">
      {provisions.map((cited) => (
        <CitedParagraph key={`${cited.versionId}-${cited.provisionKey}`} cited={cited} />
      ))}
    </ul>
  );
}
