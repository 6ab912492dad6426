/**
 * Issue 12: the network breaks under the real app (Playwright routing in front of the local stack).
 * Cognito answers 500, 503 or ThrottlingException, or never answers; the connection drops; the API
 * hangs or answers 502. What the person sees must stay sane: never a spinner past the request
 * timeout, a readable message whose retry works once the network is back, nothing typed lost, never
 * signed out by a transient failure, and sign-out that always completes here.
 *
 * The app under test is the USER_PASSWORD_AUTH build, whose request timeout is short (global setup).
 */
import type { Page, Route } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { expireStoredAccessToken, fillSignIn, signedInIndicator } from '../../bench/flows';
import { createUser, type TestUser } from '../support/users';
import { setupChromium } from './support/session';

const stack = inject('stack');
const appUrl = inject('passwordAppUrl');
const timeoutMs = inject('passwordAppTimeoutMs');
const browser = setupChromium();

// Enough for a loaded machine to render, well under the 10 s the default timeout would take.
const MARGIN_MS = 4000;

type Fault = 'http500' | 'http503' | 'throttling' | 'hang' | 'drop';

/** Applies `fault` to Cognito requests for `operation` (and, for InitiateAuth, `flow`). */
async function breakCognito(
  page: Page,
  fault: Fault,
  match: { operation: string; flow?: string },
): Promise<() => Promise<void>> {
  const appOrigin = new URL(appUrl).origin;
  const cors = {
    'access-control-allow-origin': appOrigin,
    'access-control-expose-headers': 'x-amzn-errortype',
    'content-type': 'application/x-amz-json-1.1',
  };
  const url = (u: URL) => u.origin === new URL(stack.cognitoUrl).origin && u.pathname === '/';
  const handler = async (route: Route) => {
    const request = route.request();
    const target = request.headers()['x-amz-target'] ?? '';
    const body = request.postData() ?? '';
    const hit =
      request.method() === 'POST' &&
      target.endsWith(`.${match.operation}`) &&
      (match.flow === undefined || body.includes(`"AuthFlow":"${match.flow}"`));
    if (!hit) return route.fallback();
    switch (fault) {
      case 'http500':
        return route.fulfill({ status: 500, headers: cors, body: 'Internal Server Error' });
      case 'http503':
        return route.fulfill({ status: 503, headers: cors, body: '' });
      case 'throttling':
        return route.fulfill({
          status: 400,
          headers: cors,
          body: JSON.stringify({ __type: 'ThrottlingException', message: 'Rate exceeded' }),
        });
      case 'drop':
        return route.abort('connectionreset');
      case 'hang':
        // Never fulfilled: the app's own timeout has to end the wait.
        return new Promise<void>(() => {});
    }
  };
  await page.route(url, handler);
  return () => page.unroute(url, handler);
}

async function signIn(page: Page, user: TestUser) {
  await page.goto(`${appUrl}/sign-in`);
  await fillSignIn(page, user);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await signedInIndicator(page).waitFor();
}

