// The approver corrects a draft letter: its wording and which responses it carries. The save
// carries the version read; if someone changed the letter in between, the API refuses (409).
import { useState } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { useNavigate, useParams, type LoaderFunctionArgs } from 'react-router';
import type { ResponseLetter, ResponseQueueItem } from '@psp/contracts';
import { paths } from '@/config/paths';
import { useMe } from '@/lib/api/get-me';
import { requireUser, staffPanelSlug } from '@/lib/authorization';
import { londonDateParts, londonToIso } from '@/lib/dates';
import { isApiError } from '@/lib/api-client';
import { formErrorsFrom, formErrorsFromError, NO_ERRORS, type FormErrors } from '@/lib/form-errors';
import { truncate } from '@/lib/format';
import { useUnsavedChanges } from '@/lib/hooks';
import { BackLink, PageHeading } from '@/components/page';
import { ErrorSummary, QueryFallback } from '@/components/feedback';
import { Button, Checkboxes, DateInput, readDate, Textarea, TextInput, type DateParts } from '@/components/forms';
import { OUTCOME_LABELS } from '@/components/tags';
import { UnsavedChangesDialog } from '@/components/unsaved-changes';
import { letterQueryOptions, useLetter } from '../api/get-letter';
import { useUpdateLetter } from '../api/update-letter';
import { responseQueueQueryOptions, useResponseQueue } from '@/lib/api/get-response-queue';

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const user = await requireUser(queryClient, request, 'letter:write');
    const slug = staffPanelSlug(user);
    await Promise.all([
      queryClient.ensureQueryData(letterQueryOptions(params.id ?? '')),
      queryClient.ensureQueryData(responseQueueQueryOptions(slug, 'APPROVED')),
      queryClient.prefetchQuery(responseQueueQueryOptions(slug, 'PUBLISHED')),
    ]);
    return null;
  };

interface LetterDraft {
  reference: string;
  date: DateParts;
  addressee: string;
  salutation: string;
  subject: string;
  opening: string;
  closing: string;
  signatory: string;
  signatoryRole: string;
  responseIds: string[];
}

function draftOf(letter: ResponseLetter): LetterDraft {
  return {
    reference: letter.reference,
    date: londonDateParts(letter.date),
    addressee: letter.addressee,
    salutation: letter.salutation ?? '',
    subject: letter.subject,
    opening: letter.opening ?? '',
    closing: letter.closing ?? '',
    signatory: letter.signatory,
    signatoryRole: letter.signatoryRole ?? '',
    responseIds: letter.items.map((item) => item.response.id),
  };
}

function responseOption({ recommendation, response }: ResponseQueueItem) {
  return {
    value: response.id,
    text: `Recommendation ${recommendation.number}: ${OUTCOME_LABELS[response.outcome]}${response.status === 'PUBLISHED' ? ' (published)' : ''}`,
    hint: truncate(response.text, 140),
  };
}

export default function EditLetter() {
  const id = useParams().id ?? '';
  const letter = useLetter(id);
  if (!letter.data) return <QueryFallback query={letter} what="letter" />;
  if (letter.data.status !== 'DRAFT') {
    return (
      <>
        <BackLink href={paths.letter.href(id)}>Back to the letter</BackLink>
        <PageHeading>This letter is published</PageHeading>
        <p className="govuk-body">A published letter is not changed.</p>
      </>
    );
  }
  return <LetterForm letter={letter.data} />;
}

