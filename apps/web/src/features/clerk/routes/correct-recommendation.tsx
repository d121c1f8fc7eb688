// The clerk corrects a recorded recommendation, or withdraws one recorded by mistake, or closes it.
// Nothing is deleted: each change carries the version read (409 when someone changed it first)
// and shows in the recommendation's history; once a response is public a correction needs a reason.
import { useState } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams, type LoaderFunctionArgs } from 'react-router';
import type { DocumentSummary, RecommendationDetail } from '@psp/contracts';
import { paths } from '@/config/paths';
import { isApiError } from '@/lib/api-client';
import { useMe } from '@/lib/api/get-me';
import { panelDocumentsQueryOptions, usePanelDocuments } from '@/lib/api/get-panel-documents';
import { recommendationQueryOptions, useRecommendation } from '@/lib/api/get-recommendation';
import { requireUser, staffPanelSlug, userCan } from '@/lib/authorization';
import { londonToIso } from '@/lib/dates';
import { formErrorsFrom, formErrorsFromError, NO_ERRORS, type FormErrors } from '@/lib/form-errors';
import { useUnsavedChanges } from '@/lib/hooks';
import { BackLink, PageHeading } from '@/components/page';
import { ErrorSummary, InsetText, QueryFallback } from '@/components/feedback';
import { CitationField } from '@/components/citation-field';
import { Button, dateParts, DateInput, readDate, Select, Textarea, TextInput, type DateParts } from '@/components/forms';
import { RecommendationStatusTag } from '@/components/tags';
import { UnsavedChangesDialog } from '@/components/unsaved-changes';
import { useCloseRecommendation } from '../api/close-recommendation';
import { useCorrectRecommendation } from '../api/correct-recommendation';
import { useWithdrawRecommendation } from '../api/withdraw-recommendation';

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const user = await requireUser(queryClient, request, 'recommendation:write');
    await Promise.all([
      queryClient.ensureQueryData(recommendationQueryOptions(params.id ?? '')),
      queryClient.ensureQueryData(panelDocumentsQueryOptions(staffPanelSlug(user))),
    ]);
    return null;
  };

interface CorrectionDraft {
  text: string;
  theme: string;
  citedVersionId: string;
  citation: string;
  due: DateParts;
  reason: string;
}

function initialDraft(recommendation: RecommendationDetail): CorrectionDraft {
  return {
    text: recommendation.text,
    theme: recommendation.theme ?? '',
    citedVersionId: recommendation.provisions[0]?.versionId ?? '',
    citation: recommendation.provisions.flatMap((p) => (p.cited ? [p.cited] : [])).join(', '),
    due: dateParts(recommendation.dueAt),
    reason: '',
  };
}

const conflictMessage = 'Someone else changed this recommendation after you opened it. Reload the page to see their change, then make yours again.';

function errorsFrom(error: unknown): FormErrors {
  if (isApiError(error, 409))
    return formErrorsFrom([{ path: 'version', message: error.problem.type === '/problems/stale-version' ? conflictMessage : error.message }]);
  return formErrorsFromError(error, { provisionKeys: 'citation' });
}

