/**
 * One Chromium per test file, a fresh context per page, and the axe bookkeeping checked after every
 * test. Usage: `const browser = setupChromium();` then `await browser.open({ ... })` inside a test.
 */
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchChromium } from './chromium';
import { track, type TrackedPage } from './pages';

export interface OpenOptions extends BrowserContextOptions {
  /** Paths that only redirect and so never show a screen worth scanning. */
  transient?: readonly (string | RegExp)[];
}

export interface ChromiumFixture {
  open(options?: OpenOptions): Promise<TrackedPage & { context: BrowserContext }>;
}

export function setupChromium(): ChromiumFixture {
  let browser: Browser | undefined;
  const opened: Array<{
    context: BrowserContext;
    tracked: TrackedPage;
    transient: readonly (string | RegExp)[];
  }> = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterEach(async (context) => {
    const pages = opened.splice(0);
    try {
      // A failed test already says what went wrong; the bookkeeping would only add noise.
      if (context.task.result?.state !== 'fail') {
        for (const { tracked, transient } of pages) tracked.assertAllChecked(transient);
      }
    } finally {
      await Promise.all(pages.map(({ context }) => context.close()));
    }
  });
  afterAll(async () => {
    await browser?.close();
  });

  return {
    async open({ transient = [], ...contextOptions } = {}) {
      if (browser === undefined) throw new Error('Chromium did not start; see beforeAll.');
      const context = await browser.newContext(contextOptions);
      const tracked = track(await context.newPage());
      opened.push({ context, tracked, transient });
      return { ...tracked, context };
    },
  };
}
