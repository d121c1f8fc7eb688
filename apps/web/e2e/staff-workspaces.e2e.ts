// The staff workspaces page by page: keyboard entry, the admin's users and roles, the clerk's
// meetings, agenda and minutes (with the unsaved-changes warning), and the approver's response
// letter with its print view. Every page is checked with axe.
import type { Browser } from 'playwright-core';
import { checkPage, launchBrowser, openSession } from './support/browser';
import { startPortal, type RunningPortal } from './support/portal';
import { apiAs, signIn } from './support/staff';

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

test('keyboard: the skip link is the first stop and lands on the main content', async () => {
  const session = await openSession(browser, portal.baseUrl);
  const { page } = session;
  await page.goto('/panels/leicestershire');
  await page.locator('main h1').waitFor();
  await page.keyboard.press('Tab');
  await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to main content');
  await page.keyboard.press('Enter');
  await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main-content');
  // After a navigation, focus moves to the new page's heading.
  await page.getByRole('link', { name: /See all 14 recommendations/ }).focus();
  await page.keyboard.press('Enter');
  await page.waitForURL('**/recommendations');
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Recommendations');
  await session.context.close();
});

test('admin: adds a person and changes their roles', async () => {
  const admin = await openSession(browser, portal.baseUrl);
  const { page } = admin;
  await signIn(admin, 'admin@demo.test');
  await page.getByRole('link', { name: 'Users and roles' }).click();
  await page.waitForURL('**/workspace/admin/users');
  await checkPage(admin, 'staff-01-admin-users');
  await page.getByRole('link', { name: 'Add a user' }).click();
  await page.waitForURL('**/workspace/admin/users/new');
  await page.getByRole('button', { name: 'Add user' }).click();
  await page.getByTestId('error-summary').waitFor();
  await checkPage(admin, 'staff-02-admin-new-user-errors');
  await page.getByLabel('Full name').fill('Priya Patel');
  await page.getByLabel('Email address').fill('priya.patel@demo.test');
  await page.getByLabel('Temporary password').fill('a-long-temporary-password');
  await page.getByRole('checkbox', { name: 'Panel member' }).check();
  await page.getByRole('button', { name: 'Add user' }).click();
  await page.waitForURL('**/workspace/admin/users');
  await page.getByText('Priya Patel can now sign in').waitFor();
  await checkPage(admin, 'staff-03-admin-user-added');
  await page.getByRole('link', { name: /^Priya Patel/ }).click();
  await page.waitForURL(/\/workspace\/admin\/users\/[^/]+$/);
  await checkPage(admin, 'staff-04-admin-user');
  await page.getByRole('checkbox', { name: 'Clerk' }).check();
  await page.getByRole('button', { name: 'Save roles' }).click();
  await page.waitForURL('**/workspace/admin/users');
  await page.getByText('Priya Patel’s roles are saved').waitFor();
  const row = page.locator('tr', { hasText: 'priya.patel@demo.test' });
  await expect(row.textContent()).resolves.toContain('Clerk');
  await admin.context.close();
});

