// Deterministic ids and provision keys for the demo record, so that every build of it is the same
// record: the same URLs in the README and in end-to-end tests, the same keys in every test
// database. They are opaque strings like any other id (the API never parses them); records
// created later through the API get Prisma's cuids.

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export const ids = {
  panel: 'llr-panel',
  user: (role: string) => `llr-user-${role.toLowerCase().replace(/_/g, '-')}`,
  membership: (role: string) => `llr-membership-${role.toLowerCase().replace(/_/g, '-')}`,
  deadlineRule: (code: string) => `llr-deadline-${code.toLowerCase().replace(/_/g, '-')}`,
  document: (slug: string) => `llr-doc-${slug}`,
  version: (slug: string, sequence: number) => `llr-doc-${slug}-v${sequence}`,
  meeting: (isoDate: string) => `llr-meeting-${isoDate}`,
  agendaItem: (meetingId: string, position: number) => `${meetingId}-item-${pad(position, 2)}`,
  recommendation: (n: number) => `llr-rec-${pad(n, 2)}`,
  recommendationCitation: (n: number, i: number) => `llr-rec-${pad(n, 2)}-cite-${i}`,
  response: (n: number) => `llr-response-${pad(n, 2)}`,
  responseCitation: (n: number, i: number) => `llr-response-${pad(n, 2)}-cite-${i}`,
  unresolvedCitation: (n: number, i: number) => `llr-response-${pad(n, 2)}-unresolved-${i}`,
  letter: 'llr-letter-opcc-2-d-2017-1',
  amendment: (i: number) => `llr-amendment-${pad(i, 3)}`,
  commitment: (i: number) => `llr-commitment-${pad(i, 2)}`,
};

/** Provision keys of one document: `${prefix}-0001`, `${prefix}-0002`, … in the order they are
 *  first needed, across all the document's versions (assignProvisionKeys calls it for paragraphs
 *  it cannot match to an earlier version). */
export function provisionKeySequence(prefix: string): () => string {
  let next = 0;
  return () => {
    next += 1;
    return `${prefix}-${pad(next, 4)}`;
  };
}
