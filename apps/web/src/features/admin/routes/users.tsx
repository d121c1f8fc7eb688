import type { QueryClient } from '@tanstack/react-query';
import { Link, type LoaderFunctionArgs } from 'react-router';
import { paths } from '@/config/paths';
import { requireUser } from '@/lib/authorization';
import { Breadcrumbs, PageHeading, TableHead } from '@/components/page';
import { QueryFallback } from '@/components/feedback';
import { FlashMessage } from '@/components/staff';
import { usersQueryOptions, useUsers } from '../api/get-users';
import { ROLE_LABELS } from '../roles';

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    await requireUser(queryClient, request, 'users:manage');
    await queryClient.ensureQueryData(usersQueryOptions());
    return null;
  };

export default function UsersPage() {
  const users = useUsers();
  return (
    <>
      <Breadcrumbs items={[{ text: 'Workspace', href: paths.workspace.home.href() }]} />
      <FlashMessage />
      <PageHeading>Users and roles</PageHeading>
      <Link className="govuk-button" to={paths.workspace.newUser.href()}>
        Add a user
      </Link>
      {users.data ? (
        <table className="govuk-table app-table--compact">
          <caption className="govuk-table__caption govuk-table__caption--m">People who can sign in</caption>
          <TableHead columns={['Name', 'Email', 'Roles', 'Status']} />
          <tbody className="govuk-table__body">
            {users.data.map((user) => (
              <tr className="govuk-table__row" key={user.id}>
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={paths.workspace.user.href(user.id)}>
                    {user.name}
                    <span className="govuk-visually-hidden">: change roles</span>
                  </Link>
                </td>
                <td className="govuk-table__cell">{user.email}</td>
                <td className="govuk-table__cell">
                  {user.panelRoles.length ? user.panelRoles.map((pr) => `${ROLE_LABELS[pr.role]?.text ?? pr.role} (${pr.panel})`).join(', ') : 'None'}
                </td>
                <td className="govuk-table__cell">
                  <strong className={`govuk-tag${user.active ? ' govuk-tag--green' : ' govuk-tag--grey'}`}>{user.active ? 'Active' : 'Deactivated'}</strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <QueryFallback query={users} what="users" />
      )}
    </>
  );
}
