// The recommendation tracker: every recommendation with its status, latest outcome, due date,
// meeting and cited paragraphs; filters in the URL so a view can be shared or downloaded.
import { useEffect } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { useParams, useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { apiPaths, paths } from '@/config/paths';
import { meetingsQueryOptions, useMeetings } from '@/lib/api/get-meetings';
import { recommendationsQueryOptions, useRecommendations } from '@/lib/api/get-recommendations';
import { rememberPanel } from '@/lib/current-panel';
import { pluralise } from '@/lib/format';
import { Breadcrumbs, PageHeading } from '@/components/page';
import { QueryFallback } from '@/components/feedback';
import { IMPLEMENTATION_LABELS, OUTCOME_LABELS, STATUS_LABELS } from '@/components/tags';
import { RecommendationsTable } from '../components/recommendations-table';
import { TrackerFilters } from '../components/tracker-filters';
import { apiFiltersFrom, filterValuesFromSearch, hasActiveFilters, searchFromFilterValues, type FilterValues } from '../filters';
import { IMPLEMENTATION_STATES } from '@psp/contracts/enums';

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const slug = params.slug ?? '';
    const filters = apiFiltersFrom(filterValuesFromSearch(new URL(request.url).searchParams));
    // The unfiltered list gives the theme choices; the meetings give the meeting choices.
    void queryClient.prefetchQuery(recommendationsQueryOptions(slug));
    void queryClient.prefetchQuery(meetingsQueryOptions(slug));
    await queryClient.ensureQueryData(recommendationsQueryOptions(slug, filters));
    return null;
  };

function describeFilters(values: FilterValues, meetingTitle: string | undefined): string {
  const parts: string[] = [];
  if (values.status) parts.push(STATUS_LABELS[values.status as keyof typeof STATUS_LABELS].toLowerCase());
  if (values.outcome) parts.push(`latest outcome ${OUTCOME_LABELS[values.outcome as keyof typeof OUTCOME_LABELS].toLowerCase()}`);
  const implementation = IMPLEMENTATION_STATES.find((state) => state === values.implementation);
  if (implementation) parts.push(`implementation ${IMPLEMENTATION_LABELS[implementation].toLowerCase()}`);
  if (values.theme) parts.push(`theme “${values.theme}”`);
  if (values.meetingId) parts.push(`made at ${meetingTitle ?? 'the chosen meeting'}`);
  if (values.q) parts.push(`containing “${values.q}”`);
  return parts.join(', ');
}

export default function Tracker() {
  const slug = useParams().slug ?? '';
  const [searchParams, setSearchParams] = useSearchParams();
  const values = filterValuesFromSearch(searchParams);
  const list = useRecommendations(slug, apiFiltersFrom(values));
  const all = useRecommendations(slug);
  const meetings = useMeetings(slug);
  useEffect(() => rememberPanel(slug), [slug]);

  const themes = [...new Set((all.data ?? []).map((r) => r.theme).filter((theme): theme is string => Boolean(theme)))].sort((a, b) => a.localeCompare(b));
  const meetingTitle = meetings.data?.find((m) => m.id === values.meetingId)?.title;
  const description = describeFilters(values, meetingTitle);
  const search = searchFromFilterValues(values);
  const csvHref = apiPaths.panelRecommendationsCsv(slug, search);

  return (
    <>
      <Breadcrumbs items={[{ text: 'Overview', href: paths.panel.href(slug) }]} />
      <PageHeading>Recommendations</PageHeading>
      <p className="govuk-body">Every recommendation the panel has made to the Police and Crime Commissioner, and where each one stands.</p>

      <TrackerFilters
        key={searchParams.toString()}
        initial={values}
        themes={themes}
        meetings={meetings.data ?? []}
        action={paths.tracker.href(slug)}
        onApply={(next) => setSearchParams(searchFromFilterValues(next))}
      />

      {list.data ? (
        <>
          <p className="govuk-body" role="status">
            {pluralise(list.data.length, 'recommendation')}
            {hasActiveFilters(values) ? ` ${description}` : ''}.
          </p>
          <p className="govuk-body app-no-print">
            <a className="govuk-link" href={csvHref} download>
              Download this view as CSV<span className="govuk-visually-hidden"> ({pluralise(list.data.length, 'recommendation')})</span>
            </a>
          </p>
          {list.data.length ? (
            <RecommendationsTable recommendations={list.data} caption={hasActiveFilters(values) ? 'Matching recommendations' : 'All recommendations'} />
          ) : (
            <p className="govuk-body">No recommendations match these filters. Try clearing some of them.</p>
          )}
        </>
      ) : (
        <QueryFallback query={list} what="recommendations" />
      )}
    </>
  );
}
