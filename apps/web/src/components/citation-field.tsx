// A citation typed as words ("Para 46(e) and 52", "point 24") and resolved live against one
// document version, showing which paragraphs it matches and their text, so the person typing
// sees at once when a number does not exist in that version.
import { useId } from 'react';
import type { Provision } from '@psp/contracts';
import { useDocumentVersion } from '@/lib/api/get-document-version';
import { useResolvedCitations } from '@/lib/api/resolve-citations';
import { truncate } from '@/lib/format';
import { useDebouncedValue } from '@/lib/hooks';
import { TextInput } from './forms';

export const CITATION_DEBOUNCE_MS = 400;

export function CitationField({
  name,
  label,
  hint,
  error,
  versionId,
  value,
  onChange,
}: {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  versionId: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const resultsId = useId();
  const typed = useDebouncedValue(value.trim(), CITATION_DEBOUNCE_MS);
  const resolved = useResolvedCitations(versionId, typed);
  const version = useDocumentVersion(versionId || undefined);
  const byKey = new Map<string, Provision>((version.data?.provisions ?? []).map((provision) => [provision.provisionKey, provision]));
  const references = typed ? (resolved.data?.references ?? []) : [];

  return (
    <div className="app-citation-field">
      <TextInput
        name={name}
        label={label}
        hint={hint}
        error={error}
        value={value}
        onChange={onChange}
        width="two-thirds"
        describedByExtra={resultsId}
        spellCheck={false}
      />
      <div id={resultsId} className="app-citation-field__results" aria-live="polite">
        {!versionId ? null : !typed ? null : resolved.isError ? (
          <p className="govuk-body-s">The citation could not be checked just now. It will be checked again when you save.</p>
        ) : resolved.isFetching && !resolved.data ? (
          <p className="govuk-body-s">Checking the citation…</p>
        ) : references.length === 0 ? (
          <p className="govuk-body-s">No paragraph numbers found in these words yet.</p>
        ) : (
          <>
            <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
              {references.some((r) => r.provisionKey) ? 'Matched paragraphs' : 'No matching paragraphs'}
            </h3>
            <ul className="govuk-list app-citation-field__list">
              {references.map((reference, index) => {
                const provision = reference.provisionKey ? byKey.get(reference.provisionKey) : undefined;
                return (
                  <li
                    key={`${reference.cited}-${reference.number}-${index}`}
                    className={reference.provisionKey ? 'app-citation--matched' : 'app-citation--missing'}
                  >
                    {reference.provisionKey ? (
                      <>
                        <strong>Para {reference.number}</strong> <span className="app-secondary-text">(from “{reference.cited}”)</span>
                        {provision ? <span className="app-citation-field__text">{truncate(provision.text || provision.heading || '', 160)}</span> : null}
                      </>
                    ) : reference.reason === 'otherDocument' ? (
                      <>
                        <strong>“{reference.cited}”</strong> is in {reference.otherDocument ?? 'another document'}, not this one, so it is not linked
                      </>
                    ) : reference.reason === 'ambiguous' ? (
                      <>
                        <strong>Para {reference.number}</strong> is printed more than once in this version (paragraphs{' '}
                        {reference.candidates.map((key) => byKey.get(key)?.number ?? key).join(' and ')}): choose the paragraph instead{' '}
                        <span className="app-secondary-text">(from “{reference.cited}”)</span>
                      </>
                    ) : (
                      <>
                        <strong>Para {reference.number}</strong> is not in this version <span className="app-secondary-text">(from “{reference.cited}”)</span>
                      </>
                    )}
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}
