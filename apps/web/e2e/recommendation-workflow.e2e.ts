// The full life of a recommendation: the clerk records it with a citation typed as words and
// resolved live; the OPCC officer drafts and submits a response; the approver approves and
// publishes it; the public then sees it answered.
import type { Browser } from 'playwright-core';
import { checkPage, launchBrowser, openSession, type Session } from './support/browser';
import { startPortal, type RunningPortal } from './support/portal';
import { signIn } from './support/staff';

let portal: RunningPortal;
let browser: Browser;

beforeAll(async () => {
  portal = await startPortal();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await portal?.close();
});

const RECOMMENDATION_TEXT =
  'The Panel recommends that the Plan sets out how rural communities will be kept informed about neighbourhood policing in their area.';
const RESPONSE_TEXT =
  'I accept this recommendation. Paragraph 25 of the Plan will set out how neighbourhood teams report to rural parish councils every quarter.';

test('clerk → officer → approver → public', async () => {
  // ── The clerk records the recommendation at the February meeting. ──
  const clerk: Session = await openSession(browser, portal.baseUrl);
  const staffOnly = await clerk.page.goto('/workspace/meetings');
  expect(staffOnly?.ok()).toBe(true);
  await clerk.page.waitForURL(/\/sign-in\?returnTo=/);
  await signIn(clerk, 'clerk@demo.test', 'workflow-01-sign-in');
  await checkPage(clerk, 'workflow-02-clerk-workspace');

  await clerk.page.getByRole('link', { name: /Meetings, agendas/ }).click();
  await clerk.page.waitForURL('**/workspace/meetings');
  await checkPage(clerk, 'workflow-03-clerk-meetings');
  await clerk.page.getByRole('link', { name: 'Police and Crime Panel – 3 February 2017' }).click();
  await clerk.page.waitForURL('**/workspace/meetings/llr-meeting-2017-02-03');
  await checkPage(clerk, 'workflow-04-clerk-meeting');
  await clerk.page.getByRole('link', { name: 'Record a recommendation' }).click();
  await clerk.page.waitForURL('**/recommendations/new');
  await checkPage(clerk, 'workflow-05-record-recommendation');

  // Saving with nothing typed: the error summary and the inline message.
  await clerk.page.getByRole('button', { name: 'Record and publish recommendation' }).click();
  await clerk.page.getByTestId('error-summary').waitFor();
  await checkPage(clerk, 'workflow-06-record-recommendation-errors');
  await expect(clerk.page.title()).resolves.toMatch(/^Error: /);

  await clerk.page.getByLabel('What did the panel recommend?').fill(RECOMMENDATION_TEXT);
  await clerk.page.getByLabel('Theme (optional)').fill('Rural crime');
  await clerk.page.getByLabel('Paragraphs cited (optional)').fill('point 24 and para 999');
  // Resolved live against the draft plan: point 24 exists, 999 does not.
  await clerk.page.getByText('Matched paragraphs').waitFor();
  await clerk.page.locator('.app-citation--matched', { hasText: 'Para 24' }).waitFor();
  await clerk.page.locator('.app-citation--missing', { hasText: 'Para 999' }).waitFor();
  await checkPage(clerk, 'workflow-07-citation-resolved');
  await clerk.page.getByLabel('Paragraphs cited (optional)').fill('point 24');
  await clerk.page.waitForFunction(() => document.querySelectorAll('.app-citation--missing').length === 0);
  await clerk.page.getByRole('button', { name: 'Record and publish recommendation' }).click();
  await clerk.page.waitForURL('**/workspace/meetings/llr-meeting-2017-02-03');
  const flash = await clerk.page.locator('.govuk-notification-banner--success').textContent();
  expect(flash).toMatch(/Recommendation (\d+) recorded/);
  const number = /Recommendation (\d+) recorded/.exec(flash ?? '')?.[1];
  await checkPage(clerk, 'workflow-08-recommendation-recorded');
  const link = clerk.page.locator('main').getByRole('link', { name: `Recommendation ${number}`, exact: true });
  const publicHref = await link.getAttribute('href');
  expect(publicHref).toMatch(/^\/recommendations\//);
  const recommendationId = publicHref?.split('/').pop() ?? '';
  await clerk.context.close();

  // ── The OPCC officer drafts the response and submits it for review. ──
  const officer = await openSession(browser, portal.baseUrl);
  await signIn(officer, 'officer@demo.test');
  await checkPage(officer, 'workflow-09-officer-workspace');
  await officer.page.getByRole('link', { name: 'Recommendations awaiting a response' }).click();
  await officer.page.waitForURL('**/workspace/responses');
  await checkPage(officer, 'workflow-10-officer-queue');
  await officer.page.getByRole('link', { name: new RegExp(`^Recommendation ${number}\\b`) }).click();
  await officer.page.waitForURL(`**/workspace/recommendations/${recommendationId}/response`);
  await checkPage(officer, 'workflow-11-response-editor');
  await officer.page.getByRole('radio', { name: 'Accepted', exact: true }).check();
  await officer.page.getByLabel('Response', { exact: true }).fill(RESPONSE_TEXT);
  await officer.page.getByLabel('Plan version the response cites').selectOption('llr-doc-plan-2017-2021-v2');
  await officer.page.getByLabel('Paragraphs cited (optional)').fill('Para 25');
  await officer.page.locator('.app-citation--matched', { hasText: 'Para 25' }).waitFor();
  await officer.page.getByRole('button', { name: 'Save draft' }).click();
  await officer.page.getByText('Your draft response is saved.').waitFor();
  await checkPage(officer, 'workflow-12-response-saved');
  await officer.page.getByRole('button', { name: 'Submit for review' }).click();
  await officer.page.waitForURL('**/workspace/responses');
  await officer.page.getByText(`Response to recommendation ${number} submitted for review`).waitFor();
  await checkPage(officer, 'workflow-13-submitted');
  await officer.context.close();

  // ── The approver approves, then publishes. ──
  const approver = await openSession(browser, portal.baseUrl);
  await signIn(approver, 'approver@demo.test');
  await approver.page.getByRole('link', { name: 'Responses to review' }).click();
  await approver.page.waitForURL('**/workspace/review');
  await checkPage(approver, 'workflow-14-review-queue');
  await approver.page.getByRole('link', { name: new RegExp(`^Recommendation ${number}\\b`) }).click();
  await approver.page.waitForURL(`**/workspace/recommendations/${recommendationId}/response`);
  await checkPage(approver, 'workflow-15-review');
  await approver.page.getByRole('button', { name: 'Approve the response' }).click();
  await approver.page.waitForURL('**/workspace/review');
  await approver.page.getByText(`Response to recommendation ${number} approved`).waitFor();
  await approver.page.getByRole('link', { name: new RegExp(`^Recommendation ${number}\\b`) }).click();
  await approver.page.waitForURL(`**/workspace/recommendations/${recommendationId}/response`);
  await approver.page.getByRole('button', { name: 'Publish the response' }).click();
  // Publishing asks first: nothing is public until the approver confirms.
  await approver.page.getByText(/Anyone will be able to read this response/).waitFor();
  await checkPage(approver, 'workflow-15b-confirm-publish');
  await approver.page.getByRole('button', { name: 'Yes, publish the response' }).click();
  await approver.page.waitForURL('**/workspace/review');
  await approver.page.getByText(`Response to recommendation ${number} published`).waitFor();
  await checkPage(approver, 'workflow-16-published');

  // Signing out forgets the session in this tab.
  await approver.page.getByRole('button', { name: /Sign out/ }).click();
  await approver.page.waitForURL('**/signed-out');
  await checkPage(approver, 'workflow-17-signed-out');
  await approver.context.close();

  // ── The public sees the answer. ──
  const reader = await openSession(browser, portal.baseUrl);
  await reader.page.goto(publicHref ?? '/');
  await checkPage(reader, 'workflow-18-public-recommendation');
  const main = reader.page.locator('main');
  await expect(main.textContent()).resolves.toContain('Responded');
  await expect(main.textContent()).resolves.toContain(RESPONSE_TEXT);
  await reader.page.goto('/panels/leicestershire/recommendations?status=RESPONDED&theme=Rural%20crime');
  await checkPage(reader, 'workflow-19-public-tracker');
  await expect(reader.page.locator('[data-testid="recommendations-table"] tbody tr').count()).resolves.toBe(1);
  await reader.context.close();
});
