/**
 * Issue 12: the network breaks under the real app (Playwright routing in front of the local stack).
 * Cognito answers 500, 503 or ThrottlingException, never answers, or the connection drops, during
 * sign-in, restore (a reload with an expired access token), an in-app refresh and sign-out; the API
 * hangs or answers 502. What the person sees must stay sane: never a spinner past the request
 * timeout, a readable message whose Retry works once the network is back, nothing typed lost, never
 * signed out by a transient failure, the session intact afterwards, and sign-out that always
 * completes here.
 *
 * The app under test is the USER_PASSWORD_AUTH build, whose request timeout is short (global setup).
 */
import type { Page, Route } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import {
  expireStoredAccessToken,
  fillSignIn,
  moveClockIntoRefreshWindow,
  signedInIndicator,
} from '../../bench/flows';
import { createUser, type TestUser } from '../support/users';
import { setupChromium } from './support/session';

const stack = inject('stack');
const appUrl = inject('passwordAppUrl');
const timeoutMs = inject('passwordAppTimeoutMs');
const browser = setupChromium();
const appOrigin = new URL(appUrl).origin;

// Enough for a loaded machine to render, well under the 10 s the default timeout would take.
const MARGIN_MS = 4000;
// A refresh's worst case: one timeout (a timed-out refresh is not tried again), or three fast
// failures with the back-off between them (0.5 s + 1 s, plus jitter).
const REFRESH_BOUND_MS = Math.max(timeoutMs, 2000) + MARGIN_MS;

type Fault = 'http500' | 'http503' | 'throttling' | 'hang' | 'drop';
const FAULTS: readonly Fault[] = ['http500', 'http503', 'throttling', 'hang', 'drop'];

/** What the person reads for each fault: the words from src/auth/errors.ts's one table. */
const SAYS: Record<Fault, RegExp> = {
  http500: /sign-in service had a problem/i,
  http503: /sign-in service had a problem/i,
  throttling: /sign-in service is busy/i,
  hang: /couldn't reach the sign-in service/i,
  drop: /couldn't reach the sign-in service/i,
};

/**
 * The CORS headers the real servers send with an answer, so a fulfilled fault looks like theirs
 * (Playwright's Chromium would pass a fulfilled answer without them; a browser on the real network
 * would not).
 */
const corsHeaders = (contentType: string) => ({
  'access-control-allow-origin': appOrigin,
  'access-control-expose-headers': 'x-amzn-errortype, www-authenticate',
  'content-type': contentType,
  vary: 'Origin',
});

/**
 * Answers a matching request with `fault`. Only the request itself is routed: the CORS preflight
 * (OPTIONS) goes on to the real server, so the browser sends the request as it would in production.
 */
function faultHandler(
  fault: Fault | 'http502',
  matches: (route: Route) => boolean,
): (route: Route) => Promise<void> {
  return async (route) => {
    if (route.request().method() === 'OPTIONS' || !matches(route)) return route.fallback();
    switch (fault) {
      case 'http500':
        return route.fulfill({
          status: 500,
          headers: corsHeaders('text/plain'),
          body: 'Internal Server Error',
        });
      case 'http502':
        return route.fulfill({
          status: 502,
          headers: corsHeaders('text/html'),
          body: 'Bad Gateway',
        });
      case 'http503':
        return route.fulfill({ status: 503, headers: corsHeaders('text/plain'), body: '' });
      case 'throttling':
        return route.fulfill({
          status: 400,
          headers: corsHeaders('application/x-amz-json-1.1'),
          body: JSON.stringify({ __type: 'ThrottlingException', message: 'Rate exceeded' }),
        });
      case 'drop':
        return route.abort('connectionreset');
      case 'hang':
        // Never answered: the app's own timeout has to end the wait.
        return new Promise<void>(() => {});
    }
  };
}

/** Breaks Cognito's `operation` with `fault`; resolves with the function that mends it. */
async function breakCognito(
  page: Page,
  fault: Fault,
  operation: string,
): Promise<() => Promise<void>> {
  const cognito = new URL(stack.cognitoUrl).origin;
  const url = (u: URL) => u.origin === cognito && u.pathname === '/';
  const handler = faultHandler(fault, (route) =>
    (route.request().headers()['x-amz-target'] ?? '').endsWith(`.${operation}`),
  );
  await page.route(url, handler);
  return () => page.unroute(url, handler);
}

