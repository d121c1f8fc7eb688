// Contract-shaped test data (the api-client checks every reply against the zod contracts in
// tests, so a fixture that drifts from the contract fails loudly).
import type {
  DiffEntry,
  DocumentSummary,
  DocumentVersion,
  MeetingDetail,
  MeetingSummary,
  Recommendation,
  RecommendationDetail,
  Response,
  User,
} from '@psp/contracts';

export function aRecommendation(overrides: Partial<Recommendation> = {}): Recommendation {
  return {
    id: 'rec-1',
    number: 1,
    text: 'The Panel recommends that the Plan says more about rural crime.',
    status: 'AWAITING_RESPONSE',
    meetingId: 'meeting-1',
    meetingTitle: 'Police and Crime Panel – 3 February 2017',
    meetingStartsAt: '2017-02-03T13:00:00.000Z',
    theme: 'Rural crime',
    dueAt: '2017-03-03T23:59:00.000Z',
    provisions: [{ provisionKey: 'plan-0081', number: '24', versionId: 'plan-v1' }],
    latestOutcome: null,
    version: 1,
    ...overrides,
  };
}

export function aResponse(overrides: Partial<Response> = {}): Response {
  return {
    id: 'response-1',
    recommendationId: 'rec-1',
    outcome: 'ACCEPTED',
    status: 'DRAFT',
    text: 'I accept this recommendation.',
    provisions: [],
    version: 1,
    publishedAt: null,
    letterId: null,
    ...overrides,
  };
}

export function aRecommendationDetail(overrides: Partial<RecommendationDetail> = {}): RecommendationDetail {
  return { ...aRecommendation(), responses: [], history: [], ...overrides };
}

export const MEETINGS: MeetingSummary[] = [
  { id: 'meeting-1', title: 'Police and Crime Panel – 3 February 2017', startsAt: '2017-02-03T13:00:00.000Z', status: 'HELD', location: 'County Hall' },
  { id: 'meeting-2', title: 'Police and Crime Panel – 7 December 2016', startsAt: '2016-12-07T13:00:00.000Z', status: 'HELD', location: null },
];

export const DOCUMENTS: DocumentSummary[] = [
  {
    id: 'plan',
    kind: 'PLAN',
    title: 'Police and Crime Plan 2017–2021',
    meetingId: null,
    versions: [
      { id: 'plan-v1', label: 'Draft v0.7', status: 'PUBLISHED', publishedAt: '2017-01-20T12:00:00.000Z' },
      { id: 'plan-v2', label: 'Published plan', status: 'PUBLISHED', publishedAt: '2017-03-31T12:00:00.000Z' },
    ],
  },
];

export const OFFICER: User = {
  id: 'user-officer',
  email: 'officer@demo.test',
  name: 'Olivia Officer',
  roles: ['OPCC_OFFICER'],
  panelRoles: [{ panel: 'leicestershire', role: 'OPCC_OFFICER' }],
};

export const CLERK: User = {
  id: 'user-clerk',
  email: 'clerk@demo.test',
  name: 'Colin Clerk',
  roles: ['CLERK'],
  panelRoles: [{ panel: 'leicestershire', role: 'CLERK' }],
};

export function aDiffEntry(overrides: Partial<DiffEntry> = {}): DiffEntry {
  return {
    provisionKey: 'plan-0098',
    change: 'unchanged',
    before: { number: '32', text: 'Same words.' },
    after: { number: '32', text: 'Same words.' },
    amendedBy: [],
    words: null,
    ...overrides,
  };
}

export function aMeetingDetail(overrides: Partial<MeetingDetail> = {}): MeetingDetail {
  return {
    id: 'meeting-1',
    title: 'Police and Crime Panel – 3 February 2017',
    startsAt: '2017-02-03T13:00:00.000Z',
    status: 'HELD',
    location: 'County Hall',
    version: 1,
    agendaItems: [
      {
        id: 'item-4',
        number: '4',
        title: 'Draft Police and Crime Plan 2017–2021',
        description: null,
        paper: { versionId: 'plan-v1', documentId: 'plan', title: 'Police and Crime Plan 2017–2021', label: 'Draft v0.7', kind: 'PLAN' },
      },
    ],
    minutes: null,
    ...overrides,
  };
}

export function aDocumentVersion(id: string, provisions: { key: string; number: string; text: string }[]): DocumentVersion {
  return {
    id,
    label: id === 'plan-v1' ? 'Draft v0.7' : 'Published plan',
    status: 'PUBLISHED',
    publishedAt: '2017-01-20T12:00:00.000Z',
    documentId: 'plan',
    documentTitle: 'Police and Crime Plan 2017–2021',
    kind: 'PLAN',
    basedOnId: null,
    provisions: provisions.map((p, index) => ({
      id: `${id}-p${index}`,
      provisionKey: p.key,
      number: p.number,
      heading: null,
      text: p.text,
      parentKey: null,
      depth: 0,
      kind: 'PARAGRAPH',
    })),
  };
}
