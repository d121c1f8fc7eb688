// One recommendation: its words, where and when it was made, the paragraphs it cites, the
// commissioner's published response(s), what changed in the plan, and its history.
import type { QueryClient } from '@tanstack/react-query';
import { Link, useParams, type LoaderFunctionArgs } from 'react-router';
import { paths } from '@/config/paths';
import { useMe } from '@/lib/api/get-me';
import { usePanelDocuments } from '@/lib/api/get-panel-documents';
import { userCan } from '@/lib/authorization';
import { recommendationQueryOptions, useRecommendation } from '@/lib/api/get-recommendation';
import { useCurrentPanelSlug } from '@/lib/current-panel';
import { formatDate, paragraphLabel } from '@/lib/format';
import { Breadcrumbs, PageHeading, Prose, SummaryList } from '@/components/page';
import { InsetText, QueryFallback } from '@/components/feedback';
import { FlashMessage } from '@/components/staff';
import { OUTCOME_LABELS, OutcomeTag, RecommendationStatusTag } from '@/components/tags';
import { CitationSourceNote } from '@/components/provenance';
import { CitedParagraphLinks } from '../components/recommendations-table';
import { Commitments } from '../components/commitments';
import { Implementation } from '../components/implementation';
import { PlanChanges } from '../components/plan-changes';
import { Timeline } from '@/components/timeline';
import { Follow } from '@/components/follow';

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    await queryClient.ensureQueryData(recommendationQueryOptions(params.id ?? ''));
    return null;
  };