function CorrectionForm({ recommendation, documents }: { recommendation: RecommendationDetail; documents: DocumentSummary[] }) {
  const navigate = useNavigate();
  const correct = useCorrectRecommendation(recommendation.id);
  const initial = initialDraft(recommendation);
  const [draft, setDraft] = useState<CorrectionDraft>(initial);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const answered = recommendation.responses.some((response) => response.status === 'PUBLISHED');
  const citationChanged = draft.citedVersionId !== initial.citedVersionId || draft.citation !== initial.citation;
  const dueChanged = JSON.stringify(draft.due) !== JSON.stringify(initial.due);
  const dirty = draft.text !== initial.text || draft.theme !== initial.theme || citationChanged || dueChanged || draft.reason !== '';
  const { blocker, allowLeaving } = useUnsavedChanges(dirty);
  const set =
    <K extends keyof CorrectionDraft>(key: K) =>
    (value: CorrectionDraft[K]) =>
      setDraft({ ...draft, [key]: value });
  const versionOptions = [
    { value: '', text: 'None' },
    ...documents.flatMap((document) => document.versions.map((version) => ({ value: version.id, text: `${document.title} – ${version.label}` }))),
  ];

  const submit = () => {
    const problems: { path: string; message: string }[] = [];
    if (!draft.text.trim()) problems.push({ path: 'text', message: 'Enter the words of the recommendation' });
    const due = dueChanged ? readDate(draft.due, 'the response due date') : null;
    if (due && 'error' in due) problems.push({ path: 'dueAt', message: due.error });
    if (answered && !draft.reason.trim())
      problems.push({ path: 'reason', message: 'Enter why the recommendation is corrected: a response to it has been published' });
    if (citationChanged && draft.citation.trim() && !draft.citedVersionId)
      problems.push({ path: 'citedVersionId', message: 'Choose the document version the paragraphs are cited from' });
    if (problems.length) return setErrors(formErrorsFrom(problems));
    setErrors(NO_ERRORS);
    correct.mutate(
      {
        version: recommendation.version ?? 1,
        ...(draft.text !== initial.text ? { text: draft.text.trim() } : {}),
        ...(draft.theme !== initial.theme ? { theme: draft.theme.trim() } : {}),
        ...(citationChanged && draft.citedVersionId ? { citedVersionId: draft.citedVersionId, citation: draft.citation.trim() } : {}),
        ...(due && 'date' in due ? { dueAt: londonToIso(due.date, { hour: 23, minute: 59 }) } : {}),
        ...(draft.reason.trim() ? { reason: draft.reason.trim() } : {}),
      },
      {
        onSuccess: (saved) => {
          allowLeaving();
          void navigate(paths.workspace.meeting.href(saved.meetingId), { state: { flash: `Recommendation ${saved.number} corrected` } });
        },
        onError: (error) => setErrors(errorsFrom(error)),
      },
    );
  };

  return (
    <>
      <UnsavedChangesDialog blocker={blocker} />
      <ErrorSummary errors={errors} />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <h2 className="govuk-heading-m">Correct the recommendation</h2>
        <Textarea name="text" label="What did the panel recommend?" rows={8} value={draft.text} onChange={set('text')} error={errors.byField.text} />
        <TextInput name="theme" label="Theme (optional)" width="two-thirds" value={draft.theme} onChange={set('theme')} error={errors.byField.theme} />
        <Select
          name="citedVersionId"
          label="Which version does it cite?"
          value={draft.citedVersionId}
          onChange={set('citedVersionId')}
          error={errors.byField.citedVersionId}
          options={versionOptions}
        />
        <CitationField
          name="citation"
          label="Paragraphs cited (optional)"
          hint="Type them as the panel did, for example “point 24”. Changing this replaces the paragraphs cited."
          versionId={draft.citedVersionId}
          value={draft.citation}
          onChange={set('citation')}
          error={errors.byField.citation}
        />
        <DateInput
          name="dueAt"
          legend="Response due"
          legendClassName="govuk-fieldset__legend--s"
          value={draft.due}
          onChange={set('due')}
          error={errors.byField.dueAt}
        />
        <Textarea
          name="reason"
          label={answered ? 'Why is it corrected?' : 'Why is it corrected? (optional)'}
          hint={
            answered
              ? 'A response to this recommendation has been published, so the reason is required. It is shown publicly in the recommendation’s history.'
              : 'It is shown publicly in the recommendation’s history.'
          }
          rows={3}
          value={draft.reason}
          onChange={set('reason')}
          error={errors.byField.reason}
        />
        {errors.byField.version ? <p className="govuk-error-message">{errors.byField.version}</p> : null}
        <Button disabled={correct.isPending || !dirty}>Save the correction</Button>
      </form>
    </>
  );
}

