import { useEffect } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { Link, useParams, type LoaderFunctionArgs } from 'react-router';
import type { MeetingSummary } from '@psp/contracts';
import { paths } from '@/config/paths';
import { meetingsQueryOptions, useMeetings } from '@/lib/api/get-meetings';
import { rememberPanel } from '@/lib/current-panel';
import { formatDate, formatTime } from '@/lib/format';
import { Breadcrumbs, PageHeading, TableHead } from '@/components/page';
import { QueryFallback } from '@/components/feedback';
import { SubscribeLinks } from '@/components/subscribe-links';

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    await queryClient.ensureQueryData(meetingsQueryOptions(params.slug ?? ''));
    return null;
  };

export const MEETING_STATUS_LABELS: Record<MeetingSummary['status'], string> = { SCHEDULED: 'Scheduled', HELD: 'Held', CANCELLED: 'Cancelled' };

export default function MeetingsPage() {
  const slug = useParams().slug ?? '';
  const meetings = useMeetings(slug);
  useEffect(() => rememberPanel(slug), [slug]);
  return (
    <>
      <Breadcrumbs items={[{ text: 'Overview', href: paths.panel.href(slug) }]} />
      <PageHeading>Meetings</PageHeading>
      <SubscribeLinks slug={slug} />
      {meetings.data ? (
        meetings.data.length === 0 ? (
          <p className="govuk-body">No meetings have been published yet.</p>
        ) : (
          <table className="govuk-table app-table--reflow">
            <caption className="govuk-table__caption govuk-table__caption--m">Panel meetings, newest first</caption>
            <TableHead columns={['Date', 'Meeting', 'Status']} />
            <tbody className="govuk-table__body">
              {meetings.data.map((meeting) => (
                <tr className="govuk-table__row" key={meeting.id}>
                  <td className="govuk-table__cell app-nowrap" data-label="Date">
                    {formatDate(meeting.startsAt)}
                    <br />
                    <span className="app-secondary-text">{formatTime(meeting.startsAt)}</span>
                  </td>
                  <td className="govuk-table__cell" data-label="Meeting">
                    <Link className="govuk-link" to={paths.meeting.href(meeting.id)}>
                      {meeting.title}
                    </Link>
                    {meeting.location ? (
                      <>
                        <br />
                        <span className="app-secondary-text">{meeting.location}</span>
                      </>
                    ) : null}
                  </td>
                  <td className="govuk-table__cell" data-label="Status">
                    {MEETING_STATUS_LABELS[meeting.status] ?? meeting.status}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      ) : (
        <QueryFallback query={meetings} what="meetings" />
      )}
    </>
  );
}
