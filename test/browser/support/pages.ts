/**
 * Page helpers for browser tests. `track(page)` records every URL the page shows; `checkpoint()` runs
 * axe on the current screen and screenshots it; `assertAllChecked()` fails a test that visited a page
 * it never scanned, so "axe on every page" is enforced rather than hoped for.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const SCREENSHOT_DIR = path.resolve('test-results/screenshots');

export interface TrackedPage {
  page: Page;
  /** Runs axe on what the page shows now (failing on any violation) and saves a screenshot. */
  checkpoint(name: string): Promise<void>;
  /**
   * Fails when a visited path was never checked, except the listed transient ones (redirect hops),
   * and when the page threw an uncaught error: a crash the user never sees is still a crash.
   */
  assertAllChecked(transient?: readonly (string | RegExp)[]): void;
}

export function track(page: Page): TrackedPage {
  const visited = new Set<string>();
  const checked = new Set<string>();
  const key = (url: string) => {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  };
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame() && frame.url().startsWith('http')) visited.add(key(frame.url()));
  });

  return {
    page,
    async checkpoint(name) {
      await page.waitForLoadState('load');
      const results = await new AxeBuilder({ page }).analyze();
      if (results.violations.length > 0) {
        const lines = results.violations.map(
          (v) =>
            `- ${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n    ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(' '))
              .join('\n    ')}`,
        );
        throw new Error(
          `axe found ${results.violations.length} violation(s) on "${name}" (${page.url()}):\n${lines.join('\n')}`,
        );
      }
      checked.add(key(page.url()));
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      await page.screenshot({
        path: path.join(SCREENSHOT_DIR, `${name.replace(/[^\w-]+/g, '_')}.png`),
        fullPage: true,
      });
    },
    assertAllChecked(transient = []) {
      const unchecked = [...visited].filter(
        (url) =>
          !checked.has(url) &&
          !transient.some((pattern) =>
            typeof pattern === 'string' ? new URL(url).pathname === pattern : pattern.test(url),
          ),
      );
      if (pageErrors.length > 0) throw new Error(`Uncaught errors in the page:\n${pageErrors.join('\n')}`);
      if (unchecked.length > 0)
        throw new Error(`Visited but never axe-checked: ${unchecked.join(', ')}`);
    },
  };
}