test('clerk: creates a meeting, adds its agenda and publishes its minutes', async () => {
  const clerk = await openSession(browser, portal.baseUrl);
  const { page } = clerk;
  await signIn(clerk, 'clerk@demo.test');
  await page.goto('/workspace/meetings/new');
  await checkPage(clerk, 'staff-05-new-meeting');

  // Unsaved changes: leaving asks first.
  await page.getByLabel('Title').fill('Police and Crime Panel – 2 February 2026');
  await page.getByRole('link', { name: 'Back to meetings' }).click();
  await page.getByRole('alertdialog').waitFor();
  await checkPage(clerk, 'staff-06-unsaved-changes');
  await page.getByRole('button', { name: 'Stay on this page' }).click();
  await expect(page.getByLabel('Title').inputValue()).resolves.toBe('Police and Crime Panel – 2 February 2026');

  await page.getByLabel('Day').fill('2');
  await page.getByLabel('Month').fill('2');
  await page.getByLabel('Year').fill('2026');
  await page.getByLabel('Start time').fill('1:30pm');
  await page.getByLabel('Place (optional)').fill('County Hall, Glenfield');
  await page.getByRole('button', { name: 'Create meeting' }).click();
  await page.waitForURL(/\/workspace\/meetings\/(?!new)[^/]+$/);
  await page.getByText('Meeting created: Police and Crime Panel – 2 February 2026').waitFor();
  await expect(page.locator('main').textContent()).resolves.toContain('2 February 2026 at 1:30pm');
  await checkPage(clerk, 'staff-07-meeting-created');

  // A correction: the place was wrong.
  await page.getByRole('link', { name: 'Edit the title, date, time or place' }).click();
  await page.waitForURL(/\/edit$/);
  await expect(page.getByLabel('Start time').inputValue()).resolves.toBe('1:30pm');
  await page.getByLabel('Place (optional)').fill('City Hall, Leicester');
  await checkPage(clerk, 'staff-07b-edit-meeting');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByText('Meeting updated: Police and Crime Panel – 2 February 2026').waitFor();
  await expect(page.locator('main').textContent()).resolves.toContain('City Hall, Leicester');

  await page.getByLabel('Item number').fill('1');
  await page.getByLabel('Title', { exact: true }).fill('Proposed precept 2026/27');
  await page.getByLabel('Paper (optional)').selectOption({ label: 'Police and Crime Plan 2017–2021 – Published plan (reconstructed)' });
  await page.getByRole('button', { name: 'Add item' }).click();
  await page.getByText('Item 1 added: Proposed precept 2026/27').waitFor();
  await checkPage(clerk, 'staff-08-agenda-item-added');

  // Correct the item's title, add a second and put it first.
  await page.getByRole('button', { name: 'Edit item 1' }).click();
  await page.getByLabel('Item title').fill('Proposed precept 2026/27 and budget');
  await page.getByRole('button', { name: 'Save item 1' }).click();
  await page.getByText('Item 1 saved').waitFor();
  await page.getByLabel('Item number').fill('2');
  await page.getByLabel('Title', { exact: true }).fill('Apologies');
  await page.getByRole('button', { name: 'Add item' }).click();
  await page.getByText('Item 2 added: Apologies').waitFor();
  await page.getByRole('button', { name: 'Move up item 2' }).click();
  await page.getByText('The agenda order is saved.').waitFor();
  await checkPage(clerk, 'staff-08b-agenda-corrected');
  await expect(page.locator('.app-agenda-item').first().textContent()).resolves.toContain('Apologies');

  await page.getByRole('link', { name: 'Draft the minutes' }).click();
  await page.waitForURL(/\/minutes$/);
  await checkPage(clerk, 'staff-09-minutes-editor');
  // The editor starts from the agenda, in its order, with its numbers and titles.
  await expect(page.locator('#field-items-0-heading').inputValue()).resolves.toBe('Apologies');
  await expect(page.locator('#field-items-1-heading').inputValue()).resolves.toBe('Proposed precept 2026/27 and budget');
  await page.locator('#field-items-0-number').fill('1');
  await page.locator('#field-items-0-text').fill('There were no apologies.');
  await page.locator('#field-items-1-number').fill('2');
  await page.locator('#field-items-1-text').fill('The Panel considered the proposed precept and resolved to support it.');
  await page.getByRole('button', { name: 'Add another item' }).click();
  await page.locator('#field-items-2-text').fill('The next meeting will be held on 22 February 2026.');
  await page.getByRole('button', { name: 'Save draft minutes' }).click();
  await page.getByText('The draft minutes are saved.').waitFor();
  await checkPage(clerk, 'staff-10-minutes-saved');
  await page.getByRole('button', { name: 'Approve the minutes' }).click();
  await page.getByText('The minutes are approved.', { exact: false }).waitFor();
  await expect(page.evaluate(() => document.activeElement?.classList.contains('govuk-notification-banner'))).resolves.toBe(true);
  // Approved minutes go back to draft for a correction, then are approved again.
  await page.getByRole('button', { name: 'Return to draft' }).click();
  await page.getByText('The minutes are back in draft.', { exact: false }).waitFor();
  await page.getByRole('button', { name: 'Approve the minutes' }).click();
  await page.getByText('The minutes are approved.', { exact: false }).waitFor();
  // Publishing asks first, on a confirmation page; Cancel changes nothing.
  await page.getByRole('button', { name: 'Publish the minutes' }).click();
  await page.waitForURL(/\/minutes\/publish$/);
  await checkPage(clerk, 'staff-10b-publish-minutes-confirmation');
  await page.getByRole('link', { name: 'Cancel' }).click();
  await page.waitForURL(/\/minutes$/);
  await page.getByRole('button', { name: 'Publish the minutes' }).click();
  await page.getByRole('button', { name: 'Yes, publish the minutes' }).click();
  await page.waitForURL(/\/minutes$/);
  await page.locator('.govuk-notification-banner', { hasText: 'The minutes are published.' }).waitFor();
  await expect(page.evaluate(() => document.activeElement?.classList.contains('govuk-notification-banner'))).resolves.toBe(true);
  await checkPage(clerk, 'staff-11-minutes-published');
  const meetingUrl = page
    .url()
    .replace('/workspace', '')
    .replace(/\/minutes$/, '');

  // The public sees the agenda and the minutes.
  const reader = await openSession(browser, portal.baseUrl);
  await reader.page.goto(new URL(meetingUrl).pathname);
  await checkPage(reader, 'staff-12-public-meeting-with-minutes');
  await expect(reader.page.locator('main').textContent()).resolves.toContain('resolved to support it');
  await reader.context.close();
  await clerk.context.close();
});

