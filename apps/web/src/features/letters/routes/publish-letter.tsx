// The GOV.UK confirmation page before a letter is published: publishing it publishes each of its
// responses too, so the page lists every response that becomes public before the approver confirms.
import type { QueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams, type LoaderFunctionArgs } from 'react-router';
import { paths } from '@/config/paths';
import { requireUser } from '@/lib/authorization';
import { formatDate, pluralise, truncate } from '@/lib/format';
import { formErrorsFromError, NO_ERRORS } from '@/lib/form-errors';
import { BackLink, PageHeading, SummaryList, TableHead } from '@/components/page';
import { ErrorSummary, QueryFallback, WarningText } from '@/components/feedback';
import { Button, ButtonGroup } from '@/components/forms';
import { OutcomeTag } from '@/components/tags';
import { letterQueryOptions, useLetter } from '../api/get-letter';
import { usePublishLetter } from '../api/publish-letter';

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    await requireUser(queryClient, request, 'letter:write');
    await queryClient.ensureQueryData(letterQueryOptions(params.id ?? ''));
    return null;
  };

export default function PublishLetterPage() {
  const id = useParams().id ?? '';
  const query = useLetter(id);
  const publish = usePublishLetter();
  const navigate = useNavigate();
  if (!query.data) return <QueryFallback query={query} what="letter" />;
  const letter = query.data;
  const letterPage = paths.letter.href(id);
  const errors = publish.isError ? formErrorsFromError(publish.error) : NO_ERRORS;

  if (letter.status !== 'DRAFT') {
    return (
      <>
        <BackLink href={letterPage}>Back to the letter</BackLink>
        <PageHeading caption={`Response letter ${letter.reference}`}>This letter is already published</PageHeading>
        <p className="govuk-body">
          <Link className="govuk-link" to={letterPage}>
            Read the published letter
          </Link>
          .
        </p>
      </>
    );
  }

  return (
    <>
      <BackLink href={letterPage}>Back to the letter</BackLink>
      <ErrorSummary errors={errors} />
      <PageHeading caption={`Response letter ${letter.reference}`} error={errors.summary.length > 0}>
        Are you sure you want to publish this letter and its responses?
      </PageHeading>
      <SummaryList
        rows={[
          { key: 'Reference', value: letter.reference },
          { key: 'Date', value: formatDate(letter.date) },
          { key: 'Subject', value: letter.subject },
          { key: 'Signed by', value: letter.signatory },
          { key: 'Responses published with it', value: pluralise(letter.items.length, 'response') },
        ]}
      />
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Responses that become public</caption>
        <TableHead columns={['Recommendation', 'Outcome', 'Response']} />
        <tbody className="govuk-table__body">
          {letter.items.map(({ recommendation, response }) => (
            <tr className="govuk-table__row" key={response.id}>
              <td className="govuk-table__cell">Recommendation {recommendation.number}</td>
              <td className="govuk-table__cell">
                <OutcomeTag outcome={response.outcome} />
              </td>
              <td className="govuk-table__cell">{truncate(response.text, 160)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <WarningText>
        Anyone will be able to read the letter and every response in it as soon as you publish. Each recommendation will show its response.
      </WarningText>
      <ButtonGroup>
        <Button
          type="button"
          disabled={publish.isPending}
          onClick={() =>
            publish.mutate(
              { id: letter.id, version: letter.version },
              { onSuccess: () => void navigate(letterPage, { state: { flash: 'The letter and its responses are published.' } }) },
            )
          }
        >
          Yes, publish the letter and its responses
        </Button>
        <Link className="govuk-link" to={letterPage}>
          Cancel
        </Link>
      </ButtonGroup>
    </>
  );
}
