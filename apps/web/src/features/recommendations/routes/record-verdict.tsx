// The clerk records the panel's verdict on an accepted recommendation (implemented, not
// implemented, superseded) with the meeting and minute that agreed it. It closes the
// recommendation publicly, so a check page comes before it is saved.
import { useState } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams, type LoaderFunctionArgs } from 'react-router';
import { PANEL_VERDICTS, type PanelVerdict } from '@psp/contracts/enums';
import { paths } from '@/config/paths';
import { useMe } from '@/lib/api/get-me';
import { meetingsQueryOptions, useMeetings } from '@/lib/api/get-meetings';
import { recommendationQueryOptions, useRecommendation } from '@/lib/api/get-recommendation';
import { requireUser, staffPanelSlug } from '@/lib/authorization';
import { isApiError } from '@/lib/api-client';
import { formErrorsFrom, formErrorsFromError, NO_ERRORS, type FormErrors } from '@/lib/form-errors';
import { formatDate } from '@/lib/format';
import { useUnsavedChanges } from '@/lib/hooks';
import { BackLink, PageHeading, Prose, SummaryList } from '@/components/page';
import { ErrorSummary, InsetText, QueryFallback, WarningText } from '@/components/feedback';
import { Button, ButtonGroup, Radios, Select, Textarea, TextInput } from '@/components/forms';
import { IMPLEMENTATION_LABELS } from '@/components/tags';
import { UnsavedChangesDialog } from '@/components/unsaved-changes';
import { useRecordVerdict } from '../api/after-the-answer';

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const user = await requireUser(queryClient, request, 'recommendation:close');
    await Promise.all([
      queryClient.ensureQueryData(recommendationQueryOptions(params.id ?? '')),
      queryClient.prefetchQuery(meetingsQueryOptions(staffPanelSlug(user))),
    ]);
    return null;
  };

export default function RecordVerdict() {
  const id = useParams().id ?? '';
  const me = useMe();
  const recommendation = useRecommendation(id);
  const meetings = useMeetings(me.data ? staffPanelSlug(me.data) : '');
  const navigate = useNavigate();
  const record = useRecordVerdict(id);
  const [verdict, setVerdict] = useState<PanelVerdict | ''>('');
  const [meetingId, setMeetingId] = useState('');
  const [minute, setMinute] = useState('');
  const [note, setNote] = useState('');
  const [checking, setChecking] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  // The moment the page opened: meetings before it were held, those after it are to come.
  const [openedAt] = useState(() => Date.now());
  const { blocker, allowLeaving } = useUnsavedChanges(Boolean(verdict || minute.trim() || note.trim()));
  if (!recommendation.data) return <QueryFallback query={recommendation} what="recommendation" />;
  const { number, text, version } = recommendation.data;
  const back = paths.recommendation.href(id);
  const held = (meetings.data ?? []).filter((meeting) => new Date(meeting.startsAt).getTime() <= openedAt);
  const meeting = held.find((m) => m.id === meetingId);

  const check = () => {
    const problems: { path: string; message: string }[] = [];
    if (!verdict) problems.push({ path: 'verdict', message: 'Select the panel’s verdict' });
    if (!meetingId) problems.push({ path: 'meetingId', message: 'Select the meeting that agreed it' });
    if (!minute.trim()) problems.push({ path: 'minute', message: 'Enter the minute that records it, such as 44 or 6(b)' });
    if (!note.trim()) problems.push({ path: 'note', message: 'Say what the panel concluded' });
    if (problems.length) return setErrors(formErrorsFrom(problems));
    setErrors(NO_ERRORS);
    setChecking(true);
  };
  const save = () => {
    // Staff read the recommendation with its `version`; without it there is nothing to check a change against.
    if (!verdict || version === undefined) return;
    record.mutate(
      { verdict, meetingId, minute: minute.trim(), note: note.trim(), version },
      {
        onSuccess: () => {
          allowLeaving();
          void navigate(back, {
            state: { flash: `The panel’s verdict is recorded: ${IMPLEMENTATION_LABELS[verdict].toLowerCase()}. Recommendation ${number} is closed.` },
          });
        },
        onError: (error) => {
          setChecking(false);
          setErrors(
            isApiError(error, 409) && error.problem.type === '/problems/stale-version'
              ? formErrorsFrom([
                  { path: 'verdict', message: 'Someone else changed this recommendation after you opened it. Reload the page to see their change.' },
                ])
              : formErrorsFromError(error),
          );
        },
      },
    );
  };

  if (checking && verdict) {
    return (
      <>
        <BackLink href={back}>Back to recommendation {number}</BackLink>
        <PageHeading caption={`Recommendation ${number}`}>Check the panel’s verdict before recording it</PageHeading>
        <SummaryList
          rows={[
            { key: 'Verdict', value: IMPLEMENTATION_LABELS[verdict] },
            { key: 'Agreed at', value: meeting ? `${meeting.title} (${formatDate(meeting.startsAt)})` : '' },
            { key: 'Minute', value: minute.trim() },
            { key: 'What the panel concluded', value: note.trim() },
          ]}
        />
        <WarningText>Recording the verdict closes the recommendation. Anyone will see the verdict on the recommendation and in the tracker.</WarningText>
        <ButtonGroup>
          <Button type="button" onClick={save} disabled={record.isPending}>
            Record the verdict and close the recommendation
          </Button>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setChecking(false)}>
            Change the answers
          </button>
          <Link className="govuk-link" to={back}>
            Cancel
          </Link>
        </ButtonGroup>
      </>
    );
  }

  return (
    <>
      <BackLink href={back}>Back to recommendation {number}</BackLink>
      <ErrorSummary errors={errors} />
      <PageHeading caption={`Recommendation ${number}`} error={errors.summary.length > 0}>
        Record the panel’s verdict
      </PageHeading>
      <InsetText>
        <Prose text={text} />
      </InsetText>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          check();
        }}
      >
        <Radios
          name="verdict"
          legend="What did the panel agree?"
          value={verdict}
          error={errors.byField.verdict}
          onChange={(value) => setVerdict(PANEL_VERDICTS.find((v) => v === value) ?? '')}
          options={PANEL_VERDICTS.map((value) => ({ value, text: IMPLEMENTATION_LABELS[value] }))}
        />
        <Select
          name="meetingId"
          label="The meeting that agreed it"
          value={meetingId}
          error={errors.byField.meetingId}
          onChange={setMeetingId}
          options={[{ value: '', text: 'Select a meeting' }, ...held.map((m) => ({ value: m.id, text: `${m.title} (${formatDate(m.startsAt)})` }))]}
        />
        <TextInput
          name="minute"
          label="Minute"
          hint="As the minutes number it, for example 44 or 6(b)."
          width="10"
          value={minute}
          error={errors.byField.minute}
          onChange={setMinute}
        />
        <Textarea name="note" label="What the panel concluded" rows={4} value={note} error={errors.byField.note} onChange={setNote} />
        <Button>Continue</Button>
      </form>
      <UnsavedChangesDialog blocker={blocker} />
    </>
  );
}
