import { useState } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { useNavigate, useParams, type LoaderFunctionArgs } from 'react-router';
import type { AdminUser, Role } from '@psp/contracts';
import { paths } from '@/config/paths';
import { isApiError } from '@/lib/api-client';
import { useMe } from '@/lib/api/get-me';
import { requireUser, staffPanelSlug } from '@/lib/authorization';
import { formErrorsFromError, NO_ERRORS, type FormErrors } from '@/lib/form-errors';
import { BackLink, PageHeading } from '@/components/page';
import { ErrorSummary, NotFoundContent, QueryFallback } from '@/components/feedback';
import { Button, Checkboxes, Radios } from '@/components/forms';
import { usersQueryOptions, useUsers } from '../api/get-users';
import { useUpdateUserRoles } from '../api/update-user-roles';
import { ROLE_OPTIONS } from '../roles';

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    await requireUser(queryClient, request, 'users:manage');
    await queryClient.ensureQueryData(usersQueryOptions());
    return null;
  };

function RolesForm({ user, panel }: { user: AdminUser; panel: string }) {
  const navigate = useNavigate();
  const update = useUpdateUserRoles();
  const [roles, setRoles] = useState<string[]>(user.panelRoles.filter((pr) => pr.panel === panel).map((pr) => pr.role));
  const [active, setActive] = useState(user.active ? 'yes' : 'no');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const otherPanels = user.panelRoles.filter((pr) => pr.panel !== panel);

  return (
    <>
      <ErrorSummary errors={errors} />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          update.mutate(
            {
              id: user.id,
              input: { roles: [...otherPanels, ...roles.map((role) => ({ panel, role: role as Role }))], active: active === 'yes', version: user.version },
            },
            {
              onSuccess: (saved) => void navigate(paths.workspace.users.href(), { state: { flash: `${saved.name}’s roles are saved` } }),
              onError: (error) =>
                setErrors(
                  isApiError(error, 409)
                    ? {
                        summary: [
                          { text: 'Someone else changed this person’s roles while you were editing. Go back to the list to see the latest, then try again.' },
                        ],
                        byField: {},
                      }
                    : formErrorsFromError(error),
                ),
            },
          );
        }}
      >
        <Checkboxes
          name="roles"
          legend={`Roles on the ${panel} panel`}
          values={roles}
          onChange={setRoles}
          error={errors.byField.roles}
          options={ROLE_OPTIONS}
        />
        <Radios
          name="active"
          legend="Can this person sign in?"
          inline
          value={active}
          onChange={setActive}
          options={[
            { value: 'yes', text: 'Yes' },
            { value: 'no', text: 'No' },
          ]}
        />
        <Button disabled={update.isPending}>Save roles</Button>
      </form>
    </>
  );
}

export default function UserPage() {
  const id = useParams().id ?? '';
  const me = useMe();
  const users = useUsers();
  if (!users.data) return <QueryFallback query={users} what="user" />;
  const user = users.data.find((u) => u.id === id);
  if (!user) return <NotFoundContent />;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={paths.workspace.users.href()}>Back to users</BackLink>
        <PageHeading caption={user.email}>{user.name}</PageHeading>
        <RolesForm user={user} panel={me.data ? staffPanelSlug(me.data) : ''} />
      </div>
    </div>
  );
}