test('clerk: corrects a recommendation and withdraws one recorded by mistake, from a page opened in a fresh tab', async () => {
  const setup = await openSession(browser, portal.baseUrl);
  const clerkApi = await apiAs(setup, 'clerk@demo.test');
  const typo = await clerkApi.post<{ id: string; number: number }>('/api/panels/leicestershire/recommendations', {
    meetingId: 'llr-meeting-2017-02-03',
    text: 'The Panel recomends a yearly reprot on rural crime.',
    citedVersionId: 'llr-doc-plan-2017-2021-v1',
  });
  const twice = await clerkApi.post<{ id: string; number: number }>('/api/panels/leicestershire/recommendations', {
    meetingId: 'llr-meeting-2017-02-03',
    text: 'The Panel recommends a yearly report on rural crime (recorded twice).',
    citedVersionId: 'llr-doc-plan-2017-2021-v1',
  });
  await setup.context.close();

  // Signed in in one tab; the correction page is opened directly in another (as from a bookmark).
  const clerk = await openSession(browser, portal.baseUrl);
  await signIn(clerk, 'clerk@demo.test');
  const page = await clerk.context.newPage();
  const tab = { ...clerk, page };
  await page.goto(`/workspace/recommendations/${typo.id}/correct`);
  await page.getByRole('heading', { name: `Recommendation ${typo.number}` }).waitFor();
  await checkPage(tab, 'staff-12b-correct-recommendation');
  await page.getByLabel('What did the panel recommend?').fill('The Panel recommends a yearly report on rural crime.');
  await page.getByRole('button', { name: 'Save the correction' }).click();
  await page.waitForURL('**/workspace/meetings/llr-meeting-2017-02-03');
  await page.getByText(`Recommendation ${typo.number} corrected`).waitFor();
  await checkPage(tab, 'staff-12c-recommendation-corrected');

  await page.goto(`/workspace/recommendations/${twice.id}/correct`);
  await page.getByRole('button', { name: 'Withdraw recommendation' }).click();
  await page.getByTestId('error-summary').waitFor();
  await page.getByLabel('Why is it withdrawn?').fill('Recorded twice by mistake.');
  await page.getByRole('button', { name: 'Withdraw recommendation' }).click();
  await page.waitForURL('**/workspace/meetings/llr-meeting-2017-02-03');
  await page.getByText(`Recommendation ${twice.number} withdrawn`).waitFor();
  await page.locator('main del', { hasText: 'recorded twice' }).waitFor();
  await checkPage(tab, 'staff-12d-recommendation-withdrawn');
  await clerk.context.close();

  // The public sees the correction in the history, and the withdrawn one struck through with the reason.
  const reader = await openSession(browser, portal.baseUrl);
  await reader.page.goto(`/recommendations/${typo.id}`);
  await expect(reader.page.locator('main').textContent()).resolves.toContain('The recommendation was corrected (text).');
  await reader.page.goto(`/recommendations/${twice.id}`);
  await reader.page.locator('main del').waitFor();
  await expect(reader.page.locator('main').textContent()).resolves.toContain('withdrew this recommendation as recorded by mistake: Recorded twice by mistake.');
  await checkPage(reader, 'staff-12e-public-withdrawn-recommendation');
  await reader.context.close();
});

