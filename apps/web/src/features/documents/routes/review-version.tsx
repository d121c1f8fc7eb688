// Reviewing a new version against the one before it: every paragraph's match (unchanged, amended,
// renumbered, moved, split, merged, added, removed) with the words that changed; a wrong match is
// corrected here ("this is draft paragraph 38"), and each change is linked to the response that
// caused it, or marked editorial with a note. The approver then publishes from the next page.
import { useId, useState, type ReactNode } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { Link, useParams, type LoaderFunctionArgs } from 'react-router';
import type { AmendmentLinkInput, MatchEntry, ResponseQueueItem, VersionAmendments, VersionMatches } from '@psp/contracts';
import type { z } from 'zod';
import { MATCH_RELATIONS } from '@psp/contracts/enums';
import { paths } from '@/config/paths';
import { useMe } from '@/lib/api/get-me';
import { documentVersionQueryOptions, documentVersionSummaryQueryOptions, useDocumentVersion, useDocumentVersionSummary } from '@/lib/api/get-document-version';
import { responseQueueQueryOptions, useResponseQueue } from '@/lib/api/get-response-queue';
import { requireUser, staffPanelSlug, userCan } from '@/lib/authorization';
import { isApiError } from '@/lib/api-client';
import { formErrorsFrom, formErrorsFromError, NO_ERRORS, type FormErrors } from '@/lib/form-errors';
import { pluralise, truncate } from '@/lib/format';
import { useUnsavedChanges } from '@/lib/hooks';
import { BackLink, PageHeading, SummaryList } from '@/components/page';
import { ErrorSummary, InsetText, NotificationBanner, QueryFallback } from '@/components/feedback';
import { Button, Checkboxes, Select, Textarea } from '@/components/forms';
import { FlashMessage } from '@/components/staff';
import { OUTCOME_LABELS, RESPONSE_STATUS_LABELS, VersionStatusTag } from '@/components/tags';
import { UnsavedChangesDialog } from '@/components/unsaved-changes';
import { MATCH_LABELS, MatchTag, printedLabel } from '../components/match-labels';
import { MatchedText } from '../components/matched-text';
import { useVersionMatches, versionMatchesQueryOptions } from '../api/get-version-matches';
import { useVersionAmendments, versionAmendmentsQueryOptions } from '../api/get-version-amendments';
import { useRematchProvision } from '../api/rematch-provision';
import { useSetVersionAmendments } from '../api/set-version-amendments';

type AmendmentLink = z.infer<typeof AmendmentLinkInput>;

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const user = await requireUser(queryClient, request, 'plan:import');
    const id = params.id ?? '';
    const [matches] = await Promise.all([
      queryClient.ensureQueryData(versionMatchesQueryOptions(id)),
      queryClient.ensureQueryData(versionAmendmentsQueryOptions(id)),
      queryClient.ensureQueryData(documentVersionSummaryQueryOptions(id)),
      userCan(user, 'response:draft') ? queryClient.prefetchQuery(responseQueueQueryOptions(staffPanelSlug(user))) : null,
      userCan(user, 'response:draft') ? queryClient.prefetchQuery(responseQueueQueryOptions(staffPanelSlug(user), 'PUBLISHED')) : null,
    ]);
    if (matches.fromVersion) await queryClient.prefetchQuery(documentVersionQueryOptions(matches.fromVersion.id));
    return null;
  };

/** The key a change is linked under: the paragraph of this version, or the removed one of the version before. */
const linkKeyOf = (entry: MatchEntry) => entry.current?.provisionKey ?? entry.previous?.provisionKey ?? '';
/** Renumbering and unchanged text are not changes anyone caused. */
const isChange = (entry: MatchEntry) => entry.relation !== 'same' && entry.relation !== 'renumbered';

export default function ReviewVersion() {
  const id = useParams().id ?? '';
  const matches = useVersionMatches(id);
  const amendments = useVersionAmendments(id);
  const summary = useDocumentVersionSummary(id);
  // Kept here, above the form that is re-made when the version moves on, so the message outlives it.
  const [notice, setNotice] = useState<string | null>(null);
  if (!matches.data) return <QueryFallback query={matches} what="review" />;
  if (!amendments.data) return <QueryFallback query={amendments} what="links" />;
  if (!summary.data) return <QueryFallback query={summary} what="version" />;
  if (!matches.data.fromVersion) {
    return (
      <>
        <BackLink href={paths.workspace.documents.href()}>Back to plans and reports</BackLink>
        <PageHeading caption={summary.data.documentTitle}>{summary.data.label}</PageHeading>
        <p className="govuk-body">This is the first version of the document: there is no earlier version to compare it with.</p>
      </>
    );
  }
  // A new key when the version moves on (links saved, a match corrected), so the links form starts from what is saved.
  return (
    <Review
      key={amendments.data.version}
      notice={notice}
      onNotice={setNotice}
      matches={matches.data}
      amendments={amendments.data}
      title={summary.data.documentTitle}
      label={summary.data.label}
      fromLabel={matches.data.fromVersion.label}
    />
  );
}

