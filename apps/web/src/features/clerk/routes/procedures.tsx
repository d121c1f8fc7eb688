// The clerk keeps the panel's statutory procedures: this year's precept and every confirmation
// hearing, plan review and annual report, each step recorded as done with its meeting, paper and
// decision (and whether the panel vetoed), against deadlines the portal computes.
import { useState } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { type LoaderFunctionArgs } from 'react-router';
import type { ProcedureView } from '@psp/contracts';
import { PROCEDURE_KINDS } from '@psp/contracts/enums';
import { paths } from '@/config/paths';
import { useMe } from '@/lib/api/get-me';
import { useMeeting } from '@/lib/api/get-meeting';
import { useMeetings } from '@/lib/api/get-meetings';
import { usePanelDocuments } from '@/lib/api/get-panel-documents';
import { proceduresQueryOptions, useProcedures } from '@/lib/api/get-procedures';
import { requireUser, staffPanelSlug } from '@/lib/authorization';
import { calendarDay } from '@/lib/dates';
import { formErrorsFrom, formErrorsFromError, NO_ERRORS, type FormErrors } from '@/lib/form-errors';
import { formatDate } from '@/lib/format';
import { Breadcrumbs, PageHeading } from '@/components/page';
import { ErrorSummary, NotificationBanner, QueryFallback } from '@/components/feedback';
import { Button, Checkboxes, DateInput, EMPTY_DATE, Radios, readDate, Select, Textarea, TextInput, type DateParts } from '@/components/forms';
import { ProcedureSteps } from '@/components/procedure-steps';
import { useRecordStep, useStartProcedure } from '../api/procedures';

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const user = await requireUser(queryClient, request, 'meeting:write');
    await queryClient.ensureQueryData(proceduresQueryOptions(staffPanelSlug(user)));
    return null;
  };

type Kind = ProcedureView['kind'];
const KIND_NAMES: Record<Kind, string> = {
  PRECEPT: 'The precept',
  CONFIRMATION_HEARING: 'A confirmation hearing (proposed chief constable)',
  PLAN_REVIEW: 'A review of the draft Police and Crime Plan',
  ANNUAL_REPORT: 'The annual report',
};
/** The steps at which the panel may veto. */
const VETO_STEPS = new Set(['PANEL_PRECEPT_REPORT', 'PANEL_REVISED_PRECEPT_REPORT']);

interface Target {
  procedure: ProcedureView;
  code: string;
  label: string;
}

export default function Procedures() {
  const me = useMe();
  const slug = me.data ? staffPanelSlug(me.data) : '';
  const procedures = useProcedures(slug);
  const [target, setTarget] = useState<Target | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      <Breadcrumbs items={[{ text: 'Workspace', href: paths.workspace.home.href() }]} />
      {notice ? (
        <NotificationBanner success focus key={notice}>
          <p className="govuk-notification-banner__heading">{notice}</p>
        </NotificationBanner>
      ) : null}
      <PageHeading>Statutory procedures</PageHeading>
      {procedures.data ? (
        procedures.data.map((procedure) => (
          <ProcedureSteps
            key={procedure.id ?? `${procedure.kind}-${procedure.year ?? ''}`}
            procedure={procedure}
            action={(step) =>
              step.state === 'done' || step.state === 'not-applicable' ? null : (
                <button type="button" className="govuk-link app-link-button" onClick={() => setTarget({ procedure, code: step.code, label: step.label })}>
                  Record as done<span className="govuk-visually-hidden">: {step.label}</span>
                </button>
              )
            }
          />
        ))
      ) : (
        <QueryFallback query={procedures} what="procedures" />
      )}
      {target ? (
        <RecordStep
          key={`${target.procedure.id ?? 'new'}-${target.code}`}
          slug={slug}
          target={target}
          onDone={(message) => {
            setTarget(null);
            setNotice(message);
          }}
        />
      ) : null}
      <StartProcedure slug={slug} onDone={setNotice} />
    </>
  );
}

