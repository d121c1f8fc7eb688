// Panel procedure in the browser: the clerk keeps the membership, puts the recommendations tracker
// on an agenda, and records a veto of the precept that the portal counts against two-thirds of the
// members on the day, refusing it until it reaches them; the public sees the members, the item's
// generated paper and the decision with its arithmetic. Every page state is checked with axe.
import { checkPage, openSession } from './support/browser';
import { portalAndBrowserPerFile } from './support/lifecycle';
import { apiAs, signIn } from './support/staff';

const running = portalAndBrowserPerFile();

test('clerk: members, the tracker on the agenda, and a veto counted on the day’s membership', async () => {
  const clerk = await openSession(running.browser, running.portal.baseUrl);
  const { page } = clerk;
  const api = await apiAs(clerk, 'clerk@demo.test');
  for (let i = 1; i <= 11; i += 1) {
    await api.post('/api/panels/leicestershire/members', {
      name: `Councillor Member ${String.fromCharCode(64 + i)}`,
      kind: 'COUNCILLOR',
      council: i % 2 ? 'Leicestershire County Council' : 'Leicester City Council',
      startsOn: '2025-05-22',
    });
  }
  const meeting = await api.post<{ id: string }>('/api/panels/leicestershire/meetings', {
    title: 'Police and Crime Panel – precept meeting',
    startsAt: '2026-02-05T14:00:00Z',
  });
  await api.post(`/api/meetings/${meeting.id}/agenda-items`, { number: '1', title: 'Proposed precept 2026/27' });
  await signIn(clerk, 'clerk@demo.test');

  // The twelfth member through the form, and a term ended.
  await page.getByRole('link', { name: 'Members of the panel' }).click();
  await page.waitForURL('**/workspace/members');
  await page.getByRole('button', { name: 'Add the member' }).click();
  await page.getByTestId('error-summary').waitFor();
  await checkPage(clerk, 'procedure-01-member-errors');
  await page.getByLabel('Name').fill('Ms Independent Member');
  await page.getByLabel('Co-opted independent member').check();
  await page.getByLabel('Day').fill('22');
  await page.getByLabel('Month').fill('5');
  await page.getByLabel('Year').fill('2025');
  await page.getByRole('button', { name: 'Add the member' }).click();
  await page.getByText('Ms Independent Member is recorded as a member from 22 May 2025.').waitFor();
  await checkPage(clerk, 'procedure-02-member-added');

  // The tracker on the agenda, in one click.
  await page.goto(`/workspace/meetings/${meeting.id}`);
  await page.getByRole('button', { name: 'Add the recommendations tracker to the agenda' }).click();
  await page.getByText('Item 2 added: the recommendations tracker').waitFor();
  await checkPage(clerk, 'procedure-03-tracker-on-agenda');

  // A veto with 7 of 12 is refused with the count; with 8 it is recorded.
  await page.getByRole('link', { name: 'Record a decision on an agenda item' }).click();
  await page.waitForURL('**/decision');
  await page.getByLabel('Agenda item').selectOption({ label: '1. Proposed precept 2026/27' });
  await page.getByLabel(/A veto of the proposed precept/).check();
  await page.getByLabel('The motion').fill('That the panel vetoes the proposed precept of £285.25 for a band D property.');
  const names = await page.locator('tbody th').allTextContents();
  for (const name of names.slice(0, 7)) await page.getByLabel(`${name.trim()}: For`).check();
  await page.getByText('7 of 12 members voted for the veto: it needs 8.').waitFor();
  await page.getByLabel('The panel vetoed it').check();
  await page.getByRole('button', { name: 'Record the decision' }).click();
  await page.getByTestId('error-summary').waitFor();
  await expect(page.getByTestId('error-summary').textContent()).resolves.toContain('7 of 12 members voted for the veto: it needs 8');
  await checkPage(clerk, 'procedure-04-veto-refused', { expectFailedRequests: true });
  await page.getByLabel(`${(names[7] ?? '').trim()}: For`).check();
  await page.getByRole('button', { name: 'Record the decision' }).click();
  await page.getByText('Decision recorded: 8 of 12 members voted for the veto: it needs 8.').waitFor();

  // Attendance and a declaration of interest.
  await page.goto(`/workspace/meetings/${meeting.id}/attendance`);
  await page.getByRole('heading', { name: 'Attendance and declarations' }).waitFor();
  await page.getByLabel(`Attendance of ${(names[0] ?? '').trim()}`).selectOption('PRESENT');
  await page.getByLabel(`Attendance of ${(names[1] ?? '').trim()}`).selectOption('APOLOGIES');
  await page.getByLabel(`Attendance of ${(names[2] ?? '').trim()}`).selectOption('SUBSTITUTED');
  await page.getByLabel(`Substitute for ${(names[2] ?? '').trim()}`).fill('Councillor Deputy');
  await page.getByRole('button', { name: 'Save the attendance' }).click();
  await page.getByText('The attendance is saved.').waitFor();
  await page.getByLabel('Agenda item').selectOption({ label: '1. Proposed precept 2026/27' });
  await page.getByLabel('Member', { exact: true }).selectOption({ label: (names[0] ?? '').trim() });
  await page.getByLabel('The interest declared').fill('A council tax payer in the force area.');
  await page.getByRole('button', { name: 'Record the declaration' }).click();
  await page.getByText(/interest is recorded/).waitFor();
  await checkPage(clerk, 'procedure-04b-attendance');

  // The statutory procedures: a confirmation hearing notified on 1 March 2027 is due to report by
  // 21 March (three weeks beginning with that day); the precept's report step is recorded with the veto.
  await page.goto('/workspace/procedures');
  await page.getByRole('heading', { name: 'Statutory procedures' }).waitFor();
  await page.getByLabel(/A confirmation hearing/).check();
  await page.getByLabel('Title').fill('Proposed chief constable: Ms A Candidate');
  await page.getByLabel('Day').fill('1');
  await page.getByLabel('Month').fill('3');
  await page.getByLabel('Year').fill('2027');
  await page.getByRole('button', { name: 'Start tracking' }).click();
  await page.getByText('Tracking Proposed chief constable: Ms A Candidate.').waitFor();
  const hearing = page.locator('table', { hasText: 'Proposed chief constable: Ms A Candidate' });
  await expect(hearing.locator('tr', { hasText: 'Panel reviews the proposed appointment' }).textContent()).resolves.toContain('21 March 2027');
  await checkPage(clerk, 'procedure-05-procedures');
  await page
    .getByRole('button', { name: /Record as done.*Panel reviews the proposed precept/ })
    .first()
    .click();
  await page.getByRole('heading', { name: 'Record a step as done' }).waitFor();
  const stepForm = page.locator('form', { hasText: 'Record a step as done' });
  await stepForm.getByLabel('Day').fill('5');
  await stepForm.getByLabel('Month').fill('2');
  await stepForm.getByLabel('Year').fill('2026');
  await stepForm.getByLabel('At a meeting (optional)').selectOption({ label: 'Police and Crime Panel – precept meeting (5 February 2026)' });
  await stepForm.getByLabel(/The panel vetoed/).check();
  await checkPage(clerk, 'procedure-06-record-step');
  await stepForm.getByRole('button', { name: 'Record as done' }).click();
  await page.getByText(/Recorded as done on 5 February 2026/).waitFor();
  await clerk.context.close();

  const reader = await openSession(running.browser, running.portal.baseUrl);
  await reader.page.goto(`/meetings/${meeting.id}`);
  await reader.page.getByText('Vetoed').waitFor();
  await expect(reader.page.locator('main').textContent()).resolves.toContain('8 of 12 members voted for the veto: it needs 8');
  await reader.page.getByRole('link', { name: /as a Word document/ }).waitFor();
  await expect(reader.page.locator('main').textContent()).resolves.toContain('Councillor Deputy (for');
  await expect(reader.page.locator('main').textContent()).resolves.toContain('Declared interest:');
  await checkPage(reader, 'procedure-07-public-meeting');
  await reader.page.goto('/panels/leicestershire/members');
  await reader.page.getByRole('heading', { name: 'Members of the panel' }).waitFor();
  await expect(reader.page.locator('main').textContent()).resolves.toContain('Ms Independent Member');
  await checkPage(reader, 'procedure-08-public-members');
  await reader.context.close();
});
