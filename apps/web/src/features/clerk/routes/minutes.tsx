// The clerk drafts the minutes as numbered items, then approves and publishes them. A save
// carries the version read; if someone saved in between, the typed items are kept (409).
import { useState } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams, type LoaderFunctionArgs } from 'react-router';
import type { MeetingDetail, Minutes } from '@psp/contracts';
import { isMinutesEditable } from '@psp/domain';
import { paths } from '@/config/paths';
import { isApiError } from '@/lib/api-client';
import { conflictDetail } from '@/components/conflict';
import { meetingQueryOptions, useMeeting } from '@/lib/api/get-meeting';
import { requireUser } from '@/lib/authorization';
import { formErrorsFrom, formErrorsFromError, NO_ERRORS, type FormErrors } from '@/lib/form-errors';
import { useSessionDraft, useUnsavedChanges } from '@/lib/hooks';
import { BackLink, PageHeading } from '@/components/page';
import { ErrorSummary, NotificationBanner, QueryFallback } from '@/components/feedback';
import { ConflictNotice } from '@/components/conflict';
import { FlashMessage } from '@/components/staff';
import { Button, ButtonGroup, Textarea, TextInput } from '@/components/forms';
import { ProvisionList } from '@/components/provisions';
import { VersionStatusTag } from '@/components/tags';
import { UnsavedChangesDialog } from '@/components/unsaved-changes';
import { useSaveMinutes } from '../api/save-minutes';
import { useTransitionMinutes } from '../api/transition-minutes';

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    await requireUser(queryClient, request, 'minutes:write');
    await queryClient.ensureQueryData(meetingQueryOptions(params.id ?? ''));
    return null;
  };

interface MinuteItem {
  number: string;
  heading: string;
  text: string;
}

/** "5.a" as the clerk writes it, "5(a)" (the API reads both the same, so the item keeps its key). */
const printedNumber = (number: string) => number.replace(/\.([^.]+)/g, '($1)');

/**
 * The saved minutes as editable items, one per item and sub-item ("5(a)" stays its own item, so
 * saving again keeps it); a first draft starts from the agenda's numbers and titles.
 */
function itemsFrom(minutes: Minutes | null, agenda: MeetingDetail['agendaItems'] = []): MinuteItem[] {
  if (!minutes?.provisions.length) {
    if (agenda.length) return agenda.map((item) => ({ number: item.number, heading: item.title, text: '' }));
    return [{ number: '1', heading: '', text: '' }];
  }
  return minutes.provisions.map((provision, index) => ({
    number: provision.number ? printedNumber(provision.number) : String(index + 1),
    heading: provision.heading ?? '',
    text: provision.text,
  }));
}

const asText = (items: MinuteItem[]) => items.map((item) => `${item.number}. ${item.heading ? `${item.heading}\n` : ''}${item.text}`).join('\n\n');

