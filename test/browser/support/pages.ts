/**
 * Page helpers for browser tests. A `Coverage` records every path a file's pages show and every path
 * scanned by `checkpoint()` (axe, failing on any violation, plus a screenshot); a file that shows a
 * path it never scanned fails, so "axe on every page" is enforced rather than hoped for. Uncaught
 * page errors fail the test that caused them: a crash the user never sees is still a crash.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const SCREENSHOT_DIR = path.resolve('test-results/screenshots');

export type PathPattern = string | RegExp;

export interface TrackedPage {
  page: Page;
  /** Runs axe on what the page shows now (failing on any violation) and saves a screenshot. */
  checkpoint(name: string): Promise<void>;
  /** Fails when this page threw an uncaught error. */
  assertNoPageErrors(): void;
}

function pathKey(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`;
}

export class Coverage {
  readonly #visited = new Set<string>();
  readonly #checked = new Set<string>();

  visit(url: string): void {
    if (url.startsWith('http')) this.#visited.add(pathKey(url));
  }

  check(url: string): void {
    this.#checked.add(pathKey(url));
  }

  /** Paths shown but never scanned, except transient ones (redirect hops that show nothing). */
  unchecked(transient: readonly PathPattern[]): string[] {
    return [...this.#visited].filter(
      (url) =>
        !this.#checked.has(url) &&
        !transient.some((pattern) =>
          typeof pattern === 'string' ? new URL(url).pathname === pattern : pattern.test(url),
        ),
    );
  }
}

export function track(page: Page, coverage: Coverage): TrackedPage {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) coverage.visit(frame.url());
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
      coverage.check(page.url());
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      await page.screenshot({
        path: path.join(SCREENSHOT_DIR, `${name.replace(/[^\w-]+/g, '_')}.png`),
        fullPage: true,
      });
    },
    assertNoPageErrors() {
      if (pageErrors.length > 0)
        throw new Error(`Uncaught errors in the page:\n${pageErrors.join('\n')}`);
    },
  };
}
