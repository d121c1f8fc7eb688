// After the answer, in the browser: the officer reports progress on an accepted recommendation
// and marks a commitment its response makes; the clerk records the panel's verdict after a check
// page, which closes it. Every page state is checked with axe.
import { checkPage, openSession } from './support/browser';
import { portalAndBrowserPerFile } from './support/lifecycle';
import { signIn } from './support/staff';

const running = portalAndBrowserPerFile();

test('officer and clerk: progress, a commitment, and the panel’s verdict that closes the recommendation', async () => {
  const officer = await openSession(running.browser, running.portal.baseUrl);
  const { page } = officer;
  await signIn(officer, 'officer@demo.test');
  const list = await page.request.get('/api/panels/leicestershire/recommendations?implementation=NOT_STARTED');
  const [tracked] = (await list.json()) as Array<{ id: string; number: number }>;
  if (!tracked) throw new Error('no accepted recommendation waiting for progress in the demo record');
  const detail = (await (await page.request.get(`/api/recommendations/${tracked.id}`)).json()) as { responses: Array<{ text: string; status: string }> };
  const responseText = detail.responses.find((r) => r.status === 'PUBLISHED')?.text ?? '';
  const promise = responseText.split(/(?<=\.)\s/)[0] ?? '';

  await page.goto(`/recommendations/${tracked.id}`);
  await page.getByRole('link', { name: 'Record progress' }).click();
  await page.waitForURL('**/progress');
  await page.getByRole('button', { name: 'Record progress' }).click();
  await page.getByTestId('error-summary').waitFor();
  await checkPage(officer, 'after-01-progress-errors');
  await page.getByLabel('In progress').check();
  await page.getByLabel('What has been done').fill('A review of the 101 service has started; its terms of reference were agreed in January.');
  await page.getByLabel('Link to the evidence (optional)').fill('https://www.example.org/101-review');
  await page.getByRole('button', { name: 'Record progress' }).click();
  await page.waitForURL(`**/recommendations/${tracked.id}`);
  await page.getByText('The progress is recorded and public.').waitFor();
  await page.getByText('A review of the 101 service has started', { exact: false }).waitFor();
  await checkPage(officer, 'after-02-progress-recorded');

  await page.getByRole('link', { name: 'Mark a commitment in this response' }).first().click();
  await page.waitForURL('**/commitments/new');
  await page.getByLabel('The words of the promise').fill('words the response never used');
  await page.getByRole('button', { name: 'Mark the commitment' }).click();
  await page.getByTestId('error-summary').waitFor();
  await checkPage(officer, 'after-03-commitment-errors');
  await page.getByLabel('The words of the promise').fill(promise);
  await page.getByRole('button', { name: 'Mark the commitment' }).click();
  await page.getByText('The commitment is marked. It is public when the response is.').waitFor();
  await checkPage(officer, 'after-04-commitment-marked');
  await officer.context.close();

  const clerk = await openSession(running.browser, running.portal.baseUrl);
  await signIn(clerk, 'clerk@demo.test');
  const clerkPage = clerk.page;
  await clerkPage.goto(`/recommendations/${tracked.id}`);
  await clerkPage.getByRole('link', { name: 'Record the panel’s verdict' }).click();
  await clerkPage.waitForURL('**/verdict');
  await clerkPage.getByLabel('Implemented', { exact: true }).check();
  const meeting = clerkPage.getByLabel('The meeting that agreed it');
  await meeting.selectOption((await meeting.locator('option').nth(1).getAttribute('value')) ?? '');
  await clerkPage.getByLabel('Minute').fill('7');
  await clerkPage.getByLabel('What the panel concluded').fill('The panel agreed the recommendation is implemented.');
  await clerkPage.getByRole('button', { name: 'Continue' }).click();
  await clerkPage.getByRole('heading', { name: 'Check the panel’s verdict before recording it' }).waitFor();
  await checkPage(clerk, 'after-05-verdict-check');
  await clerkPage.getByRole('button', { name: 'Record the verdict and close the recommendation' }).click();
  await clerkPage.getByText(/The panel’s verdict is recorded: implemented\. Recommendation \d+ is closed\./).waitFor();
  await checkPage(clerk, 'after-06-verdict-recorded');
  await expect(clerkPage.getByRole('link', { name: 'Record the panel’s verdict' }).count()).resolves.toBe(0);
  await clerk.context.close();
});
