// Rows of the permission matrix for the documents, search and admin routes: every route, the
// status each role (and the public) gets. Writes that should succeed for one role only are
// shaped so that repeating them for every role changes nothing that a later row depends on
// (a stale `version` proves the caller got past the permission check without publishing).
import { importDraftPlan, PANEL, PARA_32_KEY, PLAN, PUBLISHED_PLAN_V2, DRAFT_PLAN_V1 } from './documents.fixtures';
import type { DemoRole, TestApp } from './harness';

export type MatrixCaller = 'anonymous' | DemoRole;
export interface PermissionRow {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  body?: Record<string, unknown>;
  expected: Record<MatrixCaller, number>;
}

const everyone = (status: number): Record<MatrixCaller, number> => ({
  anonymous: status,
  PANEL_MEMBER: status,
  CLERK: status,
  OPCC_OFFICER: status,
  OPCC_APPROVER: status,
  ADMIN: status,
});
/** Unpublished plan material: the OPCC's working papers, 404 to everyone else. */
const opccSeesDraft: Record<MatrixCaller, number> = { anonymous: 404, PANEL_MEMBER: 404, CLERK: 404, OPCC_OFFICER: 200, OPCC_APPROVER: 200, ADMIN: 200 };
const importers = (status: number): Record<MatrixCaller, number> => ({
  anonymous: 401,
  PANEL_MEMBER: 403,
  CLERK: 403,
  OPCC_OFFICER: status,
  OPCC_APPROVER: status,
  ADMIN: status,
});
const onlyApprover = (status: number): Record<MatrixCaller, number> => ({
  anonymous: 401,
  PANEL_MEMBER: 403,
  CLERK: 403,
  OPCC_OFFICER: 403,
  OPCC_APPROVER: status,
  ADMIN: 403,
});
const onlyOfficer = (status: number): Record<MatrixCaller, number> => ({
  anonymous: 401,
  PANEL_MEMBER: 403,
  CLERK: 403,
  OPCC_OFFICER: status,
  OPCC_APPROVER: 403,
  ADMIN: 403,
});
const onlyAdmin = (status: number): Record<MatrixCaller, number> => ({
  anonymous: 401,
  PANEL_MEMBER: 403,
  CLERK: 403,
  OPCC_OFFICER: 403,
  OPCC_APPROVER: 403,
  ADMIN: status,
});

