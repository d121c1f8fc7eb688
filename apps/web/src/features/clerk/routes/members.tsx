// The clerk (or the admin) keeps the panel's membership: each person's term with its dates, office
// and voting rights. Terms are ended, never deleted: a decision counts the members on its day.
import { useState } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { type LoaderFunctionArgs } from 'react-router';
import type { PanelMember } from '@psp/contracts';
import { MEMBER_KINDS, PANEL_OFFICES } from '@psp/contracts/enums';
import { paths } from '@/config/paths';
import { useMe } from '@/lib/api/get-me';
import { membersQueryOptions, useMembers } from '@/lib/api/get-members';
import { requireUser, staffPanelSlug } from '@/lib/authorization';
import { calendarDay } from '@/lib/dates';
import { isApiError } from '@/lib/api-client';
import { formErrorsFrom, formErrorsFromError, NO_ERRORS, type FormErrors } from '@/lib/form-errors';
import { formatDate } from '@/lib/format';
import { useUnsavedChanges } from '@/lib/hooks';
import { Breadcrumbs, PageHeading, TableHead } from '@/components/page';
import { ErrorSummary, NotificationBanner, QueryFallback } from '@/components/feedback';
import { Button, Checkboxes, DateInput, EMPTY_DATE, Radios, readDate, Select, TextInput, type DateParts } from '@/components/forms';
import { UnsavedChangesDialog } from '@/components/unsaved-changes';
import { useCreateMember, useUpdateMember } from '../api/members';

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const user = await requireUser(queryClient, request, 'members:manage');
    await queryClient.ensureQueryData(membersQueryOptions(staffPanelSlug(user), 'all'));
    return null;
  };

const OFFICE_NAMES: Record<PanelMember['office'], string> = { MEMBER: 'Member', CHAIR: 'Chair', VICE_CHAIR: 'Vice-chair' };
const KIND_NAMES: Record<PanelMember['kind'], string> = { COUNCILLOR: 'Councillor', INDEPENDENT: 'Co-opted independent member' };

export default function StaffMembers() {
  const me = useMe();
  const slug = me.data ? staffPanelSlug(me.data) : '';
  const members = useMembers(slug, 'all');
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      <Breadcrumbs items={[{ text: 'Workspace', href: paths.workspace.home.href() }]} />
      {notice ? (
        <NotificationBanner success focus key={notice}>
          <p className="govuk-notification-banner__heading">{notice}</p>
        </NotificationBanner>
      ) : null}
      <PageHeading>Members of the panel</PageHeading>
      {members.data ? <Terms slug={slug} members={members.data} onNotice={setNotice} /> : <QueryFallback query={members} what="members" />}
      <AddMember slug={slug} onNotice={setNotice} />
      <p className="govuk-body">
        <a className="govuk-link" href={paths.members.href(slug)}>
          See the members as the public does
        </a>
      </p>
    </>
  );
}

