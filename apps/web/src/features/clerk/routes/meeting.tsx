// The clerk's view of one meeting: its agenda (and a form to add items), the recommendations
// recorded at it, and its minutes.
import type { QueryClient } from '@tanstack/react-query';
import { Link, useParams, type LoaderFunctionArgs } from 'react-router';
import { resolutionsForTheCommissioner } from '@psp/domain';
import { paths } from '@/config/paths';
import { meetingQueryOptions, useMeeting } from '@/lib/api/get-meeting';
import { useMe } from '@/lib/api/get-me';
import { usePanelDocuments } from '@/lib/api/get-panel-documents';
import { useRecommendations } from '@/lib/api/get-recommendations';
import { requireUser, staffPanelSlug } from '@/lib/authorization';
import { formatDateTime, truncate } from '@/lib/format';
import { Breadcrumbs, PageHeading, SummaryList } from '@/components/page';
import { QueryFallback } from '@/components/feedback';
import { FlashMessage } from '@/components/staff';
import { RecommendationStatusTag, VersionStatusTag } from '@/components/tags';
import { AgendaItemForm } from '../components/agenda-item-form';
import { AgendaList } from '../components/agenda-list';
import { AddTrackerItem } from '../components/add-tracker-item';

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    await requireUser(queryClient, request, 'meeting:write');
    await queryClient.ensureQueryData(meetingQueryOptions(params.id ?? ''));
    return null;
  };

export default function ClerkMeeting() {
  const id = useParams().id ?? '';
  const me = useMe();
  const slug = me.data ? staffPanelSlug(me.data) : '';
  const meeting = useMeeting(id);
  const documents = usePanelDocuments(slug);
  const recommendations = useRecommendations(slug, { meetingId: id });
  if (!meeting.data) return <QueryFallback query={meeting} what="meeting" />;
  const data = meeting.data;
  const suggestions = data.minutes
    ? resolutionsForTheCommissioner(
        data.minutes.provisions.map((p) => ({ number: p.label ?? p.number, text: p.text })),
        (recommendations.data ?? []).map((r) => r.text),
      )
    : [];
  const lastNumber = data.agendaItems
    .map((item) => Number.parseInt(item.number, 10))
    .filter(Number.isFinite)
    .reduce((max, n) => Math.max(max, n), 0);

  return (
    <>
      <Breadcrumbs
        items={[
          { text: 'Workspace', href: paths.workspace.home.href() },
          { text: 'Meetings', href: paths.workspace.meetings.href() },
        ]}
      />
      <FlashMessage />
      <PageHeading caption="Meeting">{data.title}</PageHeading>
      <SummaryList
        rows={[
          { key: 'When', value: formatDateTime(data.startsAt) },
          { key: 'Where', value: data.location ?? 'Not set' },
          {
            key: 'Correct',
            value: (
              <Link className="govuk-link" to={paths.workspace.editMeeting.href(data.id)}>
                Edit the title, date, time or place
              </Link>
            ),
          },
          {
            key: 'Public page',
            value: (
              <Link className="govuk-link" to={paths.meeting.href(data.id)}>
                See the meeting as the public does
              </Link>
            ),
          },
        ]}
      />

      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <h2 className="govuk-heading-m">Agenda</h2>
          {/* Until the minutes are published the agenda can be corrected; then it is part of the record. */}
          <AgendaList meeting={data} editable={data.minutes?.status !== 'PUBLISHED'} />
          {data.minutes?.status !== 'PUBLISHED' ? (
            <AddTrackerItem
              meetingId={data.id}
              number={String(lastNumber + 1)}
              onAgenda={data.agendaItems.some((item) => item.generatedPaper === 'RECOMMENDATIONS_TRACKER')}
            />
          ) : null}
          <AgendaItemForm meetingId={data.id} nextNumber={String(lastNumber + 1)} documents={documents.data ?? []} />
          {data.agendaItems.length ? (
            <>
              <h3 className="govuk-heading-s">Attendance, declarations, decisions and votes</h3>
              <p className="govuk-body">
                <Link className="govuk-link" to={paths.workspace.attendance.href(data.id)}>
                  Record attendance and declarations of interest
                </Link>
              </p>
              <p className="govuk-body">
                <Link className="govuk-link" to={paths.workspace.recordDecision.href(data.id)}>
                  Record a decision on an agenda item
                </Link>
                {data.decisions?.length ? ` (${data.decisions.length} recorded; see the public page)` : ''}
              </p>
            </>
          ) : null}
        </div>

        <div className="govuk-grid-column-one-half">
          <h2 className="govuk-heading-m">Recommendations</h2>
          <Link className="govuk-button" to={paths.workspace.newRecommendation.href(data.id)}>
            Record a recommendation
          </Link>
          {recommendations.data ? (
            recommendations.data.length ? (
              <ul className="govuk-list govuk-list--spaced">
                {recommendations.data.map((recommendation) => (
                  <li key={recommendation.id}>
                    <Link className="govuk-link" to={paths.recommendation.href(recommendation.id)}>
                      Recommendation {recommendation.number}
                    </Link>{' '}
                    <RecommendationStatusTag status={recommendation.status} />
                    <br />
                    {/* A withdrawn recommendation stays on the record, struck through. */}
                    {recommendation.status === 'WITHDRAWN' ? (
                      <del className="app-secondary-text">{truncate(recommendation.text, 100)}</del>
                    ) : (
                      <span className="app-secondary-text">{truncate(recommendation.text, 100)}</span>
                    )}
                    {recommendation.status !== 'WITHDRAWN' ? (
                      <>
                        <br />
                        <Link className="govuk-link" to={paths.workspace.correctRecommendation.href(recommendation.id)}>
                          Correct, withdraw or close<span className="govuk-visually-hidden"> recommendation {recommendation.number}</span>
                        </Link>
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="govuk-body">None recorded yet.</p>
            )
          ) : (
            <QueryFallback query={recommendations} what="recommendations" />
          )}

          {suggestions.length ? (
            <>
              <h3 className="govuk-heading-s">Resolutions in the minutes not yet recorded</h3>
              <p className="govuk-body">These resolutions ask something of the Commissioner. Record one as a recommendation if the panel meant it as one.</p>
              <ul className="govuk-list govuk-list--spaced">
                {suggestions.map((suggestion) => (
                  <li key={suggestion.text}>
                    {suggestion.minute ? <span className="app-secondary-text">Minute {suggestion.minute}: </span> : null}
                    {suggestion.text}{' '}
                    <Link className="govuk-link" to={paths.workspace.newRecommendation.href(data.id, suggestion.text)}>
                      Record as a recommendation<span className="govuk-visually-hidden"> (minute {suggestion.minute})</span>
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          ) : null}

          <h2 className="govuk-heading-m">Minutes</h2>
          {data.minutes ? (
            <p className="govuk-body">
              <VersionStatusTag status={data.minutes.status} />
            </p>
          ) : (
            <p className="govuk-body">Not drafted yet.</p>
          )}
          <Link className="govuk-button govuk-button--secondary" to={paths.workspace.minutes.href(data.id)}>
            {data.minutes ? (data.minutes.status === 'DRAFT' ? 'Edit the minutes' : 'See the minutes') : 'Draft the minutes'}
          </Link>
        </div>
      </div>
    </>
  );
}
