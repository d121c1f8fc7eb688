// The OPCC officer's response editor. The typed draft lives in sessionStorage as well as state,
// so neither a reload nor a conflicting save loses it: on 409 the form keeps the officer's text
// and shows theirs beside it, with a way to carry on from the latest version.
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { DocumentSummary, RecommendationDetail, Response, ResponseOutcome } from '@psp/contracts';
import { RESPONSE_OUTCOMES } from '@psp/contracts/enums';
import { paths } from '@/config/paths';
import { isApiError } from '@/lib/api-client';
import { conflictDetail } from '@/components/conflict';
import { formErrorsFrom, formErrorsFromError, NO_ERRORS, type FormErrors } from '@/lib/form-errors';
import { paragraphLabel } from '@/lib/format';
import { useSessionDraft, useUnsavedChanges } from '@/lib/hooks';
import { ErrorSummary, NotificationBanner } from '@/components/feedback';
import { ConflictNotice } from '@/components/conflict';
import { CitationField } from '@/components/citation-field';
import { Button, ButtonGroup, Radios, Select, Textarea } from '@/components/forms';
import { OUTCOME_LABELS } from '@/components/tags';
import { UnsavedChangesDialog } from '@/components/unsaved-changes';
import { useCreateResponse } from '../api/create-response';
import { useTransitionResponse } from '../api/transition-response';
import { useUpdateResponse } from '../api/update-response';

export interface ResponseDraft {
  outcome: ResponseOutcome | '';
  text: string;
  citedVersionId: string;
  citation: string;
}

const OUTCOME_HINTS: Record<ResponseOutcome, string> = {
  ACCEPTED: 'The commissioner will do what the panel asked',
  PARTIALLY_ACCEPTED: 'Some of it, or in another way',
  NOT_ACCEPTED: 'The commissioner declines, and says why',
  NOTED: 'Nothing was asked, or the commissioner only takes note',
  ALREADY_ADDRESSED: 'The plan already covers it: cite where',
};

const OUTCOMES: readonly ResponseOutcome[] = RESPONSE_OUTCOMES;

export function draftKey(recommendationId: string): string {
  return `psp.draft.response.${recommendationId}`;
}

function latestPublishedPlanVersion(documents: DocumentSummary[]): string {
  const plan = documents.find((document) => document.kind === 'PLAN');
  const published = plan?.versions.filter((version) => version.status === 'PUBLISHED') ?? [];
  return published[published.length - 1]?.id ?? plan?.versions[plan.versions.length - 1]?.id ?? '';
}

function sameDraft(a: ResponseDraft, b: ResponseDraft): boolean {
  return a.outcome === b.outcome && a.text === b.text && a.citedVersionId === b.citedVersionId && a.citation === b.citation;
}