describe('fault injection', () => {
  it.each<[Fault, RegExp]>([
    ['http500', /problem|try again/i],
    ['http503', /problem|try again/i],
    ['throttling', /busy|too many|try again/i],
    ['drop', /couldn't reach|connection/i],
    ['hang', /couldn't reach|connection/i],
  ])(
    'sign-in with Cognito failing (%s): a message, the form intact, a retry that works',
    async (fault, words) => {
      const user = await createUser(stack, { label: `fault-${fault}` });
      const { page, checkpoint } = await browser.open();
      await page.goto(`${appUrl}/sign-in`);
      const heal = await breakCognito(page, fault, { operation: 'InitiateAuth' });
      await fillSignIn(page, user);
      const started = Date.now();
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      const alert = page.getByRole('alert').filter({ hasText: /\S/ });
      await alert.waitFor({ timeout: timeoutMs + MARGIN_MS });
      expect(Date.now() - started).toBeLessThan(timeoutMs + MARGIN_MS);
      expect(await alert.innerText()).toMatch(words);
      // Nothing typed is lost, and no spinner is left behind.
      expect(await page.getByLabel('Email', { exact: true }).inputValue()).toBe(user.email);
      expect(await page.getByLabel('Password', { exact: true }).inputValue()).toBe(user.password);
      expect(await page.getByRole('button', { name: /Signing in/ }).count()).toBe(0);
      await checkpoint(`sign-in-fault-${fault}`);

      await heal();
      await alert.getByRole('button', { name: 'Try again' }).click();
      await signedInIndicator(page).waitFor();
    },
  );

  it('restore with an expired access token while Cognito fails keeps the session, and it recovers', async () => {
    const user = await createUser(stack, { label: 'fault-restore' });
    const { page, checkpoint } = await browser.open();
    await signIn(page, user);
    await expireStoredAccessToken(page);
    const heal = await breakCognito(page, 'http503', {
      operation: 'InitiateAuth',
      flow: 'REFRESH_TOKEN_AUTH',
    });
    await page.goto(`${appUrl}/protected`);
    // Still signed in: a transient failure never signs anyone out.
    await signedInIndicator(page).waitFor({ timeout: timeoutMs + MARGIN_MS });
    const alert = page.getByRole('alert').filter({ hasText: /\S/ }).first();
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/problem|try again|couldn't reach/i);
    await checkpoint('restore-fault');

    await heal();
    await alert.getByRole('button', { name: 'Retry' }).click();
    await page
      .getByText(/Hello [\w-]+!/)
      .first()
      .waitFor();
    expect(await signedInIndicator(page).count()).toBe(1);
  });

  it('a refresh that never answers ends in a retryable message, not a spinner, and the session stays', async () => {
    const user = await createUser(stack, { label: 'fault-refresh' });
    const { page } = await browser.open();
    await signIn(page, user);
    await page.goto(`${appUrl}/protected`);
    await page
      .getByText(/Hello [\w-]+!/)
      .first()
      .waitFor();
    await expireStoredAccessToken(page);
    const heal = await breakCognito(page, 'hang', {
      operation: 'InitiateAuth',
      flow: 'REFRESH_TOKEN_AUTH',
    });
    // A fresh page load restores from the (expired) stored token: three tries, each cut off.
    const started = Date.now();
    await page.reload();
    await signedInIndicator(page).waitFor({ timeout: 3 * timeoutMs + MARGIN_MS + 2000 });
    const alert = page.getByRole('alert').filter({ hasText: /\S/ }).first();
    await alert.waitFor({ timeout: 3 * timeoutMs + MARGIN_MS + 2000 });
    expect(Date.now() - started).toBeLessThan(2 * (3 * timeoutMs + MARGIN_MS + 2000));
    expect(await page.getByRole('status', { name: /loading/i }).count()).toBe(0);

    await heal();
    await alert.getByRole('button', { name: 'Retry' }).click();
    await page
      .getByText(/Hello [\w-]+!/)
      .first()
      .waitFor();
  });

  it.each<Fault>(['hang', 'http500', 'drop'])(
    'sign-out completes here at once while RevokeToken fails (%s)',
    async (fault) => {
      const user = await createUser(stack, { label: `fault-signout-${fault}` });
      const { page, checkpoint } = await browser.open();
      await signIn(page, user);
      await breakCognito(page, fault, { operation: 'RevokeToken' });
      const started = Date.now();
      await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).waitFor();
      expect(Date.now() - started).toBeLessThan(MARGIN_MS);
      const stored = await page.evaluate(() =>
        Object.keys(sessionStorage).filter((k) => k.endsWith('.session')),
      );
      expect(stored).toEqual([]);
      if (fault === 'hang') await checkpoint('sign-out-while-revoke-hangs');
    },
  );

  // TODO(issue 12): the routed API request fails at once with a network error (CORS preflight under
  // page.route?) and Retry after unroute does not recover; unit tests cover the API timeout meanwhile.
  it.skip.each<['hang' | 'http502', RegExp]>([
    ['http502', /service had a problem/i],
    ['hang', /took too long/i],
  ])(
    'the API failing (%s): a message with Retry, still signed in, Retry works',
    async (fault, words) => {
      const user = await createUser(stack, { label: `fault-api-${fault}` });
      const { page, checkpoint } = await browser.open();
      await signIn(page, user);
      const apiOrigin = new URL(stack.apiUrl).origin;
      const isHello = (u: URL) => u.origin === apiOrigin && u.pathname.endsWith('/hello');
      const handler = async (route: Route) => {
        if (route.request().method() !== 'GET') return route.fallback();
        if (fault === 'hang') return new Promise<void>(() => {});
        return route.fulfill({
          status: 502,
          headers: { 'access-control-allow-origin': new URL(appUrl).origin },
          body: 'Bad Gateway',
        });
      };
      await page.route(isHello, handler);
      const started = Date.now();
      await page.goto(`${appUrl}/protected`);
      const alert = page.getByRole('alert').filter({ hasText: /\S/ }).first();
      await alert.waitFor({ timeout: timeoutMs + MARGIN_MS });
      expect(Date.now() - started).toBeLessThan(timeoutMs + MARGIN_MS + 2000);
      expect(await alert.innerText()).toMatch(words);
      expect(await signedInIndicator(page).count()).toBe(1);
      await checkpoint(`api-fault-${fault}`);

      await page.unroute(isHello, handler);
      await alert.getByRole('button', { name: 'Retry' }).click();
      await page
        .getByText(/Hello [\w-]+!/)
        .first()
        .waitFor();
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
    expect(new URL(page.url()).origin).toBe(new URL(appUrl).origin);

    // Signed in now: the "Continue as …" link must point here too.
    await page.goto(`${appUrl}/sign-in?returnTo=${encodeURIComponent('/%2e%2e//evil.example')}`);
    const link = page.getByRole('link', { name: /Continue as/ });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe('/');
    await checkpoint('continue-as-bad-return-to');
  });
});
