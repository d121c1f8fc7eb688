// The agenda as the clerk corrects it: edit an item's number or title, move it, or remove it,
// until the minutes are published. Each change carries the meeting's version (409 when stale).
import { useState } from 'react';
import type { MeetingDetail } from '@psp/contracts';
import { isApiError } from '@/lib/api-client';
import { formErrorsFrom, formErrorsFromError, NO_ERRORS, type FormErrors } from '@/lib/form-errors';
import { ErrorSummary, NotificationBanner } from '@/components/feedback';
import { Button, ButtonGroup, TextInput } from '@/components/forms';
import { useRemoveAgendaItem } from '../api/remove-agenda-item';
import { useReorderAgenda } from '../api/reorder-agenda';
import { useUpdateAgendaItem } from '../api/update-agenda-item';

type Item = MeetingDetail['agendaItems'][number];

const STALE = 'Someone else changed this meeting after you opened it. Reload the page to see their change.';

export function AgendaList({ meeting, editable }: { meeting: MeetingDetail; editable: boolean }) {
  const update = useUpdateAgendaItem(meeting.id);
  const remove = useRemoveAgendaItem(meeting.id);
  const reorder = useReorderAgenda(meeting.id);
  const [editing, setEditing] = useState<string | null>(null);
  const [number, setNumber] = useState('');
  const [title, setTitle] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [done, setDone] = useState<string | null>(null);
  const items = meeting.agendaItems;
  const onError = (error: Error) =>
    setErrors(
      isApiError(error, 409) && error.problem.type === '/problems/stale-version'
        ? formErrorsFrom([{ path: 'agenda', message: STALE }])
        : formErrorsFromError(error),
    );
  const succeed = (message: string) => () => {
    setErrors(NO_ERRORS);
    setDone(message);
    setEditing(null);
  };

  const move = (index: number, by: -1 | 1) => {
    const order = items.map((item) => item.id);
    const [moved] = order.splice(index, 1);
    if (!moved) return;
    order.splice(index + by, 0, moved);
    reorder.mutate({ itemIds: order, version: meeting.version }, { onSuccess: succeed('The agenda order is saved.'), onError });
  };

  const startEditing = (item: Item) => {
    setEditing(item.id);
    setNumber(item.number);
    setTitle(item.title);
    setErrors(NO_ERRORS);
  };

  if (!items.length) return <p className="govuk-body">No items yet.</p>;
  return (
    <>
      {done ? (
        <NotificationBanner success focus>
          <p className="govuk-notification-banner__heading">{done}</p>
        </NotificationBanner>
      ) : null}
      <ErrorSummary errors={errors} />
      {errors.byField.agenda ? <p className="govuk-error-message">{errors.byField.agenda}</p> : null}
      <ol className="govuk-list">
        {items.map((item, index) => (
          <li key={item.id} className="app-agenda-item">
            <strong>{item.number}.</strong> {item.title}
            {item.paper ? <span className="app-secondary-text"> (paper: {item.paper.title})</span> : null}
            {editable && editing === item.id ? (
              <form
                noValidate
                onSubmit={(event) => {
                  event.preventDefault();
                  const problems = [
                    ...(number.trim() ? [] : [{ path: 'editNumber', message: 'Enter the item number' }]),
                    ...(title.trim() ? [] : [{ path: 'editTitle', message: 'Enter the title of the item' }]),
                  ];
                  if (problems.length) return setErrors(formErrorsFrom(problems));
                  update.mutate(
                    { itemId: item.id, input: { number: number.trim(), title: title.trim(), version: meeting.version } },
                    { onSuccess: succeed(`Item ${number.trim()} saved`), onError },
                  );
                }}
              >
                <TextInput name="editNumber" label="Item number" width="4" value={number} onChange={setNumber} error={errors.byField.editNumber} />
                <TextInput name="editTitle" label="Item title" value={title} onChange={setTitle} error={errors.byField.editTitle} />
                <ButtonGroup>
                  <Button disabled={update.isPending}>Save item {item.number}</Button>
                  <Button type="button" variant="secondary" onClick={() => setEditing(null)}>
                    Cancel
                  </Button>
                </ButtonGroup>
              </form>
            ) : editable ? (
              <ButtonGroup>
                <Button type="button" variant="secondary" onClick={() => startEditing(item)}>
                  Edit<span className="govuk-visually-hidden"> item {item.number}</span>
                </Button>
                {index > 0 ? (
                  <Button type="button" variant="secondary" disabled={reorder.isPending} onClick={() => move(index, -1)}>
                    Move up<span className="govuk-visually-hidden"> item {item.number}</span>
                  </Button>
                ) : null}
                {index < items.length - 1 ? (
                  <Button type="button" variant="secondary" disabled={reorder.isPending} onClick={() => move(index, 1)}>
                    Move down<span className="govuk-visually-hidden"> item {item.number}</span>
                  </Button>
                ) : null}
                <Button
                  type="button"
                  variant="warning"
                  disabled={remove.isPending}
                  onClick={() => remove.mutate({ itemId: item.id, version: meeting.version }, { onSuccess: succeed(`Item ${item.number} removed`), onError })}
                >
                  Remove<span className="govuk-visually-hidden"> item {item.number}</span>
                </Button>
              </ButtonGroup>
            ) : null}
          </li>
        ))}
      </ol>
    </>
  );
}
