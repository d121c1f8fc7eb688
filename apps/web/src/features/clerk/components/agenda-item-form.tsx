import { useState } from 'react';
import type { DocumentSummary } from '@psp/contracts';
import { formErrorsFrom, formErrorsFromError, NO_ERRORS, type FormErrors } from '@/lib/form-errors';
import { ErrorSummary, NotificationBanner } from '@/components/feedback';
import { Button, Select, Textarea, TextInput } from '@/components/forms';
import { useUnsavedChanges } from '@/lib/hooks';
import { UnsavedChangesDialog } from '@/components/unsaved-changes';
import { useCreateAgendaItem } from '../api/create-agenda-item';

export function AgendaItemForm({ meetingId, nextNumber, documents }: { meetingId: string; nextNumber: string; documents: DocumentSummary[] }) {
  const create = useCreateAgendaItem(meetingId);
  const [number, setNumber] = useState(nextNumber);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [paperVersionId, setPaperVersionId] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [added, setAdded] = useState<string | null>(null);
  const { blocker } = useUnsavedChanges(Boolean(title.trim() || description.trim() || paperVersionId));

  const papers = documents.flatMap((document) => document.versions.map((version) => ({ value: version.id, text: `${document.title} – ${version.label}` })));

  return (
    <form
      noValidate
      aria-labelledby="agenda-form-heading"
      onSubmit={(event) => {
        event.preventDefault();
        const problems = [
          ...(number.trim() ? [] : [{ path: 'number', message: 'Enter the item number' }]),
          ...(title.trim() ? [] : [{ path: 'title', message: 'Enter the title of the item' }]),
        ];
        if (problems.length) return setErrors(formErrorsFrom(problems));
        setErrors(NO_ERRORS);
        create.mutate(
          {
            number: number.trim(),
            title: title.trim(),
            ...(description.trim() ? { description: description.trim() } : {}),
            ...(paperVersionId ? { paperVersionId } : {}),
          },
          {
            onSuccess: (item) => {
              setAdded(`Item ${item.number} added: ${item.title}`);
              setNumber(String((Number.parseInt(item.number, 10) || 0) + 1));
              setTitle('');
              setDescription('');
              setPaperVersionId('');
            },
            onError: (error) => setErrors(formErrorsFromError(error, { paperVersionId: 'paperVersionId' })),
          },
        );
      }}
    >
      <UnsavedChangesDialog blocker={blocker} />
      <h2 className="govuk-heading-m" id="agenda-form-heading">
        Add an agenda item
      </h2>
      {added ? (
        <NotificationBanner success>
          <p className="govuk-notification-banner__heading">{added}</p>
        </NotificationBanner>
      ) : null}
      <ErrorSummary errors={errors} />
      <TextInput name="number" label="Item number" width="4" value={number} onChange={setNumber} error={errors.byField.number} />
      <TextInput name="title" label="Title" value={title} onChange={setTitle} error={errors.byField.title} />
      <Textarea name="description" label="Description (optional)" rows={3} value={description} onChange={setDescription} error={errors.byField.description} />
      <Select
        name="paperVersionId"
        label="Paper (optional)"
        value={paperVersionId}
        onChange={setPaperVersionId}
        error={errors.byField.paperVersionId}
        options={[{ value: '', text: 'No paper' }, ...papers]}
      />
      <Button variant="secondary" disabled={create.isPending}>
        Add item
      </Button>
    </form>
  );
}