test('approver: assembles a response letter, prints it and publishes it', async () => {
  // Set-up through the API: a recommendation with an approved response.
  const setup = await openSession(browser, portal.baseUrl);
  const clerkApi = await apiAs(setup, 'clerk@demo.test');
  const recommendation = await clerkApi.post<{ id: string; number: number }>('/api/panels/leicestershire/recommendations', {
    meetingId: 'llr-meeting-2017-02-03',
    text: 'The Panel recommends that the Commissioner reports on rural crime every year.',
    citedVersionId: 'llr-doc-plan-2017-2021-v1',
    citation: 'point 24',
  });
  const officerApi = await apiAs(setup, 'officer@demo.test');
  const draft = await officerApi.post<{ id: string; version: number }>(`/api/recommendations/${recommendation.id}/responses`, {
    outcome: 'ACCEPTED',
    text: 'I accept this recommendation and will report every year.',
  });
  const submitted = await officerApi.post<{ version: number }>(`/api/responses/${draft.id}/transitions`, { to: 'IN_REVIEW', version: draft.version });
  const approverApi = await apiAs(setup, 'approver@demo.test');
  await approverApi.post(`/api/responses/${draft.id}/transitions`, { to: 'APPROVED', version: submitted.version });
  await setup.context.close();

  const approver = await openSession(browser, portal.baseUrl);
  const { page } = approver;
  await signIn(approver, 'approver@demo.test');
  await page.getByRole('link', { name: 'Response letters' }).click();
  await page.waitForURL('**/workspace/letters');
  await checkPage(approver, 'staff-13-letters');
  await page.getByRole('link', { name: 'Assemble a letter' }).click();
  await page.waitForURL('**/workspace/letters/new');
  await checkPage(approver, 'staff-14-new-letter');
  await page.getByLabel('Reference').fill('OPCC/2/D/2027/1');
  await page.getByLabel('Day').fill('3');
  await page.getByLabel('Month').fill('3');
  await page.getByLabel('Year').fill('2027');
  await page.getByLabel('Subject').fill('Response to the Panel’s recommendation on rural crime');
  await page.getByLabel('Signed by').fill('Lord Bach');
  await page.getByRole('checkbox', { name: new RegExp(`^Recommendation ${recommendation.number}:`) }).check();
  await page.getByRole('button', { name: 'Create draft letter' }).click();
  await page.waitForURL(/\/letters\/[^/]+$/);
  await page.getByRole('heading', { name: 'Draft response letter' }).waitFor();
  await checkPage(approver, 'staff-15-draft-letter');
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: `${__dirname}/../../../test-artifacts/e2e/staff-16-letter-print.png`, fullPage: true });
  await expect(page.locator('.app-header').isVisible()).resolves.toBe(false);
  await expect(page.getByRole('button', { name: 'Print this letter' }).isVisible()).resolves.toBe(false);
  await page.emulateMedia({ media: 'screen' });
  // A typo in the subject is corrected before publishing.
  await page.getByRole('button', { name: 'Edit the draft letter' }).click();
  await page.waitForURL(/\/workspace\/letters\/[^/]+\/edit$/);
  await checkPage(approver, 'staff-16a-edit-letter');
  await page.getByLabel('Subject').fill('Response to the Panel’s recommendation on rural crime (corrected)');
  await page.getByRole('button', { name: 'Save the draft letter' }).click();
  await page.waitForURL(/\/letters\/[^/]+$/);
  await page.getByText('The draft letter is saved.').waitFor();
  await expect(page.locator('main').textContent()).resolves.toContain('(corrected)');
  await page.getByRole('button', { name: 'Publish the letter and its responses' }).click();
  await page.waitForURL(/\/workspace\/letters\/[^/]+\/publish$/);
  await page.getByRole('heading', { name: 'Are you sure you want to publish this letter and its responses?' }).waitFor();
  await expect(page.locator('main').textContent()).resolves.toContain(`Recommendation ${recommendation.number}`);
  await checkPage(approver, 'staff-16b-publish-letter-confirmation');
  await page.getByRole('button', { name: 'Yes, publish the letter and its responses' }).click();
  await page.waitForURL(/\/letters\/[^/]+$/);
  await page.getByText('The letter and its responses are published.').waitFor();
  await checkPage(approver, 'staff-17-letter-published');
  await approver.context.close();

  const reader = await openSession(browser, portal.baseUrl);
  await reader.page.goto(`/recommendations/${recommendation.id}`);
  await checkPage(reader, 'staff-18-public-recommendation-answered');
  await expect(reader.page.locator('main').textContent()).resolves.toContain('I accept this recommendation and will report every year.');
  await reader.context.close();
});

