import type { QueryClient } from '@tanstack/react-query';
import { Link, type LoaderFunctionArgs } from 'react-router';
import { paths } from '@/config/paths';
import { useMe } from '@/lib/api/get-me';
import { requireUser, staffPanelSlug } from '@/lib/authorization';
import { formatDate, pluralise } from '@/lib/format';
import { Breadcrumbs, PageHeading, TableHead } from '@/components/page';
import { QueryFallback } from '@/components/feedback';
import { FlashMessage } from '@/components/staff';
import { lettersQueryOptions, useLetters } from '../api/get-letters';

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const user = await requireUser(queryClient, request, 'letter:write');
    await queryClient.ensureQueryData(lettersQueryOptions(staffPanelSlug(user)));
    return null;
  };

export default function StaffLetters() {
  const me = useMe();
  const slug = me.data ? staffPanelSlug(me.data) : '';
  const letters = useLetters(slug);
  return (
    <>
      <Breadcrumbs items={[{ text: 'Workspace', href: paths.workspace.home.href() }]} />
      <FlashMessage />
      <PageHeading>Response letters</PageHeading>
      <Link className="govuk-button" to={paths.workspace.newLetter.href()}>
        Assemble a letter
      </Link>
      {letters.data ? (
        letters.data.length ? (
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--m">Letters</caption>
            <TableHead columns={['Reference', 'Date', 'Responses', 'Status']} />
            <tbody className="govuk-table__body">
              {letters.data.map((letter) => (
                <tr className="govuk-table__row" key={letter.id}>
                  <td className="govuk-table__cell">
                    <Link className="govuk-link" to={paths.letter.href(letter.id)}>
                      {letter.reference}
                    </Link>
                  </td>
                  <td className="govuk-table__cell">{formatDate(letter.date)}</td>
                  <td className="govuk-table__cell">{pluralise(letter.items.length, 'response')}</td>
                  <td className="govuk-table__cell">
                    <strong className={`govuk-tag${letter.status === 'DRAFT' ? ' govuk-tag--grey' : ' govuk-tag--green'}`}>
                      {letter.status === 'DRAFT' ? 'Draft' : 'Published'}
                    </strong>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="govuk-body">No letters yet.</p>
        )
      ) : (
        <QueryFallback query={letters} what="letters" />
      )}
    </>
  );
}