function Terms({ slug, members, onNotice }: { slug: string; members: PanelMember[]; onNotice: (message: string) => void }) {
  const update = useUpdateMember(slug);
  const [ending, setEnding] = useState<PanelMember | null>(null);
  const [end, setEnd] = useState<DateParts>(EMPTY_DATE);
  const [error, setError] = useState<string | undefined>();
  if (members.length === 0) return <p className="govuk-body">No members recorded yet.</p>;
  return (
    <>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Terms on the panel</caption>
        <TableHead columns={['Name', 'Appointed by', 'Office', 'Term', 'Change']} />
        <tbody className="govuk-table__body">
          {members.map((member) => (
            <tr className="govuk-table__row" key={member.id}>
              <td className="govuk-table__cell">
                {member.name}
                {member.votingRights ? null : <span className="app-secondary-text"> (no vote)</span>}
              </td>
              <td className="govuk-table__cell">{member.kind === 'COUNCILLOR' ? member.council : KIND_NAMES.INDEPENDENT}</td>
              <td className="govuk-table__cell">{OFFICE_NAMES[member.office]}</td>
              <td className="govuk-table__cell">
                {formatDate(member.startsOn)} to {member.endsOn ? formatDate(member.endsOn) : 'now'}
              </td>
              <td className="govuk-table__cell">
                {member.endsOn ? null : (
                  <button
                    type="button"
                    className="govuk-link app-link-button"
                    onClick={() => {
                      setEnding(member);
                      setEnd(EMPTY_DATE);
                      setError(undefined);
                    }}
                  >
                    End the term<span className="govuk-visually-hidden"> of {member.name}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {ending ? (
        <form
          noValidate
          className="govuk-!-margin-bottom-8"
          onSubmit={(event) => {
            event.preventDefault();
            const date = readDate(end, 'the last day of the term');
            if ('error' in date) return setError(date.error);
            update.mutate(
              { id: ending.id, input: { endsOn: calendarDay(date.date), version: ending.version } },
              {
                onSuccess: (saved) => {
                  setEnding(null);
                  onNotice(`${saved.name}’s term ends on ${formatDate(saved.endsOn)}.`);
                },
                onError: (problem) =>
                  setError(
                    isApiError(problem, 409)
                      ? 'Someone else changed this term after you opened the page. Reload the page to see their change.'
                      : (formErrorsFromError(problem, { endsOn: 'endsOn' }).byField.endsOn ?? formErrorsFromError(problem).summary[0]?.text),
                  ),
              },
            );
          }}
        >
          <DateInput name="endsOn" legend={`The last day of ${ending.name}’s term`} value={end} error={error} onChange={setEnd} />
          <Button disabled={update.isPending}>End the term</Button>
        </form>
      ) : null}
    </>
  );
}

interface NewMember {
  name: string;
  kind: PanelMember['kind'] | '';
  council: string;
  office: PanelMember['office'];
  votingRights: boolean;
  startsOn: DateParts;
}
const EMPTY_MEMBER: NewMember = { name: '', kind: '', council: '', office: 'MEMBER', votingRights: true, startsOn: EMPTY_DATE };

function AddMember({ slug, onNotice }: { slug: string; onNotice: (message: string) => void }) {
  const create = useCreateMember(slug);
  const [draft, setDraft] = useState<NewMember>(EMPTY_MEMBER);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const { blocker, allowLeaving } = useUnsavedChanges(Boolean(draft.name.trim() || draft.council.trim()));
  const set =
    <K extends keyof NewMember>(key: K) =>
    (value: NewMember[K]) =>
      setDraft({ ...draft, [key]: value });

  const submit = () => {
    const problems: { path: string; message: string }[] = [];
    if (!draft.name.trim()) problems.push({ path: 'name', message: 'Enter the member’s name' });
    if (!draft.kind) problems.push({ path: 'kind', message: 'Select whether they are a councillor or an independent member' });
    if (draft.kind === 'COUNCILLOR' && !draft.council.trim()) problems.push({ path: 'council', message: 'Enter the council that appointed the councillor' });
    const starts = readDate(draft.startsOn, 'the first day of the term');
    if ('error' in starts) problems.push({ path: 'startsOn', message: starts.error });
    if (problems.length || !draft.kind || 'error' in starts) return setErrors(formErrorsFrom(problems));
    setErrors(NO_ERRORS);
    create.mutate(
      {
        name: draft.name.trim(),
        kind: draft.kind,
        ...(draft.kind === 'COUNCILLOR' ? { council: draft.council.trim() } : {}),
        office: draft.office,
        votingRights: draft.votingRights,
        startsOn: calendarDay(starts.date),
      },
      {
        onSuccess: (member) => {
          allowLeaving();
          setDraft(EMPTY_MEMBER);
          onNotice(`${member.name} is recorded as a member from ${formatDate(member.startsOn)}.`);
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
      <h2 className="govuk-heading-m">Add a member</h2>
      <ErrorSummary errors={errors} />
      <TextInput name="name" label="Name" value={draft.name} error={errors.byField.name} onChange={set('name')} width="two-thirds" />
      <Radios
        name="kind"
        legend="Appointed as"
        legendClassName="govuk-fieldset__legend--s"
        value={draft.kind}
        error={errors.byField.kind}
        onChange={(value) => set('kind')(MEMBER_KINDS.find((kind) => kind === value) ?? '')}
        options={MEMBER_KINDS.map((value) => ({ value, text: KIND_NAMES[value] }))}
      />
      {draft.kind === 'COUNCILLOR' ? (
        <TextInput
          name="council"
          label="Council that appointed them"
          value={draft.council}
          error={errors.byField.council}
          onChange={set('council')}
          width="two-thirds"
        />
      ) : null}
      <Select
        name="office"
        label="Office"
        value={draft.office}
        onChange={(value) => set('office')(PANEL_OFFICES.find((office) => office === value) ?? 'MEMBER')}
        options={PANEL_OFFICES.map((value) => ({ value, text: OFFICE_NAMES[value] }))}
      />
      <Checkboxes
        name="votingRights"
        legend="Voting"
        legendClassName="govuk-fieldset__legend--s"
        small
        values={draft.votingRights ? ['yes'] : []}
        onChange={(values) => set('votingRights')(values.includes('yes'))}
        options={[{ value: 'yes', text: 'Has a vote on the panel' }]}
      />
      <DateInput name="startsOn" legend="First day of the term" value={draft.startsOn} error={errors.byField.startsOn} onChange={set('startsOn')} />
      <Button disabled={create.isPending}>Add the member</Button>
      <UnsavedChangesDialog blocker={blocker} />
    </form>
  );
}
