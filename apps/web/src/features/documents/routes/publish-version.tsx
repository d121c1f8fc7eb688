// The GOV.UK confirmation page before a plan version is published: what becomes public (the
// version, its changes and what caused each), and what is still unlinked, before the approver confirms.
import type { QueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams, type LoaderFunctionArgs } from 'react-router';
import type { MatchEntry } from '@psp/contracts';
import { MATCH_RELATIONS } from '@psp/contracts/enums';
import { paths } from '@/config/paths';
import { documentVersionSummaryQueryOptions, useDocumentVersionSummary } from '@/lib/api/get-document-version';
import { requireUser } from '@/lib/authorization';
import { pluralise } from '@/lib/format';
import { formErrorsFromError, NO_ERRORS } from '@/lib/form-errors';
import { BackLink, PageHeading, SummaryList, TableHead } from '@/components/page';
import { ErrorSummary, QueryFallback, WarningText } from '@/components/feedback';
import { Button, ButtonGroup } from '@/components/forms';
import { MATCH_LABELS, MatchTag, printedLabel } from '../components/match-labels';
import { useVersionMatches, versionMatchesQueryOptions } from '../api/get-version-matches';
import { useVersionAmendments, versionAmendmentsQueryOptions } from '../api/get-version-amendments';
import { usePublishVersion } from '../api/publish-version';

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    await requireUser(queryClient, request, 'plan:publish');
    const id = params.id ?? '';
    await Promise.all([
      queryClient.ensureQueryData(versionMatchesQueryOptions(id)),
      queryClient.ensureQueryData(versionAmendmentsQueryOptions(id)),
      queryClient.ensureQueryData(documentVersionSummaryQueryOptions(id)),
    ]);
    return null;
  };

const linkKeyOf = (entry: MatchEntry) => entry.current?.provisionKey ?? entry.previous?.provisionKey ?? '';

export default function PublishVersion() {
  const id = useParams().id ?? '';
  const matches = useVersionMatches(id);
  const amendments = useVersionAmendments(id);
  const summary = useDocumentVersionSummary(id);
  const publish = usePublishVersion();
  const navigate = useNavigate();
  if (!matches.data) return <QueryFallback query={matches} what="version" />;
  if (!amendments.data) return <QueryFallback query={amendments} what="links" />;
  if (!summary.data) return <QueryFallback query={summary} what="version" />;
  const version = summary.data;
  const back = paths.workspace.documents.href();
  const errors = publish.isError ? formErrorsFromError(publish.error) : NO_ERRORS;

  if (matches.data.status !== 'DRAFT') {
    return (
      <>
        <BackLink href={back}>Back to plans and reports</BackLink>
        <PageHeading caption={version.documentTitle}>{version.label} is already published</PageHeading>
        <p className="govuk-body">
          <Link className="govuk-link" to={paths.documentVersion.href(id)}>
            Read the published version
          </Link>
          .
        </p>
      </>
    );
  }

  const changes = matches.data.entries.filter((entry) => entry.relation !== 'same' && entry.relation !== 'renumbered');
  const linksByKey = new Map<string, string[]>();
  for (const link of amendments.data.amendments) {
    const cause = link.recommendationNumber !== null ? `Recommendation ${link.recommendationNumber}` : `Editorial: ${link.note ?? ''}`;
    linksByKey.set(link.provisionKey, [...(linksByKey.get(link.provisionKey) ?? []), cause]);
  }
  const unlinked = changes.filter((entry) => !linksByKey.has(linkKeyOf(entry)));
  const from = matches.data.fromVersion;

  return (
    <>
      <BackLink href={from ? paths.workspace.reviewVersion.href(id) : back}>{from ? 'Back to the review' : 'Back to plans and reports'}</BackLink>
      <ErrorSummary errors={errors} />
      <PageHeading caption={version.documentTitle} error={errors.summary.length > 0}>
        Are you sure you want to publish {version.label}?
      </PageHeading>
      <SummaryList
        rows={[
          { key: 'Document', value: version.documentTitle },
          { key: 'Version', value: version.label },
          ...(from ? [{ key: 'Replaces', value: from.label }] : []),
          ...MATCH_RELATIONS.filter((relation) => relation !== 'same' && matches.data.counts[relation] > 0).map((relation) => ({
            key: MATCH_LABELS[relation],
            value: pluralise(matches.data.counts[relation], 'paragraph'),
          })),
        ]}
      />
      {changes.length ? (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">Changes that become public, and what caused them</caption>
          <TableHead columns={['Paragraph', 'Change', 'Caused by']} />
          <tbody className="govuk-table__body">
            {changes.map((entry) => {
              const shown = entry.current ?? entry.previous;
              return (
                <tr className="govuk-table__row" key={`${entry.relation}-${linkKeyOf(entry)}`}>
                  <td className="govuk-table__cell">{shown ? printedLabel(shown) : ''}</td>
                  <td className="govuk-table__cell">
                    <MatchTag relation={entry.relation} />
                  </td>
                  <td className="govuk-table__cell">{linksByKey.get(linkKeyOf(entry))?.join('; ') ?? <strong>Not linked</strong>}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      {unlinked.length ? (
        <WarningText>
          {pluralise(unlinked.length, 'change is', 'changes are')} not linked to a response or marked editorial. Readers will see them as unexplained.{' '}
          <Link className="govuk-link" to={paths.workspace.reviewVersion.href(id)}>
            Link them first
          </Link>
          .
        </WarningText>
      ) : null}
      <WarningText>
        Anyone will be able to read this version, its changes and the responses that caused them as soon as you publish. A published version is not changed.
      </WarningText>
      <ButtonGroup>
        <Button
          type="button"
          disabled={publish.isPending}
          onClick={() =>
            publish.mutate(
              { id, version: matches.data.version },
              { onSuccess: (published) => void navigate(back, { state: { flash: `${published.label} is published.` } }) },
            )
          }
        >
          Yes, publish this version
        </Button>
        <Link className="govuk-link" to={back}>
          Cancel
        </Link>
      </ButtonGroup>
    </>
  );
}