/** Withdraw (recorded by mistake) or close (the panel has finished with it): each with a reason. */
function EndForm({ recommendation, kind }: { recommendation: RecommendationDetail; kind: 'withdraw' | 'close' }) {
  const navigate = useNavigate();
  const withdraw = useWithdrawRecommendation(recommendation.id);
  const close = useCloseRecommendation(recommendation.id);
  const mutation = kind === 'withdraw' ? withdraw : close;
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const name = `${kind}Reason`;
  const submit = () => {
    if (!reason.trim()) {
      return setErrors(
        formErrorsFrom([{ path: name, message: kind === 'withdraw' ? 'Enter why the recommendation is withdrawn' : 'Enter why the recommendation is closed' }]),
      );
    }
    setErrors(NO_ERRORS);
    mutation.mutate(
      { reason: reason.trim(), version: recommendation.version ?? 1 },
      {
        onSuccess: (saved) =>
          void navigate(paths.workspace.meeting.href(saved.meetingId), {
            state: { flash: `Recommendation ${saved.number} ${kind === 'withdraw' ? 'withdrawn' : 'closed'}` },
          }),
        onError: (error) => setErrors(formErrorsFrom([{ path: name, message: isApiError(error, 409) ? conflictMessage : error.message }])),
      },
    );
  };
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <ErrorSummary errors={errors} />
      <h2 className="govuk-heading-m">{kind === 'withdraw' ? 'Withdraw the recommendation' : 'Close the recommendation'}</h2>
      <p className="govuk-body">
        {kind === 'withdraw'
          ? 'For a recommendation recorded by mistake (for example, recorded twice). It stays on the record, struck through, with your reason, and is not counted.'
          : 'When the panel has finished with the recommendation. It takes no more responses.'}
      </p>
      <Textarea
        name={name}
        label={kind === 'withdraw' ? 'Why is it withdrawn?' : 'Why is it closed?'}
        rows={3}
        value={reason}
        onChange={setReason}
        error={errors.byField[name]}
      />
      <Button variant={kind === 'withdraw' ? 'warning' : 'secondary'} disabled={mutation.isPending}>
        {kind === 'withdraw' ? 'Withdraw recommendation' : 'Close recommendation'}
      </Button>
    </form>
  );
}

export default function CorrectRecommendationPage() {
  const id = useParams().id ?? '';
  const me = useMe();
  const recommendation = useRecommendation(id);
  const documents = usePanelDocuments(me.data ? staffPanelSlug(me.data) : '');
  if (!recommendation.data) return <QueryFallback query={recommendation} what="recommendation" />;
  const data = recommendation.data;
  const withdrawn = data.status === 'WITHDRAWN';

  return (
    <>
      <BackLink href={paths.workspace.meeting.href(data.meetingId)}>Back to the meeting</BackLink>
      <PageHeading caption={data.meetingTitle}>Recommendation {data.number}</PageHeading>
      <p className="govuk-body">
        <RecommendationStatusTag status={data.status} />{' '}
        <Link className="govuk-link" to={paths.recommendation.href(data.id)}>
          See it as the public does, with its history
        </Link>
      </p>
      {withdrawn ? (
        <InsetText>
          <p className="govuk-body">
            Withdrawn: {data.withdrawnReason ?? 'no reason recorded'}. A withdrawn recommendation is kept on the record and cannot be changed.
          </p>
        </InsetText>
      ) : (
        <>
          <CorrectionForm recommendation={data} documents={documents.data ?? []} />
          <hr className="govuk-section-break govuk-section-break--l govuk-section-break--visible" />
          <EndForm recommendation={data} kind="withdraw" />
          {data.status !== 'CLOSED' && userCan(me.data, 'recommendation:close') ? (
            <>
              <hr className="govuk-section-break govuk-section-break--l govuk-section-break--visible" />
              <EndForm recommendation={data} kind="close" />
            </>
          ) : null}
        </>
      )}
    </>
  );
}