test('officer: two tabs edit one response; the second save gets a conflict and keeps its text', async () => {
  const officer = await openSession(browser, portal.baseUrl);
  const clerkSetup = await openSession(browser, portal.baseUrl);
  const clerkApi = await apiAs(clerkSetup, 'clerk@demo.test');
  const recommendation = await clerkApi.post<{ id: string }>('/api/panels/leicestershire/recommendations', {
    meetingId: 'llr-meeting-2017-02-03',
    text: 'The Panel recommends a named lead for hate crime.',
    citedVersionId: 'llr-doc-plan-2017-2021-v1',
  });
  await clerkSetup.context.close();
  const officerApi = await apiAs(officer, 'officer@demo.test');
  await officerApi.post(`/api/recommendations/${recommendation.id}/responses`, { outcome: 'NOTED', text: 'First draft.' });
  // Signing in through the page replaces the API's session; the page's CSRF token is this one.
  await signIn(officer, 'officer@demo.test');

  // Both tabs open the draft: the second is a fresh tab, as a link from an email opens, with no
  // token of its own; it asks /api/auth/me for one and its saves work.
  const editorUrl = `/workspace/recommendations/${recommendation.id}/response`;
  const first = officer.page;
  await first.goto(editorUrl);
  await first.getByLabel('Response', { exact: true }).waitFor();
  const second = await officer.context.newPage();
  await second.goto(editorUrl);
  await second.getByLabel('Response', { exact: true }).waitFor();
  const firstToken = await first.evaluate(() => window.sessionStorage.getItem('psp.csrfToken'));
  await expect(second.evaluate(() => window.sessionStorage.getItem('psp.csrfToken'))).resolves.toBe(firstToken);
  await second.getByLabel('Response', { exact: true }).fill('Their wording, saved first.');
  await second.getByRole('button', { name: 'Save draft' }).click();
  await second.getByText('Your draft response is saved.').waitFor();

  await first.getByLabel('Response', { exact: true }).fill('My wording, typed at the same time.');
  await first.getByRole('button', { name: 'Save draft' }).click();
  const notice = first.getByTestId('conflict-notice');
  await notice.waitFor();
  await first.getByTestId('conflict-theirs').getByText('Their wording, saved first.').waitFor();
  await checkPage(officer, 'staff-19-conflict', { expectFailedRequests: true });
  await expect(first.getByLabel('Response', { exact: true }).inputValue()).resolves.toBe('My wording, typed at the same time.');
  await notice.getByRole('button', { name: 'Load the latest version and keep my text' }).click();
  await first.getByRole('button', { name: 'Save draft' }).click();
  await first.getByText('Your draft response is saved.').waitFor();
  await checkPage(officer, 'staff-20-conflict-resolved');
  await officer.context.close();
});
