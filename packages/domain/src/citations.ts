// Who made a citation. A reader must be able to tell the panel's (or the OPCC's) own words from a
// link staff added: "point 24" in the recommendation is the panel's citation; a paragraph the
// clerk chose, or words the clerk typed that the text does not contain, is the clerk's link.
import type { CITATION_SOURCES } from '@psp/contracts/enums';

export type CitationSourceName = (typeof CITATION_SOURCES)[number];

/** Whitespace and case aside, so "Para  46(e)" in the text and "para 46(e)" typed by staff are the same words. */
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * AS_WRITTEN when the citing words occur in the citing text itself; LINKED_BY_STAFF when there are
 * no words (paragraphs chosen by key) or the text does not contain them, or the text is unknown.
 */
export function citationSource(cited: string | null, citingText: string | undefined): CitationSourceName {
  if (!cited || citingText === undefined) return 'LINKED_BY_STAFF';
  const words = normalise(cited);
  return words !== '' && normalise(citingText).includes(words) ? 'AS_WRITTEN' : 'LINKED_BY_STAFF';
}
