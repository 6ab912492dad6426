/**
 * One Chromium per test file, a fresh context per page, and the axe bookkeeping: after the file, every
 * path its pages showed must have been scanned by a checkpoint at least once.
 * Usage: `const browser = setupChromium({ transient })`, then `await browser.open()` inside a test.
 * After each test, uncaught page errors and Content-Security-Policy violations fail it.
 */
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchChromium } from './chromium';
import { watchCspViolations } from './csp';
import { Coverage, track, type PathPattern, type TrackedPage } from './pages';

export interface ChromiumFixture {
  open(options?: BrowserContextOptions): Promise<TrackedPage & { context: BrowserContext }>;
  /** Another tab in a context `open` made: same storage, cookies and Playwright clock. */
  openTab(context: BrowserContext): Promise<TrackedPage>;
}

export function setupChromium(
  options: {
    /** Paths that only redirect, or are shown only between two steps, and so need no scan. */
    transient?: readonly PathPattern[];
  } = {},
): ChromiumFixture {
  let browser: Browser | undefined;
  let anyTestFailed = false;
  const coverage = new Coverage();
  const opened: Array<{
    context: BrowserContext;
    tracked: TrackedPage;
    cspViolations: () => string[];
  }> = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterEach(async (context) => {
    const pages = opened.splice(0);
    if (context.task.result?.state === 'fail') anyTestFailed = true;
    try {
      if (!anyTestFailed) {
        for (const { tracked, cspViolations } of pages) {
          tracked.assertNoPageErrors();
          const violations = cspViolations();
          if (violations.length > 0)
            throw new Error(`Content-Security-Policy violations:\n${violations.join('\n')}`);
        }
      }
    } finally {
      await Promise.all([...new Set(pages.map(({ context: c }) => c))].map((c) => c.close()));
    }
  });
  afterAll(async () => {
    await browser?.close();
    // A failed test stops before its checkpoints; the bookkeeping would only add noise to its report.
    if (!anyTestFailed) {
      expect(
        coverage.unchecked(options.transient ?? []),
        'paths shown but never axe-checked',
      ).toEqual([]);
    }
  });

  return {
    async open(contextOptions = {}) {
      if (browser === undefined) throw new Error('Chromium did not start; see beforeAll.');
      const context = await browser.newContext(contextOptions);
      const cspViolations = await watchCspViolations(context);
      const tracked = track(await context.newPage(), coverage);
      opened.push({ context, tracked, cspViolations });
      return { ...tracked, context };
    },
    async openTab(context) {
      const first = opened.find((o) => o.context === context);
      if (first === undefined) throw new Error('openTab needs a context from open().');
      const tracked = track(await context.newPage(), coverage);
      // Same context, same CSP watch; closing the context closes this tab too.
      opened.push({ ...first, tracked });
      return tracked;
    },
  };
}
