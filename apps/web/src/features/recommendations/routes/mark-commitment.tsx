// The officer marks a promise a response makes ("I will report annually to the Panel…"): its own
// words, who owns it, and when it is due (a date, or a meeting it is promised by). The promise is
// public when its response is, and falls overdue when its date passes unfulfilled.
import { useState } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { useNavigate, useParams, type LoaderFunctionArgs } from 'react-router';
import { paths } from '@/config/paths';
import { useMe } from '@/lib/api/get-me';
import { meetingsQueryOptions, useMeetings } from '@/lib/api/get-meetings';
import { recommendationQueryOptions, useRecommendation } from '@/lib/api/get-recommendation';
import { requireUser, staffPanelSlug } from '@/lib/authorization';
import { londonToIso } from '@/lib/dates';
import { formErrorsFrom, formErrorsFromError, NO_ERRORS, type FormErrors } from '@/lib/form-errors';
import { formatDate } from '@/lib/format';
import { useUnsavedChanges } from '@/lib/hooks';
import { BackLink, PageHeading, Prose } from '@/components/page';
import { ErrorSummary, InsetText, NotFoundContent, QueryFallback } from '@/components/feedback';
import { Button, DateInput, EMPTY_DATE, readDate, Select, Textarea, TextInput, type DateParts } from '@/components/forms';
import { UnsavedChangesDialog } from '@/components/unsaved-changes';
import { useCreateCommitment } from '../api/after-the-answer';

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const user = await requireUser(queryClient, request, 'response:draft');
    await Promise.all([
      queryClient.ensureQueryData(recommendationQueryOptions(params.id ?? '')),
      queryClient.prefetchQuery(meetingsQueryOptions(staffPanelSlug(user))),
    ]);
    return null;
  };

export default function MarkCommitment() {
  const { id = '', responseId = '' } = useParams();
  const recommendation = useRecommendation(id);
  if (!recommendation.data) return <QueryFallback query={recommendation} what="recommendation" />;
  const response = recommendation.data.responses.find((r) => r.id === responseId);
  if (!response) return <NotFoundContent />;
  return <CommitmentForm recommendationId={id} number={recommendation.data.number} responseId={responseId} responseText={response.text} />;
}

function CommitmentForm({
  recommendationId,
  number,
  responseId,
  responseText,
}: {
  recommendationId: string;
  number: number;
  responseId: string;
  responseText: string;
}) {
  const me = useMe();
  const meetings = useMeetings(me.data ? staffPanelSlug(me.data) : '');
  const navigate = useNavigate();
  const create = useCreateCommitment(recommendationId, responseId);
  const [words, setWords] = useState('');
  const [owner, setOwner] = useState('The Police and Crime Commissioner');
  const [due, setDue] = useState<DateParts>(EMPTY_DATE);
  const [meetingId, setMeetingId] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  // The moment the page opened: meetings before it were held, those after it are to come.
  const [openedAt] = useState(() => Date.now());
  const { blocker, allowLeaving } = useUnsavedChanges(Boolean(words.trim()));
  const back = paths.recommendation.href(recommendationId);
  const upcoming = (meetings.data ?? []).filter((meeting) => new Date(meeting.startsAt).getTime() > openedAt);

  const submit = () => {
    const problems: { path: string; message: string }[] = [];
    if (!words.trim()) problems.push({ path: 'words', message: 'Copy the words of the promise from the response' });
    else if (!responseText.includes(words.trim())) problems.push({ path: 'words', message: 'Copy the words exactly as the response has them' });
    if (!owner.trim()) problems.push({ path: 'owner', message: 'Enter who owns the promise' });
    const hasDate = Boolean(due.day || due.month || due.year);
    const date = hasDate ? readDate(due, 'the due date') : null;
    if (date && 'error' in date) problems.push({ path: 'dueAt', message: date.error });
    if (problems.length) return setErrors(formErrorsFrom(problems));
    setErrors(NO_ERRORS);
    create.mutate(
      {
        words: words.trim(),
        owner: owner.trim(),
        ...(date && 'date' in date ? { dueAt: londonToIso(date.date) } : {}),
        ...(meetingId ? { dueMeetingId: meetingId } : {}),
      },
      {
        onSuccess: () => {
          allowLeaving();
          void navigate(back, { state: { flash: 'The commitment is marked. It is public when the response is.' } });
        },
        onError: (error) => setErrors(formErrorsFromError(error)),
      },
    );
  };

  return (
    <>
      <BackLink href={back}>Back to recommendation {number}</BackLink>
      <ErrorSummary errors={errors} />
      <PageHeading caption={`Recommendation ${number}`} error={errors.summary.length > 0}>
        Mark a commitment in the response
      </PageHeading>
      <InsetText>
        <Prose text={responseText} />
      </InsetText>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Textarea
          name="words"
          label="The words of the promise"
          hint="Copy them from the response above, for example “I will also report annually to the Police and Crime Panel”."
          rows={3}
          value={words}
          error={errors.byField.words}
          onChange={setWords}
        />
        <TextInput name="owner" label="Who owns it" value={owner} error={errors.byField.owner} onChange={setOwner} width="two-thirds" />
        <DateInput
          name="dueAt"
          legend="Due by (optional)"
          hint="Leave empty when the response gives no date."
          value={due}
          error={errors.byField.dueAt}
          onChange={setDue}
        />
        <Select
          name="dueMeetingId"
          label="Or by a meeting (optional)"
          value={meetingId}
          error={errors.byField.dueMeetingId}
          onChange={setMeetingId}
          options={[
            { value: '', text: 'No meeting' },
            ...upcoming.map((meeting) => ({ value: meeting.id, text: `${meeting.title} (${formatDate(meeting.startsAt)})` })),
          ]}
        />
        <Button disabled={create.isPending}>Mark the commitment</Button>
      </form>
      <UnsavedChangesDialog blocker={blocker} />
    </>
  );
}
