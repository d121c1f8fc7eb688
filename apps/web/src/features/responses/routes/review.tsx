// The approver's queue: responses submitted for review, and approved ones waiting to be published.
import type { QueryClient } from '@tanstack/react-query';
import { Link, type LoaderFunctionArgs } from 'react-router';
import type { ResponseQueueItem } from '@psp/contracts';
import { paths } from '@/config/paths';
import { useMe } from '@/lib/api/get-me';
import { requireUser, staffPanelSlug } from '@/lib/authorization';
import { truncate } from '@/lib/format';
import { Breadcrumbs, PageHeading, TableHead } from '@/components/page';
import { QueryFallback } from '@/components/feedback';
import { FlashMessage } from '@/components/staff';
import { OutcomeTag } from '@/components/tags';
import { responseQueueQueryOptions, useResponseQueue } from '@/lib/api/get-response-queue';

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const user = await requireUser(queryClient, request, 'response:approve');
    const slug = staffPanelSlug(user);
    await Promise.all([
      queryClient.ensureQueryData(responseQueueQueryOptions(slug, 'IN_REVIEW')),
      queryClient.ensureQueryData(responseQueueQueryOptions(slug, 'APPROVED')),
    ]);
    return null;
  };

function QueueTable({ items, caption, empty }: { items: ResponseQueueItem[]; caption: string; empty: string }) {
  if (!items.length) return <p className="govuk-body">{empty}</p>;
  return (
    <table className="govuk-table app-table--compact">
      <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
      <TableHead columns={['Recommendation', 'Outcome', 'Response']} />
      <tbody className="govuk-table__body">
        {items.map(({ recommendation, response }) => (
          <tr className="govuk-table__row" key={response.id}>
            <td className="govuk-table__cell">
              <Link className="govuk-link" to={paths.workspace.respond.href(recommendation.id)}>
                Recommendation {recommendation.number}
                <span className="govuk-visually-hidden">: review the response</span>
              </Link>
            </td>
            <td className="govuk-table__cell">
              <OutcomeTag outcome={response.outcome} />
            </td>
            <td className="govuk-table__cell">{truncate(response.text, 140)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default function ReviewQueue() {
  const me = useMe();
  const slug = me.data ? staffPanelSlug(me.data) : '';
  const inReview = useResponseQueue(slug, 'IN_REVIEW');
  const approved = useResponseQueue(slug, 'APPROVED');
  return (
    <>
      <Breadcrumbs items={[{ text: 'Workspace', href: paths.workspace.home.href() }]} />
      <FlashMessage />
      <PageHeading>Responses to review</PageHeading>
      {inReview.data ? (
        <QueueTable items={inReview.data} caption="Submitted for review" empty="No responses are waiting for review." />
      ) : (
        <QueryFallback query={inReview} what="responses" />
      )}
      {approved.data ? (
        <QueueTable items={approved.data} caption="Approved, not yet published" empty="No approved responses are waiting to be published." />
      ) : (
        <QueryFallback query={approved} what="responses" />
      )}
      <p className="govuk-body">
        <Link className="govuk-link" to={paths.workspace.newLetter.href()}>
          Assemble approved responses into a letter
        </Link>
      </p>
    </>
  );
}
