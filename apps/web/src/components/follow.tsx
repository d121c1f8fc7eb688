// "Get email alerts": anyone may follow a panel, a meeting or a recommendation. The public give an
// address and confirm from the email it receives; someone signed in follows with their own address.
import { useId, useState } from 'react';
import type { SubscribeInput } from '@psp/contracts';
import { apiPaths } from '@/config/paths';
import { useMe } from '@/lib/api/get-me';
import { useSubscribe } from '@/lib/api/subscribe';
import { formErrorsFrom, formErrorsFromError, NO_ERRORS, type FormErrors } from '@/lib/form-errors';
import { ErrorSummary, NotificationBanner } from './feedback';
import { Button, Radios, TextInput } from './forms';

export function Follow({ target, targetId, what }: { target: SubscribeInput['target']; targetId: string; what: string }) {
  const me = useMe();
  const subscribe = useSubscribe();
  const headingId = useId();
  const [email, setEmail] = useState('');
  const [frequency, setFrequency] = useState<'IMMEDIATE' | 'DAILY'>('IMMEDIATE');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [done, setDone] = useState<string | null>(null);
  const signedIn = Boolean(me.data);

  const submit = () => {
    if (!signedIn && !email.trim()) return setErrors(formErrorsFrom([{ path: 'email', message: 'Enter your email address, like name@example.com' }]));
    setErrors(NO_ERRORS);
    subscribe.mutate(
      { target, targetId, frequency, ...(signedIn ? {} : { email: email.trim() }) },
      {
        onSuccess: (result) =>
          setDone(
            result.status === 'SUBSCRIBED'
              ? `You will get alerts about ${what} at ${result.email}.`
              : `Check your email: we sent a link to ${result.email}. Nothing is sent until you confirm.`,
          ),
        onError: (error) => setErrors(formErrorsFromError(error)),
      },
    );
  };

  return (
    <section aria-labelledby={headingId} className="govuk-!-margin-top-8 app-no-print">
      <h2 className="govuk-heading-m" id={headingId}>
        Get email alerts
      </h2>
      {done ? (
        <NotificationBanner success focus>
          <p className="govuk-notification-banner__heading">{done}</p>
        </NotificationBanner>
      ) : (
        // Without JavaScript the form posts to the API, which answers with a page of its own.
        <form
          noValidate
          method="post"
          action={apiPaths.subscriptions()}
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <ErrorSummary errors={errors} />
          <input type="hidden" name="target" value={target} />
          <input type="hidden" name="targetId" value={targetId} />
          <p className="govuk-body">Get an email when anything about {what} is published or changes. Every email has a link to stop them.</p>
          {signedIn ? null : (
            <TextInput
              name="email"
              label="Email address"
              type="email"
              autoComplete="email"
              spellCheck={false}
              value={email}
              error={errors.byField.email}
              onChange={setEmail}
              width="two-thirds"
            />
          )}
          <Radios
            name={`frequency-${target.toLowerCase()}`}
            legend="How often?"
            legendClassName="govuk-fieldset__legend--s"
            value={frequency}
            onChange={(value) => setFrequency(value === 'DAILY' ? 'DAILY' : 'IMMEDIATE')}
            options={[
              { value: 'IMMEDIATE', text: 'As each change is published' },
              { value: 'DAILY', text: 'One email a day' },
            ]}
          />
          <Button disabled={subscribe.isPending}>Get alerts</Button>
        </form>
      )}
    </section>
  );
}
