// Chromium from Debian (never a downloaded one), and the checks every page visit makes: no
// console errors (a CSP violation is one), axe-core finds no serious or critical WCAG 2.2 AA
// violation, and a screenshot for people to look at.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const SCREENSHOT_DIR = path.resolve(__dirname, '../../../../test-artifacts/e2e');
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
  });
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Console errors and page errors seen so far (CSP violations included). */
  problems: string[];
}

export async function openSession(browser: Browser, baseUrl: string): Promise<Session> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return { context, page, problems };
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * Runs axe-core in the page. The portal's CSP forbids inline scripts, so axe cannot be added
 * with a <script> tag; Playwright's evaluate runs it through the DevTools protocol instead,
 * which the page's CSP does not govern — and the app keeps its real CSP for the test.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate('typeof window.axe === "object"');
  if (!loaded) await page.evaluate(`${AXE_SOURCE};void 0`);
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  }, AXE_TAGS);
}

export interface PageCheck {
  name: string;
  url: string;
  title: string;
  violations: AxeViolation[];
}

export const visited: PageCheck[] = [];

/**
 * What every visited page must pass: it has loaded (its h1 is there), axe finds nothing serious
 * or critical, and nothing went to the console. Saves <name>.png for people to look at.
 */
export async function checkPage(session: Session, name: string, options: { expectFailedRequests?: boolean } = {}): Promise<void> {
  const { page } = session;
  await page.waitForSelector('main h1');
  await page.waitForFunction(() => !document.querySelector('main[aria-busy="true"]') && !document.querySelector('.app-loading'));
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
  const violations = await axeViolations(page);
  const check: PageCheck = { name, url: page.url(), title: await page.title(), violations };
  visited.push(check);
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  for (const v of violations) {
    const line = `axe ${v.impact ?? 'unknown'} ${v.id} on ${name} (${check.url}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`;
    if (blocking.includes(v)) console.error(line);
    else console.warn(line);
  }
  expect(blocking.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  // A page that shows an API error (a 404 for an unknown id) makes the browser log the failed request.
  const problems = options.expectFailedRequests ? session.problems.filter((p) => !p.startsWith('console: Failed to load resource')) : session.problems;
  expect(problems).toEqual([]);
  session.problems.length = 0;
}