interface LinkChoice {
  /** '' not linked yet, 'editorial', or a response id. */
  cause: string;
  note: string;
}

function Review({
  matches,
  amendments,
  title,
  label,
  fromLabel,
  notice,
  onNotice,
}: {
  matches: VersionMatches;
  amendments: VersionAmendments;
  title: string;
  label: string;
  fromLabel: string;
  notice: string | null;
  onNotice: (message: string) => void;
}) {
  const me = useMe();
  const slug = me.data ? staffPanelSlug(me.data) : '';
  const mayLink = userCan(me.data, 'response:draft');
  const mayPublish = userCan(me.data, 'plan:publish');
  const draft = matches.status === 'DRAFT';
  const [showUnchanged, setShowUnchanged] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);

  // The first link of each paragraph is edited here; further links (a change two responses caused) are kept as they are.
  const initial = new Map<string, LinkChoice>();
  const kept: AmendmentLink[] = [];
  for (const link of amendments.amendments) {
    if (initial.has(link.provisionKey)) kept.push({ provisionKey: link.provisionKey, responseId: link.responseId, note: link.note ?? undefined });
    else initial.set(link.provisionKey, { cause: link.responseId ?? 'editorial', note: link.note ?? '' });
  }
  const [choices, setChoices] = useState(initial);
  const dirty = [...choices].some(([key, choice]) => {
    const before = initial.get(key);
    return (before?.cause ?? '') !== choice.cause || (before?.note ?? '') !== choice.note;
  });
  const { blocker, allowLeaving } = useUnsavedChanges(dirty);
  const save = useSetVersionAmendments(matches.versionId);

  const entries = matches.entries.filter((entry) => showUnchanged || entry.relation !== 'same');
  const changes = matches.entries.filter(isChange);
  const unlinked = changes.filter((entry) => !(choices.get(linkKeyOf(entry))?.cause ?? '')).length;

  const saveLinks = () => {
    const problems: { path: string; message: string }[] = [];
    const links: AmendmentLink[] = [...kept];
    for (const [provisionKey, choice] of choices) {
      if (!choice.cause) continue;
      if (choice.cause === 'editorial') {
        if (!choice.note.trim()) problems.push({ path: `note-${provisionKey}`, message: 'Say why the paragraph changed when no response caused it' });
        links.push({ provisionKey, responseId: null, note: choice.note.trim() });
      } else {
        links.push({ provisionKey, responseId: choice.cause, note: choice.note.trim() || undefined });
      }
    }
    if (problems.length) return setErrors(formErrorsFrom(problems));
    setErrors(NO_ERRORS);
    save.mutate(
      { amendments: links, version: amendments.version },
      {
        onSuccess: (saved) => {
          allowLeaving();
          onNotice(`The links are saved: ${pluralise(saved.amendments.length, 'change')} linked.`);
        },
        onError: (error) =>
          setErrors(
            isApiError(error, 409)
              ? formErrorsFrom([{ path: 'links', message: 'Someone else changed this version after you opened it. Reload the page to see their change.' }])
              : formErrorsFromError(error),
          ),
      },
    );
  };

  return (
    <>
      <BackLink href={paths.workspace.documents.href()}>Back to plans and reports</BackLink>
      {notice ? (
        <NotificationBanner success focus key={notice}>
          <p className="govuk-notification-banner__heading">{notice}</p>
        </NotificationBanner>
      ) : (
        <FlashMessage />
      )}
      <ErrorSummary errors={errors} />
      <PageHeading caption={`${title}: ${label}`} error={errors.summary.length > 0}>
        {draft ? 'Review and link the changes' : 'How this version follows the one before'}
      </PageHeading>
      <SummaryList
        rows={[
          { key: 'Status', value: <VersionStatusTag status={matches.status} /> },
          { key: 'Compared with', value: fromLabel },
          ...MATCH_RELATIONS.filter((relation) => matches.counts[relation] > 0).map((relation) => ({
            key: MATCH_LABELS[relation],
            value: pluralise(matches.counts[relation], 'paragraph'),
          })),
          { key: 'Changes not yet linked', value: draft ? String(unlinked) : '–' },
        ]}
      />
      {draft ? (
        <InsetText>
          Each paragraph is matched to the paragraph of {fromLabel} it continues, by its words. Where a match is wrong, correct it: the paragraph’s history
          follows the correction. Then say what caused each change.
        </InsetText>
      ) : null}
      <Checkboxes
        name="show-unchanged"
        legend="Which paragraphs to show"
        legendClassName="govuk-fieldset__legend--s"
        small
        values={showUnchanged ? ['yes'] : []}
        onChange={(values) => setShowUnchanged(values.includes('yes'))}
        options={[{ value: 'yes', text: `Also show the ${pluralise(matches.counts.same, 'unchanged paragraph')}` }]}
      />
      <ol className="govuk-list app-review-list">
        {entries.map((entry) => (
          <li key={`${entry.relation}-${linkKeyOf(entry)}`}>
            <ReviewEntry
              entry={entry}
              matches={matches}
              fromLabel={fromLabel}
              draft={draft}
              link={
                draft && mayLink && isChange(entry) ? (
                  <LinkFields
                    entry={entry}
                    slug={slug}
                    choice={choices.get(linkKeyOf(entry)) ?? { cause: '', note: '' }}
                    error={errors.byField[`note-${linkKeyOf(entry)}`]}
                    onChange={(choice) => setChoices(new Map(choices).set(linkKeyOf(entry), choice))}
                  />
                ) : null
              }
              onRematched={onNotice}
            />
          </li>
        ))}
      </ol>
      {draft && mayLink ? (
        <Button type="button" onClick={saveLinks} disabled={save.isPending}>
          Save the links
        </Button>
      ) : null}
      {draft && mayPublish ? (
        <p className="govuk-body">
          <Link className="govuk-link" to={paths.workspace.publishVersion.href(matches.versionId)}>
            Check and publish this version
          </Link>
        </p>
      ) : draft ? (
        <p className="govuk-body">When every change is linked, the OPCC approver publishes the version.</p>
      ) : null}
      <UnsavedChangesDialog blocker={blocker} />
    </>
  );
}

