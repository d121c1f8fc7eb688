// The clerk records who attended a meeting (present, apologies, absent, a substitute) and the
// interests members declared on its items. The members listed are those on the meeting's day.
import { useState } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { useParams, type LoaderFunctionArgs } from 'react-router';
import type { MeetingDetail, PanelMember } from '@psp/contracts';
import { ATTENDANCE_STATUSES } from '@psp/contracts/enums';
import { londonDay } from '@psp/domain';
import { paths } from '@/config/paths';
import { useMe } from '@/lib/api/get-me';
import { meetingQueryOptions, useMeeting } from '@/lib/api/get-meeting';
import { useMembers } from '@/lib/api/get-members';
import { requireUser, staffPanelSlug } from '@/lib/authorization';
import { isApiError } from '@/lib/api-client';
import { formErrorsFrom, formErrorsFromError, NO_ERRORS, type FormErrors } from '@/lib/form-errors';
import { formatDate } from '@/lib/format';
import { BackLink, PageHeading, TableHead } from '@/components/page';
import { ErrorSummary, NotificationBanner, QueryFallback } from '@/components/feedback';
import { Button, Select, Textarea } from '@/components/forms';
import { useDeclareInterest, useSetAttendance } from '../api/attendance';

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    await requireUser(queryClient, request, 'meeting:write');
    await queryClient.ensureQueryData(meetingQueryOptions(params.id ?? ''));
    return null;
  };

type Status = (typeof ATTENDANCE_STATUSES)[number];
const STATUS_LABELS: Record<Status, string> = { PRESENT: 'Present', APOLOGIES: 'Apologies', ABSENT: 'Absent', SUBSTITUTED: 'Substituted' };

export default function AttendancePage() {
  const id = useParams().id ?? '';
  const me = useMe();
  const meeting = useMeeting(id);
  const slug = me.data ? staffPanelSlug(me.data) : '';
  const day = meeting.data ? londonDay(new Date(meeting.data.startsAt)) : '';
  const members = useMembers(slug, day);
  const [notice, setNotice] = useState<string | null>(null);
  if (!meeting.data) return <QueryFallback query={meeting} what="meeting" />;
  if (!members.data) return <QueryFallback query={members} what="members" />;
  return (
    <>
      <BackLink href={paths.workspace.meeting.href(id)}>Back to the meeting</BackLink>
      {notice ? (
        <NotificationBanner success focus key={notice}>
          <p className="govuk-notification-banner__heading">{notice}</p>
        </NotificationBanner>
      ) : null}
      <PageHeading caption={meeting.data.title}>Attendance and declarations</PageHeading>
      {members.data.length === 0 ? (
        <p className="govuk-body">No members of the panel are recorded for {formatDate(meeting.data.startsAt)}: record the panel’s members first.</p>
      ) : (
        <>
          <AttendanceForm key={meeting.data.version} meeting={meeting.data} members={members.data} onSaved={setNotice} />
          <DeclarationForm meeting={meeting.data} members={members.data} onSaved={setNotice} />
        </>
      )}
    </>
  );
}

