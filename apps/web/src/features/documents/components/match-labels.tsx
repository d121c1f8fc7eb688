// How a reviewer reads a paragraph's match with the version before: one label and tag colour per relation.
import type { MatchRelationValue } from '@psp/contracts';

export const MATCH_LABELS: Record<MatchRelationValue, string> = {
  same: 'Unchanged',
  edited: 'Amended',
  moved: 'Moved',
  renumbered: 'Renumbered',
  split: 'Split',
  merged: 'Merged',
  new: 'Added',
  removed: 'Removed',
};

export const MATCH_TAG_COLOURS: Record<MatchRelationValue, string> = {
  same: 'govuk-tag--grey',
  edited: '',
  moved: 'govuk-tag--turquoise',
  renumbered: 'govuk-tag--purple',
  split: 'govuk-tag--orange',
  merged: 'govuk-tag--orange',
  new: 'govuk-tag--green',
  removed: 'govuk-tag--red',
};

export function MatchTag({ relation }: { relation: MatchRelationValue }) {
  return <strong className={`govuk-tag ${MATCH_TAG_COLOURS[relation]}`}>{MATCH_LABELS[relation]}</strong>;
}

/** The paragraph as the document prints it: "Para 52(a)", "Para 2.1", or its heading when unnumbered. */
export function printedLabel(provision: { label: string | null; number: string | null; heading: string | null }): string {
  const printed = provision.label ?? provision.number;
  return printed ? `Para ${printed}` : (provision.heading ?? 'Unnumbered paragraph');
}
