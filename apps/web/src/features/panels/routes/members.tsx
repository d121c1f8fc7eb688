// Who sits on the panel: its members today (councillors with their council, co-opted independent
// members, the chair and vice-chair) and those whose terms have ended, each term with its dates.
import { useEffect, useState } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { useParams, type LoaderFunctionArgs } from 'react-router';
import type { PanelMember } from '@psp/contracts';
import { londonDay } from '@psp/domain';
import { paths } from '@/config/paths';
import { membersQueryOptions, useMembers } from '@/lib/api/get-members';
import { rememberPanel } from '@/lib/current-panel';
import { formatDate } from '@/lib/format';
import { Breadcrumbs, PageHeading, TableHead } from '@/components/page';
import { QueryFallback } from '@/components/feedback';

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    await queryClient.ensureQueryData(membersQueryOptions(params.slug ?? '', 'all'));
    return null;
  };

export const OFFICE_NAMES: Record<PanelMember['office'], string> = { MEMBER: 'Member', CHAIR: 'Chair', VICE_CHAIR: 'Vice-chair' };
const officeOrder: Record<PanelMember['office'], number> = { CHAIR: 0, VICE_CHAIR: 1, MEMBER: 2 };

function MembersTable({ members, caption, past }: { members: PanelMember[]; caption: string; past?: boolean }) {
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
      <TableHead columns={['Name', 'Appointed by', 'Office', past ? 'Term' : 'Member since']} />
      <tbody className="govuk-table__body">
        {members.map((member) => (
          <tr className="govuk-table__row" key={member.id}>
            <td className="govuk-table__cell">
              {member.name}
              {member.votingRights ? null : <span className="app-secondary-text"> (no vote)</span>}
            </td>
            <td className="govuk-table__cell">{member.kind === 'COUNCILLOR' ? member.council : 'Co-opted independent member'}</td>
            <td className="govuk-table__cell">{OFFICE_NAMES[member.office]}</td>
            <td className="govuk-table__cell">
              {past && member.endsOn ? `${formatDate(member.startsOn)} to ${formatDate(member.endsOn)}` : formatDate(member.startsOn)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default function MembersPage() {
  const slug = useParams().slug ?? '';
  const members = useMembers(slug, 'all');
  // Today in London, fixed for the page's life (a render must not read the clock).
  const [today] = useState(() => londonDay(new Date()));
  useEffect(() => rememberPanel(slug), [slug]);
  const current = (members.data ?? [])
    .filter((m) => m.startsOn <= today && (m.endsOn === null || m.endsOn >= today))
    .sort((a, b) => officeOrder[a.office] - officeOrder[b.office] || a.name.localeCompare(b.name));
  const former = (members.data ?? []).filter((m) => m.endsOn !== null && m.endsOn < today).sort((a, b) => (b.endsOn ?? '').localeCompare(a.endsOn ?? ''));
  return (
    <>
      <Breadcrumbs items={[{ text: 'Overview', href: paths.panel.href(slug) }]} />
      <PageHeading>Members of the panel</PageHeading>
      <p className="govuk-body">
        Councillors appointed by the councils of the force area and co-opted independent members. A veto of the proposed precept or of the proposed chief
        constable needs the votes of two-thirds of the members on the day.
      </p>
      {!members.data ? (
        <QueryFallback query={members} what="members" />
      ) : members.data.length === 0 ? (
        <p className="govuk-body">The panel’s clerk has not recorded its members in the portal yet.</p>
      ) : (
        <>
          {current.length ? (
            <MembersTable members={current} caption={`${current.length} members today`} />
          ) : (
            <p className="govuk-body">No member’s term runs today.</p>
          )}
          {former.length ? <MembersTable members={former} caption="Former members" past /> : null}
        </>
      )}
    </>
  );
}
