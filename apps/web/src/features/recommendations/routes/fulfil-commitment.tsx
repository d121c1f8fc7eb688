// Recording what fulfilled a commitment: a paper to the panel or a plan change (a published
// version of the panel's documents), or an item at a meeting. Open to the OPCC officer and the clerk.
import { useState } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { useNavigate, useParams, type LoaderFunctionArgs } from 'react-router';
import type { CommitmentFulfilment } from '@psp/contracts';
import { COMMITMENT_FULFILMENTS } from '@psp/contracts/enums';
import { paths } from '@/config/paths';
import { useMe } from '@/lib/api/get-me';
import { useMeeting } from '@/lib/api/get-meeting';
import { meetingsQueryOptions, useMeetings } from '@/lib/api/get-meetings';
import { panelDocumentsQueryOptions, usePanelDocuments } from '@/lib/api/get-panel-documents';
import { recommendationQueryOptions, useRecommendation } from '@/lib/api/get-recommendation';
import { requireUser, staffPanelSlug } from '@/lib/authorization';
import { formErrorsFrom, formErrorsFromError, NO_ERRORS, type FormErrors } from '@/lib/form-errors';
import { formatDate } from '@/lib/format';
import { BackLink, PageHeading } from '@/components/page';
import { ErrorSummary, InsetText, NotFoundContent, QueryFallback } from '@/components/feedback';
import { Button, Radios, Select, Textarea } from '@/components/forms';
import { useFulfilCommitment } from '../api/after-the-answer';

const FULFILMENT_LABELS: Record<CommitmentFulfilment, string> = {
  PAPER: 'A paper to the panel',
  MEETING_ITEM: 'An item at a meeting',
  PLAN_CHANGE: 'A change to the plan',
};

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const user = await requireUser(queryClient, request, ['response:draft', 'meeting:write']);
    const slug = staffPanelSlug(user);
    await Promise.all([
      queryClient.ensureQueryData(recommendationQueryOptions(params.id ?? '')),
      queryClient.prefetchQuery(meetingsQueryOptions(slug)),
      queryClient.prefetchQuery(panelDocumentsQueryOptions(slug)),
    ]);
    return null;
  };

export default function FulfilCommitment() {
  const { id = '', commitmentId = '' } = useParams();
  const recommendation = useRecommendation(id);
  if (!recommendation.data) return <QueryFallback query={recommendation} what="recommendation" />;
  const commitment = recommendation.data.responses.flatMap((response) => response.commitments ?? []).find((c) => c.id === commitmentId);
  if (!commitment) return <NotFoundContent />;
  return <FulfilForm recommendationId={id} number={recommendation.data.number} commitment={commitment} />;
}

function FulfilForm({
  recommendationId,
  number,
  commitment,
}: {
  recommendationId: string;
  number: number;
  commitment: { id: string; words: string; version: number; state: string };
}) {
  const me = useMe();
  const slug = me.data ? staffPanelSlug(me.data) : '';
  const documents = usePanelDocuments(slug);
  const meetings = useMeetings(slug);
  const navigate = useNavigate();
  const fulfil = useFulfilCommitment(recommendationId, commitment.id);
  const [fulfilment, setFulfilment] = useState<CommitmentFulfilment | ''>('');
  const [versionId, setVersionId] = useState('');
  const [meetingId, setMeetingId] = useState('');
  const [agendaItemId, setAgendaItemId] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const meeting = useMeeting(meetingId);
  const back = paths.recommendation.href(recommendationId);

  if (commitment.state === 'FULFILLED') {
    return (
      <>
        <BackLink href={back}>Back to recommendation {number}</BackLink>
        <PageHeading caption={`Recommendation ${number}`}>This commitment is already fulfilled</PageHeading>
      </>
    );
  }
  const published = (documents.data ?? []).flatMap((document) =>
    document.kind === 'MINUTES'
      ? []
      : document.versions.filter((v) => v.status === 'PUBLISHED').map((v) => ({ value: v.id, text: `${document.title}: ${v.label}`, kind: document.kind })),
  );
  const versionOptions = published.filter((option) => (fulfilment === 'PLAN_CHANGE' ? option.kind === 'PLAN' : true));

  const submit = () => {
    const problems: { path: string; message: string }[] = [];
    if (!fulfilment) problems.push({ path: 'fulfilment', message: 'Select what fulfilled the commitment' });
    if ((fulfilment === 'PAPER' || fulfilment === 'PLAN_CHANGE') && !versionId)
      problems.push({ path: 'versionId', message: 'Select the paper or plan version' });
    if (fulfilment === 'MEETING_ITEM' && !agendaItemId) problems.push({ path: 'agendaItemId', message: 'Select the meeting and its item' });
    if (problems.length || !fulfilment) return setErrors(formErrorsFrom(problems));
    setErrors(NO_ERRORS);
    fulfil.mutate(
      {
        fulfilment,
        version: commitment.version,
        ...(fulfilment === 'MEETING_ITEM' ? { agendaItemId } : { versionId }),
        ...(note.trim() ? { note: note.trim() } : {}),
      },
      {
        onSuccess: () => void navigate(back, { state: { flash: 'The commitment is recorded as fulfilled.' } }),
        onError: (error) => setErrors(formErrorsFromError(error)),
      },
    );
  };

  return (
    <>
      <BackLink href={back}>Back to recommendation {number}</BackLink>
      <ErrorSummary errors={errors} />
      <PageHeading caption={`Recommendation ${number}`} error={errors.summary.length > 0}>
        Record what fulfilled the commitment
      </PageHeading>
      <InsetText>“{commitment.words}”</InsetText>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Radios
          name="fulfilment"
          legend="What fulfilled it?"
          value={fulfilment}
          error={errors.byField.fulfilment}
          onChange={(value) => setFulfilment(COMMITMENT_FULFILMENTS.find((f) => f === value) ?? '')}
          options={COMMITMENT_FULFILMENTS.map((value) => ({ value, text: FULFILMENT_LABELS[value] }))}
        />
        {fulfilment === 'PAPER' || fulfilment === 'PLAN_CHANGE' ? (
          <Select
            name="versionId"
            label={fulfilment === 'PAPER' ? 'The paper' : 'The plan version'}
            value={versionId}
            error={errors.byField.versionId}
            onChange={setVersionId}
            options={[{ value: '', text: 'Select a published version' }, ...versionOptions.map(({ value, text }) => ({ value, text }))]}
          />
        ) : null}
        {fulfilment === 'MEETING_ITEM' ? (
          <>
            <Select
              name="meetingId"
              label="The meeting"
              value={meetingId}
              onChange={(value) => {
                setMeetingId(value);
                setAgendaItemId('');
              }}
              options={[
                { value: '', text: 'Select a meeting' },
                ...(meetings.data ?? []).map((m) => ({ value: m.id, text: `${m.title} (${formatDate(m.startsAt)})` })),
              ]}
            />
            {meetingId ? (
              <Select
                name="agendaItemId"
                label="The agenda item"
                value={agendaItemId}
                error={errors.byField.agendaItemId}
                onChange={setAgendaItemId}
                options={[
                  { value: '', text: meeting.data ? 'Select an item' : 'Loading the agenda…' },
                  ...(meeting.data?.agendaItems ?? []).map((item) => ({ value: item.id, text: `${item.number}. ${item.title}` })),
                ]}
              />
            ) : null}
          </>
        ) : null}
        <Textarea name="note" label="Note (optional)" rows={3} value={note} error={errors.byField.note} onChange={setNote} />
        <Button disabled={fulfil.isPending}>Record as fulfilled</Button>
      </form>
    </>
  );
}
