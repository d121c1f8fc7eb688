// One change of the amended plan under its own heading: the paragraph's number (a link to its
// history), what kind of change, why (the recommendation or the editor's note), and the text with
// insertions and deletions marked in full.
import { Link } from 'react-router';
import type { DiffEntry } from '@psp/contracts';
import { paths } from '@/config/paths';
import { paragraphLabel } from '@/lib/format';
import { ReconstructedTag } from '@/components/provenance';
import { Attribution } from './attribution';
import { CHANGE_LABELS, CHANGE_TAG_COLOURS, ChangedText } from './diff-entry';

export const changeAnchor = (provisionKey: string) => `change-${provisionKey.replace(/[^A-Za-z0-9_-]/g, '-')}`;

export function changeLabel(entry: DiffEntry): string {
  return paragraphLabel(entry.after?.number ?? entry.before?.number ?? null, entry.after?.heading ?? entry.before?.heading);
}

/** The number the paragraph had before, when it moved. */
export function previousNumber(entry: DiffEntry): string | null {
  return entry.before?.number && entry.after?.number && entry.before.number !== entry.after.number ? entry.before.number : null;
}

/** Why it changed: the recommendations, or the editor's note for an editorial change. */
function Reason({ entry }: { entry: DiffEntry }) {
  if (entry.amendedBy.length) return <Attribution amendedBy={entry.amendedBy} />;
  if (entry.editorial?.length) {
    return <p className="govuk-body-s app-change__attribution">Editorial change: {entry.editorial.join(' ')}</p>;
  }
  return <p className="govuk-body-s app-change__attribution">No recommendation or editorial note is linked to this change.</p>;
}

export function ChangeSection({ entry, headingLevel = 2 }: { entry: DiffEntry; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const label = changeLabel(entry);
  const was = previousNumber(entry);
  const id = changeAnchor(entry.provisionKey);
  return (
    <section
      className={`app-change app-change--${entry.change}`}
      id={id}
      aria-labelledby={`${id}-heading`}
      data-change={entry.change}
      data-provision-key={entry.provisionKey}
    >
      <Heading className="govuk-heading-s govuk-!-margin-bottom-2 app-change__heading" id={`${id}-heading`}>
        <Link className="govuk-link" to={paths.provision.href(entry.provisionKey)}>
          {label}
          <span className="govuk-visually-hidden"> (its history)</span>
        </Link>{' '}
        {was ? <span className="app-change__was">(was {was}) </span> : null}
        <strong className={`govuk-tag ${CHANGE_TAG_COLOURS[entry.change]}`}>{CHANGE_LABELS[entry.change]}</strong>{' '}
        {entry.after?.reconstructed ? <ReconstructedTag /> : null}
      </Heading>
      <Reason entry={entry} />
      <div className="govuk-body app-change__text">
        <ChangedText entry={entry} expanded />
      </div>
    </section>
  );
}
