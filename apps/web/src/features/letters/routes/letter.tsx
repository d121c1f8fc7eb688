// A response letter, laid out for reading and for printing. An approver sees a draft here too,
// with the way to publish it (and with it, its responses) after a confirmation page.
import type { QueryClient } from '@tanstack/react-query';
import { Link, useParams, type LoaderFunctionArgs } from 'react-router';
import { apiPaths, paths } from '@/config/paths';
import { useMe } from '@/lib/api/get-me';
import { userCan } from '@/lib/authorization';
import { useCurrentPanelSlug } from '@/lib/current-panel';
import { formatDate } from '@/lib/format';
import { Breadcrumbs, PageHeading } from '@/components/page';
import { QueryFallback } from '@/components/feedback';
import { FlashMessage } from '@/components/staff';
import { letterQueryOptions, useLetter } from '../api/get-letter';
import { LetterDocument } from '../components/letter-document';

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    await queryClient.ensureQueryData(letterQueryOptions(params.id ?? ''));
    return null;
  };

export default function LetterPage() {
  const id = useParams().id ?? '';
  const slug = useCurrentPanelSlug();
  const query = useLetter(id);
  const me = useMe();
  if (!query.data) return <QueryFallback query={query} what="letter" />;
  const letter = query.data;
  const canPublish = letter.status === 'DRAFT' && userCan(me.data, 'letter:write');

  return (
    <>
      {slug ? (
        <Breadcrumbs
          items={[
            { text: 'Overview', href: paths.panel.href(slug) },
            { text: 'Letters', href: paths.letters.href(slug) },
          ]}
        />
      ) : null}
      <FlashMessage />
      <div className="app-no-print">
        <PageHeading caption={`Response letter ${letter.reference}`} title={`Response letter ${letter.reference}`}>
          {letter.status === 'DRAFT' ? 'Draft response letter' : `Letter of ${formatDate(letter.date)}`}
        </PageHeading>
      </div>
      {letter.status === 'DRAFT' ? <p className="govuk-body govuk-!-font-weight-bold app-print-only">DRAFT – not yet sent</p> : null}
      <div className="govuk-button-group app-no-print">
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => window.print()}>
          Print this letter
        </button>
        {canPublish ? (
          <>
            <Link to={paths.workspace.publishLetter.href(letter.id)} role="button" draggable="false" className="govuk-button">
              Publish the letter and its responses
            </Link>
            <Link to={paths.workspace.editLetter.href(letter.id)} role="button" draggable="false" className="govuk-button govuk-button--secondary">
              Edit the draft letter
            </Link>
            <Link to={paths.workspace.deleteLetter.href(letter.id)} className="govuk-link">
              Delete the draft letter
            </Link>
          </>
        ) : null}
      </div>
      <p className="govuk-body app-no-print">
        Download the letter as a{' '}
        <a className="govuk-link" href={apiPaths.letterDocument(letter.id, 'docx')} download>
          Word document (.docx)
        </a>{' '}
        or a{' '}
        <a className="govuk-link" href={apiPaths.letterDocument(letter.id, 'pdf')} download>
          PDF
        </a>
        .
      </p>
      <LetterDocument letter={letter} />
    </>
  );
}