function LetterForm({ letter }: { letter: ResponseLetter }) {
  const me = useMe();
  const slug = me.data ? staffPanelSlug(me.data) : '';
  const navigate = useNavigate();
  const approved = useResponseQueue(slug, 'APPROVED');
  const published = useResponseQueue(slug, 'PUBLISHED');
  const update = useUpdateLetter(letter.id);
  const initial = draftOf(letter);
  const [draft, setDraft] = useState<LetterDraft>(initial);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const set =
    <K extends keyof LetterDraft>(key: K) =>
    (value: LetterDraft[K]) =>
      setDraft({ ...draft, [key]: value });
  const { blocker, allowLeaving } = useUnsavedChanges(JSON.stringify(draft) !== JSON.stringify(initial));

  if (!approved.data) return <QueryFallback query={approved} what="responses" />;
  // This letter's own responses, and those in no letter yet.
  const free = (item: ResponseQueueItem) => !item.response.letterId || item.response.letterId === letter.id;
  const own = letter.items.map(({ recommendation, response }) => ({ recommendation, response }));
  const ownIds = new Set(own.map((item) => item.response.id));
  const items = [...own, ...[...approved.data, ...(published.data ?? [])].filter((item) => free(item) && !ownIds.has(item.response.id))].sort(
    (a, b) => a.recommendation.number - b.recommendation.number,
  );

  const submit = () => {
    const problems: { path: string; message: string }[] = [];
    if (!draft.reference.trim()) problems.push({ path: 'reference', message: 'Enter the letter’s reference' });
    const date = readDate(draft.date, 'the date of the letter');
    if ('error' in date) problems.push({ path: 'date', message: date.error });
    if (!draft.addressee.trim()) problems.push({ path: 'addressee', message: 'Enter who the letter is to' });
    if (!draft.subject.trim()) problems.push({ path: 'subject', message: 'Enter the subject of the letter' });
    if (!draft.signatory.trim()) problems.push({ path: 'signatory', message: 'Enter who signs the letter' });
    if (!draft.responseIds.length) problems.push({ path: 'responseIds', message: 'Select at least one response' });
    if (problems.length || !('date' in date)) return setErrors(formErrorsFrom(problems));
    setErrors(NO_ERRORS);
    const optional = (value: string) => (value.trim() ? value.trim() : undefined);
    update.mutate(
      {
        version: letter.version,
        reference: draft.reference.trim(),
        date: londonToIso(date.date),
        addressee: draft.addressee.trim(),
        salutation: optional(draft.salutation),
        subject: draft.subject.trim(),
        opening: optional(draft.opening),
        closing: optional(draft.closing),
        signatory: draft.signatory.trim(),
        signatoryRole: optional(draft.signatoryRole),
        responseIds: draft.responseIds,
      },
      {
        onSuccess: (saved) => {
          allowLeaving();
          void navigate(paths.letter.href(saved.id), { state: { flash: 'The draft letter is saved.' } });
        },
        onError: (error) =>
          setErrors(
            isApiError(error, 409) && error.problem.type === '/problems/stale-version'
              ? formErrorsFrom([{ path: 'reference', message: 'Someone else changed this letter after you opened it. Reload the page to see their change.' }])
              : formErrorsFromError(error, { responseIds: 'responseIds' }),
          ),
      },
    );
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={paths.letter.href(letter.id)}>Back to the letter</BackLink>
        <UnsavedChangesDialog blocker={blocker} />
        <ErrorSummary errors={errors} />
        <PageHeading caption={`Response letter ${letter.reference}`} error={errors.summary.length > 0}>
          Edit the draft letter
        </PageHeading>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <TextInput
            name="reference"
            label="Reference"
            hint="For example, OPCC/2/D/2017/1"
            width="20"
            value={draft.reference}
            onChange={set('reference')}
            error={errors.byField.reference}
          />
          <DateInput
            name="date"
            legend="Date of the letter"
            legendClassName="govuk-fieldset__legend--s"
            value={draft.date}
            onChange={set('date')}
            error={errors.byField.date}
          />
          <TextInput name="addressee" label="To" value={draft.addressee} onChange={set('addressee')} error={errors.byField.addressee} />
          <TextInput name="salutation" label="Salutation (optional)" value={draft.salutation} onChange={set('salutation')} error={errors.byField.salutation} />
          <TextInput
            name="subject"
            label="Subject"
            hint="For example, Response to the Panel’s report on the draft Police and Crime Plan"
            value={draft.subject}
            onChange={set('subject')}
            error={errors.byField.subject}
          />
          <Textarea
            name="opening"
            label="Opening paragraphs (optional)"
            rows={4}
            value={draft.opening}
            onChange={set('opening')}
            error={errors.byField.opening}
          />
          <Checkboxes
            name="responseIds"
            legend="Responses in this letter"
            hint={items.length ? 'Approved responses are published when the letter is published.' : undefined}
            values={draft.responseIds}
            onChange={set('responseIds')}
            error={errors.byField.responseIds}
            options={items.map(responseOption)}
          />
          {items.length === 0 ? <p className="govuk-body">There are no approved responses to send yet.</p> : null}
          <Textarea
            name="closing"
            label="Closing paragraphs (optional)"
            rows={3}
            value={draft.closing}
            onChange={set('closing')}
            error={errors.byField.closing}
          />
          <TextInput name="signatory" label="Signed by" value={draft.signatory} onChange={set('signatory')} error={errors.byField.signatory} />
          <TextInput
            name="signatoryRole"
            label="Their role (optional)"
            value={draft.signatoryRole}
            onChange={set('signatoryRole')}
            error={errors.byField.signatoryRole}
          />
          <Button disabled={update.isPending}>Save the draft letter</Button>
        </form>
      </div>
    </div>
  );
}
