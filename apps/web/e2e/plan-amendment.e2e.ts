// Amending the plan in the browser, as the OPCC does it: the officer uploads the new version as a
// Word document, checks what the portal read, saves it as a draft, corrects a wrong match, links
// each change to the response that caused it (or marks it editorial), and the approver publishes
// it after a confirmation page, opened directly in a fresh tab. Every page state is checked with axe.
import { Document, Packer, Paragraph } from 'docx';
import { checkPage, openSession } from './support/browser';
import { portalAndBrowserPerFile } from './support/lifecycle';
import { apiAs, signIn } from './support/staff';

const running = portalAndBrowserPerFile();

const TITLE = 'Police and Crime Plan 2021–2025';
const FIRST = [
  '1. Neighbourhood policing will remain the foundation of local policing across every district, with named officers for each ward.',
  '2. The Commissioner will publish quarterly figures for call answering times on the non-emergency 101 service, broken down by hour of day.',
  '3. Victims of crime will be referred to the victims service within two working days of reporting an offence.',
  '4. The Commissioner will review this plan each year and consult the public on any change.',
].join('\n\n');

/** The refreshed plan as the OPCC would write it in Word: paragraph 2 rewritten, a new paragraph 4. */
async function refreshedPlanDocx(): Promise<Buffer> {
  const paragraphs = [
    'Police and Crime Plan 2021–2025: refreshed March 2022',
    '1. Neighbourhood policing will remain the foundation of local policing across every district, with named officers for each ward.',
    '2. Residents phoning 101 should be answered promptly: the OPCC will set a target and report performance against it to every Panel meeting.',
    '3. Victims of crime will be referred to the victims service within two working days of reporting an offence.',
    '4. A Victims’ Strategy will be published within six months of this plan, with victim satisfaction measured every quarter.',
    '5. The Commissioner will review this plan each year and consult the public on any change.',
  ];
  const document = new Document({ sections: [{ children: paragraphs.map((text) => new Paragraph({ text })) }] });
  return Packer.toBuffer(document);
}

test('officer and approver: upload an amended plan as .docx, fix a wrong match, link the changes, publish after confirming', async () => {
  const officer = await openSession(running.browser, running.portal.baseUrl);
  const { page } = officer;
  // The published version the refresh follows, set up through the API (before signing in on the page, whose session then wins).
  const api = await apiAs(officer, 'officer@demo.test');
  const document = await api.post<{ id: string }>('/api/panels/leicestershire/documents', { kind: 'PLAN', title: TITLE });
  const first = await api.post<{ id: string; version: number }>(`/api/documents/${document.id}/versions`, { label: 'Plan 2021', text: FIRST });
  const approver = await openSession(running.browser, running.portal.baseUrl);
  const approverApi = await apiAs(approver, 'approver@demo.test');
  await approverApi.post(`/api/document-versions/${first.id}/publish`, { version: first.version });
  await signIn(officer, 'officer@demo.test');

  await page.getByRole('link', { name: 'Plans and reports' }).click();
  await page.waitForURL('**/workspace/documents');
  await checkPage(officer, 'plan-01-documents');
  await page.getByRole('link', { name: `Import a new version of ${TITLE}` }).click();
  await page.waitForURL(/\/workspace\/documents\/[^/]+\/import$/);

  // Nothing chosen: the errors say what is missing, field by field.
  await page.getByRole('button', { name: 'Check the document' }).click();
  await page.getByTestId('error-summary').waitFor();
  await checkPage(officer, 'plan-02-import-errors');

  await page.getByLabel('Name of this version').fill('Refreshed plan, March 2022 (draft)');
  await page.getByLabel('Upload the document').setInputFiles({
    name: 'plan-refresh-2022.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: await refreshedPlanDocx(),
  });
  await page.getByRole('button', { name: 'Check the document' }).click();
  await page.getByRole('heading', { name: 'What the portal read' }).waitFor();
  const outline = page.locator('table', { hasText: 'Opening words' });
  await expect(outline.locator('tbody tr').count()).resolves.toBeGreaterThanOrEqual(5);
  await checkPage(officer, 'plan-03-import-checked');
  await page.getByRole('button', { name: 'Save as a draft version' }).click();
  await page.waitForURL(/\/workspace\/document-versions\/[^/]+\/review$/);
  await page.getByText(/Refreshed plan, March 2022 \(draft\) is saved as a draft/).waitFor();
  const versionId = /document-versions\/([^/]+)\/review/.exec(page.url())?.[1] ?? '';
  await checkPage(officer, 'plan-04-review');

  // The rewritten paragraph 2 reads as added, and the published 2 as removed: a wrong match.
  await expect(page.locator('[data-relation="removed"]').count()).resolves.toBe(1);
  await page.getByText('Correct the match of Para 2').click();
  const match2 = page.getByLabel('Which paragraph of Plan 2021 does Para 2 continue?');
  await match2.selectOption((await match2.locator('option', { hasText: /^Para 2: The Commissioner will publish/ }).getAttribute('value')) ?? '');
  await checkPage(officer, 'plan-05-correct-match');
  await page.getByRole('button', { name: 'Save the match of Para 2' }).click();
  await page.getByText('Para 2 now continues Para 2 of Plan 2021.').waitFor();
  await expect(page.locator('[data-relation="removed"]').count()).resolves.toBe(0);
  await expect(page.locator('section[data-relation="edited"]').first().locator('ins').count()).resolves.toBeGreaterThan(0);
  await checkPage(officer, 'plan-06-match-corrected');

  // Link paragraph 2's change to a response, and the new paragraph 4 as editorial.
  const cause2 = page.getByLabel('What caused the change to Para 2?');
  const firstResponse = await cause2.locator('option').nth(2).getAttribute('value');
  await cause2.selectOption(firstResponse ?? '');
  await page.getByLabel('What caused the change to Para 4?').selectOption('editorial');
  await page.getByRole('button', { name: 'Save the links' }).click();
  await page.getByTestId('error-summary').waitFor();
  await checkPage(officer, 'plan-07-links-errors');
  await page.getByLabel('Why did Para 4 change?').fill('The Victims’ Strategy promised in the 2022 budget report.');
  await page.getByRole('button', { name: 'Save the links' }).click();
  await page.getByText('The links are saved: 2 changes linked.').waitFor();
  await checkPage(officer, 'plan-08-links-saved');
  await officer.context.close();

  // The approver opens the publish page directly, in a fresh tab: a confirmation first.
  const approverPage = approver.page;
  await signIn(approver, 'approver@demo.test');
  const fresh = await approver.context.newPage();
  await fresh.goto(`/workspace/document-versions/${versionId}/publish`);
  await fresh.getByRole('heading', { name: 'Are you sure you want to publish Refreshed plan, March 2022 (draft)?' }).waitFor();
  await expect(fresh.locator('main').textContent()).resolves.toContain('Editorial: The Victims’ Strategy promised');
  await checkPage({ ...approver, page: fresh }, 'plan-09-publish-confirm');
  await fresh.getByRole('button', { name: 'Yes, publish this version' }).click();
  await fresh.waitForURL('**/workspace/documents');
  await fresh.getByText('Refreshed plan, March 2022 (draft) is published.').waitFor();
  await checkPage({ ...approver, page: fresh }, 'plan-10-published');
  await approverPage.close();

  // The public sees it, with the change and the response that caused it.
  const reader = await openSession(running.browser, running.portal.baseUrl);
  await reader.page.goto(`/document-versions/${versionId}`);
  await reader.page.getByText('Residents phoning 101 should be answered promptly').waitFor();
  await reader.context.close();
  await approver.context.close();
});
