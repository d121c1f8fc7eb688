// Every URL the web app knows, in one place: the app's own routes (a `path` pattern for the
// router and `href` builders for links) and the API's paths. Nothing else spells a URL.

const segment = (value: string | number) => encodeURIComponent(String(value));

/** Builds `?a=1&b=2` from the defined, non-empty values (or '' when there are none). */
export function queryString(params: Record<string, string | number | boolean | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '' || value === false) continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export const paths = {
  root: { path: '/', href: () => '/' },
  panel: { path: '/panels/:slug', href: (slug: string) => `/panels/${segment(slug)}` },
  tracker: {
    path: '/panels/:slug/recommendations',
    href: (slug: string, filters: Record<string, string | undefined> = {}) => `/panels/${segment(slug)}/recommendations${queryString(filters)}`,
  },
  meetings: { path: '/panels/:slug/meetings', href: (slug: string) => `/panels/${segment(slug)}/meetings` },
  members: { path: '/panels/:slug/members', href: (slug: string) => `/panels/${segment(slug)}/members` },
  letters: { path: '/panels/:slug/letters', href: (slug: string) => `/panels/${segment(slug)}/letters` },
  recommendation: { path: '/recommendations/:id', href: (id: string) => `/recommendations/${segment(id)}` },
  meeting: { path: '/meetings/:id', href: (id: string) => `/meetings/${segment(id)}` },
  letter: { path: '/letters/:id', href: (id: string) => `/letters/${segment(id)}` },
  documentVersion: {
    path: '/document-versions/:id',
    href: (id: string, provisionKey?: string) => `/document-versions/${segment(id)}${provisionKey ? `#${provisionAnchor(provisionKey)}` : ''}`,
  },
  documentChanges: {
    path: '/document-versions/:id/changes',
    href: (id: string, options: { base?: string; onlyChanges?: boolean } = {}) =>
      `/document-versions/${segment(id)}/changes${queryString({ base: options.base, only: options.onlyChanges ? 'changes' : undefined })}`,
  },
  provision: { path: '/provisions/:provisionKey', href: (provisionKey: string) => `/provisions/${segment(provisionKey)}` },
  accessibility: { path: '/accessibility', href: () => '/accessibility' },
  privacy: { path: '/privacy', href: () => '/privacy' },
  cookies: { path: '/cookies', href: () => '/cookies' },
  search: {
    path: '/search',
    href: (q?: string, panel?: string, filters: { kind?: string; from?: string; to?: string } = {}) => `/search${queryString({ q, panel, ...filters })}`,
  },

  signIn: { path: '/sign-in', href: (returnTo?: string) => `/sign-in${queryString({ returnTo })}` },
  signedOut: { path: '/signed-out', href: () => '/signed-out' },
  workspace: {
    home: { path: '/workspace', href: () => '/workspace' },
    meetings: { path: '/workspace/meetings', href: () => '/workspace/meetings' },
    newMeeting: { path: '/workspace/meetings/new', href: () => '/workspace/meetings/new' },
    meeting: { path: '/workspace/meetings/:id', href: (id: string) => `/workspace/meetings/${segment(id)}` },
    editMeeting: { path: '/workspace/meetings/:id/edit', href: (id: string) => `/workspace/meetings/${segment(id)}/edit` },
    newRecommendation: {
      path: '/workspace/meetings/:id/recommendations/new',
      /** `fromMinutes`: the words of a resolution the minutes record, to start from. */
      href: (meetingId: string, fromMinutes?: string) =>
        `/workspace/meetings/${segment(meetingId)}/recommendations/new${fromMinutes ? queryString({ text: fromMinutes }) : ''}`,
    },
    attendance: { path: '/workspace/meetings/:id/attendance', href: (meetingId: string) => `/workspace/meetings/${segment(meetingId)}/attendance` },
    recordDecision: { path: '/workspace/meetings/:id/decision', href: (meetingId: string) => `/workspace/meetings/${segment(meetingId)}/decision` },
    members: { path: '/workspace/members', href: () => '/workspace/members' },
    procedures: { path: '/workspace/procedures', href: () => '/workspace/procedures' },
    minutes: { path: '/workspace/meetings/:id/minutes', href: (meetingId: string) => `/workspace/meetings/${segment(meetingId)}/minutes` },
    publishMinutes: {
      path: '/workspace/meetings/:id/minutes/publish',
      href: (meetingId: string) => `/workspace/meetings/${segment(meetingId)}/minutes/publish`,
    },
    correctRecommendation: {
      path: '/workspace/recommendations/:id/correct',
      href: (recommendationId: string) => `/workspace/recommendations/${segment(recommendationId)}/correct`,
    },
    responses: { path: '/workspace/responses', href: () => '/workspace/responses' },
    respond: {
      path: '/workspace/recommendations/:id/response',
      href: (recommendationId: string) => `/workspace/recommendations/${segment(recommendationId)}/response`,
    },
    review: { path: '/workspace/review', href: () => '/workspace/review' },
    letters: { path: '/workspace/letters', href: () => '/workspace/letters' },
    newLetter: { path: '/workspace/letters/new', href: () => '/workspace/letters/new' },
    editLetter: { path: '/workspace/letters/:id/edit', href: (id: string) => `/workspace/letters/${segment(id)}/edit` },
    deleteLetter: { path: '/workspace/letters/:id/delete', href: (id: string) => `/workspace/letters/${segment(id)}/delete` },
    publishLetter: { path: '/workspace/letters/:id/publish', href: (id: string) => `/workspace/letters/${segment(id)}/publish` },
    markCommitment: {
      path: '/workspace/recommendations/:id/responses/:responseId/commitments/new',
      href: (recommendationId: string, responseId: string) =>
        `/workspace/recommendations/${segment(recommendationId)}/responses/${segment(responseId)}/commitments/new`,
    },
    fulfilCommitment: {
      path: '/workspace/recommendations/:id/commitments/:commitmentId/fulfil',
      href: (recommendationId: string, commitmentId: string) =>
        `/workspace/recommendations/${segment(recommendationId)}/commitments/${segment(commitmentId)}/fulfil`,
    },
    recordProgress: { path: '/workspace/recommendations/:id/progress', href: (id: string) => `/workspace/recommendations/${segment(id)}/progress` },
    recordVerdict: { path: '/workspace/recommendations/:id/verdict', href: (id: string) => `/workspace/recommendations/${segment(id)}/verdict` },
    documents: { path: '/workspace/documents', href: () => '/workspace/documents' },
    importVersion: { path: '/workspace/documents/:id/import', href: (documentId: string) => `/workspace/documents/${segment(documentId)}/import` },
    reviewVersion: {
      path: '/workspace/document-versions/:id/review',
      href: (versionId: string) => `/workspace/document-versions/${segment(versionId)}/review`,
    },
    publishVersion: {
      path: '/workspace/document-versions/:id/publish',
      href: (versionId: string) => `/workspace/document-versions/${segment(versionId)}/publish`,
    },
    users: { path: '/workspace/admin/users', href: () => '/workspace/admin/users' },
    newUser: { path: '/workspace/admin/users/new', href: () => '/workspace/admin/users/new' },
    user: { path: '/workspace/admin/users/:id', href: (id: string) => `/workspace/admin/users/${segment(id)}` },
  },
} as const;