/** Builds the rows against a seeded test app; imports the unpublished plan version they need. */
export async function documentsPermissionRows(t: TestApp): Promise<PermissionRow[]> {
  const { version: draft, newParagraph } = await importDraftPlan(await t.signIn('OPCC_OFFICER'), 'Matrixmarker');
  const memberId = 'llr-user-panel-member';
  return [
    // Commitments: the officer marks them (words not in the response: 400 past the permission check);
    // the officer or the clerk records what fulfilled one (no paper named: 400, nothing changes).
    {
      method: 'POST',
      path: '/api/responses/llr-response-08/commitments',
      body: { words: 'words the response does not have', owner: 'The Commissioner' },
      expected: onlyOfficer(400),
    },
    {
      method: 'POST',
      path: '/api/commitments/llr-commitment-01/fulfilment',
      body: { fulfilment: 'PAPER', version: 1 },
      expected: { anonymous: 401, PANEL_MEMBER: 403, CLERK: 400, OPCC_OFFICER: 400, OPCC_APPROVER: 403, ADMIN: 403 },
    },
    // The published letter as documents: for everyone.
    { method: 'GET', path: '/api/letters/llr-letter-opcc-2-d-2017-1/letter.pdf', expected: everyone(200) },
    { method: 'GET', path: '/api/letters/llr-letter-opcc-2-d-2017-1/letter.docx', expected: everyone(200) },
    { method: 'GET', path: '/api/meetings/llr-meeting-2016-12-07/tracker.pdf', expected: everyone(200) },
    { method: 'GET', path: '/api/meetings/llr-meeting-2016-12-07/tracker.docx', expected: everyone(200) },
    // Implementation: progress is the OPCC's, the verdict the clerk's (a body missing its note: 400 past the permission check).
    { method: 'POST', path: '/api/recommendations/llr-rec-01/progress', body: { state: 'IN_PROGRESS' }, expected: onlyOfficer(400) },
    {
      method: 'POST',
      path: '/api/recommendations/llr-rec-01/verdict',
      body: { verdict: 'IMPLEMENTED' },
      expected: { anonymous: 401, PANEL_MEMBER: 403, CLERK: 400, OPCC_OFFICER: 403, OPCC_APPROVER: 403, ADMIN: 403 },
    },
    { method: 'GET', path: `/api/panels/${PANEL}/documents`, expected: everyone(200) },
    // Members: public to read; the clerk and the admin record terms (a date that does not exist: 400 past the permission check).
    { method: 'GET', path: `/api/panels/${PANEL}/members`, expected: everyone(200) },
    {
      method: 'POST',
      path: `/api/panels/${PANEL}/members`,
      body: { name: 'Matrix member', kind: 'INDEPENDENT', startsOn: '2026-02-30' },
      expected: { anonymous: 401, PANEL_MEMBER: 403, CLERK: 400, OPCC_OFFICER: 403, OPCC_APPROVER: 403, ADMIN: 400 },
    },
    {
      method: 'PATCH',
      path: '/api/members/no-such-member',
      body: { office: 'CHAIR', version: 1 },
      expected: { anonymous: 401, PANEL_MEMBER: 403, CLERK: 404, OPCC_OFFICER: 403, OPCC_APPROVER: 403, ADMIN: 404 },
    },
    // Attendance and declarations are the clerk's (a stale meeting version: 409; an unknown item: 404, past the permission check).
    {
      method: 'PUT',
      path: '/api/meetings/llr-meeting-2016-12-07/attendance',
      body: { records: [], version: 999 },
      expected: { anonymous: 401, PANEL_MEMBER: 403, CLERK: 409, OPCC_OFFICER: 403, OPCC_APPROVER: 403, ADMIN: 403 },
    },
    {
      method: 'POST',
      path: '/api/meetings/llr-meeting-2016-12-07/agenda-items/no-such-item/declarations',
      body: { memberId: 'no-such-member', interest: 'Matrix interest.' },
      expected: { anonymous: 401, PANEL_MEMBER: 403, CLERK: 404, OPCC_OFFICER: 403, OPCC_APPROVER: 403, ADMIN: 403 },
    },
    // A decision is the clerk's (an unknown agenda item: 404 past the permission check).
    {
      method: 'POST',
      path: '/api/meetings/llr-meeting-2016-12-07/agenda-items/no-such-item/decisions',
      body: { kind: 'ORDINARY', motion: 'Matrix motion.', outcome: 'LOST', votes: [] },
      expected: { anonymous: 401, PANEL_MEMBER: 403, CLERK: 404, OPCC_OFFICER: 403, OPCC_APPROVER: 403, ADMIN: 403 },
    },
    { method: 'GET', path: `/api/panels/${PANEL}/calendar.ics`, expected: everyone(200) },
    { method: 'GET', path: '/api/workspace', expected: { ...everyone(200), anonymous: 401 } },
    // Following by email: anyone (the public with an address to confirm, the signed-in with their own); the token pages.
    { method: 'POST', path: '/api/subscriptions', body: { email: 'matrix@example.org', target: 'PANEL', targetId: PANEL }, expected: everyone(202) },
    { method: 'GET', path: '/api/subscriptions/confirm?token=no-such-token-at-all', expected: everyone(404) },
    { method: 'GET', path: '/api/subscriptions/unsubscribe?token=no-such-token-at-all', expected: everyone(200) },
    { method: 'POST', path: '/api/subscriptions/unsubscribe?token=no-such-token-at-all', expected: everyone(404) },
    // Procedures: public to read; the clerk starts them and records steps (no title: 400 past the permission check).
    { method: 'GET', path: `/api/panels/${PANEL}/procedures`, expected: everyone(200) },
    {
      method: 'POST',
      path: `/api/panels/${PANEL}/procedures`,
      body: { kind: 'CONFIRMATION_HEARING', title: '', startedOn: '2027-03-01' },
      expected: { anonymous: 401, PANEL_MEMBER: 403, CLERK: 400, OPCC_OFFICER: 403, OPCC_APPROVER: 403, ADMIN: 403 },
    },
    {
      method: 'POST',
      path: '/api/procedures/no-such-procedure/steps/PANEL_REPORT',
      body: { doneOn: '2027-03-10', version: 1 },
      expected: { anonymous: 401, PANEL_MEMBER: 403, CLERK: 404, OPCC_OFFICER: 403, OPCC_APPROVER: 403, ADMIN: 403 },
    },
    { method: 'GET', path: `/api/panels/${PANEL}/feed.atom`, expected: everyone(200) },
    { method: 'GET', path: `/api/document-versions/${PUBLISHED_PLAN_V2}`, expected: everyone(200) },
    { method: 'GET', path: `/api/document-versions/${draft.id}`, expected: opccSeesDraft },
    { method: 'GET', path: `/api/document-versions/${PUBLISHED_PLAN_V2}/diff?base=${DRAFT_PLAN_V1}`, expected: everyone(200) },
    { method: 'GET', path: `/api/document-versions/${draft.id}/diff?base=${PUBLISHED_PLAN_V2}`, expected: opccSeesDraft },
    { method: 'GET', path: `/api/document-versions/${PUBLISHED_PLAN_V2}/diff?base=${draft.id}`, expected: opccSeesDraft },
    { method: 'POST', path: `/api/document-versions/${PUBLISHED_PLAN_V2}/resolve`, body: { text: 'Para 46(e) and 52' }, expected: everyone(200) },
    { method: 'POST', path: `/api/document-versions/${draft.id}/resolve`, body: { text: 'Para 72' }, expected: opccSeesDraft },
    { method: 'GET', path: `/api/provisions/${PARA_32_KEY}/history`, expected: everyone(200) },
    { method: 'GET', path: `/api/provisions/${encodeURIComponent(newParagraph.provisionKey)}/history`, expected: opccSeesDraft },
    { method: 'GET', path: `/api/document-versions/${PUBLISHED_PLAN_V2}/amendments`, expected: everyone(200) },
    { method: 'GET', path: `/api/document-versions/${draft.id}/amendments`, expected: opccSeesDraft },
    { method: 'GET', path: `/api/document-versions/${PUBLISHED_PLAN_V2}/matches`, expected: everyone(200) },
    { method: 'GET', path: `/api/document-versions/${draft.id}/matches`, expected: opccSeesDraft },
    // A stale version: an importer passes every check but the lock, so no key changes.
    {
      method: 'PUT',
      path: `/api/document-versions/${draft.id}/matches/${encodeURIComponent(newParagraph.provisionKey)}`,
      body: { previousKey: null, version: 999 },
      expected: importers(409),
    },
    { method: 'POST', path: `/api/panels/${PANEL}/documents`, body: { kind: 'REPORT', title: 'Matrix report' }, expected: importers(201) },
    {
      method: 'POST',
      path: `/api/documents/${PLAN}/versions`,
      body: { label: 'Matrix import', text: '1. A paragraph.\n\n2. Another paragraph.' },
      expected: importers(201),
    },
    {
      method: 'POST',
      path: `/api/documents/${PLAN}/versions/preview`,
      body: { label: 'Matrix preview', text: '1. A paragraph.\n\n2. Another paragraph.' },
      expected: importers(200),
    },
    // A stale version: the approver passes every check but the lock, so nothing is published.
    { method: 'POST', path: `/api/document-versions/${draft.id}/publish`, body: { version: 999 }, expected: onlyApprover(409) },
    { method: 'POST', path: `/api/document-versions/${PUBLISHED_PLAN_V2}/publish`, body: { version: 1 }, expected: onlyApprover(409) },
    { method: 'PUT', path: `/api/document-versions/${draft.id}/amendments`, body: { amendments: [], version: draft.version }, expected: onlyOfficer(200) },
    { method: 'GET', path: `/api/search?q=${encodeURIComponent('cyber crime')}`, expected: everyone(200) },
    { method: 'GET', path: '/api/search?q=%20%20', expected: everyone(400) },
    { method: 'GET', path: `/api/search?q=cyber&panel=${PANEL}&limit=5`, expected: everyone(200) },
    { method: 'GET', path: '/api/admin/users', expected: onlyAdmin(200) },
    {
      method: 'POST',
      path: '/api/admin/users',
      body: { email: 'matrix.person@example.test', name: 'Matrix Person', password: 'a long enough password', roles: [{ panel: PANEL, role: 'PANEL_MEMBER' }] },
      expected: onlyAdmin(201),
    },
    {
      method: 'PATCH',
      path: `/api/admin/users/${memberId}`,
      body: { roles: [{ panel: PANEL, role: 'PANEL_MEMBER' }], version: 999 },
      expected: onlyAdmin(409),
    },
  ];
}
