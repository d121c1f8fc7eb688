import type { QueryClient } from '@tanstack/react-query';
import { Link, useParams, type LoaderFunctionArgs } from 'react-router';
import { paths } from '@/config/paths';
import { formatDate, pluralise } from '@/lib/format';
import { Breadcrumbs, PageHeading } from '@/components/page';
import { QueryFallback } from '@/components/feedback';
import { lettersQueryOptions, useLetters } from '../api/get-letters';

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    await queryClient.ensureQueryData(lettersQueryOptions(params.slug ?? ''));
    return null;
  };

export default function LettersPage() {
  const slug = useParams().slug ?? '';
  const letters = useLetters(slug);
  return (
    <>
      <Breadcrumbs items={[{ text: 'Overview', href: paths.panel.href(slug) }]} />
      <PageHeading>Response letters</PageHeading>
      <p className="govuk-body">The commissioner's formal letters answering the panel's recommendations.</p>
      {letters.data ? (
        letters.data.length === 0 ? (
          <p className="govuk-body">No letters have been published yet.</p>
        ) : (
          <ul className="govuk-list govuk-list--spaced">
            {letters.data.map((letter) => (
              <li key={letter.id}>
                <Link className="govuk-link govuk-!-font-weight-bold" to={paths.letter.href(letter.id)}>
                  {letter.subject}
                </Link>
                <br />
                <span className="app-secondary-text">
                  {letter.reference}, {formatDate(letter.date)}, {pluralise(letter.items.length, 'response')}
                  {letter.status === 'DRAFT' ? ' (draft)' : ''}
                </span>
              </li>
            ))}
          </ul>
        )
      ) : (
        <QueryFallback query={letters} what="letters" />
      )}
    </>
  );
}