/** The id of a provision's element on a document page, for deep links. */
export function provisionAnchor(provisionKey: string): string {
  return `provision-${provisionKey.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

export const apiPaths = {
  openApi: () => '/api/openapi.json',
  me: () => '/api/auth/me',
  login: () => '/api/auth/login',
  logout: () => '/api/auth/logout',
  panels: () => '/api/panels',
  workspace: () => '/api/workspace',
  subscriptions: () => '/api/subscriptions',
  panel: (slug: string) => `/api/panels/${segment(slug)}`,
  panelDocuments: (slug: string) => `/api/panels/${segment(slug)}/documents`,
  panelMeetings: (slug: string) => `/api/panels/${segment(slug)}/meetings`,
  panelRecommendations: (slug: string) => `/api/panels/${segment(slug)}/recommendations`,
  panelRecommendationsCsv: (slug: string, query: Record<string, string | undefined>) => `/api/panels/${segment(slug)}/recommendations.csv${queryString(query)}`,
  panelResponses: (slug: string) => `/api/panels/${segment(slug)}/responses`,
  panelLetters: (slug: string) => `/api/panels/${segment(slug)}/letters`,
  panelDeadlines: (slug: string) => `/api/panels/${segment(slug)}/deadlines`,
  panelProcedures: (slug: string) => `/api/panels/${segment(slug)}/procedures`,
  procedureStep: (id: string, code: string) => `/api/procedures/${segment(id)}/steps/${segment(code)}`,
  panelMembers: (slug: string) => `/api/panels/${segment(slug)}/members`,
  member: (id: string) => `/api/members/${segment(id)}`,
  meetingAttendance: (meetingId: string) => `/api/meetings/${segment(meetingId)}/attendance`,
  agendaItemDeclarations: (meetingId: string, itemId: string) => `/api/meetings/${segment(meetingId)}/agenda-items/${segment(itemId)}/declarations`,
  agendaItemDecisions: (meetingId: string, itemId: string) => `/api/meetings/${segment(meetingId)}/agenda-items/${segment(itemId)}/decisions`,
  panelCalendar: (slug: string) => `/api/panels/${segment(slug)}/calendar.ics`,
  panelFeed: (slug: string) => `/api/panels/${segment(slug)}/feed.atom`,
  documentVersion: (id: string) => `/api/document-versions/${segment(id)}`,
  documentVersionDiff: (id: string) => `/api/document-versions/${segment(id)}/diff`,
  documentVersions: (documentId: string) => `/api/documents/${segment(documentId)}/versions`,
  documentVersionsPreview: (documentId: string) => `/api/documents/${segment(documentId)}/versions/preview`,
  documentVersionMatches: (id: string) => `/api/document-versions/${segment(id)}/matches`,
  documentVersionMatch: (id: string, provisionKey: string) => `/api/document-versions/${segment(id)}/matches/${segment(provisionKey)}`,
  documentVersionAmendments: (id: string) => `/api/document-versions/${segment(id)}/amendments`,
  documentVersionPublish: (id: string) => `/api/document-versions/${segment(id)}/publish`,
  resolveCitations: (versionId: string) => `/api/document-versions/${segment(versionId)}/resolve`,
  provisionHistory: (provisionKey: string) => `/api/provisions/${segment(provisionKey)}/history`,
  meeting: (id: string) => `/api/meetings/${segment(id)}`,
  meetingAgendaItems: (id: string) => `/api/meetings/${segment(id)}/agenda-items`,
  meetingAgendaItem: (id: string, itemId: string) => `/api/meetings/${segment(id)}/agenda-items/${segment(itemId)}`,
  meetingAgendaItemRemove: (id: string, itemId: string) => `/api/meetings/${segment(id)}/agenda-items/${segment(itemId)}/remove`,
  meetingAgendaOrder: (id: string) => `/api/meetings/${segment(id)}/agenda-order`,
  meetingMinutes: (id: string) => `/api/meetings/${segment(id)}/minutes`,
  meetingMinutesTransitions: (id: string) => `/api/meetings/${segment(id)}/minutes/transitions`,
  recommendation: (id: string) => `/api/recommendations/${segment(id)}`,
  recommendationResponses: (id: string) => `/api/recommendations/${segment(id)}/responses`,
  recommendationClose: (id: string) => `/api/recommendations/${segment(id)}/close`,
  recommendationWithdraw: (id: string) => `/api/recommendations/${segment(id)}/withdraw`,
  recommendationProgress: (id: string) => `/api/recommendations/${segment(id)}/progress`,
  recommendationVerdict: (id: string) => `/api/recommendations/${segment(id)}/verdict`,
  responseCommitments: (responseId: string) => `/api/responses/${segment(responseId)}/commitments`,
  commitmentFulfilment: (commitmentId: string) => `/api/commitments/${segment(commitmentId)}/fulfilment`,
  response: (id: string) => `/api/responses/${segment(id)}`,
  responseTransitions: (id: string) => `/api/responses/${segment(id)}/transitions`,
  letter: (id: string) => `/api/letters/${segment(id)}`,
  letterDocument: (id: string, format: 'docx' | 'pdf') => `/api/letters/${segment(id)}/letter.${format}`,
  trackerPaper: (meetingId: string, format: 'docx' | 'pdf') => `/api/meetings/${segment(meetingId)}/tracker.${format}`,
  letterPublish: (id: string) => `/api/letters/${segment(id)}/publish`,
  letterDiscard: (id: string) => `/api/letters/${segment(id)}/discard`,
  search: () => '/api/search',
  adminUsers: () => '/api/admin/users',
  adminUser: (id: string) => `/api/admin/users/${segment(id)}`,
} as const;