export function ResponseEditor({
  recommendation,
  response,
  documents,
  onReload,
}: {
  recommendation: RecommendationDetail;
  /** The draft being edited; undefined when there is none yet. */
  response: Response | undefined;
  documents: DocumentSummary[];
  /** Fetches the recommendation again and gives back its newest unpublished response. */
  onReload: () => Promise<Response | undefined>;
}) {
  const navigate = useNavigate();
  const create = useCreateResponse(recommendation.id);
  const update = useUpdateResponse(recommendation.id);
  const transition = useTransitionResponse();

  const savedDraft: ResponseDraft = {
    outcome: response?.outcome ?? '',
    text: response?.text ?? '',
    citedVersionId: response?.provisions[0]?.versionId ?? latestPublishedPlanVersion(documents),
    citation: '',
  };
  const [draft, setDraft, clearDraft] = useSessionDraft<ResponseDraft>(draftKey(recommendation.id), savedDraft);
  const [baseVersion, setBaseVersion] = useState<number | undefined>(response?.version);
  const [responseId, setResponseId] = useState<string | undefined>(response?.id);
  const [lastSaved, setLastSaved] = useState<ResponseDraft>(savedDraft);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [conflict, setConflict] = useState<{ detail: string | undefined; theirs: Response | null; loading: boolean } | null>(null);
  const [savedMessage, setSavedMessage] = useState<string | null>(null);
  const dirty = !sameDraft(draft, lastSaved);
  const { blocker, allowLeaving } = useUnsavedChanges(dirty);
  const set =
    <K extends keyof ResponseDraft>(key: K) =>
    (value: ResponseDraft[K]) =>
      setDraft({ ...draft, [key]: value });
  const busy = create.isPending || update.isPending || transition.isPending;

  const versionOptions = documents
    .filter((document) => document.kind === 'PLAN')
    .flatMap((document) => document.versions.map((version) => ({ value: version.id, text: `${document.title} – ${version.label}` })));

  const validate = (): boolean => {
    const problems = [
      ...(draft.outcome ? [] : [{ path: 'outcome', message: 'Select the outcome of the response' }]),
      ...(draft.text.trim() ? [] : [{ path: 'text', message: 'Enter the response' }]),
    ];
    setErrors(problems.length ? formErrorsFrom(problems) : NO_ERRORS);
    return problems.length === 0;
  };

  const handleError = (error: unknown) => {
    if (isApiError(error, 409)) {
      setConflict({ detail: conflictDetail(error), theirs: null, loading: true });
      void onReload().then((latest) => setConflict({ detail: conflictDetail(error), theirs: latest ?? null, loading: false }));
      return;
    }
    setErrors(formErrorsFromError(error, { provisionKeys: 'citation' }));
  };

  /** Saves the draft (creating it the first time); resolves with the saved response. */
  const save = async (): Promise<Response | null> => {
    if (!draft.outcome) return null;
    const body = {
      outcome: draft.outcome,
      text: draft.text.trim(),
      ...(draft.citedVersionId ? { citedVersionId: draft.citedVersionId } : {}),
      ...(draft.citation.trim() ? { citation: draft.citation.trim() } : {}),
    };
    try {
      const saved =
        responseId && baseVersion !== undefined
          ? await update.mutateAsync({ responseId, input: { ...body, version: baseVersion } })
          : await create.mutateAsync(body);
      setResponseId(saved.id);
      setBaseVersion(saved.version);
      setLastSaved(draft);
      clearDraft();
      setConflict(null);
      return saved;
    } catch (error) {
      handleError(error);
      return null;
    }
  };

  const onSaveDraft = async () => {
    setSavedMessage(null);
    if (!validate()) return;
    const saved = await save();
    if (saved) setSavedMessage('Your draft response is saved.');
  };

  const onSubmitForReview = async () => {
    setSavedMessage(null);
    if (!validate()) return;
    const saved = dirty || !responseId ? await save() : response && baseVersion !== undefined ? { ...response, id: responseId, version: baseVersion } : null;
    if (!saved) return;
    try {
      await transition.mutateAsync({ responseId: saved.id, to: 'IN_REVIEW', version: saved.version });
      allowLeaving();
      void navigate(paths.workspace.responses.href(), { state: { flash: `Response to recommendation ${recommendation.number} submitted for review` } });
    } catch (error) {
      handleError(error);
    }
  };

  return (
    <>
      <UnsavedChangesDialog blocker={blocker} />
      {savedMessage ? (
        <NotificationBanner success>
          <p className="govuk-notification-banner__heading">{savedMessage}</p>
        </NotificationBanner>
      ) : null}
      {conflict ? (
        <ConflictNotice
          what="response"
          detail={conflict.detail}
          loadingTheirs={conflict.loading}
          theirs={conflict.theirs ? `${OUTCOME_LABELS[conflict.theirs.outcome]}\n\n${conflict.theirs.text}` : null}
          yours={`${draft.outcome ? OUTCOME_LABELS[draft.outcome] : 'No outcome chosen'}\n\n${draft.text}`}
          onKeepMine={() => {
            // Carry on from their version number with this person's text still in the form.
            setBaseVersion(conflict.theirs?.version);
            setResponseId(conflict.theirs?.id ?? responseId);
            if (conflict.theirs)
              setLastSaved({ outcome: conflict.theirs.outcome, text: conflict.theirs.text, citedVersionId: draft.citedVersionId, citation: '' });
            setConflict(null);
          }}
          onUseTheirs={
            conflict.theirs
              ? () => {
                  const theirs = conflict.theirs;
                  if (!theirs) return;
                  const next = { ...draft, outcome: theirs.outcome, text: theirs.text, citation: '' };
                  setDraft(next);
                  setLastSaved(next);
                  setBaseVersion(theirs.version);
                  setResponseId(theirs.id);
                  setConflict(null);
                }
              : undefined
          }
        />
      ) : null}
      <ErrorSummary errors={errors} />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void onSaveDraft();
        }}
      >
        <Radios
          name="outcome"
          legend="Outcome"
          value={draft.outcome}
          onChange={(value) => set('outcome')(value as ResponseOutcome)}
          error={errors.byField.outcome}
          options={OUTCOMES.map((outcome) => ({ value: outcome, text: OUTCOME_LABELS[outcome], hint: OUTCOME_HINTS[outcome] }))}
        />
        <Textarea
          name="text"
          label="Response"
          labelClassName="govuk-label--m"
          hint="The commissioner’s answer, as it will appear in the letter"
          rows={10}
          value={draft.text}
          onChange={set('text')}
          error={errors.byField.text}
        />
        {response?.provisions.length ? (
          <p className="govuk-body">
            Currently cites: {response.provisions.map((provision) => paragraphLabel(provision.number)).join(', ')}. Type a new citation to replace it.
          </p>
        ) : null}
        {versionOptions.length ? (
          <Select
            name="citedVersionId"
            label="Plan version the response cites"
            value={draft.citedVersionId}
            onChange={set('citedVersionId')}
            error={errors.byField.citedVersionId}
            options={versionOptions}
          />
        ) : null}
        <CitationField
          name="citation"
          label="Paragraphs cited (optional)"
          hint="For example “Para 57”, “paragraph 47.a” or “Para 54, section F”"
          versionId={draft.citedVersionId}
          value={draft.citation}
          onChange={set('citation')}
          error={errors.byField.citation}
        />
        <ButtonGroup>
          <Button variant="secondary" disabled={busy}>
            Save draft
          </Button>
          <Button type="button" disabled={busy} onClick={() => void onSubmitForReview()}>
            Submit for review
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