/** Breaks the API's GET `path` with `fault`; resolves with the function that mends it. */
async function breakApi(
  page: Page,
  fault: 'hang' | 'http502',
  path: string,
): Promise<() => Promise<void>> {
  const api = new URL(stack.apiUrl);
  const base = api.pathname.replace(/\/+$/, '');
  const url = (u: URL) => u.origin === api.origin && u.pathname === `${base}${path}`;
  const handler = faultHandler(fault, () => true);
  await page.route(url, handler);
  return () => page.unroute(url, handler);
}

async function signIn(page: Page, user: TestUser) {
  await page.goto(`${appUrl}/sign-in`);
  await fillSignIn(page, user);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await signedInIndicator(page).waitFor();
}

/** The protected page's two API answers: the greeting (/hello) and the account facts (/me). */
async function protectedPageLoaded(page: Page, timeout?: number) {
  await page
    .getByText(/Hello [^!]+!/)
    .first()
    .waitFor({ timeout });
  await page.getByRole('term').filter({ hasText: 'Email' }).first().waitFor({ timeout });
}

/** Every visible alert with words in it (an empty live region is not a message). */
const alerts = (page: Page) => page.getByRole('alert').filter({ hasText: /\S/ });

async function storedSessionKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.endsWith('.session')));
}

/** Clicks Retry in every alert that has one, until none is left. */
async function retryAll(page: Page) {
  for (let round = 0; round < 5; round += 1) {
    const retry = page.getByRole('alert').getByRole('button', { name: 'Retry' });
    if ((await retry.count()) === 0) return;
    await retry.first().click();
    await page.waitForTimeout(50);
  }
}

/**
 * A transient failure as the person should meet it: words that say what happened, no spinner left,
 * still signed in, and the session still stored.
 */
async function expectTransientFailure(page: Page, words: RegExp) {
  expect(await alerts(page).first().innerText()).toMatch(words);
  expect(await page.getByRole('status').filter({ hasText: 'Loading' }).count()).toBe(0);
  expect(await signedInIndicator(page).count()).toBe(1);
  expect(await storedSessionKeys(page)).toHaveLength(1);
}

/** Once the network is mended, Retry brings the protected page back with no message left. */
async function recoversOnRetry(page: Page, heal: () => Promise<void>) {
  await heal();
  await retryAll(page);
  await protectedPageLoaded(page);
  expect(await alerts(page).count()).toBe(0);
  expect(await signedInIndicator(page).count()).toBe(1);
}

