// Where a text comes from, said on every page that shows it: a version whose wording is partly
// ours carries a warning saying what is reconstructed and why, and each reconstructed paragraph
// is marked where it is shown (plan page, changes, paragraph history).
import type { CitationSource } from '@psp/contracts';

/** The warning above a reconstructed version's text (or a page quoting it): what and why, in the record's own words. */
export function ReconstructionWarning({ versionLabel, note }: { versionLabel: string; note: string | null | undefined }) {
  return (
    <div className="govuk-warning-text app-reconstruction-warning">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">Warning</span>
        {versionLabel} is partly a reconstruction, not the document itself. {note}
      </strong>
    </div>
  );
}

/** The mark on one paragraph whose wording is a reconstruction. */
export function ReconstructedTag() {
  return <strong className="govuk-tag govuk-tag--orange app-reconstructed-tag">Reconstructed wording</strong>;
}

/** Where the version's text was read from. */
export function VersionSource({ source }: { source: string | null | undefined }) {
  if (!source) return null;
  return (
    <p className="govuk-body-s app-secondary-text app-version-source">
      <strong>Source:</strong> {source}
    </p>
  );
}

/** Who made a citation, said beside a paragraph the citing text does not number itself (the panel's or the OPCC's own citations need no note). */
export function CitationSourceNote({ source, linkedBy }: { source: CitationSource | undefined; linkedBy: 'the clerk' | 'OPCC staff' }) {
  if (source !== 'LINKED_BY_STAFF') return null;
  return <span className="app-secondary-text app-citation-source"> (linked by {linkedBy})</span>;
}