function ReviewEntry({
  entry,
  matches,
  fromLabel,
  draft,
  link,
  onRematched,
}: {
  entry: MatchEntry;
  matches: VersionMatches;
  fromLabel: string;
  draft: boolean;
  link: ReactNode;
  onRematched: (message: string) => void;
}) {
  const headingId = useId();
  const shown = entry.current ?? entry.previous;
  if (!shown) return null;
  const was = entry.current && entry.previous && (entry.previous.label ?? entry.previous.number) !== (entry.current.label ?? entry.current.number);
  return (
    <section className={`app-change app-change--${entry.relation}`} aria-labelledby={headingId} data-relation={entry.relation}>
      <h2 className="govuk-heading-s govuk-!-margin-bottom-2" id={headingId}>
        {entry.current ? printedLabel(entry.current) : `${printedLabel(shown)} of ${fromLabel}`} <MatchTag relation={entry.relation} />
        {was && entry.previous ? <span className="govuk-body-s"> (was {printedLabel(entry.previous)})</span> : null}
      </h2>
      <div className="govuk-body app-change__text">
        <MatchedText entry={entry} />
      </div>
      {entry.relation === 'merged' ? (
        <p className="govuk-body-s">
          Also carries the words of {entry.from.map((p) => printedLabel(p)).join(', ')} of {fromLabel}, which no paragraph continues.
        </p>
      ) : null}
      {entry.relation === 'split' ? (
        <p className="govuk-body-s">
          Taken from {entry.from.map((p) => printedLabel(p)).join(', ')} of {fromLabel}; the words shown as changed are against that paragraph.
        </p>
      ) : null}
      {entry.relation === 'removed' && draft ? (
        <p className="govuk-body-s">No paragraph of this version continues it. If one does, correct that paragraph’s match.</p>
      ) : null}
      {draft && entry.current ? <RematchForm entry={entry} matches={matches} fromLabel={fromLabel} onRematched={onRematched} /> : null}
      {link}
    </section>
  );
}

