// The public pages without JavaScript (server-rendered HTML: real links, a GET form for the
// tracker's filters) and with it (the same HTML hydrated without a mismatch, navigation that
// stays in the page): a reader follows a recommendation to the exact words it changed.
import type { Browser, Page } from 'playwright-core';
import { checkPage, launchBrowser, openSession, type Session } from './support/browser';
import { startPortal, type RunningPortal } from './support/portal';

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

/** Every full page load (a document request): client-side navigation makes none. */
function countDocumentLoads(page: Page): { count: number } {
  const loads = { count: 0 };
  page.on('request', (request) => {
    if (request.resourceType() === 'document') loads.count += 1;
  });
  return loads;
}

test('without JavaScript, a reader filters the tracker and follows a recommendation to the words it changed', async () => {
  const context = await browser.newContext({ baseURL: portal.baseUrl, javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  try {
    const home = await page.goto('/panels/leicestershire');
    expect(home?.status()).toBe(200);
    await expect(page.title()).resolves.toBe('Leicester, Leicestershire and Rutland Police and Crime Panel – Panel Scrutiny Portal');
    await expect(page.locator('main h1').textContent()).resolves.toContain('Police and Crime Panel');
    await expect(page.locator('body').textContent()).resolves.not.toContain('This service needs JavaScript');

    // The tracker's filters are a GET form.
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Recommendations' }).click();
    await page.waitForURL('**/panels/leicestershire/recommendations');
    await page.getByLabel('Latest outcome').selectOption('ACCEPTED');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/outcome=ACCEPTED/);
    const rows = page.locator('[data-testid="recommendations-table"] tbody tr');
    await expect(rows.count()).resolves.toBeGreaterThan(0);
    const outcomes = await rows.locator('td[data-label="Latest outcome"]').allTextContents();
    expect(outcomes.length).toBeGreaterThan(0);
    expect(outcomes.every((outcome) => outcome === 'Accepted')).toBe(true);

    // Recommendation 12 → the change it made to paragraph 47.a, words marked.
    await rows.getByRole('link', { name: /^Recommendation 12:/ }).click({ position: { x: 4, y: 8 } });
    await page.waitForURL('**/recommendations/llr-rec-12');
    const change = page.locator('.app-plan-changes .app-change');
    await expect(change.count()).resolves.toBe(1);
    await expect(change.locator('h3').textContent()).resolves.toContain('Para 47.a');
    await expect(change.locator('ins').first().textContent()).resolves.toContain('to tackle the problems of drugs and alcohol');
    await expect(change.locator('del').first().textContent()).resolves.toContain('drugs and alcohol');

    // The changes page: the attributed change under its heading, in the contents list.
    await page.getByRole('link', { name: 'See every change to the plan' }).click();
    await page.waitForURL(/\/changes\?base=/);
    await expect(page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: 'Para 47.a' }).count()).resolves.toBe(1);
    await expect(page.locator('details.app-renumbered summary').textContent()).resolves.toBe('1 paragraph only renumbered');
    await page
      .locator('section.app-change', { hasText: 'Para 47.a' })
      .getByRole('link', { name: /Para 47\.a/ })
      .click();
    await page.waitForURL('**/provisions/llr-plan-2017-0155');
    await expect(page.locator('main ins').count()).resolves.toBeGreaterThan(0);

    // An unknown address answers 404.
    const missing = await page.goto('/recommendations/no-such-recommendation');
    expect(missing?.status()).toBe(404);
    await expect(page.locator('main h1').textContent()).resolves.toBe('Page not found');
  } finally {
    await context.close();
  }
});

test('with JavaScript, the server-rendered pages hydrate without a mismatch and navigation stays in the page', async () => {
  const session: Session = await openSession(browser, portal.baseUrl);
  const { page } = session;
  try {
    const loads = countDocumentLoads(page);
    for (const [name, url] of [
      ['ssr-panel-home', '/panels/leicestershire'],
      ['ssr-recommendation', '/recommendations/llr-rec-12'],
      ['ssr-changes', '/document-versions/llr-doc-plan-2017-2021-v2/changes'],
      ['ssr-provision', '/provisions/llr-plan-2017-0155'],
      ['ssr-accessibility', '/accessibility'],
    ] as const) {
      const scripts: string[] = [];
      const onRequest = (request: { resourceType(): string; url(): string }) => {
        if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
      };
      page.on('request', onRequest);
      await page.goto(url, { waitUntil: 'networkidle' });
      // A first visit loads the loader only (src/boot.ts); the app waits for the reader.
      expect(await page.evaluate(() => document.body.classList.contains('js-enabled'))).toBe(false);
      expect(scripts.length).toBeLessThanOrEqual(3);
      await page.mouse.move(20, 20);
      await page.waitForFunction(() => document.body.classList.contains('js-enabled'));
      page.off('request', onRequest);
      expect(scripts.length).toBeGreaterThan(3);
      // A hydration mismatch is a page error (React #418/#425), which checkPage fails on.
      await checkPage(session, name);
    }
    expect(loads.count).toBe(5);

    await page.goto('/panels/leicestershire', { waitUntil: 'networkidle' });
    loads.count = 0;
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Recommendations' }).click();
    await page.waitForURL('**/panels/leicestershire/recommendations');
    await page.getByLabel('Status').selectOption('RESPONDED');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/status=RESPONDED/);
    await page.locator('[data-testid="recommendations-table"] tbody tr').first().waitFor();
    await page.getByRole('link', { name: 'Cookies' }).click();
    await page.waitForURL('**/cookies');
    await checkPage(session, 'ssr-cookies-after-client-navigation');
    expect(loads.count).toBe(0);
  } finally {
    await session.context.close();
  }
});

test('at 320 px wide, pages with tables reflow instead of scrolling sideways, and stacked links are at least 24 px tall', async () => {
  const context = await browser.newContext({ baseURL: portal.baseUrl, viewport: { width: 320, height: 720 } });
  const page = await context.newPage();
  try {
    for (const url of [
      '/panels/leicestershire',
      '/panels/leicestershire/recommendations',
      '/panels/leicestershire/meetings',
      '/cookies',
      '/document-versions/llr-doc-plan-2017-2021-v2',
    ]) {
      await page.goto(url, { waitUntil: 'networkidle' });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect([url, width]).toEqual([url, 320]);
    }
    await page.goto('/panels/leicestershire/recommendations', { waitUntil: 'networkidle' });
    const heights = await page.locator('td[data-label="Cited paragraphs"] a').evaluateAll((links) => links.map((link) => link.getBoundingClientRect().height));
    expect(heights.length).toBeGreaterThan(0);
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(24);
  } finally {
    await context.close();
  }
});
