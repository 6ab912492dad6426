/**
 * Passwordless sign-in in real Chromium against the local stack: passkeys through Chromium's virtual
 * authenticator (registered from the account page, used to sign in, removed, then refused), a code
 * by email read from the dev inbox, and a cancelled passkey prompt that falls back to another method
 * with nothing typed lost. Every new screen is axe-checked at its checkpoint.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { signedInIndicator, signInThroughForm } from '../../bench/flows';
import { createUser, readCode, type TestUser } from '../support/users';
import { setupChromium } from './support/session';
import { addVirtualAuthenticator } from './support/virtual-authenticator';

const stack = inject('stack');
const { appUrl, cognitoUrl } = stack;
const browser = setupChromium();

async function signOut(page: Page): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).waitFor();
}

async function passkeyFromAccountPage(page: Page, checkpoint: (n: string) => Promise<void>) {
  await page.goto(`${appUrl}/account`);
  const section = page.getByRole('region', { name: 'Passkeys' });
  await section.getByText('You have no passkeys yet.').waitFor();
  await checkpoint('account-passkeys-empty');
  await section.getByRole('button', { name: 'Add a passkey' }).click();
  // Issue 16: a section reports in one status line under its heading (Security holds passkeys).
  await page.getByRole('region', { name: 'Security' }).getByText('Passkey added.').waitFor();
  await section.getByRole('button', { name: /^Remove / }).waitFor();
  await checkpoint('account-passkeys-one');
}

async function startPasskeySignIn(page: Page, user: TestUser): Promise<void> {
  await page.goto(`${appUrl}/sign-in`);
  await page.getByLabel('Email', { exact: true }).fill(user.email);
  await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
}

describe('passkeys and email codes in Chromium', () => {
  it('add a passkey on the account page → sign out → sign in with it → remove it → it no longer works', async () => {
    const { page, context, checkpoint } = await browser.open();
    const authenticator = await addVirtualAuthenticator(context, page);
    const user = await createUser(stack, { label: 'passkey' });

    await signInThroughForm(page, appUrl, user);
    // A password sign-in offers a passkey once.
    await page.getByRole('complementary', { name: 'Sign in faster next time' }).waitFor();
    await checkpoint('passkey-offer');
    await passkeyFromAccountPage(page, checkpoint);
    expect(await authenticator.credentialCount()).toBe(1);
    // Adding one answers the offer: it is gone on this device.
    await expect(
      page.getByRole('complementary', { name: 'Sign in faster next time' }).count(),
    ).resolves.toBe(0);

    await signOut(page);
    await checkpoint('signed-out');
    await startPasskeySignIn(page, user);
    await signedInIndicator(page).waitFor();
    await page.goto(`${appUrl}/account`);
    // Issue 16: how this session began is under Sessions.
    const facts = page.getByRole('region', { name: 'Sessions' });
    await facts.getByText('Passkey', { exact: true }).waitFor();
    await checkpoint('account-after-passkey-sign-in');

    const section = page.getByRole('region', { name: 'Passkeys' });
    await section.getByRole('button', { name: /^Remove / }).click();
    await checkpoint('account-passkeys-confirm-remove');
    await section.getByRole('button', { name: 'Remove', exact: true }).click();
    await page
      .getByRole('region', { name: 'Security' })
      .getByText(/can no longer be used to sign in/)
      .waitFor();
    await section.getByText('You have no passkeys yet.').waitFor();
    await checkpoint('account-passkeys-removed');

    await signOut(page);
    // The authenticator still holds the key; the pool no longer accepts it.
    expect(await authenticator.credentialCount()).toBe(1);
    await startPasskeySignIn(page, user);
    await page
      .getByRole('alert')
      .getByText(/no passkey for this account/i)
      .waitFor();
    await expect(signedInIndicator(page).count()).resolves.toBe(0);
    await checkpoint('sign-in-no-passkey');
  });

  it('signs in with a code by email from the dev inbox, after a wrong code', async () => {
    const { page, checkpoint } = await browser.open();
    const user = await createUser(stack, { label: 'email-code' });
    await page.goto(`${appUrl}/sign-in`);
    await page.getByLabel('Email', { exact: true }).fill(user.email);
    await checkpoint('sign-in-with-options');
    const sentAfter = Date.now() - 1000;
    await page.getByRole('button', { name: 'Email me a code' }).click();
    await page.getByRole('heading', { name: 'Enter your sign-in code' }).waitFor();
    await checkpoint('sign-in-email-code');

    const code = await readCode(cognitoUrl, user.email, sentAfter, 'signIn');
    expect(code).toMatch(/^\d{8}$/);
    const wrong = code === '00000000' ? '11111111' : '00000000';
    await page.getByLabel('Code', { exact: true }).fill(wrong);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByText("That code isn't right. Check it and try again.").waitFor();
    await checkpoint('sign-in-email-code-wrong');

    await page.getByLabel('Code', { exact: true }).fill(code);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await signedInIndicator(page).waitFor();
    // No passkey offer after a passwordless sign-in.
    await expect(
      page.getByRole('complementary', { name: 'Sign in faster next time' }).count(),
    ).resolves.toBe(0);
  });

  it('a cancelled passkey prompt explains itself and the password still works, email kept', async () => {
    const { page, context, checkpoint } = await browser.open();
    const authenticator = await addVirtualAuthenticator(context, page);
    const user = await createUser(stack, { label: 'passkey-cancel' });
    await signInThroughForm(page, appUrl, user);
    await page.getByRole('button', { name: 'Not now' }).click();
    await passkeyFromAccountPage(page, checkpoint);
    await signOut(page);

    await authenticator.setUserVerified(false);
    await startPasskeySignIn(page, user);
    await page
      .getByRole('alert')
      .getByText(/closed or timed out/)
      .waitFor();
    await checkpoint('sign-in-passkey-cancelled');
    await expect(page.getByLabel('Email', { exact: true }).inputValue()).resolves.toBe(user.email);

    await page.getByLabel('Password', { exact: true }).fill(user.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await signedInIndicator(page).waitFor();
    // Dismissed once on this device: not offered again.
    await expect(
      page.getByRole('complementary', { name: 'Sign in faster next time' }).count(),
    ).resolves.toBe(0);
  });
});
