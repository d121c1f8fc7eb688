import type { QueryClient } from '@tanstack/react-query';
import { Link, type LoaderFunctionArgs } from 'react-router';
import { paths } from '@/config/paths';
import { meetingsQueryOptions, useMeetings } from '@/lib/api/get-meetings';
import { useMe } from '@/lib/api/get-me';
import { requireUser, staffPanelSlug } from '@/lib/authorization';
import { formatDateTime } from '@/lib/format';
import { Breadcrumbs, PageHeading, TableHead } from '@/components/page';
import { QueryFallback } from '@/components/feedback';
import { FlashMessage } from '@/components/staff';

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const user = await requireUser(queryClient, request, 'meeting:write');
    await queryClient.ensureQueryData(meetingsQueryOptions(staffPanelSlug(user)));
    return null;
  };

export default function ClerkMeetings() {
  const me = useMe();
  const slug = me.data ? staffPanelSlug(me.data) : '';
  const meetings = useMeetings(slug);
  return (
    <>
      <Breadcrumbs items={[{ text: 'Workspace', href: paths.workspace.home.href() }]} />
      <FlashMessage />
      <PageHeading>Meetings</PageHeading>
      <Link className="govuk-button" to={paths.workspace.newMeeting.href()}>
        Create a meeting
      </Link>
      {meetings.data ? (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">Meetings, newest first</caption>
          <TableHead columns={['Meeting', 'When']} />
          <tbody className="govuk-table__body">
            {meetings.data.map((meeting) => (
              <tr className="govuk-table__row" key={meeting.id}>
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={paths.workspace.meeting.href(meeting.id)}>
                    {meeting.title}
                  </Link>
                </td>
                <td className="govuk-table__cell">{formatDateTime(meeting.startsAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <QueryFallback query={meetings} what="meetings" />
      )}
    </>
  );
}