function RecordStep({ slug, target, onDone }: { slug: string; target: Target; onDone: (message: string) => void }) {
  const meetings = useMeetings(slug);
  const documents = usePanelDocuments(slug);
  const start = useStartProcedure(slug);
  const record = useRecordStep(slug);
  const [day, setDay] = useState<DateParts>(EMPTY_DATE);
  const [meetingId, setMeetingId] = useState('');
  const [paperVersionId, setPaperVersionId] = useState('');
  const [decisionId, setDecisionId] = useState('');
  const [vetoed, setVetoed] = useState(false);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const meeting = useMeeting(meetingId);
  const papers = (documents.data ?? []).flatMap((document) =>
    document.versions.filter((v) => v.status === 'PUBLISHED').map((v) => ({ value: v.id, text: `${document.title}: ${v.label}` })),
  );

  const submit = async () => {
    const done = readDate(day, 'the day it was done');
    if ('error' in done) return setErrors(formErrorsFrom([{ path: 'doneOn', message: done.error }]));
    setErrors(NO_ERRORS);
    try {
      // This year's precept is listed before anything is recorded: its first step starts tracking it.
      const procedure = target.procedure.id
        ? target.procedure
        : await start.mutateAsync({ kind: target.procedure.kind, title: target.procedure.title, year: target.procedure.year ?? undefined });
      if (!procedure.id) return;
      await record.mutateAsync({
        procedureId: procedure.id,
        code: target.code,
        input: {
          doneOn: calendarDay(done.date),
          ...(meetingId ? { meetingId } : {}),
          ...(paperVersionId ? { paperVersionId } : {}),
          ...(decisionId ? { decisionId } : {}),
          ...(note.trim() ? { note: note.trim() } : {}),
          ...(vetoed ? { vetoed } : {}),
          version: procedure.version,
        },
      });
      onDone(`Recorded as done on ${formatDate(`${calendarDay(done.date)}T12:00:00Z`)}: ${target.label}`);
    } catch (error) {
      setErrors(formErrorsFromError(error));
    }
  };

  return (
    <form
      noValidate
      className="govuk-!-margin-bottom-8"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2 className="govuk-heading-m">Record a step as done</h2>
      <p className="govuk-body">
        {target.procedure.title}: {target.label}
      </p>
      <ErrorSummary errors={errors} />
      <DateInput name="doneOn" legend="The day it was done" value={day} error={errors.byField.doneOn} onChange={setDay} />
      <Select
        name="meetingId"
        label="At a meeting (optional)"
        value={meetingId}
        error={errors.byField.meetingId}
        onChange={(value) => {
          setMeetingId(value);
          setDecisionId('');
        }}
        options={[{ value: '', text: 'No meeting' }, ...(meetings.data ?? []).map((m) => ({ value: m.id, text: `${m.title} (${formatDate(m.startsAt)})` }))]}
      />
      {meetingId && meeting.data?.decisions?.length ? (
        <Select
          name="decisionId"
          label="The decision (optional)"
          value={decisionId}
          error={errors.byField.decisionId}
          onChange={setDecisionId}
          options={[
            { value: '', text: 'No decision' },
            ...meeting.data.decisions.map((d) => ({ value: d.id, text: `${d.motion} (${d.outcome === 'CARRIED' ? 'carried' : 'lost'})` })),
          ]}
        />
      ) : null}
      <Select
        name="paperVersionId"
        label="The paper (optional)"
        value={paperVersionId}
        error={errors.byField.paperVersionId}
        onChange={setPaperVersionId}
        options={[{ value: '', text: 'No paper' }, ...papers]}
      />
      {VETO_STEPS.has(target.code) || (target.procedure.kind === 'CONFIRMATION_HEARING' && target.code === 'PANEL_REPORT') ? (
        <Checkboxes
          name="vetoed"
          legend="Veto"
          legendClassName="govuk-fieldset__legend--s"
          small
          values={vetoed ? ['yes'] : []}
          onChange={(values) => setVetoed(values.includes('yes'))}
          options={[{ value: 'yes', text: 'The panel vetoed (two-thirds of its members voted for it)' }]}
        />
      ) : null}
      <Textarea name="note" label="Note (optional)" rows={2} value={note} error={errors.byField.note} onChange={setNote} />
      <Button disabled={start.isPending || record.isPending}>Record as done</Button>
    </form>
  );
}

function StartProcedure({ slug, onDone }: { slug: string; onDone: (message: string) => void }) {
  const start = useStartProcedure(slug);
  const [kind, setKind] = useState<Exclude<Kind, 'PRECEPT'> | ''>('');
  const [title, setTitle] = useState('');
  const [notified, setNotified] = useState<DateParts>(EMPTY_DATE);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const submit = () => {
    const problems: { path: string; message: string }[] = [];
    if (!kind) problems.push({ path: 'kind', message: 'Select the procedure' });
    if (!title.trim()) problems.push({ path: 'title', message: 'Enter a title, such as the candidate’s name or the plan’s year' });
    const day = readDate(notified, 'the day the panel was notified');
    if ('error' in day) problems.push({ path: 'startedOn', message: day.error });
    if (problems.length || !kind || 'error' in day) return setErrors(formErrorsFrom(problems));
    setErrors(NO_ERRORS);
    start.mutate(
      { kind, title: title.trim(), startedOn: calendarDay(day.date) },
      {
        onSuccess: (procedure) => {
          setKind('');
          setTitle('');
          setNotified(EMPTY_DATE);
          onDone(`Tracking ${procedure.title}.`);
        },
        onError: (error) => setErrors(formErrorsFromError(error)),
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
      <h2 className="govuk-heading-m">Start tracking a procedure</h2>
      <ErrorSummary errors={errors} />
      <Radios
        name="kind"
        legend="Which procedure?"
        legendClassName="govuk-fieldset__legend--s"
        value={kind}
        error={errors.byField.kind}
        onChange={(value) => setKind(PROCEDURE_KINDS.filter((k) => k !== 'PRECEPT').find((k) => k === value) ?? '')}
        options={PROCEDURE_KINDS.filter((k) => k !== 'PRECEPT').map((value) => ({ value, text: KIND_NAMES[value] }))}
      />
      <TextInput name="title" label="Title" value={title} error={errors.byField.title} onChange={setTitle} width="two-thirds" />
      <DateInput
        name="startedOn"
        legend="The day the panel was notified"
        hint="The confirmation hearing’s report is due within three weeks beginning with this day."
        value={notified}
        error={errors.byField.startedOn}
        onChange={setNotified}
      />
      <Button disabled={start.isPending}>Start tracking</Button>
    </form>
  );
}
