// The OPCC reports progress on an accepted recommendation: where it stands (not started, in
// progress), a dated note, and a link to the evidence. Only the panel can say it is implemented.
import { useState } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { useNavigate, useParams, type LoaderFunctionArgs } from 'react-router';
import { PROGRESS_STATES, type ProgressState } from '@psp/contracts/enums';
import { paths } from '@/config/paths';
import { recommendationQueryOptions, useRecommendation } from '@/lib/api/get-recommendation';
import { requireUser } from '@/lib/authorization';
import { formErrorsFrom, formErrorsFromError, NO_ERRORS, type FormErrors } from '@/lib/form-errors';
import { useUnsavedChanges } from '@/lib/hooks';
import { BackLink, PageHeading, Prose } from '@/components/page';
import { ErrorSummary, InsetText, QueryFallback } from '@/components/feedback';
import { Button, Radios, Textarea, TextInput } from '@/components/forms';
import { IMPLEMENTATION_LABELS } from '@/components/tags';
import { UnsavedChangesDialog } from '@/components/unsaved-changes';
import { useRecordProgress } from '../api/after-the-answer';

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    await requireUser(queryClient, request, 'response:draft');
    await queryClient.ensureQueryData(recommendationQueryOptions(params.id ?? ''));
    return null;
  };

export default function RecordProgress() {
  const id = useParams().id ?? '';
  const recommendation = useRecommendation(id);
  const navigate = useNavigate();
  const record = useRecordProgress(id);
  const [state, setState] = useState<ProgressState | ''>('');
  const [note, setNote] = useState('');
  const [evidenceUrl, setEvidenceUrl] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const { blocker, allowLeaving } = useUnsavedChanges(Boolean(note.trim() || evidenceUrl.trim()));
  if (!recommendation.data) return <QueryFallback query={recommendation} what="recommendation" />;
  const { number, text } = recommendation.data;
  const back = paths.recommendation.href(id);

  const submit = () => {
    const problems: { path: string; message: string }[] = [];
    if (!state) problems.push({ path: 'state', message: 'Select where the recommendation stands' });
    if (!note.trim()) problems.push({ path: 'note', message: 'Say what has been done' });
    if (problems.length || !state) return setErrors(formErrorsFrom(problems));
    setErrors(NO_ERRORS);
    record.mutate(
      { state, note: note.trim(), ...(evidenceUrl.trim() ? { evidenceUrl: evidenceUrl.trim() } : {}) },
      {
        onSuccess: () => {
          allowLeaving();
          void navigate(back, { state: { flash: 'The progress is recorded and public.' } });
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
        Record progress
      </PageHeading>
      <InsetText>
        <Prose text={text} />
      </InsetText>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Radios
          name="state"
          legend="Where does it stand?"
          value={state}
          error={errors.byField.state}
          onChange={(value) => setState(PROGRESS_STATES.find((s) => s === value) ?? '')}
          options={PROGRESS_STATES.map((value) => ({ value, text: IMPLEMENTATION_LABELS[value] }))}
        />
        <Textarea name="note" label="What has been done" rows={5} value={note} error={errors.byField.note} onChange={setNote} />
        <TextInput
          name="evidenceUrl"
          label="Link to the evidence (optional)"
          hint="A published report, a decision or a web page, starting https://"
          value={evidenceUrl}
          error={errors.byField.evidenceUrl}
          onChange={setEvidenceUrl}
        />
        <p className="govuk-body">The note is public as soon as you record it. Only the panel can record that the recommendation is implemented.</p>
        <Button disabled={record.isPending}>Record progress</Button>
      </form>
      <UnsavedChangesDialog blocker={blocker} />
    </>
  );
}
