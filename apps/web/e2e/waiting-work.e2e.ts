// Each role's waiting work on the workspace, and the review loop with a note: the approver returns
// a response with what to change, and the officer, opening the response in a fresh tab, reads the
// note, the paragraphs the panel cited with their words, and the history. Axe on every page state.
import { checkPage, openSession } from './support/browser';
import { portalAndBrowserPerFile } from './support/lifecycle';
import { apiAs, signIn } from './support/staff';

const running = portalAndBrowserPerFile();

test('waiting work per role, and a response returned with a note the officer reads', async () => {
  // A recommendation citing paragraph 32 of the published plan, answered and submitted for review.
  const officer = await openSession(running.browser, running.portal.baseUrl);
  const clerkApi = await apiAs(officer, 'clerk@demo.test');
  const meeting = await clerkApi.post<{ id: string }>('/api/panels/leicestershire/meetings', {
    title: 'Panel meeting for review',
    startsAt: '2026-01-12T10:00:00Z',
  });
  const versions = (await (await officer.context.request.get('/api/panels/leicestershire/documents')).json()) as Array<{
    kind: string;
    versions: Array<{ id: string; status: string }>;
  }>;
  const plan = versions
    .find((d) => d.kind === 'PLAN')
    ?.versions.filter((v) => v.status === 'PUBLISHED')
    .at(-1);
  const recommendation = await clerkApi.post<{ id: string; number: number }>('/api/panels/leicestershire/recommendations', {
    meetingId: meeting.id,
    text: 'The Panel recommends that the plan says how cyber-crime will be measured.',
    citedVersionId: plan?.id,
    citation: 'Para 32',
  });
  const officerApi = await apiAs(officer, 'officer@demo.test');
  const response = await officerApi.post<{ id: string; version: number }>(`/api/recommendations/${recommendation.id}/responses`, {
    outcome: 'ACCEPTED',
    text: 'I accept the recommendation and will publish measures.',
  });
  await officerApi.post(`/api/responses/${response.id}/transitions`, { to: 'IN_REVIEW', version: response.version });

  const approver = await openSession(running.browser, running.portal.baseUrl);
  await signIn(approver, 'approver@demo.test');
  await approver.page.getByRole('heading', { name: 'Waiting for you' }).waitFor();
  await approver.page.getByRole('link', { name: /waiting for your review/ }).waitFor();
  await checkPage(approver, 'waiting-01-approver-workspace');
  await approver.page.goto(`/workspace/recommendations/${recommendation.id}/response`);
  await approver.page.getByRole('heading', { name: 'Paragraphs the response cites' }).waitFor();
  await approver.page.getByRole('button', { name: 'Return to draft' }).click();
  await approver.page.getByLabel('What should the officer change?').fill('Say which measures, and cite paragraph 32 in the response too.');
  await checkPage(approver, 'waiting-02-return-with-note');
  await approver.page.getByRole('button', { name: 'Return to draft with this note' }).click();
  await approver.page.getByText(`Response to recommendation ${recommendation.number} returned to draft`).waitFor();
  await approver.context.close();

  // The officer opens the response in a fresh tab: the note, the cited paragraph's words, the history.
  await signIn(officer, 'officer@demo.test');
  await officer.page.getByRole('link', { name: /returned to you with a note/ }).waitFor();
  await checkPage(officer, 'waiting-03-officer-workspace');
  const tab = await officer.context.newPage();
  await tab.goto(`/workspace/recommendations/${recommendation.id}/response`);
  await tab.getByText('Say which measures, and cite paragraph 32 in the response too.').first().waitFor();
  await tab.getByRole('heading', { name: 'Paragraphs the panel cited' }).waitFor();
  await tab.locator('.app-quoted-paragraph').first().waitFor();
  await tab.getByRole('heading', { name: 'History' }).waitFor();
  await checkPage({ ...officer, page: tab }, 'waiting-04-officer-reads-note');
  await officer.context.close();

  const member = await openSession(running.browser, running.portal.baseUrl);
  await signIn(member, 'member@demo.test');
  await member.page.getByRole('link', { name: /waiting for a response/ }).waitFor();
  await checkPage(member, 'waiting-05-councillor-workspace');
  await member.context.close();
});