function RematchForm({
  entry,
  matches,
  fromLabel,
  onRematched,
}: {
  entry: MatchEntry;
  matches: VersionMatches;
  fromLabel: string;
  onRematched: (message: string) => void;
}) {
  const current = entry.current;
  const fromVersion = useDocumentVersion(matches.fromVersion?.id);
  const rematch = useRematchProvision(matches.versionId);
  const [choice, setChoice] = useState(entry.previous?.provisionKey ?? '');
  const [error, setError] = useState<string | undefined>();
  if (!current) return null;
  const name = `match-${current.provisionKey}`;
  const options = [
    { value: '', text: `None: it is a new paragraph` },
    ...(fromVersion.data?.provisions ?? []).map((p) => ({
      value: p.provisionKey,
      text: `${printedLabel({ label: p.label ?? null, number: p.number, heading: p.heading ?? null })}: ${truncate(p.text || (p.heading ?? ''), 70)}`,
    })),
  ];
  return (
    <details className="govuk-details govuk-!-margin-bottom-2">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">
          Correct the match<span className="govuk-visually-hidden"> of {printedLabel(current)}</span>
        </span>
      </summary>
      <div className="govuk-details__text">
        <Select
          name={name}
          label={`Which paragraph of ${fromLabel} does ${printedLabel(current)} continue?`}
          value={choice}
          error={error}
          options={options}
          fullWidth
          onChange={setChoice}
        />
        <Button
          type="button"
          variant="secondary"
          disabled={rematch.isPending || choice === (entry.previous?.provisionKey ?? '')}
          onClick={() =>
            rematch.mutate(
              { provisionKey: current.provisionKey, input: { previousKey: choice || null, version: matches.version } },
              {
                onSuccess: () => {
                  setError(undefined);
                  const named = fromVersion.data?.provisions.find((p) => p.provisionKey === choice);
                  onRematched(
                    named
                      ? `${printedLabel(current)} now continues ${printedLabel({ label: named.label ?? null, number: named.number, heading: named.heading ?? null })} of ${fromLabel}.`
                      : `${printedLabel(current)} is now a new paragraph.`,
                  );
                },
                onError: (problem) =>
                  setError(
                    isApiError(problem, 409)
                      ? 'Someone else changed this version after you opened it. Reload the page to see their change.'
                      : (formErrorsFromError(problem, { previousKey: name }).summary[0]?.text ?? 'The match could not be saved.'),
                  ),
              },
            )
          }
        >
          Save the match<span className="govuk-visually-hidden"> of {printedLabel(current)}</span>
        </Button>
      </div>
    </details>
  );
}

function LinkFields({
  entry,
  slug,
  choice,
  error,
  onChange,
}: {
  entry: MatchEntry;
  slug: string;
  choice: LinkChoice;
  error?: string;
  onChange: (choice: LinkChoice) => void;
}) {
  const unpublished = useResponseQueue(slug);
  const published = useResponseQueue(slug, 'PUBLISHED');
  const key = linkKeyOf(entry);
  const responses: ResponseQueueItem[] = [...(published.data ?? []), ...(unpublished.data ?? [])].sort(
    (a, b) => a.recommendation.number - b.recommendation.number,
  );
  const shown = entry.current ?? entry.previous;
  const what = shown ? printedLabel(shown) : 'this change';
  return (
    <div className="app-review-link">
      <Select
        name={`cause-${key}`}
        label={`What caused the change to ${what}?`}
        value={choice.cause}
        fullWidth
        options={[
          { value: '', text: 'Not linked yet' },
          { value: 'editorial', text: 'An editorial change (no response caused it)' },
          ...responses.map(({ recommendation, response }) => ({
            value: response.id,
            text: `Recommendation ${recommendation.number}: ${OUTCOME_LABELS[response.outcome]} (${RESPONSE_STATUS_LABELS[response.status].toLowerCase()})`,
          })),
        ]}
        onChange={(cause) => onChange({ ...choice, cause })}
      />
      {choice.cause ? (
        <Textarea
          name={`note-${key}`}
          label={choice.cause === 'editorial' ? `Why did ${what} change?` : `Note for readers (optional)`}
          hint={choice.cause === 'editorial' ? 'Readers see this on the changes page.' : 'For example, the words of the letter that promised the change.'}
          rows={2}
          value={choice.note}
          error={error}
          onChange={(note) => onChange({ ...choice, note })}
        />
      ) : null}
    </div>
  );
}
