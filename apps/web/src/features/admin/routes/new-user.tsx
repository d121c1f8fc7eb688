import { useState } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { useNavigate, type LoaderFunctionArgs } from 'react-router';
import type { Role } from '@psp/contracts';
import { paths } from '@/config/paths';
import { useMe } from '@/lib/api/get-me';
import { requireUser, staffPanelSlug } from '@/lib/authorization';
import { formErrorsFrom, formErrorsFromError, NO_ERRORS, type FormErrors } from '@/lib/form-errors';
import { BackLink, PageHeading } from '@/components/page';
import { ErrorSummary } from '@/components/feedback';
import { Button, Checkboxes, TextInput } from '@/components/forms';
import { useCreateUser } from '../api/create-user';
import { ROLE_OPTIONS } from '../roles';

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    await requireUser(queryClient, request, 'users:manage');
    return null;
  };

export default function NewUser() {
  const me = useMe();
  const panel = me.data ? staffPanelSlug(me.data) : '';
  const navigate = useNavigate();
  const create = useCreateUser();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [roles, setRoles] = useState<string[]>([]);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={paths.workspace.users.href()}>Back to users</BackLink>
        <ErrorSummary errors={errors} />
        <PageHeading error={errors.summary.length > 0}>Add a user</PageHeading>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const problems = [
              ...(name.trim() ? [] : [{ path: 'name', message: 'Enter the person’s name' }]),
              ...(email.trim() ? [] : [{ path: 'email', message: 'Enter the person’s email address' }]),
              ...(password.length >= 12 ? [] : [{ path: 'password', message: 'Enter a password of at least 12 characters' }]),
            ];
            if (problems.length) return setErrors(formErrorsFrom(problems));
            create.mutate(
              { name: name.trim(), email: email.trim(), password, roles: roles.map((role) => ({ panel, role: role as Role })) },
              {
                onSuccess: (user) => void navigate(paths.workspace.users.href(), { state: { flash: `${user.name} can now sign in` } }),
                onError: (error) => setErrors(formErrorsFromError(error, { roles: 'roles' })),
              },
            );
          }}
        >
          <TextInput name="name" label="Full name" autoComplete="off" value={name} onChange={setName} error={errors.byField.name} />
          <TextInput
            name="email"
            label="Email address"
            type="email"
            autoComplete="off"
            spellCheck={false}
            value={email}
            onChange={setEmail}
            error={errors.byField.email}
          />
          <TextInput
            name="password"
            label="Temporary password"
            type="password"
            autoComplete="new-password"
            hint="At least 12 characters. Give it to the person securely."
            value={password}
            onChange={setPassword}
            error={errors.byField.password}
          />
          <Checkboxes
            name="roles"
            legend={`Roles on the ${panel} panel`}
            values={roles}
            onChange={setRoles}
            error={errors.byField.roles}
            options={ROLE_OPTIONS}
          />
          <Button disabled={create.isPending}>Add user</Button>
        </form>
      </div>
    </div>
  );
}
