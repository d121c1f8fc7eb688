// The clerk records the panel's decision on an agenda item with each member's vote. The members
// are those on the meeting's day; the count is shown as the clerk fills it in, and a veto needs
// two-thirds of those members (the API refuses one that does not reach it, with the count).
import { useState } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams, type LoaderFunctionArgs } from 'react-router';
import type { MeetingDetail, PanelMember, RecordDecisionInput } from '@psp/contracts';
import { DECISION_KINDS, VOTE_VALUES } from '@psp/contracts/enums';
import { checkDecision, countVotes, londonDay, type DecisionKind, type DecisionOutcome, type VoteValue } from '@psp/domain';
import { paths } from '@/config/paths';
import { useMe } from '@/lib/api/get-me';
import { meetingQueryOptions, useMeeting } from '@/lib/api/get-meeting';
import { useMembers } from '@/lib/api/get-members';
import { requireUser, staffPanelSlug } from '@/lib/authorization';
import { formErrorsFrom, formErrorsFromError, NO_ERRORS, type FormErrors } from '@/lib/form-errors';
import { formatDate } from '@/lib/format';
import { useUnsavedChanges } from '@/lib/hooks';
import { BackLink, PageHeading, TableHead } from '@/components/page';
import { ErrorSummary, InsetText, QueryFallback } from '@/components/feedback';
import { Button, Radios, Select, Textarea } from '@/components/forms';
import { UnsavedChangesDialog } from '@/components/unsaved-changes';
import { useRecordDecision } from '../api/record-decision';

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    await requireUser(queryClient, request, 'meeting:write');
    await queryClient.ensureQueryData(meetingQueryOptions(params.id ?? ''));
    return null;
  };

const KIND_LABELS: Record<DecisionKind, string> = {
  ORDINARY: 'An ordinary decision (a majority of the votes cast)',
  PRECEPT_VETO: 'A veto of the proposed precept (Schedule 5: two-thirds of the members)',
  CHIEF_CONSTABLE_VETO: 'A veto of the proposed chief constable (Schedule 8: two-thirds of the members)',
};
const VOTE_LABELS: Record<VoteValue, string> = { FOR: 'For', AGAINST: 'Against', ABSTAIN: 'Abstain', ABSENT: 'Absent' };

export default function RecordDecision() {
  const id = useParams().id ?? '';
  const meeting = useMeeting(id);
  const me = useMe();
  const slug = me.data ? staffPanelSlug(me.data) : '';
  const day = meeting.data ? londonDay(new Date(meeting.data.startsAt)) : '';
  const members = useMembers(slug, day);
  if (!meeting.data) return <QueryFallback query={meeting} what="meeting" />;
  if (!members.data) return <QueryFallback query={members} what="members" />;
  return <DecisionForm meeting={meeting.data} members={members.data} day={day} />;
}