describe('fault injection: Cognito', () => {
  it.each(FAULTS)(
    'sign-in while Cognito fails (%s): a message, the form intact, a Try again that works',
    async (fault) => {
      const user = await createUser(stack, { label: `fault-${fault}` });
      const { page, checkpoint } = await browser.open();
      await page.goto(`${appUrl}/sign-in`);
      const heal = await breakCognito(page, fault, 'InitiateAuth');
      await fillSignIn(page, user);
      const started = Date.now();
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      const alert = alerts(page);
      await alert.waitFor({ timeout: timeoutMs + MARGIN_MS });
      expect(Date.now() - started).toBeLessThan(timeoutMs + MARGIN_MS);
      expect(await alert.innerText()).toMatch(SAYS[fault]);
      // Nothing typed is lost, and no spinner is left behind.
      expect(await page.getByLabel('Email', { exact: true }).inputValue()).toBe(user.email);
      expect(await page.getByLabel('Password', { exact: true }).inputValue()).toBe(user.password);
      expect(await page.getByRole('button', { name: /Signing in/ }).count()).toBe(0);
      if (fault === 'hang') await checkpoint('sign-in-fault');

      await heal();
      await alert.getByRole('button', { name: 'Try again' }).click();
      await signedInIndicator(page).waitFor();
    },
  );

  it.each(FAULTS)(
    'restore (reload with an expired access token) while the refresh fails (%s): still signed in, a message with Retry, and it recovers',
    async (fault) => {
      const user = await createUser(stack, { label: `fault-restore-${fault}` });
      const { page, checkpoint } = await browser.open();
      await signIn(page, user);
      await page.goto(`${appUrl}/protected`);
      await protectedPageLoaded(page);
      await expireStoredAccessToken(page);
      const heal = await breakCognito(page, fault, 'GetTokensFromRefreshToken');

      const started = Date.now();
      await page.reload();
      // Restore gives up within one refresh's bound, and keeps the session: a transient failure
      // never signs anyone out. The page's API calls then try once more and say why they failed.
      await signedInIndicator(page).waitFor({ timeout: REFRESH_BOUND_MS });
      await alerts(page).first().waitFor({ timeout: REFRESH_BOUND_MS });
      expect(Date.now() - started).toBeLessThan(2 * REFRESH_BOUND_MS);
      await expectTransientFailure(page, SAYS[fault]);
      if (fault === 'hang') await checkpoint('restore-fault');

      await recoversOnRetry(page, heal);
    },
  );

  it.each(FAULTS)(
    'refresh in a long-lived tab while Cognito fails (%s): a message with Retry, never signed out, and it recovers',
    async (fault) => {
      const user = await createUser(stack, { label: `fault-refresh-${fault}` });
      const { page, context, checkpoint } = await browser.open();
      // A controllable clock (it still runs in real time), so the token can fall due in place.
      await context.clock.install();
      await signIn(page, user);
      await page.goto(`${appUrl}/protected`);
      await protectedPageLoaded(page);
      await moveClockIntoRefreshWindow(page);
      const heal = await breakCognito(page, fault, 'GetTokensFromRefreshToken');

      // In-app navigation: the page's API calls find the token due and refresh it first.
      const banner = page.getByRole('banner');
      await banner.getByRole('link', { name: 'Home', exact: true }).click();
      await banner.getByRole('link', { name: 'Protected' }).click();
      const started = Date.now();
      await alerts(page).first().waitFor({ timeout: REFRESH_BOUND_MS });
      expect(Date.now() - started).toBeLessThan(REFRESH_BOUND_MS);
      await expectTransientFailure(page, SAYS[fault]);
      if (fault === 'hang') await checkpoint('refresh-fault');

      await recoversOnRetry(page, heal);
    },
  );

  it.each(FAULTS)('sign-out completes here at once while RevokeToken fails (%s)', async (fault) => {
    const user = await createUser(stack, { label: `fault-signout-${fault}` });
    const { page, checkpoint } = await browser.open();
    await signIn(page, user);
    if (fault === 'hang') {
      // The home page, signed in (the refresh tests pass through it): scanned here, where it rests.
      await page.goto(`${appUrl}/`);
      await signedInIndicator(page).waitFor();
      await page.getByRole('heading', { level: 1 }).waitFor();
      await checkpoint('signed-in-home');
    }
    await breakCognito(page, fault, 'RevokeToken');
    const started = Date.now();
    await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).waitFor();
    expect(Date.now() - started).toBeLessThan(MARGIN_MS);
    expect(await storedSessionKeys(page)).toEqual([]);
    // A reload finds nothing to restore: the sign-out is complete here, whatever Cognito did.
    await page.reload();
    await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).waitFor();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await signedInIndicator(page).count()).toBe(0);
    if (fault === 'hang') await checkpoint('sign-out-while-revoke-hangs');
  });
});

describe('fault injection: the API', () => {
  it.each<['hang' | 'http502', RegExp]>([
    ['http502', /service had a problem/i],
    ['hang', /took too long/i],
  ])(
    'the API failing (%s): a message with Retry, still signed in, Retry works once it answers',
    async (fault, words) => {
      const user = await createUser(stack, { label: `fault-api-${fault}` });
      const { page, checkpoint } = await browser.open();
      await signIn(page, user);
      const heal = await breakApi(page, fault, '/hello');
      const started = Date.now();
      await page.goto(`${appUrl}/protected`);
      const alert = alerts(page);
      await alert.waitFor({ timeout: timeoutMs + MARGIN_MS });
      expect(Date.now() - started).toBeLessThan(timeoutMs + MARGIN_MS);
      expect(await alert.innerText()).toMatch(words);
      // Only /hello failed: /me answered, and the person is still signed in.
      await page.getByRole('term').filter({ hasText: 'Email' }).first().waitFor();
      expect(await signedInIndicator(page).count()).toBe(1);
      if (fault === 'hang') await checkpoint('api-fault');

      await heal();
      await alert.getByRole('button', { name: 'Retry' }).click();
      await protectedPageLoaded(page);
      expect(await alerts(page).count()).toBe(0);
    },
  );
});

describe('returnTo in the browser', () => {
  it('a signed-out visitor with a returnTo that collapses into another host lands on this site', async () => {
    const user = await createUser(stack, { label: 'returnto' });
    const { page, checkpoint } = await browser.open();
    await page.goto(`${appUrl}/sign-in?returnTo=${encodeURIComponent('/..//evil.example/x')}`);
    await checkpoint('sign-in-bad-return-to');
    await fillSignIn(page, user);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await signedInIndicator(page).waitFor();
    expect(new URL(page.url()).origin).toBe(appOrigin);

    // Signed in now: the "Continue as …" link must point here too.
    await page.goto(`${appUrl}/sign-in?returnTo=${encodeURIComponent('/%2e%2e//evil.example')}`);
    const link = page.getByRole('link', { name: /Continue as/ });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe('/');
    await checkpoint('continue-as-bad-return-to');
  });
});
