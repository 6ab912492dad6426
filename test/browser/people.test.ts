/**
 * Issue 16 in Chromium: people see names, never internal IDs, outside "Developer details"; Home
 * knows who is signed in and welcomes a new member by name; and every sign-out (header, account
 * page, sign out everywhere, hosted UI) ends on /signed-out with its message, every time.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { fillSignIn, signedInIndicator, signInThroughForm } from '../../bench/flows';
import { createUser, readCode, TEST_PASSWORD, uniqueEmail, type TestUser } from '../support/users';
import { setupChromium } from './support/session';

const stack = inject('stack');
const { appUrl, cognitoUrl } = stack;
// The hosted round trip passes through these without showing anything of its own.
// The journey's own screens (sign-in, sign-up, confirm, the hosted login) are scanned in
// journeys.test.ts and hosted-ui.test.ts; here they are only passed through.
const browser = setupChromium({
  transient: [
    '/callback',
    '/oauth2/authorize',
    '/logout',
    '/login',
    '/sign-in',
    '/sign-up',
    '/confirm-sign-up',
  ],
});

/** The internal identifiers of the signed-in user, read from the stored ID token. */
async function internalIds(page: Page): Promise<string[]> {
  const ids = await page.evaluate(() => {
    const key = Object.keys(sessionStorage).find((k) => k.endsWith('.session'));
    const session = JSON.parse(sessionStorage.getItem(key ?? '') ?? 'null') as {
      tokens: { idToken: string };
    } | null;
    if (session === null) return [];
    const payload = session.tokens.idToken.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/');
    const claims = JSON.parse(atob(payload)) as Record<string, unknown>;
    return [claims.sub, claims['cognito:username']].filter((v) => typeof v === 'string');
  });
  expect(ids.length, 'the ID token names the user').toBeGreaterThan(0);
  return ids as string[];
}

/** What a person reads on the page, "Developer details" left out (as if it did not exist). */
async function textOutsideDeveloperDetails(page: Page): Promise<string> {
  return page.evaluate(() => {
    const details = [...document.querySelectorAll<HTMLElement>('details.developer-details')];
    const before = details.map((d) => d.style.display);
    details.forEach((d) => (d.style.display = 'none'));
    const text = document.body.innerText;
    details.forEach((d, i) => (d.style.display = before[i]!));
    return text;
  });
}

async function expectNoIdsOutsideDetails(page: Page, ids: string[], where: string): Promise<void> {
  const text = await textOutsideDeveloperDetails(page);
  for (const id of ids) expect(text, `${where} shows the internal ID ${id}`).not.toContain(id);
}

async function expectSignedOutPage(page: Page, words: RegExp): Promise<void> {
  await page.waitForURL(`${appUrl}/signed-out`);
  await page.getByRole('heading', { level: 1, name: 'You’re signed out' }).waitFor();
  await page.getByText(words).waitFor();
  expect(await signedInIndicator(page).count()).toBe(0);
}

/** Signs out from where a person would: the header's button or the account page's Sessions. */
async function signOutFrom(
  page: Page,
  where: 'header' | 'account',
  button: 'Sign out' | 'Sign out everywhere' = 'Sign out',
): Promise<void> {
  if (where === 'account') await page.goto(`${appUrl}/account`);
  const area =
    where === 'header' ? page.getByRole('banner') : page.getByRole('region', { name: 'Sessions' });
  await area.getByRole('button', { name: button, exact: true }).click();
}

async function hostedSignIn(page: Page, user: TestUser): Promise<void> {
  await page.goto(`${appUrl}/sign-in`);
  await page.getByRole('button', { name: 'Continue with hosted sign-in' }).click();
  await page.waitForURL(`${cognitoUrl}/login**`);
  await fillSignIn(page, user);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await signedInIndicator(page).waitFor();
}

