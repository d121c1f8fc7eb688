import { useState } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { useNavigate, type LoaderFunctionArgs } from 'react-router';
import { paths } from '@/config/paths';
import { useMe } from '@/lib/api/get-me';
import { requireUser, staffPanelSlug } from '@/lib/authorization';
import { londonToIso, parseTime } from '@/lib/dates';
import { formErrorsFrom, formErrorsFromError, NO_ERRORS, type FormErrors } from '@/lib/form-errors';
import { useUnsavedChanges } from '@/lib/hooks';
import { BackLink, PageHeading } from '@/components/page';
import { ErrorSummary } from '@/components/feedback';
import { Button, DateInput, EMPTY_DATE, readDate, TextInput, type DateParts } from '@/components/forms';
import { UnsavedChangesDialog } from '@/components/unsaved-changes';
import { useCreateMeeting } from '../api/create-meeting';

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    await requireUser(queryClient, request, 'meeting:write');
    return null;
  };

export default function NewMeeting() {
  const me = useMe();
  const slug = me.data ? staffPanelSlug(me.data) : '';
  const navigate = useNavigate();
  const create = useCreateMeeting(slug);
  const [title, setTitle] = useState('');
  const [date, setDate] = useState<DateParts>(EMPTY_DATE);
  const [time, setTime] = useState('');
  const [location, setLocation] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const dirty = !create.isSuccess && Boolean(title || date.day || date.month || date.year || time || location);
  const { blocker, allowLeaving } = useUnsavedChanges(dirty);

  const submit = () => {
    const problems: { path: string; message: string }[] = [];
    if (!title.trim()) problems.push({ path: 'title', message: 'Enter the title of the meeting' });
    const day = readDate(date, 'the date of the meeting');
    if ('error' in day) problems.push({ path: 'startsAt', message: day.error });
    const at = parseTime(time);
    if (!at) problems.push({ path: 'time', message: 'Enter the start time, for example 1:00pm or 13:00' });
    if (problems.length || !('date' in day) || !at) {
      setErrors(formErrorsFrom(problems));
      return;
    }
    setErrors(NO_ERRORS);
    create.mutate(
      { title: title.trim(), startsAt: londonToIso(day.date, at), ...(location.trim() ? { location: location.trim() } : {}) },
      {
        onSuccess: (meeting) => {
          allowLeaving();
          void navigate(paths.workspace.meeting.href(meeting.id), { state: { flash: `Meeting created: ${meeting.title}` } });
        },
        onError: (error) => setErrors(formErrorsFromError(error)),
      },
    );
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={paths.workspace.meetings.href()}>Back to meetings</BackLink>
        <UnsavedChangesDialog blocker={blocker} />
        <ErrorSummary errors={errors} />
        <PageHeading error={errors.summary.length > 0}>Create a meeting</PageHeading>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <TextInput
            name="title"
            label="Title"
            hint="For example, Police and Crime Panel – 3 February 2017"
            value={title}
            onChange={setTitle}
            error={errors.byField.title}
          />
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
          <Button disabled={create.isPending}>Create meeting</Button>
        </form>
      </div>
    </div>
  );
}