function AttendanceForm({ meeting, members, onSaved }: { meeting: MeetingDetail; members: PanelMember[]; onSaved: (message: string) => void }) {
  const save = useSetAttendance(meeting.id);
  const recorded = new Map((meeting.attendance ?? []).map((a) => [a.memberId, a]));
  const [statuses, setStatuses] = useState<Record<string, Status | ''>>(Object.fromEntries(members.map((m) => [m.id, recorded.get(m.id)?.status ?? ''])));
  const [substitutes, setSubstitutes] = useState<Record<string, string>>(Object.fromEntries(members.map((m) => [m.id, recorded.get(m.id)?.substitute ?? ''])));
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const submit = () => {
    const problems = members.flatMap((m) =>
      statuses[m.id] === 'SUBSTITUTED' && !(substitutes[m.id] ?? '').trim()
        ? [{ path: `substitute-${m.id}`, message: `Enter who attended in ${m.name}’s place` }]
        : [],
    );
    if (problems.length) return setErrors(formErrorsFrom(problems));
    setErrors(NO_ERRORS);
    const records = members.flatMap((m) => {
      const status = statuses[m.id];
      return status ? [{ memberId: m.id, status, ...(status === 'SUBSTITUTED' ? { substitute: (substitutes[m.id] ?? '').trim() } : {}) }] : [];
    });
    save.mutate(
      { records, version: meeting.version },
      {
        onSuccess: () => onSaved('The attendance is saved.'),
        onError: (error) =>
          setErrors(
            isApiError(error, 409)
              ? formErrorsFrom([{ path: 'attendance', message: 'Someone else changed this meeting after you opened it. Reload the page to see their change.' }])
              : formErrorsFromError(error),
          ),
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
      <table className="govuk-table app-table--compact">
        <caption className="govuk-table__caption govuk-table__caption--m">Who attended</caption>
        <TableHead columns={['Member', 'Attendance', 'Substitute']} />
        <tbody className="govuk-table__body">
          {members.map((member) => (
            <tr className="govuk-table__row" key={member.id}>
              <th scope="row" className="govuk-table__header">
                {member.name}
              </th>
              <td className="govuk-table__cell">
                <Select
                  name={`status-${member.id}`}
                  label={<span className="govuk-visually-hidden">Attendance of {member.name}</span>}
                  value={statuses[member.id] ?? ''}
                  onChange={(value) => setStatuses({ ...statuses, [member.id]: ATTENDANCE_STATUSES.find((s) => s === value) ?? '' })}
                  options={[{ value: '', text: 'Not recorded' }, ...ATTENDANCE_STATUSES.map((value) => ({ value, text: STATUS_LABELS[value] }))]}
                />
              </td>
              <td className="govuk-table__cell">
                {statuses[member.id] === 'SUBSTITUTED' ? (
                  <div className={`govuk-form-group${errors.byField[`substitute-${member.id}`] ? ' govuk-form-group--error' : ''}`}>
                    <label className="govuk-label govuk-visually-hidden" htmlFor={`substitute-${member.id}`}>
                      Substitute for {member.name}
                    </label>
                    {errors.byField[`substitute-${member.id}`] ? (
                      <p className="govuk-error-message" id={`substitute-${member.id}-error`}>
                        <span className="govuk-visually-hidden">Error:</span> {errors.byField[`substitute-${member.id}`]}
                      </p>
                    ) : null}
                    <input
                      className="govuk-input"
                      id={`substitute-${member.id}`}
                      value={substitutes[member.id] ?? ''}
                      onChange={(event) => setSubstitutes({ ...substitutes, [member.id]: event.target.value })}
                    />
                  </div>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Button disabled={save.isPending}>Save the attendance</Button>
    </form>
  );
}

function DeclarationForm({ meeting, members, onSaved }: { meeting: MeetingDetail; members: PanelMember[]; onSaved: (message: string) => void }) {
  const declare = useDeclareInterest(meeting.id);
  const [itemId, setItemId] = useState('');
  const [memberId, setMemberId] = useState('');
  const [interest, setInterest] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const submit = () => {
    const problems: { path: string; message: string }[] = [];
    if (!itemId) problems.push({ path: 'itemId', message: 'Select the agenda item' });
    if (!memberId) problems.push({ path: 'memberId', message: 'Select the member' });
    if (!interest.trim()) problems.push({ path: 'interest', message: 'Describe the interest as declared' });
    if (problems.length) return setErrors(formErrorsFrom(problems));
    setErrors(NO_ERRORS);
    declare.mutate(
      { itemId, input: { memberId, interest: interest.trim() } },
      {
        onSuccess: (declaration) => {
          setInterest('');
          onSaved(`${declaration.name}’s interest is recorded.`);
        },
        onError: (error) => setErrors(formErrorsFromError(error)),
      },
    );
  };
  return (
    <form
      noValidate
      className="govuk-!-margin-top-8"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <h2 className="govuk-heading-m">Declarations of interest</h2>
      <ErrorSummary errors={errors} />
      {(meeting.declarations ?? []).length ? (
        <ul className="govuk-list govuk-list--bullet">
          {(meeting.declarations ?? []).map((d) => (
            <li key={d.id}>
              Item {meeting.agendaItems.find((i) => i.id === d.agendaItemId)?.number ?? '?'}: {d.name}: {d.interest}
            </li>
          ))}
        </ul>
      ) : (
        <p className="govuk-body">None recorded.</p>
      )}
      <Select
        name="itemId"
        label="Agenda item"
        value={itemId}
        error={errors.byField.itemId}
        onChange={setItemId}
        options={[{ value: '', text: 'Select an item' }, ...meeting.agendaItems.map((i) => ({ value: i.id, text: `${i.number}. ${i.title}` }))]}
      />
      <Select
        name="memberId"
        label="Member"
        value={memberId}
        error={errors.byField.memberId}
        onChange={setMemberId}
        options={[{ value: '', text: 'Select a member' }, ...members.map((m) => ({ value: m.id, text: m.name }))]}
      />
      <Textarea name="interest" label="The interest declared" rows={2} value={interest} error={errors.byField.interest} onChange={setInterest} />
      <Button disabled={declare.isPending}>Record the declaration</Button>
    </form>
  );
}
