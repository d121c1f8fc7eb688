// One recommendation's response, whatever stage it is at: the officer drafts it here, the
// approver reviews, approves and publishes it here.
import type { QueryClient } from '@tanstack/react-query';
import { Link, useParams, type LoaderFunctionArgs } from 'react-router';
import type { RecommendationDetail, Response } from '@psp/contracts';
import { isResponseEditable } from '@psp/domain';
import { paths } from '@/config/paths';
import { useMe } from '@/lib/api/get-me';
import { panelDocumentsQueryOptions, usePanelDocuments } from '@/lib/api/get-panel-documents';
import { recommendationQueryOptions, useRecommendation } from '@/lib/api/get-recommendation';
import { requireUser, staffPanelSlug, userCan } from '@/lib/authorization';
import { formatDate, formatDateTime } from '@/lib/format';
import { BackLink, PageHeading, Prose } from '@/components/page';
import { InsetText, QueryFallback, WarningText } from '@/components/feedback';
import { Timeline } from '@/components/timeline';
import { RecommendationStatusTag, ResponseStatusTag } from '@/components/tags';
import { CitedParagraphs } from '../components/cited-paragraphs';
import { ResponseEditor } from '../components/response-editor';
import { ReviewPanel } from '../components/review-panel';

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const user = await requireUser(queryClient, request, ['response:draft', 'response:approve']);
    await Promise.all([
      queryClient.ensureQueryData(recommendationQueryOptions(params.id ?? '')),
      queryClient.ensureQueryData(panelDocumentsQueryOptions(staffPanelSlug(user))),
    ]);
    return null;
  };

/** The response in progress: the newest one not yet published. */
export function currentResponse(recommendation: RecommendationDetail | undefined): Response | undefined {
  return [...(recommendation?.responses ?? [])].reverse().find((response) => response.status !== 'PUBLISHED');
}

export default function RespondPage() {
  const id = useParams().id ?? '';
  const me = useMe();
  const recommendation = useRecommendation(id);
  const documents = usePanelDocuments(me.data ? staffPanelSlug(me.data) : undefined);
  if (!recommendation.data || !me.data) return <QueryFallback query={recommendation} what="recommendation" />;
  const data = recommendation.data;
  const user = me.data;
  const response = currentResponse(data);
  const published = data.responses.filter((r) => r.status === 'PUBLISHED');
  const editing = userCan(user, 'response:draft') && (!response || isResponseEditable(response.status));
  const back = userCan(user, 'response:approve') ? paths.workspace.review.href() : paths.workspace.responses.href();
  // The approver's note from the last return to draft, for the officer who takes the response up again.
  const returnedNote = [...data.history].reverse().find((entry) => entry.action === 'response.returned' && entry.comment);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={back}>Back to the queue</BackLink>
        <PageHeading caption={data.meetingTitle ?? 'Recommendation'} title={`Response to recommendation ${data.number}`}>
          {editing ? (response ? 'Edit the response to' : 'Respond to') : 'Response to'} recommendation {data.number}
        </PageHeading>
        <InsetText>
          <Prose text={data.text} />
          <p className="govuk-body-s govuk-!-margin-bottom-0">
            <RecommendationStatusTag status={data.status} /> {data.dueAt ? `Response due ${formatDate(data.dueAt)}` : null}{' '}
            <Link className="govuk-link" to={paths.recommendation.href(data.id)}>
              Public page
            </Link>
          </p>
        </InsetText>
        <h2 className="govuk-heading-s">Paragraphs the panel cited</h2>
        <CitedParagraphs provisions={data.provisions} empty="The recommendation cites no paragraph of the plan." />
        {response ? (
          <p className="govuk-body">
            This response: <ResponseStatusTag status={response.status} />
          </p>
        ) : null}
        {returnedNote && response?.status === 'DRAFT' ? (
          <WarningText>
            Returned to draft by {returnedNote.actor?.name ?? 'the approver'} on {formatDateTime(returnedNote.at)}: “{returnedNote.comment}”
          </WarningText>
        ) : null}
        {published.length ? (
          <p className="govuk-body">{published.length === 1 ? 'A response has' : `${published.length} responses have`} already been published.</p>
        ) : null}
        {editing ? (
          <ResponseEditor
            key={data.id}
            recommendation={data}
            response={response}
            documents={documents.data ?? []}
            onReload={async () => currentResponse((await recommendation.refetch()).data)}
          />
        ) : response ? (
          <ReviewPanel recommendation={data} response={response} user={user} />
        ) : (
          <p className="govuk-body">No response is being prepared for this recommendation.</p>
        )}
        <h2 className="govuk-heading-m govuk-!-margin-top-8">History</h2>
        <Timeline history={data.history} />
      </div>
    </div>
  );
}
