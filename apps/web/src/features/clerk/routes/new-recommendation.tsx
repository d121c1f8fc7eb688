// Record a recommendation the panel agreed at a meeting. The citation is typed as the panel
// wrote it ("point 24", "paras 12 to 14") and resolved live against the chosen version, so the
// clerk sees which paragraphs it points at before saving.
import { useState } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { useNavigate, useParams, useSearchParams, type LoaderFunctionArgs } from 'react-router';
import type { DocumentSummary, MeetingDetail } from '@psp/contracts';
import { paths } from '@/config/paths';
import { meetingQueryOptions, useMeeting } from '@/lib/api/get-meeting';
import { useMe } from '@/lib/api/get-me';
import { panelDocumentsQueryOptions, usePanelDocuments } from '@/lib/api/get-panel-documents';
import { requireUser, staffPanelSlug } from '@/lib/authorization';
import { londonToIso } from '@/lib/dates';
import { formErrorsFrom, formErrorsFromError, NO_ERRORS, type FormErrors } from '@/lib/form-errors';
import { useSessionDraft, useUnsavedChanges } from '@/lib/hooks';
import { BackLink, PageHeading } from '@/components/page';
import { ErrorSummary, QueryFallback, WarningText } from '@/components/feedback';
import { CitationField } from '@/components/citation-field';
import { Button, DateInput, EMPTY_DATE, readDate, Select, Textarea, TextInput, type DateParts } from '@/components/forms';
import { UnsavedChangesDialog } from '@/components/unsaved-changes';
import { useCreateRecommendation } from '../api/create-recommendation';

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const user = await requireUser(queryClient, request, 'recommendation:write');
    await Promise.all([
      queryClient.ensureQueryData(meetingQueryOptions(params.id ?? '')),
      queryClient.ensureQueryData(panelDocumentsQueryOptions(staffPanelSlug(user))),
    ]);
    return null;
  };

interface RecommendationDraft {
  text: string;
  theme: string;
  citedVersionId: string;
  citation: string;
  due: DateParts;
}

/** The paper on this meeting's agenda if it is a plan, else the newest published plan. */
function defaultVersionId(meeting: MeetingDetail, documents: DocumentSummary[]): string {
  const paper = meeting.agendaItems.find((item) => item.paper?.kind === 'PLAN')?.paper;
  if (paper) return paper.versionId;
  const plan = documents.find((document) => document.kind === 'PLAN');
  const published = plan?.versions.filter((version) => version.status === 'PUBLISHED') ?? [];
  return published[published.length - 1]?.id ?? plan?.versions[0]?.id ?? documents[0]?.versions[0]?.id ?? '';
}

function RecommendationForm({ meeting, documents, slug }: { meeting: MeetingDetail; documents: DocumentSummary[]; slug: string }) {
  const navigate = useNavigate();
  const create = useCreateRecommendation(slug);
  // A resolution offered from the minutes arrives as the text to start from; nothing is recorded until the clerk saves.
  const fromMinutes = useSearchParams()[0].get('text') ?? '';
  const empty: RecommendationDraft = {
    text: fromMinutes.slice(0, 20_000),
    theme: '',
    citedVersionId: defaultVersionId(meeting, documents),
    citation: '',
    due: EMPTY_DATE,
  };
  const [draft, setDraft, clearDraft] = useSessionDraft<RecommendationDraft>(`psp.draft.recommendation.${meeting.id}`, empty);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const set =
    <K extends keyof RecommendationDraft>(key: K) =>
    (value: RecommendationDraft[K]) =>
      setDraft({ ...draft, [key]: value });
  const dirty = Boolean(draft.text || draft.theme || draft.citation || draft.due.day || draft.due.month || draft.due.year);
  const { blocker, allowLeaving } = useUnsavedChanges(dirty);

  const versionOptions = documents.flatMap((document) =>
    document.versions.map((version) => ({ value: version.id, text: `${document.title} – ${version.label}` })),
  );

  const submit = () => {
    const problems: { path: string; message: string }[] = [];
    if (!draft.text.trim()) problems.push({ path: 'text', message: 'Enter the words of the recommendation' });
    if (!draft.citedVersionId) problems.push({ path: 'citedVersionId', message: 'Choose the document version the recommendation is about' });
    const hasDue = Boolean(draft.due.day || draft.due.month || draft.due.year);
    const due = hasDue ? readDate(draft.due, 'the response due date') : null;
    if (due && 'error' in due) problems.push({ path: 'dueAt', message: due.error });
    if (problems.length) return setErrors(formErrorsFrom(problems));
    setErrors(NO_ERRORS);
    create.mutate(
      {
        meetingId: meeting.id,
        text: draft.text.trim(),
        citedVersionId: draft.citedVersionId,
        ...(draft.citation.trim() ? { citation: draft.citation.trim() } : {}),
        ...(draft.theme.trim() ? { theme: draft.theme.trim() } : {}),
        // A due date is the end of that UK day.
        ...(due && 'date' in due ? { dueAt: londonToIso(due.date, { hour: 23, minute: 59 }) } : {}),
      },
      {
        onSuccess: (recommendation) => {
          clearDraft();
          allowLeaving();
          void navigate(paths.workspace.meeting.href(meeting.id), { state: { flash: `Recommendation ${recommendation.number} recorded` } });
        },
        onError: (error) => setErrors(formErrorsFromError(error, { provisionKeys: 'citation' })),
      },
    );
  };

  return (
    <>
      <UnsavedChangesDialog blocker={blocker} />
      <ErrorSummary errors={errors} />
      <PageHeading caption={meeting.title} error={errors.summary.length > 0}>
        Record a recommendation
      </PageHeading>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Textarea
          name="text"
          label="What did the panel recommend?"
          labelClassName="govuk-label--m"
          hint="As agreed at the meeting"
          rows={8}
          value={draft.text}
          onChange={set('text')}
          error={errors.byField.text}
        />
        <TextInput
          name="theme"
          label="Theme (optional)"
          hint="For example, Value for money, Engagement, Rural crime"
          width="two-thirds"
          value={draft.theme}
          onChange={set('theme')}
          error={errors.byField.theme}
        />
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
          hint="Type them as the panel did, for example “point 24”, “Para 46(e) and 52” or “paragraphs 12 to 14”"
          versionId={draft.citedVersionId}
          value={draft.citation}
          onChange={set('citation')}
          error={errors.byField.citation}
        />
        <DateInput
          name="dueAt"
          legend="Response due (optional)"
          legendClassName="govuk-fieldset__legend--s"
          hint="Leave blank to use the panel’s usual period after the meeting"
          value={draft.due}
          onChange={set('due')}
          error={errors.byField.dueAt}
        />
        <WarningText>
          Recording a recommendation publishes it at once: anyone can read it on this portal as soon as you select “Record and publish recommendation”.
        </WarningText>
        <Button disabled={create.isPending}>Record and publish recommendation</Button>
      </form>
    </>
  );
}

export default function NewRecommendation() {
  const id = useParams().id ?? '';
  const me = useMe();
  const slug = me.data ? staffPanelSlug(me.data) : '';
  const meeting = useMeeting(id);
  const documents = usePanelDocuments(slug);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={paths.workspace.meeting.href(id)}>Back to the meeting</BackLink>
        {meeting.data && documents.data ? (
          <RecommendationForm meeting={meeting.data} documents={documents.data} slug={slug} />
        ) : (
          <QueryFallback query={meeting.isError ? meeting : documents} what="meeting" />
        )}
      </div>
    </div>
  );
}
