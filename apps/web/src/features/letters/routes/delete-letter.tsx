// Deleting a draft letter asks first. The letter was never public; its responses go back to
// waiting for a letter, and the audit trail keeps what it said.
import type { QueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams, type LoaderFunctionArgs } from 'react-router';
import { paths } from '@/config/paths';
import { requireUser } from '@/lib/authorization';
import { formatDate, pluralise } from '@/lib/format';
import { formErrorsFromError, NO_ERRORS } from '@/lib/form-errors';
import { BackLink, PageHeading, SummaryList } from '@/components/page';
import { ErrorSummary, QueryFallback } from '@/components/feedback';
import { Button, ButtonGroup } from '@/components/forms';
import { useDiscardLetter } from '../api/discard-letter';
import { letterQueryOptions, useLetter } from '../api/get-letter';

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    await requireUser(queryClient, request, 'letter:write');
    await queryClient.ensureQueryData(letterQueryOptions(params.id ?? ''));
    return null;
  };

export default function DeleteLetterPage() {
  const id = useParams().id ?? '';
  const query = useLetter(id);
  const discard = useDiscardLetter();
  const navigate = useNavigate();
  if (!query.data) return <QueryFallback query={query} what="letter" />;
  const letter = query.data;
  const errors = discard.isError ? formErrorsFromError(discard.error) : NO_ERRORS;
  if (letter.status !== 'DRAFT') {
    return (
      <>
        <BackLink href={paths.letter.href(id)}>Back to the letter</BackLink>
        <PageHeading>A published letter cannot be deleted</PageHeading>
      </>
    );
  }
  return (
    <>
      <BackLink href={paths.letter.href(id)}>Back to the letter</BackLink>
      <ErrorSummary errors={errors} />
      <PageHeading caption={`Response letter ${letter.reference}`} error={errors.summary.length > 0}>
        Are you sure you want to delete this draft letter?
      </PageHeading>
      <SummaryList
        rows={[
          { key: 'Reference', value: letter.reference },
          { key: 'Date', value: formatDate(letter.date) },
          { key: 'Subject', value: letter.subject },
          { key: 'Responses', value: `${pluralise(letter.items.length, 'response')}, which can then go into another letter` },
        ]}
      />
      <ButtonGroup>
        <Button
          type="button"
          variant="warning"
          disabled={discard.isPending}
          onClick={() =>
            discard.mutate(
              { id: letter.id, version: letter.version },
              { onSuccess: () => void navigate(paths.workspace.letters.href(), { state: { flash: `Draft letter ${letter.reference} deleted` } }) },
            )
          }
        >
          Yes, delete the draft letter
        </Button>
        <Link className="govuk-link" to={paths.letter.href(id)}>
          Cancel
        </Link>
      </ButtonGroup>
    </>
  );
}
