/**
 * The hosted-UI redirect end to end in Chromium: the app → the local pool's /oauth2/authorize and
 * /login → /callback → the same session the password sign-in uses, and out again through /logout.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { expireStoredAccessToken, fillSignIn, signedInIndicator } from '../../bench/flows';
import { createUser, type TestUser } from '../support/users';
import { setupChromium } from './support/session';

const stack = inject('stack');
const { appUrl, cognitoUrl } = stack;
const browser = setupChromium({ transient: ['/callback', '/oauth2/authorize', '/logout'] });

async function hostedSignIn(
  page: Page,
  user: TestUser,
  checkpoint?: (name: string) => Promise<void>,
) {
  await page.getByRole('button', { name: 'Continue with hosted sign-in' }).click();
  await page.waitForURL(`${cognitoUrl}/login**`);
  if (checkpoint) await checkpoint('hosted-login');
  await fillSignIn(page, user);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await signedInIndicator(page).waitFor();
}

async function storedSessions(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [window.sessionStorage, window.localStorage].flatMap((area) =>
      Array.from({ length: area.length }, (_, i) => area.key(i) ?? '').filter((key) =>
        /session$/.test(key),
      ),
    ),
  );
}

describe('hosted UI in Chromium', () => {
  it('round-trips into a signed-in app, honours returnTo, leaves no code or state behind, and survives a reload of /callback', async () => {
    const { page, checkpoint } = await browser.open();
    const user = await createUser(stack, { label: 'hosted' });
    await page.goto(`${appUrl}/account`);
    await page.waitForURL(`${appUrl}/sign-in?returnTo=%2Faccount`);
    await page.getByRole('button', { name: 'Continue with hosted sign-in' }).waitFor();
    await checkpoint('sign-in-with-hosted-buttons');
    await hostedSignIn(page, user, checkpoint);

    await page.waitForURL(`${appUrl}/account`);
    await checkpoint('account-after-hosted-sign-in');
    expect(page.url()).not.toMatch(/[?&](code|state)=/);
    const history = await page.evaluate(() => window.history.length);
    // Walk back through history: no entry may carry the code or state.
    for (let i = 0; i < history - 1; i += 1) {
      const back = await page.goBack({ waitUntil: 'commit' }).catch(() => null);
      if (back === null) break;
      if (page.url().startsWith(appUrl)) expect(page.url()).not.toMatch(/[?&](code|state)=/);
    }

    await page.goto(`${appUrl}/account`);
    await signedInIndicator(page).waitFor();
    // Reloading /callback after success must neither sign out nor show an error that blocks the user.
    await page.goto(`${appUrl}/callback`);
    await page.waitForLoadState('networkidle');
    await page.goto(`${appUrl}/`);
    await signedInIndicator(page).waitFor();
    await checkpoint('home-signed-in');
  });

  it('calls /protected with the hosted session and refreshes it like any other', async () => {
    const { page, checkpoint } = await browser.open();
    const user = await createUser(stack, { label: 'hosted-api' });
    await page.goto(`${appUrl}/sign-in`);
    await hostedSignIn(page, user);
    await page.goto(`${appUrl}/protected`);
    await page
      .getByText(/Hello [^!]+!/)
      .first()
      .waitFor();

    const refreshes: string[] = [];
    page.on('request', (request) => {
      if ((request.headers()['x-amz-target'] ?? '').endsWith('.GetTokensFromRefreshToken'))
        refreshes.push(request.url());
    });
    await expireStoredAccessToken(page);
    await page.reload();
    await page
      .getByText(/Hello [^!]+!/)
      .first()
      .waitFor();
    expect(refreshes).toHaveLength(1);
    await checkpoint('protected-hosted-session');
  });

  it('refuses a tampered state and stores no tokens', async () => {
    const { page, checkpoint } = await browser.open();
    const user = await createUser(stack, { label: 'tamper' });
    await page.goto(`${appUrl}/sign-in`);
    // Rewrite the state on its way back to the app: the hosted form's answer is the redirect to /callback.
    await page.route(`${cognitoUrl}/login**`, async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      const response = await route.fetch({ maxRedirects: 0 });
      const location = new URL(response.headers()['location'] ?? '', cognitoUrl);
      location.searchParams.set('state', 'forged-state');
      return route.fulfill({ status: 302, headers: { location: location.toString() } });
    });
    await page.getByRole('button', { name: 'Continue with hosted sign-in' }).click();
    await page.waitForURL(`${cognitoUrl}/login**`);
    await fillSignIn(page, user);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('button', { name: 'Try again' }).waitFor();
    expect(await page.getByRole('alert').innerText()).toMatch(
      /state|start again|expired|didn.t start/i,
    );
    expect(await storedSessions(page)).toEqual([]);
    expect(await signedInIndicator(page).count()).toBe(0);
    await checkpoint('callback-bad-state');
  });

  it('shows an IdP error with a working Try again', async () => {
    const { page, checkpoint } = await browser.open();
    const user = await createUser(stack, { label: 'idp-error' });
    await page.goto(`${appUrl}/sign-in?returnTo=%2Faccount`);
    // The IdP answers with an error instead of a code.
    await page.route(
      `${cognitoUrl}/oauth2/authorize?*`,
      async (route) => {
        const url = new URL(route.request().url());
        const back = new URL(url.searchParams.get('redirect_uri')!);
        back.searchParams.set('error', 'access_denied');
        back.searchParams.set('error_description', 'The user cancelled');
        back.searchParams.set('state', url.searchParams.get('state')!);
        return route.fulfill({ status: 302, headers: { location: back.toString() } });
      },
      { times: 1 },
    );
    await page.getByRole('button', { name: 'Continue with hosted sign-in' }).click();
    await page.getByRole('button', { name: 'Try again' }).waitFor();
    expect(await page.getByRole('alert').innerText()).toMatch(/cancel|denied/i);
    await checkpoint('callback-idp-error');

    await page.getByRole('button', { name: 'Try again' }).click();
    await page.waitForURL(`${cognitoUrl}/login**`);
    await fillSignIn(page, user);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL(`${appUrl}/account`);
    await signedInIndicator(page).waitFor();
  });

  it('signs out through /logout and lands on the signed-out page', async () => {
    const { page, checkpoint } = await browser.open();
    const user = await createUser(stack, { label: 'hosted-out' });
    await page.goto(`${appUrl}/sign-in`);
    await hostedSignIn(page, user);
    const visited: string[] = [];
    page.on('request', (request) => visited.push(new URL(request.url()).pathname));
    await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
    await page.getByText(/you.re signed out/i).waitFor();
    expect(visited).toContain('/logout');
    expect(await storedSessions(page)).toEqual([]);
    await checkpoint('signed-out');
  });

  it('explains a wrong password on the hosted page, then takes an invited user through a new password', async () => {
    const { page, checkpoint } = await browser.open();
    const invited = await createUser(stack, { label: 'hosted-invited', temporary: true });
    await page.goto(`${appUrl}/sign-in`);
    await page.getByRole('button', { name: 'Continue with hosted sign-in' }).click();
    await page.waitForURL(`${cognitoUrl}/login**`);

    await fillSignIn(page, { email: invited.email, password: 'Wrong-passw0rd!' });
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /incorrect/i })
      .waitFor();
    expect(await page.getByLabel('Email', { exact: true }).inputValue()).toBe(invited.email);
    await checkpoint('hosted-login-wrong-password');

    await page.getByLabel('Password', { exact: true }).fill(invited.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByLabel('New password', { exact: true }).waitFor();
    await checkpoint('hosted-login-new-password');
    await page.getByLabel('New password', { exact: true }).fill('N3w-Passw0rd!');
    await page.getByLabel('Name', { exact: true }).fill('Invited Person');
    await page.getByRole('button', { name: 'Change password' }).click();
    await signedInIndicator(page).waitFor();
    expect(await signedInIndicator(page).innerText()).toContain('Invited Person');
  });
});
