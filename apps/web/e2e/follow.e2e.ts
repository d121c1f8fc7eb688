// Following by email from the public pages: a member of the public asks for alerts about a
// recommendation and is told to confirm from the email; a signed-in councillor follows the panel
// at once with their own address. Axe on every state.
import { checkPage, openSession } from './support/browser';
import { portalAndBrowserPerFile } from './support/lifecycle';
import { signIn } from './support/staff';

const running = portalAndBrowserPerFile();

test('the public and a councillor follow by email', async () => {
  const reader = await openSession(running.browser, running.portal.baseUrl);
  await reader.page.goto('/recommendations/llr-rec-01');
  await reader.page.getByRole('heading', { name: 'Get email alerts' }).waitFor();
  // With JavaScript the app takes the form once the reader reaches for the page (without it, the form posts to the API).
  await reader.page.mouse.move(20, 20);
  await reader.page.waitForFunction(() => document.body.classList.contains('js-enabled'));
  await reader.page.getByRole('button', { name: 'Get alerts' }).click();
  await reader.page.getByTestId('error-summary').waitFor();
  await checkPage(reader, 'follow-01-errors');
  await reader.page.getByLabel('Email address').fill('resident@example.org');
  await reader.page.getByLabel('One email a day').check();
  await reader.page.getByRole('button', { name: 'Get alerts' }).click();
  await reader.page.getByText('Check your email: we sent a link to resident@example.org. Nothing is sent until you confirm.').waitFor();
  await checkPage(reader, 'follow-02-confirmation-sent');
  await reader.context.close();

  const member = await openSession(running.browser, running.portal.baseUrl);
  await signIn(member, 'member@demo.test');
  await member.page.goto('/panels/leicestershire');
  await member.page.getByRole('heading', { name: 'Get email alerts' }).waitFor();
  await member.page.getByLabel('Email address').waitFor({ state: 'detached' });
  await member.page.getByRole('button', { name: 'Get alerts' }).click();
  await member.page.getByText(/You will get alerts about .* at member@demo\.test\./).waitFor();
  await checkPage(member, 'follow-03-signed-in');
  await member.context.close();
});