function MinutesEditor({ meeting, onReload }: { meeting: MeetingDetail; onReload: () => Promise<MeetingDetail | undefined> }) {
  const save = useSaveMinutes(meeting.id);
  const transition = useTransitionMinutes(meeting.id);
  const navigate = useNavigate();
  const saved = itemsFrom(meeting.minutes, meeting.agendaItems);
  const [items, setItems, clearItems] = useSessionDraft<MinuteItem[]>(`psp.draft.minutes.${meeting.id}`, saved);
  const [baseVersion, setBaseVersion] = useState<number | undefined>(meeting.minutes?.version);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [conflict, setConflict] = useState<{ detail: string | undefined; theirs: string | null; loading: boolean } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const dirty = asText(items) !== asText(saved);
  const { blocker } = useUnsavedChanges(dirty);

  const update = (index: number, patch: Partial<MinuteItem>) => setItems(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  const nextNumber = () =>
    String(
      items
        .map((item) => Number.parseInt(item.number, 10))
        .filter(Number.isFinite)
        .reduce((max, n) => Math.max(max, n), 0) + 1,
    );

  const submit = () => {
    const problems = items.flatMap((item, index) => [
      ...(item.number.trim() ? [] : [{ path: `items.${index}.number`, message: `Enter a number for item ${index + 1}` }]),
      ...(item.text.trim() ? [] : [{ path: `items.${index}.text`, message: `Enter the text of item ${item.number || index + 1}` }]),
    ]);
    if (problems.length) return setErrors(formErrorsFrom(problems));
    setErrors(NO_ERRORS);
    setMessage(null);
    save.mutate(
      {
        items: items.map((item) => ({ number: item.number.trim(), text: item.text.trim(), ...(item.heading.trim() ? { heading: item.heading.trim() } : {}) })),
        ...(baseVersion ? { version: baseVersion } : {}),
      },
      {
        onSuccess: (minutes) => {
          clearItems();
          setBaseVersion(minutes.version);
          setConflict(null);
          setMessage('The draft minutes are saved.');
        },
        onError: (error) => {
          if (isApiError(error, 409)) {
            setConflict({ detail: conflictDetail(error), theirs: null, loading: true });
            void onReload().then((latest) =>
              setConflict({ detail: conflictDetail(error), theirs: latest ? asText(itemsFrom(latest.minutes)) : null, loading: false }),
            );
          } else {
            setErrors(formErrorsFromError(error));
          }
        },
      },
    );
  };

  return (
    <>
      <UnsavedChangesDialog blocker={blocker} />
      {message ? (
        <NotificationBanner success focus>
          <p className="govuk-notification-banner__heading">{message}</p>
        </NotificationBanner>
      ) : null}
      {conflict ? (
        <ConflictNotice
          what="minutes"
          detail={conflict.detail}
          theirs={conflict.theirs}
          loadingTheirs={conflict.loading}
          yours={asText(items)}
          onKeepMine={() => {
            void onReload().then((latest) => {
              setBaseVersion(latest?.minutes?.version);
              setConflict(null);
            });
          }}
          onUseTheirs={() => {
            void onReload().then((latest) => {
              setItems(itemsFrom(latest?.minutes ?? null));
              setBaseVersion(latest?.minutes?.version);
              setConflict(null);
            });
          }}
        />
      ) : null}
      <ErrorSummary errors={errors} />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        {items.map((item, index) => (
          <fieldset className="govuk-fieldset app-minute-item" key={index}>
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Item {item.number || index + 1}</legend>
            <TextInput
              name={`items.${index}.number`}
              label="Number"
              width="4"
              value={item.number}
              onChange={(number) => update(index, { number })}
              error={errors.byField[`items.${index}.number`]}
            />
            <TextInput
              name={`items.${index}.heading`}
              label="Heading (optional)"
              value={item.heading}
              onChange={(heading) => update(index, { heading })}
              error={errors.byField[`items.${index}.heading`]}
            />
            <Textarea
              name={`items.${index}.text`}
              label="Minute"
              rows={5}
              value={item.text}
              onChange={(text) => update(index, { text })}
              error={errors.byField[`items.${index}.text`]}
            />
            {items.length > 1 ? (
              <Button type="button" variant="warning" onClick={() => setItems(items.filter((_, i) => i !== index))}>
                Remove item {item.number || index + 1}
              </Button>
            ) : null}
          </fieldset>
        ))}
        <ButtonGroup>
          <Button type="button" variant="secondary" onClick={() => setItems([...items, { number: nextNumber(), heading: '', text: '' }])}>
            Add another item
          </Button>
        </ButtonGroup>
        <ButtonGroup>
          <Button disabled={save.isPending}>Save draft minutes</Button>
          {meeting.minutes && baseVersion !== undefined && !dirty ? (
            <Button
              type="button"
              variant="secondary"
              disabled={transition.isPending}
              onClick={() =>
                transition.mutate(
                  { to: 'APPROVED', version: baseVersion },
                  {
                    onSuccess: () => void navigate('.', { state: { flash: 'The minutes are approved. Publish them when you are ready.' } }),
                    onError: (error) => setErrors(formErrorsFromError(error)),
                  },
                )
              }
            >
              Approve the minutes
            </Button>
          ) : null}
        </ButtonGroup>
      </form>
    </>
  );
}

export default function MinutesPage() {
  const id = useParams().id ?? '';
  const navigate = useNavigate();
  const meeting = useMeeting(id);
  const transition = useTransitionMinutes(id);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  if (!meeting.data) return <QueryFallback query={meeting} what="minutes" />;
  const data = meeting.data;
  const minutes = data.minutes;

  return (
    <>
      <BackLink href={paths.workspace.meeting.href(id)}>Back to the meeting</BackLink>
      <FlashMessage />
      <PageHeading caption={data.title}>Minutes</PageHeading>
      {minutes ? (
        <p className="govuk-body">
          <VersionStatusTag status={minutes.status} />
        </p>
      ) : null}
      {!minutes || isMinutesEditable(minutes.status) ? (
        <MinutesEditor meeting={data} onReload={async () => (await meeting.refetch()).data} />
      ) : (
        <>
          <ErrorSummary errors={errors} />
          {minutes.status === 'APPROVED' ? (
            <>
              <p className="govuk-body">The minutes are approved and not yet public. Publish them, or return them to draft to correct them.</p>
              <ButtonGroup>
                <Link to={paths.workspace.publishMinutes.href(id)} role="button" draggable="false" className="govuk-button">
                  Publish the minutes
                </Link>
                <Button
                  type="button"
                  variant="secondary"
                  disabled={transition.isPending}
                  onClick={() =>
                    transition.mutate(
                      { to: 'DRAFT', version: minutes.version },
                      {
                        onSuccess: () =>
                          void navigate('.', { replace: true, state: { flash: 'The minutes are back in draft. Correct them and approve them again.' } }),
                        onError: (error) => setErrors(formErrorsFromError(error)),
                      },
                    )
                  }
                >
                  Return to draft
                </Button>
              </ButtonGroup>
            </>
          ) : (
            <p className="govuk-body">
              The minutes are published.{' '}
              <Link className="govuk-link" to={paths.meeting.href(id)}>
                See them on the meeting page
              </Link>
              .
            </p>
          )}
          <ProvisionList provisions={minutes.provisions} linkNumbers={false} />
        </>
      )}
    </>
  );
}
