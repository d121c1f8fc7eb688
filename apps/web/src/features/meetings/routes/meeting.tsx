// A meeting: when and where, its agenda with the papers, the recommendations made at it, and
// the minutes once published (the clerk also sees draft minutes here).
import type { QueryClient } from '@tanstack/react-query';
import { Link, useParams, type LoaderFunctionArgs } from 'react-router';
import { apiPaths, paths } from '@/config/paths';
import { meetingQueryOptions, useMeeting } from '@/lib/api/get-meeting';
import { useRecommendations } from '@/lib/api/get-recommendations';
import { useCurrentPanelSlug } from '@/lib/current-panel';
import { formatDate, formatDateTime, pluralise } from '@/lib/format';
import { Breadcrumbs, PageHeading, Prose, SummaryList } from '@/components/page';
import { QueryFallback } from '@/components/feedback';
import { ProvisionList } from '@/components/provisions';
import { ReconstructionWarning } from '@/components/provenance';
import { VersionStatusTag } from '@/components/tags';
import { Decisions } from '../components/decisions';
import { Attendance } from '../components/attendance';
import { Follow } from '@/components/follow';

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    await queryClient.ensureQueryData(meetingQueryOptions(params.id ?? ''));
    return null;
  };

const STATUS_WORDS = { SCHEDULED: 'Scheduled', HELD: 'Held', CANCELLED: 'Cancelled' } as const;

function MeetingRecommendations({ slug, meetingId }: { slug: string; meetingId: string }) {
  const recommendations = useRecommendations(slug, { meetingId });
  if (!recommendations.data?.length) return null;
  return (
    <>
      <h2 className="govuk-heading-m">Recommendations made at this meeting</h2>
      <p className="govuk-body">
        <Link className="govuk-link" to={paths.tracker.href(slug, { meetingId })}>
          See the {pluralise(recommendations.data.length, 'recommendation')} in the tracker
        </Link>
      </p>
    </>
  );
}

export default function MeetingPage() {
  const id = useParams().id ?? '';
  const slug = useCurrentPanelSlug();
  const query = useMeeting(id);
  if (!query.data) return <QueryFallback query={query} what="meeting" />;
  const meeting = query.data;

  return (
    <>
      {slug ? (
        <Breadcrumbs
          items={[
            { text: 'Overview', href: paths.panel.href(slug) },
            { text: 'Meetings', href: paths.meetings.href(slug) },
          ]}
        />
      ) : null}
      <PageHeading caption={formatDate(meeting.startsAt)}>{meeting.title}</PageHeading>
      {meeting.provenanceNote ? (
        <div className="govuk-inset-text app-meeting__provenance">
          <strong>About this record of the meeting:</strong> {meeting.provenanceNote}
        </div>
      ) : null}
      <SummaryList
        rows={[
          { key: 'Date and time', value: formatDateTime(meeting.startsAt) },
          ...(meeting.location ? [{ key: 'Place', value: meeting.location }] : []),
          { key: 'Status', value: STATUS_WORDS[meeting.status] ?? meeting.status },
        ]}
      />

      {/* Minutes open with who attended; before there are minutes, the record stands on its own. */}
      {meeting.minutes ? null : <Attendance records={meeting.attendance ?? []} />}

      <h2 className="govuk-heading-m">Agenda</h2>
      {meeting.agendaItems.length === 0 ? (
        <p className="govuk-body">The agenda has not been published yet.</p>
      ) : (
        <ol className="govuk-list app-agenda">
          {meeting.agendaItems.map((item) => (
            <li key={item.id} className="govuk-!-margin-bottom-4">
              <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
                {item.number}. {item.title}
              </h3>
              {item.description ? <Prose text={item.description} className="govuk-body govuk-!-margin-bottom-1" /> : null}
              {item.paper ? (
                <p className="govuk-body">
                  Paper:{' '}
                  <Link className="govuk-link" to={paths.documentVersion.href(item.paper.versionId)}>
                    {item.paper.title} ({item.paper.label})
                  </Link>
                </p>
              ) : null}
              {item.generatedPaper === 'RECOMMENDATIONS_TRACKER' ? (
                <p className="govuk-body">
                  Paper: the recommendations tracker, made from the published record,{' '}
                  <a className="govuk-link" href={apiPaths.trackerPaper(meeting.id, 'docx')} download>
                    as a Word document<span className="govuk-visually-hidden"> (item {item.number})</span>
                  </a>{' '}
                  or{' '}
                  <a className="govuk-link" href={apiPaths.trackerPaper(meeting.id, 'pdf')} download>
                    as a PDF<span className="govuk-visually-hidden"> (item {item.number})</span>
                  </a>
                </p>
              ) : null}
              {(meeting.declarations ?? [])
                .filter((declaration) => declaration.agendaItemId === item.id)
                .map((declaration) => (
                  <p className="govuk-body-s" key={declaration.id}>
                    <strong>Declared interest:</strong> {declaration.name}: {declaration.interest}
                  </p>
                ))}
              <Decisions decisions={(meeting.decisions ?? []).filter((decision) => decision.agendaItemId === item.id)} itemLabel={item.number} />
            </li>
          ))}
        </ol>
      )}

      <p className="govuk-body">
        The recommendations tracker for this meeting (what waits for a response, overdue commitments, what was answered since the last meeting), made from the
        published record:{' '}
        <a className="govuk-link" href={apiPaths.trackerPaper(meeting.id, 'docx')} download>
          Word document (.docx)
        </a>{' '}
        or{' '}
        <a className="govuk-link" href={apiPaths.trackerPaper(meeting.id, 'pdf')} download>
          PDF
        </a>
        .
      </p>

      {slug ? <MeetingRecommendations slug={slug} meetingId={meeting.id} /> : null}

      <h2 className="govuk-heading-m">Minutes</h2>
      {meeting.minutes ? (
        <>
          <p className="govuk-body">
            {/* Published minutes say so once, with the date; the tag is for the other statuses. */}
            {meeting.minutes.status === 'PUBLISHED' && meeting.minutes.publishedAt ? (
              `Published ${formatDate(meeting.minutes.publishedAt)}`
            ) : (
              <>
                <VersionStatusTag status={meeting.minutes.status} /> Not published yet
              </>
            )}
          </p>
          {meeting.minutes.reconstructed ? <ReconstructionWarning versionLabel={meeting.minutes.label} note={meeting.minutes.reconstructionNote} /> : null}
          <Attendance records={meeting.attendance ?? []} withinMinutes />
          <ProvisionList provisions={meeting.minutes.provisions} />
        </>
      ) : (
        <p className="govuk-body">The minutes of this meeting have not been published yet.</p>
      )}
      <Follow target="MEETING" targetId={meeting.id} what="this meeting" />
    </>
  );
}