function DecisionForm({ meeting, members, day }: { meeting: MeetingDetail; members: PanelMember[]; day: string }) {
  const navigate = useNavigate();
  const record = useRecordDecision(meeting.id);
  const [itemId, setItemId] = useState('');
  const [kind, setKind] = useState<DecisionKind>('ORDINARY');
  const [motion, setMotion] = useState('');
  const [outcome, setOutcome] = useState<DecisionOutcome | ''>('');
  const [votes, setVotes] = useState<Record<string, VoteValue>>({});
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const { blocker, allowLeaving } = useUnsavedChanges(Boolean(motion.trim() || Object.keys(votes).length));
  const back = paths.workspace.meeting.href(meeting.id);
  const voteOf = (member: PanelMember): VoteValue => votes[member.id] ?? 'ABSENT';
  const check = checkDecision(kind, countVotes(members.map(voteOf)), members.length);
  const veto = kind !== 'ORDINARY';

  const submit = () => {
    const problems: { path: string; message: string }[] = [];
    if (!itemId) problems.push({ path: 'itemId', message: 'Select the agenda item' });
    if (!motion.trim()) problems.push({ path: 'motion', message: 'Enter the motion as the panel put it' });
    if (!outcome) problems.push({ path: 'outcome', message: 'Select what the panel resolved' });
    if (problems.length || !outcome) return setErrors(formErrorsFrom(problems));
    setErrors(NO_ERRORS);
    const input: RecordDecisionInput = {
      kind,
      motion: motion.trim(),
      outcome,
      votes: members.map((member) => ({ memberId: member.id, vote: voteOf(member) })),
    };
    record.mutate(
      { itemId, input },
      {
        onSuccess: (decision) => {
          allowLeaving();
          void navigate(back, { state: { flash: `Decision recorded: ${decision.arithmetic}.` } });
        },
        onError: (error) => setErrors(formErrorsFromError(error, { outcome: 'outcome' })),
      },
    );
  };

  if (members.length === 0) {
    return (
      <>
        <BackLink href={back}>Back to the meeting</BackLink>
        <PageHeading caption={meeting.title}>Record a decision</PageHeading>
        <p className="govuk-body">
          No members of the panel are recorded for {formatDate(day)}.{' '}
          <Link className="govuk-link" to={paths.workspace.members.href()}>
            Record the panel’s members
          </Link>{' '}
          first: a decision counts the members on the day.
        </p>
      </>
    );
  }

  return (
    <>
      <BackLink href={back}>Back to the meeting</BackLink>
      <ErrorSummary errors={errors} />
      <PageHeading caption={meeting.title} error={errors.summary.length > 0}>
        Record a decision
      </PageHeading>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Select
          name="itemId"
          label="Agenda item"
          value={itemId}
          error={errors.byField.itemId}
          onChange={setItemId}
          options={[{ value: '', text: 'Select an item' }, ...meeting.agendaItems.map((item) => ({ value: item.id, text: `${item.number}. ${item.title}` }))]}
        />
        <Radios
          name="kind"
          legend="What kind of decision?"
          value={kind}
          onChange={(value) => setKind(DECISION_KINDS.find((k) => k === value) ?? 'ORDINARY')}
          options={DECISION_KINDS.map((value) => ({ value, text: KIND_LABELS[value] }))}
        />
        <Textarea name="motion" label="The motion" rows={3} value={motion} error={errors.byField.motion} onChange={setMotion} />
        <table className="govuk-table app-table--compact">
          <caption className="govuk-table__caption govuk-table__caption--m">
            Votes of the {members.length} members on {formatDate(day)}
          </caption>
          <TableHead columns={['Member', ...VOTE_VALUES.map((value) => VOTE_LABELS[value])]} />
          <tbody className="govuk-table__body">
            {members.map((member) => (
              <tr className="govuk-table__row" key={member.id}>
                <th scope="row" className="govuk-table__header">
                  {member.name}
                </th>
                {VOTE_VALUES.map((value) => (
                  <td className="govuk-table__cell" key={value}>
                    <div className="govuk-radios govuk-radios--small">
                      <div className="govuk-radios__item">
                        <input
                          className="govuk-radios__input"
                          id={`vote-${member.id}-${value}`}
                          name={`vote-${member.id}`}
                          type="radio"
                          value={value}
                          checked={voteOf(member) === value}
                          disabled={!member.votingRights && (value === 'FOR' || value === 'AGAINST')}
                          onChange={() => setVotes({ ...votes, [member.id]: value })}
                        />
                        <label className="govuk-label govuk-radios__label" htmlFor={`vote-${member.id}-${value}`}>
                          <span className="govuk-visually-hidden">
                            {member.name}: {VOTE_LABELS[value]}
                          </span>
                        </label>
                      </div>
                    </div>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <InsetText>
          <span role="status">{check.arithmetic}.</span>
          {veto ? ' A veto counts the members of the panel on the day, not those present.' : ''}
        </InsetText>
        <Radios
          name="outcome"
          legend="What did the panel resolve?"
          value={outcome}
          error={errors.byField.outcome}
          onChange={(value) => setOutcome(value === 'CARRIED' || value === 'LOST' ? value : '')}
          options={[
            { value: 'CARRIED', text: veto ? 'The panel vetoed it' : 'Carried' },
            { value: 'LOST', text: veto ? 'The panel did not veto it' : 'Lost' },
          ]}
        />
        <Button disabled={record.isPending}>Record the decision</Button>
      </form>
      <UnsavedChangesDialog blocker={blocker} />
    </>
  );
}
