// The OPCC officer's queue: recommendations still waiting for an answer, soonest due first,
// with how long is left and where each draft response stands.
import type { QueryClient } from '@tanstack/react-query';
import { Link, type LoaderFunctionArgs } from 'react-router';
import type { ResponseStatus } from '@psp/contracts';
import { daysUntil, deadlineState, isAwaitingAnswer } from '@psp/domain';
import { paths } from '@/config/paths';
import { useMe } from '@/lib/api/get-me';
import { recommendationsQueryOptions, useRecommendations } from '@/lib/api/get-recommendations';
import { requireUser, staffPanelSlug } from '@/lib/authorization';
import { formatDate, truncate } from '@/lib/format';
import { Breadcrumbs, PageHeading, TableHead } from '@/components/page';
import { QueryFallback } from '@/components/feedback';
import { FlashMessage } from '@/components/staff';
import { DeadlineTag, ResponseStatusTag } from '@/components/tags';
import { responseQueueQueryOptions, useResponseQueue } from '@/lib/api/get-response-queue';

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const user = await requireUser(queryClient, request, 'response:draft');
    const slug = staffPanelSlug(user);
    await Promise.all([queryClient.ensureQueryData(recommendationsQueryOptions(slug)), queryClient.ensureQueryData(responseQueueQueryOptions(slug))]);
    return null;
  };

/** What following the link does, in the response's state: a response in review or approved is locked. */
function queueAction(status: ResponseStatus | undefined): string {
  switch (status) {
    case undefined:
      return 'draft a response';
    case 'DRAFT':
      return 'continue the draft response';
    case 'IN_REVIEW':
      return 'see the response in review';
    case 'APPROVED':
      return 'see the approved response';
    case 'PUBLISHED':
      return 'see the published response';
  }
}

export default function ResponseQueue() {
  const me = useMe();
  const slug = me.data ? staffPanelSlug(me.data) : '';
  const recommendations = useRecommendations(slug);
  const queue = useResponseQueue(slug);
  if (!recommendations.data) return <QueryFallback query={recommendations} what="recommendations" />;
  const now = new Date();
  const responseByRecommendation = new Map((queue.data ?? []).map((item) => [item.recommendation.id, item.response]));
  const waiting = recommendations.data
    .filter((recommendation) => isAwaitingAnswer(recommendation.status))
    .sort((a, b) => (a.dueAt ?? '9999').localeCompare(b.dueAt ?? '9999'));

  return (
    <>
      <Breadcrumbs items={[{ text: 'Workspace', href: paths.workspace.home.href() }]} />
      <FlashMessage />
      <PageHeading>Recommendations awaiting a response</PageHeading>
      {waiting.length === 0 ? (
        <p className="govuk-body">Every recommendation has a published response.</p>
      ) : (
        <table className="govuk-table app-table--compact">
          <caption className="govuk-table__caption govuk-table__caption--m">{waiting.length} waiting, soonest due first</caption>
          <TableHead columns={['Recommendation', 'Due', 'Response']} />
          <tbody className="govuk-table__body">
            {waiting.map((recommendation) => {
              const response = responseByRecommendation.get(recommendation.id);
              const due = recommendation.dueAt ? new Date(recommendation.dueAt) : null;
              return (
                <tr className="govuk-table__row" key={recommendation.id}>
                  <td className="govuk-table__cell">
                    <Link className="govuk-link" to={paths.workspace.respond.href(recommendation.id)}>
                      Recommendation {recommendation.number}
                      <span className="govuk-visually-hidden">: {queueAction(response?.status)}</span>
                    </Link>
                    <br />
                    <span className="app-secondary-text">{truncate(recommendation.text, 120)}</span>
                  </td>
                  <td className="govuk-table__cell">
                    {due ? (
                      <>
                        <span className="app-nowrap">{formatDate(recommendation.dueAt)}</span>
                        <br />
                        <DeadlineTag state={deadlineState(due, now)} days={daysUntil(due, now)} />
                      </>
                    ) : (
                      'No date'
                    )}
                  </td>
                  <td className="govuk-table__cell">
                    {response ? <ResponseStatusTag status={response.status} /> : <span className="app-secondary-text">Not started</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
