/**
 * The user journeys end to end in Chromium against the local stack, reading codes from the dev inbox.
 * Every screen a journey shows is scanned by axe and screenshotted at its checkpoint.
 */
import { generateSync } from 'otplib';
import { describe, expect, inject, it } from 'vitest';
import { fillSignIn, signedInIndicator, signInThroughForm } from '../../bench/flows';
import { createUser, readCode, TEST_PASSWORD, uniqueEmail } from '../support/users';
import { setupChromium } from './support/session';

const stack = inject('stack');
const { appUrl, cognitoUrl } = stack;
const browser = setupChromium();

const NEW_PASSWORD = 'N3w-Passw0rd!';

function totp(secret: string): string {
  return generateSync({ secret, algorithm: 'sha1', digits: 6, period: 30 });
}

describe('journeys in Chromium', () => {
  it('sign-up → confirm → automatic sign-in → /protected → reload still signed in → sign out', async () => {
    const { page, checkpoint } = await browser.open();
    const email = uniqueEmail('journey');
    await page.goto(`${appUrl}/sign-up`);
    await page.getByRole('heading', { name: /create.*account|sign up/i }).waitFor();
    await checkpoint('sign-up');

    await page.getByLabel('Email', { exact: true }).fill(email);
    await page.getByLabel('Name', { exact: true }).fill('Ada Lovelace');
    await page.getByLabel('Password', { exact: true }).fill('weak');
    await checkpoint('sign-up-checklist-partial');
    await page.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
    const sentAfter = Date.now() - 1000;
    await page.getByRole('button', { name: /create account|sign up/i }).click();

    await page.waitForURL(`${appUrl}/confirm-sign-up**`);
    await page.getByLabel('Confirmation code').waitFor();
    expect(await page.getByRole('main').innerText()).toMatch(/sent/i);
    expect(await page.getByRole('link', { name: /dev inbox/i }).getAttribute('href')).toBe(
      `${cognitoUrl}/_local/inbox`,
    );
    await checkpoint('confirm-sign-up');
    await page.getByLabel('Confirmation code').fill(await readCode(cognitoUrl, email, sentAfter));
    await page.getByRole('button', { name: /confirm/i }).click();

    await signedInIndicator(page).waitFor();
    await page.waitForURL((url) => url.pathname !== '/confirm-sign-up');
    await checkpoint('signed-in-after-confirm');
    await page.goto(`${appUrl}/protected`);
    // Issue 15: greeted by name (the access token's `name` claim), not by the username's UUID.
    await page.getByText('Hello Ada Lovelace!').first().waitFor();
    await checkpoint('protected');

    await page.reload();
    await signedInIndicator(page).waitFor();
    await page.getByText('Hello Ada Lovelace!').first().waitFor();

    await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).waitFor();
    await checkpoint('after-sign-out');
    await page.goto(`${appUrl}/protected`);
    await page.waitForURL(`${appUrl}/sign-in?returnTo=%2Fprotected`);
  });

  it("the admin's first sign-in forces a new password with Name, then /admin works", async () => {
    const { page, checkpoint } = await browser.open();
    const temporary = stack.tempPasswords['admin@example.com'];
    expect(
      temporary,
      'provisioning printed a temporary password for admin@example.com',
    ).toBeTruthy();
    await page.goto(`${appUrl}/sign-in`);
    await checkpoint('sign-in');
    await fillSignIn(page, { email: 'admin@example.com', password: temporary! });
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();

    await page.waitForURL(`${appUrl}/new-password**`);
    await page.getByLabel('New password', { exact: true }).waitFor();
    await checkpoint('new-password');
    await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Name', { exact: true }).fill('Admin Person');
    await page.getByRole('button', { name: /set password|save|continue/i }).click();
    await signedInIndicator(page).waitFor();

    await page.getByRole('banner').getByRole('link', { name: 'Admin' }).click();
    await page.waitForURL(`${appUrl}/admin`);
    await page.getByText(/admin/i).first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByRole('main').innerText()).not.toMatch(/don.t have access|forbidden/i);
    await checkpoint('admin');
  });

  it('a plain user gets a 403 page on /admin, without a sign-in loop', async () => {
    const { page, checkpoint } = await browser.open();
    const user = await createUser(stack, { label: 'plain', groups: ['user'] });
    await signInThroughForm(page, appUrl, user);
    await page.goto(`${appUrl}/admin`);
    await page.getByText(/don.t have access/i).waitFor();
    await page.waitForLoadState('networkidle');
    expect(page.url()).toBe(`${appUrl}/admin`);
    await expect(signedInIndicator(page).isVisible()).resolves.toBe(true);
    await checkpoint('admin-forbidden');
  });

  it('forgot password → reset → sign in with the new password', async () => {
    const { page, checkpoint } = await browser.open();
    const user = await createUser(stack, { label: 'forgot' });
    await page.goto(`${appUrl}/sign-in`);
    await page.getByRole('link', { name: /forgot/i }).click();
    await page.waitForURL(`${appUrl}/forgot-password**`);
    await checkpoint('forgot-password');
    await page.getByLabel('Email', { exact: true }).fill(user.email);
    const sentAfter = Date.now() - 1000;
    await page.getByRole('button', { name: /send code/i }).click();
    await page.getByLabel('Code', { exact: true }).waitFor();
    await checkpoint('forgot-password-code');
    await page
      .getByLabel('Code', { exact: true })
      .fill(await readCode(cognitoUrl, user.email, sentAfter));
    await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: /reset|set|change/i }).click();

    await page.waitForURL(`${appUrl}/sign-in**`);
    await page.getByText(/password.*(changed|reset)/i).waitFor();
    await checkpoint('sign-in-after-reset');
    await fillSignIn(page, { email: user.email, password: NEW_PASSWORD });
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await signedInIndicator(page).waitFor();
  });

  it('TOTP turned on from the account page → sign out → sign in with a TOTP code', async () => {
    const { page, checkpoint } = await browser.open();
    const user = await createUser(stack, { label: 'totp' });
    await signInThroughForm(page, appUrl, user);
    await page.goto(`${appUrl}/account`);
    await page.getByRole('heading', { name: /account/i, level: 1 }).waitFor();
    await checkpoint('account');

    await page
      .getByRole('button', { name: /set up|turn on|enable/i })
      .filter({ hasText: /authenticator|TOTP|two-factor|app/i })
      .first()
      .click();
    // The key shown under "Can't scan it?", as a person would type it into their app.
    const secret = (await page.locator('code.secret').innerText()).replace(/\s+/g, '');
    await page.getByRole('img', { name: /QR code/i }).waitFor();
    await checkpoint('totp-setup');
    await page.getByLabel(/code/i).last().fill(totp(secret));
    await page.getByRole('button', { name: /verify/i }).click();
    await page.getByText(/The authenticator app is turned on\./).waitFor();

    await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).waitFor();
    await checkpoint('signed-out-after-totp');
    await page.goto(`${appUrl}/sign-in`);
    await fillSignIn(page, user);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL(`${appUrl}/mfa**`);
    await checkpoint('mfa');
    // A fresh period so the code differs from the one used for verification (Cognito refuses reuse).
    const waitMs = 30_000 - (Date.now() % 30_000) + 200;
    await page.waitForTimeout(waitMs);
    await page.getByLabel('Code', { exact: true }).fill(totp(secret));
    await page.getByRole('button', { name: /verify|continue|sign in/i }).click();
    await signedInIndicator(page).waitFor();
  });

  it('explains a wrong password, a code mismatch, resend, and sends an unconfirmed user to confirmation', async () => {
    const { page, checkpoint } = await browser.open();
    const user = await createUser(stack, { label: 'wrong' });
    await page.goto(`${appUrl}/sign-in`);
    await fillSignIn(page, { email: user.email, password: 'Wrong-passw0rd!' });
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    const alert = page.getByRole('alert').filter({ hasText: /incorrect/i });
    await alert.waitFor();
    const wrongPassword = await alert.innerText();
    await checkpoint('sign-in-wrong-password');
    expect(await page.getByLabel('Email', { exact: true }).inputValue()).toBe(user.email);

    await fillSignIn(page, { email: uniqueEmail('nobody'), password: 'Wrong-passw0rd!' });
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForLoadState('networkidle');
    await alert.waitFor();
    expect(await alert.innerText(), 'an unknown user gets the same words as a wrong password').toBe(
      wrongPassword,
    );

    // An unconfirmed user: sign up in the app, then come back later to sign in.
    const email = uniqueEmail('unconfirmed');
    await page.goto(`${appUrl}/sign-up`);
    await page.getByLabel('Email', { exact: true }).fill(email);
    await page.getByLabel('Name', { exact: true }).fill('Una Confirmed');
    await page.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: /create account|sign up/i }).click();
    await page.waitForURL(`${appUrl}/confirm-sign-up**`);

    await page.goto(`${appUrl}/sign-in`);
    await fillSignIn(page, { email, password: TEST_PASSWORD });
    const resentAfter = Date.now() - 1000;
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL(`${appUrl}/confirm-sign-up**`);
    const freshCode = await readCode(cognitoUrl, email, resentAfter);

    await page.getByLabel('Confirmation code').fill(freshCode === '000000' ? '111111' : '000000');
    await page.getByRole('button', { name: /confirm/i }).click();
    await page
      .getByText(/code.*(isn.t right|incorrect|doesn.t match|wrong)/i)
      .first()
      .waitFor();
    await checkpoint('confirm-code-mismatch');
    expect(await page.getByLabel('Confirmation code').inputValue()).not.toBe('');

    const resendAfter = Date.now();
    await page.getByRole('button', { name: /resend code/i }).click();
    await page
      .getByText(/resend code in \d+/i)
      .first()
      .waitFor();
    const resent = await readCode(cognitoUrl, email, resendAfter);
    await page.getByLabel('Confirmation code').fill(resent);
    await page.getByRole('button', { name: /confirm/i }).click();
    await signedInIndicator(page).waitFor();
  });

  it('honours returnTo and refuses //evil.example', async () => {
    const { page, checkpoint } = await browser.open();
    const user = await createUser(stack, { label: 'return' });
    await page.goto(`${appUrl}/account`);
    await page.waitForURL(`${appUrl}/sign-in?returnTo=%2Faccount`);
    await fillSignIn(page, user);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL(`${appUrl}/account`);
    await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).waitFor();

    await page.goto(`${appUrl}/sign-in?returnTo=${encodeURIComponent('//evil.example/steal')}`);
    await fillSignIn(page, user);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await signedInIndicator(page).waitFor();
    expect(new URL(page.url()).origin).toBe(appUrl);
    expect(page.url()).not.toContain('evil.example');
    await checkpoint('signed-in-after-refused-return-to');
  });

  it('signing out in one tab signs out a second tab', async () => {
    const { page, context, checkpoint } = await browser.open();
    const user = await createUser(stack, { label: 'tabs' });
    await signInThroughForm(page, appUrl, user);
    // A tab opened from the app shares its sessionStorage copy, as "open in new tab" does.
    const [second] = await Promise.all([
      context.waitForEvent('page'),
      page.evaluate((url) => window.open(url, '_blank'), `${appUrl}/account`),
    ]);
    await signedInIndicator(second!).waitFor();

    await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
    await second!
      .getByRole('banner')
      .getByRole('link', { name: 'Sign in' })
      .waitFor({ timeout: 5_000 });
    expect(await signedInIndicator(second!).count()).toBe(0);
    await checkpoint('first-tab-signed-out');
  });

  it('signs in with the keyboard alone', async () => {
    const { page } = await browser.open();
    const user = await createUser(stack, { label: 'keyboard' });
    await page.goto(`${appUrl}/sign-in`);
    await page.getByLabel('Email', { exact: true }).waitFor();
    // Tab from the top of the page until the Email field has focus, as a keyboard user would.
    for (let i = 0; i < 30; i += 1) {
      await page.keyboard.press('Tab');
      if (
        await page
          .getByLabel('Email', { exact: true })
          .evaluate((el) => el === document.activeElement)
      )
        break;
    }
    await page.keyboard.type(user.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(user.password);
    await page.keyboard.press('Enter');
    await signedInIndicator(page).waitFor();
  });
});
