/**
 * Collects Content-Security-Policy violations from every page of a browser context. The app is served
 * under the production CSP (test/support/app-build.ts), and a violation is a failure even when the
 * page still looks right: a blocked request or image in a test is a broken feature in production.
 */
import type { BrowserContext } from 'playwright-core';

declare global {
  interface Window {
    __reportCspViolation?: (text: string) => void;
  }
}

export async function watchCspViolations(context: BrowserContext): Promise<() => string[]> {
  const violations: string[] = [];
  await context.exposeBinding('__reportCspViolation', ({ page }, text: string) => {
    violations.push(`${page.url()}: ${text}`);
  });
  // Runs in every document before its own scripts, so nothing the app does escapes it.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__reportCspViolation?.(
        `${event.effectiveDirective} refused ${event.blockedURI || '(inline)'}` +
          (event.sourceFile ? ` from ${event.sourceFile}:${event.lineNumber}` : ''),
      );
    });
  });
  return () => [...violations];
}
