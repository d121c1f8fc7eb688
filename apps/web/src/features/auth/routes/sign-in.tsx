import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { paths } from '@/config/paths';
import { isApiError } from '@/lib/api-client';
import { formErrorsFrom, formErrorsFromError, NO_ERRORS, type FormErrors } from '@/lib/form-errors';
import { hasSession } from '@/lib/session';
import { PageHeading } from '@/components/page';
import { ErrorSummary, InsetText } from '@/components/feedback';
import { Button, TextInput } from '@/components/forms';
import { useSignIn } from '../api/sign-in';

/** Only a path on this site: never send someone on to another site after signing in. */
function safeReturnPath(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : paths.workspace.home.href();
}

export default function SignInPage() {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const returnTo = searchParams.get('returnTo');

  const submit = () => {
    const missing = [
      ...(email.trim() ? [] : [{ path: 'email', message: 'Enter your email address' }]),
      ...(password ? [] : [{ path: 'password', message: 'Enter your password' }]),
    ];
    if (missing.length) {
      setErrors(formErrorsFrom(missing));
      return;
    }
    setErrors(NO_ERRORS);
    signIn.mutate(
      { email: email.trim(), password },
      {
        onSuccess: () => void navigate(safeReturnPath(returnTo), { replace: true }),
        onError: (error) => {
          if (isApiError(error, 401)) setErrors(formErrorsFrom([{ path: 'email', message: 'Enter a correct email address and password' }]));
          else setErrors(formErrorsFromError(error));
        },
      },
    );
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        <PageHeading error={errors.summary.length > 0}>Sign in</PageHeading>
        {returnTo && !hasSession() ? (
          <InsetText>
            <p className="govuk-body">Sign in to continue. If you signed in before, your sign-in has ended.</p>
          </InsetText>
        ) : (
          <p className="govuk-body">
            For councillors and other members of the panel, the panel's clerk, the commissioner's office and administrators. Everything that is published can be
            read without signing in.
          </p>
        )}
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <TextInput
            name="email"
            label="Email address"
            type="email"
            autoComplete="email"
            spellCheck={false}
            value={email}
            onChange={setEmail}
            error={errors.byField.email}
          />
          <TextInput
            name="password"
            label="Password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
            error={errors.byField.password}
          />
          <Button disabled={signIn.isPending}>Sign in</Button>
        </form>
      </div>
    </div>
  );
}
