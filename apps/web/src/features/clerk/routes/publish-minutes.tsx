// The GOV.UK confirmation page before minutes become public: it says what the public will see
// and where, and publishes only when the clerk confirms. Cancel goes back without a change.
import type { QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams, type LoaderFunctionArgs } from 'react-router';
import { paths } from '@/config/paths';
import { meetingQueryOptions, useMeeting } from '@/lib/api/get-meeting';
import { requireUser } from '@/lib/authorization';
import { formatDateTime } from '@/lib/format';
import { formErrorsFromError, NO_ERRORS, type FormErrors } from '@/lib/form-errors';
import { BackLink, PageHeading, SummaryList } from '@/components/page';
import { ErrorSummary, QueryFallback, WarningText } from '@/components/feedback';
import { Button, ButtonGroup } from '@/components/forms';
import { useTransitionMinutes } from '../api/transition-minutes';

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    await requireUser(queryClient, request, 'minutes:write');
    await queryClient.ensureQueryData(meetingQueryOptions(params.id ?? ''));
    return null;
  };

export default function PublishMinutesPage() {
  const id = useParams().id ?? '';
  const meeting = useMeeting(id);
  const transition = useTransitionMinutes(id);
  const navigate = useNavigate();
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  if (!meeting.data) return <QueryFallback query={meeting} what="minutes" />;
  const data = meeting.data;
  const minutes = data.minutes;
  const minutesPage = paths.workspace.minutes.href(id);

  if (minutes?.status !== 'APPROVED') {
    return (
      <>
        <BackLink href={minutesPage}>Back to the minutes</BackLink>
        <PageHeading caption={data.title}>There are no approved minutes to publish</PageHeading>
        <p className="govuk-body">
          Only approved minutes can be published.{' '}
          <Link className="govuk-link" to={minutesPage}>
            Go to the minutes
          </Link>
          .
        </p>
      </>
    );
  }

  const publish = () =>
    transition.mutate(
      { to: 'PUBLISHED', version: minutes.version },
      {
        onSuccess: () => void navigate(minutesPage, { state: { flash: 'The minutes are published.' } }),
        onError: (error) => setErrors(formErrorsFromError(error)),
      },
    );

  return (
    <>
      <BackLink href={minutesPage}>Back to the minutes</BackLink>
      <ErrorSummary errors={errors} />
      <PageHeading caption={data.title} error={errors.summary.length > 0}>
        Are you sure you want to publish these minutes?
      </PageHeading>
      <SummaryList
        rows={[
          { key: 'Meeting', value: data.title },
          { key: 'When', value: formatDateTime(data.startsAt) },
          { key: 'Minutes', value: `${minutes.provisions.filter((p) => p.depth === 0).length} items, approved` },
          {
            key: 'Where they appear',
            value: (
              <Link className="govuk-link" to={paths.meeting.href(id)}>
                The meeting’s public page
              </Link>
            ),
          },
        ]}
      />
      <WarningText>Anyone will be able to read the minutes as soon as you publish them. A correction after that is published as a new version.</WarningText>
      <ButtonGroup>
        <Button type="button" onClick={publish} disabled={transition.isPending}>
          Yes, publish the minutes
        </Button>
        <Link className="govuk-link" to={minutesPage}>
          Cancel
        </Link>
      </ButtonGroup>
    </>
  );
}
