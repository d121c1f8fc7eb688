// A panel's front page: how many recommendations are waiting, answered, overdue or closed, each
// count a link into the tracker filtered to it; the plan and what changed in it; recent meetings.
import { useEffect, useState } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams, type LoaderFunctionArgs } from 'react-router';
import { COUNTED_STATUSES } from '@psp/domain';
import { paths } from '@/config/paths';
import { SubscribeLinks } from '@/components/subscribe-links';
import { Follow } from '@/components/follow';
import { panelDocumentsQueryOptions, usePanelDocuments } from '@/lib/api/get-panel-documents';
import { meetingsQueryOptions, useMeetings } from '@/lib/api/get-meetings';
import { rememberPanel } from '@/lib/current-panel';
import { formatDate } from '@/lib/format';
import { PageHeading } from '@/components/page';
import { QueryFallback } from '@/components/feedback';
import { STATUS_LABELS, IMPLEMENTATION_LABELS } from '@/components/tags';
import { panelSummaryQueryOptions, usePanelSummary } from '../api/get-panel-summary';
import { PlanLinks } from '../components/plan-links';
import { isOpen, ProcedureSteps } from '@/components/procedure-steps';
import { proceduresQueryOptions, useProcedures } from '@/lib/api/get-procedures';
import { IMPLEMENTATION_STATES } from '@psp/contracts/enums';

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const slug = params.slug ?? '';
    void queryClient.prefetchQuery(panelDocumentsQueryOptions(slug));
    void queryClient.prefetchQuery(meetingsQueryOptions(slug));
    void queryClient.prefetchQuery(proceduresQueryOptions(slug));
    await queryClient.ensureQueryData(panelSummaryQueryOptions(slug));
    return null;
  };

function SearchBox({ slug }: { slug: string }) {
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  return (
    <form
      role="search"
      method="get"
      action={paths.search.href()}
      onSubmit={(event) => {
        event.preventDefault();
        if (q.trim()) void navigate(paths.search.href(q.trim(), slug));
      }}
    >
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--m" htmlFor="panel-search">
          Search the papers
        </label>
        <div className="govuk-hint" id="panel-search-hint">
          For example “Prevent”, “rural crime” or “precept”
        </div>
        <input type="hidden" name="panel" value={slug} />
        <input
          className="govuk-input govuk-!-width-two-thirds"
          id="panel-search"
          name="q"
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          aria-describedby="panel-search-hint"
        />{' '}
        <button type="submit" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0">
          Search
        </button>
      </div>
    </form>
  );
}

export default function PanelHome() {
  const slug = useParams().slug ?? '';
  const summary = usePanelSummary(slug);
  const documents = usePanelDocuments(slug);
  const meetings = useMeetings(slug);
  const procedures = useProcedures(slug);
  useEffect(() => rememberPanel(slug), [slug]);

  if (!summary.data) return <QueryFallback query={summary} what="panel" />;
  const panel = summary.data;
  // A withdrawn recommendation was recorded by mistake: it counts nowhere (the tracker still lists it, struck through).
  const total = COUNTED_STATUSES.reduce((sum, status) => sum + (panel.counts[status] ?? 0), 0);
  const statuses = COUNTED_STATUSES;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <PageHeading caption={panel.forceArea}>{panel.name}</PageHeading>
        <p className="govuk-body-l">
          What the panel recommended to the Police and Crime Commissioner, what the commissioner answered, and what changed in the Police and Crime Plan as a
          result.
        </p>

        <h2 className="govuk-heading-m">Recommendations</h2>
        <ul className="app-counts">
          {statuses.map((status) => (
            <li className={`app-count app-count--${status}`} key={status}>
              <Link className="govuk-link govuk-link--no-visited-state" to={paths.tracker.href(slug, { status })}>
                <span className="app-count__number">{panel.counts[status] ?? 0}</span>
                {STATUS_LABELS[status]}
                <span className="govuk-visually-hidden"> recommendations</span>
              </Link>
            </li>
          ))}
        </ul>
        <p className="govuk-body">
          <Link className="govuk-link" to={paths.tracker.href(slug)}>
            See all {total} recommendations
          </Link>
        </p>
        {panel.implementationCounts && IMPLEMENTATION_STATES.some((state) => (panel.implementationCounts?.[state] ?? 0) > 0) ? (
          <>
            <h3 className="govuk-heading-s">After the answer: accepted recommendations</h3>
            <ul className="govuk-list app-implementation-counts">
              {IMPLEMENTATION_STATES.map((state) => (
                <li key={state}>
                  <Link className="govuk-link govuk-link--no-visited-state" to={paths.tracker.href(slug, { implementation: state })}>
                    {panel.implementationCounts?.[state] ?? 0} {IMPLEMENTATION_LABELS[state].toLowerCase()}
                  </Link>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>

      <div className="govuk-grid-column-one-half">
        <h2 className="govuk-heading-m">Police and Crime Plan</h2>
        {documents.data ? <PlanLinks documents={documents.data} /> : <QueryFallback query={documents} what="plan" />}
      </div>

      <div className="govuk-grid-column-one-half">
        <h2 className="govuk-heading-m">Meetings</h2>
        {meetings.data ? (
          <ul className="govuk-list govuk-list--spaced">
            {meetings.data.slice(0, 3).map((meeting) => (
              <li key={meeting.id}>
                <Link className="govuk-link" to={paths.meeting.href(meeting.id)}>
                  {meeting.title}
                </Link>
                <br />
                <span className="app-secondary-text">{formatDate(meeting.startsAt)}</span>
              </li>
            ))}
            <li>
              <Link className="govuk-link" to={paths.meetings.href(slug)}>
                All meetings
              </Link>
            </li>
          </ul>
        ) : (
          <QueryFallback query={meetings} what="meetings" />
        )}
      </div>

      <div className="govuk-grid-column-full">
        {procedures.data ? (
          <section aria-labelledby="statutory-timetable">
            <h2 className="govuk-heading-m" id="statutory-timetable">
              Statutory timetable
            </h2>
            {procedures.data
              .filter((procedure, index) => index === 0 || isOpen(procedure))
              .map((procedure) => (
                <ProcedureSteps key={procedure.id ?? `${procedure.kind}-${procedure.year ?? ''}`} procedure={procedure} />
              ))}
          </section>
        ) : null}
        <p className="govuk-body">
          <Link className="govuk-link" to={paths.members.href(slug)}>
            Members of the panel
          </Link>
        </p>
        <SubscribeLinks slug={slug} />
        <SearchBox slug={slug} />
        <Follow target="PANEL" targetId={slug} what={panel.name} />
      </div>
    </div>
  );
}