export default function RecommendationPage() {
  const id = useParams().id ?? '';
  const slug = useCurrentPanelSlug();
  const query = useRecommendation(id);
  const documents = usePanelDocuments(slug);
  const me = useMe();
  if (!query.data) return <QueryFallback query={query} what="recommendation" />;
  const recommendation = query.data;
  const published = recommendation.responses.filter((response) => response.status === 'PUBLISHED');
  // Staff actions after the answer: the OPCC marks commitments and reports progress; the clerk records the panel's verdict.
  const officer = userCan(me.data, 'response:draft');
  const clerk = userCan(me.data, 'recommendation:close');
  const tracked = recommendation.implementationState !== null && recommendation.implementationState !== undefined;
  const open = !recommendation.closedAt && recommendation.status !== 'WITHDRAWN';

  return (
    <>
      {slug ? (
        <Breadcrumbs
          items={[
            { text: 'Overview', href: paths.panel.href(slug) },
            { text: 'Recommendations', href: paths.tracker.href(slug) },
          ]}
        />
      ) : null}
      <FlashMessage />
      <PageHeading caption={recommendation.meetingTitle ?? 'Recommendation of the panel'}>Recommendation {recommendation.number}</PageHeading>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {recommendation.status === 'WITHDRAWN' ? (
            <>
              <InsetText>
                <del>
                  <Prose text={recommendation.text} />
                </del>
              </InsetText>
              <p className="govuk-body">
                The panel’s clerk withdrew this recommendation as recorded by mistake
                {recommendation.withdrawnReason ? `: ${recommendation.withdrawnReason}` : '.'}
              </p>
            </>
          ) : (
            <InsetText>
              <Prose text={recommendation.text} />
            </InsetText>
          )}
          <SummaryList
            rows={[
              { key: 'Status', value: <RecommendationStatusTag status={recommendation.status} /> },
              {
                key: 'Latest outcome',
                value: recommendation.latestOutcome ? <OutcomeTag outcome={recommendation.latestOutcome} /> : 'No published response yet',
              },
              ...(recommendation.theme ? [{ key: 'Theme', value: recommendation.theme }] : []),
              {
                key: 'Made at',
                value: (
                  <Link className="govuk-link" to={paths.meeting.href(recommendation.meetingId)}>
                    {recommendation.meetingTitle ?? 'The meeting'}
                  </Link>
                ),
              },
              { key: 'Response due', value: recommendation.dueAt ? formatDate(recommendation.dueAt) : 'No date set' },
              ...(recommendation.closedAt
                ? [{ key: 'Closed', value: `${formatDate(recommendation.closedAt)}${recommendation.closedReason ? `: ${recommendation.closedReason}` : ''}` }]
                : []),
              { key: 'Cited paragraphs', value: <CitedParagraphLinks provisions={recommendation.provisions} /> },
            ]}
          />

          <h2 className="govuk-heading-m">{published.length === 1 ? 'Response' : 'Responses'}</h2>
          {published.length === 0 ? (
            <p className="govuk-body">The Police and Crime Commissioner has not published a response yet.</p>
          ) : (
            published.map((response) => (
              <section className="govuk-!-margin-bottom-6" key={response.id} aria-label={`Response published ${formatDate(response.publishedAt)}`}>
                <p className="govuk-body">
                  <OutcomeTag outcome={response.outcome} /> <span className="app-secondary-text">Published {formatDate(response.publishedAt)}</span>
                </p>
                <Prose text={response.text} />
                {response.outcomeReason ? (
                  <p className="govuk-body app-outcome-reason">
                    Outcome recorded as {OUTCOME_LABELS[response.outcome].toLowerCase()} because: “{response.outcomeReason}”
                  </p>
                ) : null}
                {response.provisions.length ? (
                  <p className="govuk-body">
                    Cites:{' '}
                    {response.provisions.map((provision, index) => (
                      <span key={`${provision.versionId}-${provision.provisionKey}`}>
                        {index > 0 ? ', ' : ''}
                        <Link className="govuk-link" to={paths.provision.href(provision.provisionKey)}>
                          {paragraphLabel(provision.number)}
                        </Link>
                        <CitationSourceNote source={provision.source} linkedBy="OPCC staff" />
                      </span>
                    ))}
                  </p>
                ) : null}
                {response.unresolvedCitations?.length ? (
                  <div className="govuk-inset-text app-unresolved-citations">
                    {response.unresolvedCitations.map((citation) => (
                      <p className="govuk-body" key={`${citation.versionId}-${citation.cited}`}>
                        The response cites “{citation.cited}” of {citation.versionLabel}; it is not linked to a paragraph. {citation.note}
                      </p>
                    ))}
                  </div>
                ) : null}
                <Commitments commitments={response.commitments ?? []} />
                {officer || clerk ? (
                  <ul className="govuk-list">
                    {officer ? (
                      <li>
                        <Link className="govuk-link" to={paths.workspace.markCommitment.href(recommendation.id, response.id)}>
                          Mark a commitment in this response
                        </Link>
                      </li>
                    ) : null}
                    {(response.commitments ?? [])
                      .filter((commitment) => commitment.state !== 'FULFILLED')
                      .map((commitment) => (
                        <li key={commitment.id}>
                          <Link className="govuk-link" to={paths.workspace.fulfilCommitment.href(recommendation.id, commitment.id)}>
                            Record what fulfilled “{commitment.words.length > 60 ? `${commitment.words.slice(0, 60)}…` : commitment.words}”
                          </Link>
                        </li>
                      ))}
                  </ul>
                ) : null}
                {response.letterId ? (
                  <p className="govuk-body">
                    <Link className="govuk-link" to={paths.letter.href(response.letterId)}>
                      Read the response letter
                    </Link>
                  </p>
                ) : null}
              </section>
            ))
          )}

          {documents.data ? <PlanChanges recommendationId={recommendation.id} documents={documents.data} /> : null}

          <Implementation state={recommendation.implementationState} updates={recommendation.implementationUpdates ?? []} />
          {tracked && open && (officer || clerk) ? (
            <ul className="govuk-list">
              {officer ? (
                <li>
                  <Link className="govuk-link" to={paths.workspace.recordProgress.href(recommendation.id)}>
                    Record progress
                  </Link>
                </li>
              ) : null}
              {clerk ? (
                <li>
                  <Link className="govuk-link" to={paths.workspace.recordVerdict.href(recommendation.id)}>
                    Record the panel’s verdict
                  </Link>
                </li>
              ) : null}
            </ul>
          ) : null}

          <h2 className="govuk-heading-m">History</h2>
          <Timeline history={recommendation.history} />
          {recommendation.status === 'WITHDRAWN' ? null : (
            <Follow target="RECOMMENDATION" targetId={recommendation.id} what={`recommendation ${recommendation.number}`} />
          )}
        </div>
      </div>
    </>
  );
}