describe('people, not IDs (issue 16)', () => {
  it('sign-up → welcome by name on Home → protected → account: no internal ID outside "Developer details"', async () => {
    const { page, checkpoint } = await browser.open();
    const email = uniqueEmail('welcome');
    await page.goto(`${appUrl}/sign-up`);
    await page.getByLabel('Email', { exact: true }).fill(email);
    await page.getByLabel('Name', { exact: true }).fill('Ada Lovelace');
    await page.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
    const sentAfter = Date.now() - 1000;
    await page.getByRole('button', { name: /create account|sign up/i }).click();
    await page.waitForURL(`${appUrl}/confirm-sign-up**`);
    await page.getByLabel('Confirmation code').fill(await readCode(cognitoUrl, email, sentAfter));
    await page.getByRole('button', { name: /confirm/i }).click();

    await page.waitForURL(`${appUrl}/`);
    await page.getByRole('heading', { level: 1, name: 'Welcome, Ada Lovelace' }).waitFor();
    expect(await signedInIndicator(page).innerText()).toContain('Ada Lovelace');
    const ids = await internalIds(page);
    await expectNoIdsOutsideDetails(page, ids, 'the welcome');
    await checkpoint('home-welcome');

    await page.getByRole('link', { name: 'Open the protected page' }).click();
    await page.getByText('Hello Ada Lovelace!').waitFor();
    await page.getByText(email).first().waitFor();
    await page.waitForLoadState('networkidle');
    await expectNoIdsOutsideDetails(page, ids, '/protected');
    await checkpoint('protected-people');

    await page.goto(`${appUrl}/account`);
    await page.getByRole('region', { name: 'Profile' }).getByText('Ada Lovelace').waitFor();
    await page.getByRole('region', { name: 'Security' }).getByText('Off').waitFor();
    await expectNoIdsOutsideDetails(page, ids, '/account');
    // The IDs are kept for developers: there once "Developer details" is opened.
    await page.locator('details.developer-details > summary').click();
    const details = await page.locator('details.developer-details').innerText();
    expect(details).toContain(ids[0]);
    await checkpoint('account-developer-details-open');
  });

  it('Home signed out offers sign-in; signed in it greets by name and offers what is next', async () => {
    const { page, checkpoint } = await browser.open();
    await page.goto(`${appUrl}/`);
    await page.getByRole('heading', { level: 1, name: 'Welcome' }).waitFor();
    const main = page.getByRole('main');
    await main.getByRole('link', { name: 'Sign in' }).waitFor();
    await main.getByRole('link', { name: 'Create an account' }).waitFor();
    await checkpoint('home-signed-out');

    const user = await createUser(stack, { label: 'home' });
    await signInThroughForm(page, appUrl, user);
    await page.getByRole('banner').getByRole('link', { name: 'Home' }).click();
    await page.getByRole('heading', { level: 1, name: `Hello, ${user.name}` }).waitFor();
    expect(await main.getByRole('link', { name: 'Sign in' }).count()).toBe(0);
    await main.getByRole('link', { name: 'Manage your account' }).waitFor();
    expect(await main.getByRole('link', { name: 'Go to the admin page' }).count()).toBe(0);
    await expectNoIdsOutsideDetails(page, await internalIds(page), 'Home');
    await checkpoint('home-signed-in');
  });
});

describe('one sign-out destination (issue 16)', () => {
  it('header, account "Sign out" and "Sign out everywhere" all end on /signed-out', async () => {
    const { page, checkpoint } = await browser.open();
    const user = await createUser(stack, { label: 'out-everywhere' });

    await signInThroughForm(page, appUrl, user);
    await page.goto(`${appUrl}/protected`);
    await signOutFrom(page, 'header');
    await expectSignedOutPage(page, /session on this browser has ended/);
    await checkpoint('signed-out-from-header');

    await signInThroughForm(page, appUrl, user);
    await signOutFrom(page, 'account');
    await expectSignedOutPage(page, /session on this browser has ended/);

    await signInThroughForm(page, appUrl, user);
    await signOutFrom(page, 'account', 'Sign out everywhere');
    await expectSignedOutPage(page, /signed out on every device/);
    await checkpoint('signed-out-everywhere');
  });

  it('a hosted-UI sign-out ends on /signed-out every time, from the account page and the header', async () => {
    const { page } = await browser.open();
    const user = await createUser(stack, { label: 'hosted-out-again' });
    const logouts: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/logout') logouts.push(request.url());
    });
    const ROUNDS = 12;
    for (let round = 0; round < ROUNDS; round += 1) {
      await hostedSignIn(page, user);
      // Mostly from /account, where the race lived; every third round from the header.
      await signOutFrom(page, round % 3 === 2 ? 'header' : 'account');
      await expectSignedOutPage(page, /session on this browser has ended/);
      expect(logouts, `round ${round + 1} went through the hosted /logout`).toHaveLength(round + 1);
    }
  });
});
