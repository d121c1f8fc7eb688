// The clerk corrects a meeting's title, date, time or place. The save carries the version read:
// if someone changed the meeting in between, the API refuses (409) and the typed values stay.
import { useState } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { useNavigate, useParams, type LoaderFunctionArgs } from 'react-router';
import type { MeetingDetail } from '@psp/contracts';
import { paths } from '@/config/paths';
import { isApiError } from '@/lib/api-client';
import { meetingQueryOptions, useMeeting } from '@/lib/api/get-meeting';
import { requireUser } from '@/lib/authorization';
import { londonDateParts, londonToIso, parseTime } from '@/lib/dates';
import { formatTime } from '@/lib/format';
import { formErrorsFrom, formErrorsFromError, NO_ERRORS, type FormErrors } from '@/lib/form-errors';
import { useUnsavedChanges } from '@/lib/hooks';
import { BackLink, PageHeading } from '@/components/page';
import { ErrorSummary, QueryFallback } from '@/components/feedback';
import { Button, DateInput, readDate, TextInput, type DateParts } from '@/components/forms';
import { UnsavedChangesDialog } from '@/components/unsaved-changes';
import { useUpdateMeeting } from '../api/update-meeting';

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    await requireUser(queryClient, request, 'meeting:write');
    await queryClient.ensureQueryData(meetingQueryOptions(params.id ?? ''));
    return null;
  };

function MeetingForm({ meeting }: { meeting: MeetingDetail }) {
  const navigate = useNavigate();
  const update = useUpdateMeeting(meeting.id);
  const initial = { title: meeting.title, date: londonDateParts(meeting.startsAt), time: formatTime(meeting.startsAt), location: meeting.location ?? '' };
  const [title, setTitle] = useState(initial.title);
  const [date, setDate] = useState<DateParts>(initial.date);
  const [time, setTime] = useState(initial.time);
  const [location, setLocation] = useState(initial.location);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const dirty = title !== initial.title || JSON.stringify(date) !== JSON.stringify(initial.date) || time !== initial.time || location !== initial.location;
  const { blocker, allowLeaving } = useUnsavedChanges(dirty);

  const submit = () => {
    const problems: { path: string; message: string }[] = [];
    if (!title.trim()) problems.push({ path: 'title', message: 'Enter the title of the meeting' });
    const day = readDate(date, 'the date of the meeting');
    if ('error' in day) problems.push({ path: 'startsAt', message: day.error });
    const at = parseTime(time);
    if (!at) problems.push({ path: 'time', message: 'Enter the start time, for example 1:00pm or 13:00' });
    if (problems.length || !('date' in day) || !at) return setErrors(formErrorsFrom(problems));
    setErrors(NO_ERRORS);
    update.mutate(
      { title: title.trim(), startsAt: londonToIso(day.date, at), location: location.trim(), version: meeting.version },
      {
        onSuccess: (saved) => {
          allowLeaving();
          void navigate(paths.workspace.meeting.href(saved.id), { state: { flash: `Meeting updated: ${saved.title}` } });
        },
        onError: (error) =>
          setErrors(
            isApiError(error, 409)
              ? formErrorsFrom([{ path: 'title', message: 'Someone else changed this meeting after you opened it. Reload the page to see their change.' }])
              : formErrorsFromError(error),
          ),
      },
    );
  };

  return (
    <>
      <UnsavedChangesDialog blocker={blocker} />
      <ErrorSummary errors={errors} />
      <PageHeading caption={meeting.title} error={errors.summary.length > 0}>
        Edit the meeting
      </PageHeading>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <TextInput name="title" label="Title" value={title} onChange={setTitle} error={errors.byField.title} />
        <DateInput name="startsAt" legend="Date" hint="For example, 3 2 2017" value={date} onChange={setDate} error={errors.byField.startsAt} />
        <TextInput
          name="time"
          label="Start time"
          hint="UK time, for example 1:00pm or 13:00"
          width="5"
          value={time}
          onChange={setTime}
          error={errors.byField.time}
        />
        <TextInput name="location" label="Place (optional)" value={location} onChange={setLocation} error={errors.byField.location} />
        <Button disabled={update.isPending}>Save changes</Button>
      </form>
    </>
  );
}

export default function EditMeeting() {
  const id = useParams().id ?? '';
  const meeting = useMeeting(id);
  if (!meeting.data) return <QueryFallback query={meeting} what="meeting" />;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={paths.workspace.meeting.href(id)}>Back to the meeting</BackLink>
        <MeetingForm meeting={meeting.data} />
      </div>
    </div>
  );
}
