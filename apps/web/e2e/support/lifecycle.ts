// Every browser test file starts the portal on its own database and one Chromium, and stops both.
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { startPortal, type RunningPortal } from './portal';

/** Starts the portal and Chromium before the file's tests and stops them after; read them inside tests. */
export function portalAndBrowserPerFile(): { readonly portal: RunningPortal; readonly browser: Browser } {
  let portal: RunningPortal | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    portal = await startPortal();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.close();
  });
  return {
    get portal() {
      if (!portal) throw new Error('the portal has not started: read it inside a test');
      return portal;
    },
    get browser() {
      if (!browser) throw new Error('Chromium has not started: read it inside a test');
      return browser;
    },
  };
}
