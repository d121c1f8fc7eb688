// The public's journey, signed out: the panel's page → the tracker → a filter (kept in the URL)
// → a recommendation → the paragraph it cites → the amended plan → search.
import type { Browser } from 'playwright-core';
import { checkPage, launchBrowser, openSession, type Session } from './support/browser';
import { startPortal, type RunningPortal } from './support/portal';

let portal: RunningPortal;
let browser: Browser;
let session: Session;

beforeAll(async () => {
  portal = await startPortal();
  browser = await launchBrowser();
  session = await openSession(browser, portal.baseUrl);
});

afterAll(async () => {
  await browser?.close();
  await portal?.close();
});

test('a member of the public follows a recommendation from the tracker to the change it made', async () => {
  const { page } = session;

  // `/` goes straight to the only panel.
  await page.goto('/');
  await page.waitForURL('**/panels/leicestershire');
  await checkPage(session, 'public-01-panel-home');
  await expect(page.locator('main h1').textContent()).resolves.toContain('Police and Crime Panel');
  const responded = page.locator('.app-count--RESPONDED');
  await expect(responded.locator('.app-count__number').textContent()).resolves.toBe('14');

  // The count is a link into the tracker, filtered.
  await responded.getByRole('link').click();
  await page.waitForURL('**/panels/leicestershire/recommendations?status=RESPONDED');
  await checkPage(session, 'public-02-tracker-responded');
  await expect(page.locator('[data-testid="recommendations-table"] tbody tr').count()).resolves.toBe(14);

  // Filters live in the URL.
  await page.getByLabel('Latest outcome').selectOption('ALREADY_ADDRESSED');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await page.waitForURL(/outcome=ALREADY_ADDRESSED/);
  await checkPage(session, 'public-03-tracker-filtered');
  const rows = page.locator('[data-testid="recommendations-table"] tbody tr');
  await expect(rows.count()).resolves.toBe(1);
  await expect(rows.first().textContent()).resolves.toContain('Already addressed');
  const csvHref = await page.getByRole('link', { name: /Download this view as CSV/ }).getAttribute('href');
  expect(csvHref).toContain('/api/panels/leicestershire/recommendations.csv?');
  expect(csvHref).toContain('outcome=ALREADY_ADDRESSED');
  const csv = await page.request.get(csvHref ?? '');
  expect(csv.status()).toBe(200);

  // A shared link opens the same view.
  await page.goto(page.url());
  await expect(page.getByLabel('Latest outcome').inputValue()).resolves.toBe('ALREADY_ADDRESSED');

  // The recommendation: its words, its response, its history.
  await rows
    .first()
    .getByRole('link', { name: /^Recommendation 7:/ })
    .click({ position: { x: 4, y: 8 } }); // a link wrapped over lines: its centre may be between them
  await page.waitForURL('**/recommendations/llr-rec-07');
  await checkPage(session, 'public-04-recommendation');
  await expect(page.locator('main').textContent()).resolves.toContain('Already addressed');
  await expect(page.getByRole('heading', { name: 'History' }).count()).resolves.toBe(1);

  // The paragraph it cites, through every version: point 24 of the draft.
  await page.locator('main').getByRole('link', { name: 'Para 24' }).first().click();
  await page.waitForURL('**/provisions/llr-plan-2017-0081');
  await checkPage(session, 'public-05-provision');
  const versions = page.locator('main section');
  await expect(versions.count()).resolves.toBeGreaterThanOrEqual(2);

  // The amended plan: insertions, deletions, renumbering and who caused each change.
  await page.goto('/panels/leicestershire');
  await page.getByRole('link', { name: /What changed from the draft/ }).click();
  await page.waitForURL(/\/document-versions\/llr-doc-plan-2017-2021-v2\/changes\?base=llr-doc-plan-2017-2021-v1/);
  await checkPage(session, 'public-06-amended-plan');
  await expect(page.locator('.app-change ins').count()).resolves.toBeGreaterThan(0);
  await expect(page.locator('.app-change del').count()).resolves.toBeGreaterThan(0);
  // Only the Conclusion moves (71 → 72, after the section the letter says was inserted), folded into the renumbered list.
  await expect(page.locator('.app-renumbered').textContent()).resolves.toContain('(was 71)');
  // The published plan's wording is partly ours: the page says so, and marks each reconstructed paragraph.
  await expect(page.locator('.app-reconstruction-warning').first().textContent()).resolves.toContain('is partly a reconstruction');
  await expect(page.locator('.app-reconstructed-tag').count()).resolves.toBeGreaterThan(0);
  const attribution = page.locator('.app-change__attribution a').first();
  const attributedTo = await attribution.textContent();
  expect(attributedTo).toMatch(/^recommendation \d+$/);
  await attribution.click();
  await page.waitForURL(/\/recommendations\/llr-rec-\d+$/);
  await checkPage(session, 'public-07-attributed-recommendation');
  await expect(page.getByRole('heading', { name: 'Changes to the plan' }).count()).resolves.toBe(1);

  // The whole plan, in any version.
  await page.goto('/document-versions/llr-doc-plan-2017-2021-v2');
  await checkPage(session, 'public-08-plan');
  await expect(page.locator('main table').count()).resolves.toBeGreaterThan(0);
  await expect(page.locator('.app-reconstruction-warning').count()).resolves.toBe(1);

  // Search, with the matches marked.
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Search' }).click();
  await page.waitForURL('**/search');
  await page.getByLabel('Search for').fill('cyber');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.waitForURL(/\/search\?q=cyber/);
  await page.waitForSelector('.app-hit');
  await checkPage(session, 'public-09-search');
  await expect(page.locator('.app-hit mark').count()).resolves.toBeGreaterThan(0);

  // Meetings and their minutes.
  await page.goto('/panels/leicestershire/meetings');
  await checkPage(session, 'public-10-meetings');
  await page.getByRole('link', { name: 'Police and Crime Panel – 7 December 2016' }).click();
  await page.waitForURL('**/meetings/llr-meeting-2016-12-07');
  await checkPage(session, 'public-11-meeting');

  // The response letter, ready to print.
  await page.goto('/panels/leicestershire/letters');
  await checkPage(session, 'public-12-letters');
  await page.locator('main ul a').first().click();
  await page.waitForURL(/\/letters\//);
  await checkPage(session, 'public-13-letter');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app-header').isVisible()).resolves.toBe(false);
  await page.emulateMedia({ media: 'screen' });

  // An unknown address: a not-found page, not a stack trace.
  await page.goto('/recommendations/no-such-recommendation');
  await checkPage(session, 'public-14-not-found', { expectFailedRequests: true });
  await expect(page.locator('main h1').textContent()).resolves.toBe('Page not found');
});
