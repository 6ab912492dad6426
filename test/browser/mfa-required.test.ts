/**
 * A pool that requires MFA: a user with no factor yet is walked through TOTP setup inside the app
 * (QR code, the key as text, a code) and lands signed in. The shared pool is switched to MFA "ON" for
 * this test only, and back in `finally`; browser test files run one at a time.
 */
import { SetUserPoolMfaConfigCommand } from '@aws-sdk/client-cognito-identity-provider';
import { generateSync } from 'otplib';
import { expect, inject, it } from 'vitest';
import { fillSignIn, signedInIndicator } from '../../bench/flows';
import { adminClient, createUser } from '../support/users';
import { setupChromium } from './support/session';

const stack = inject('stack');
const browser = setupChromium();

async function setMfa(mode: 'ON' | 'OPTIONAL'): Promise<void> {
  const client = adminClient(stack.cognitoUrl);
  await client.send(
    new SetUserPoolMfaConfigCommand({
      UserPoolId: stack.userPoolId,
      MfaConfiguration: mode,
      SoftwareTokenMfaConfiguration: { Enabled: true },
    }),
  );
  client.destroy();
}

it('walks a user through required TOTP setup at sign-in', async () => {
  const user = await createUser(stack, { label: 'mfa-required' });
  await setMfa('ON');
  try {
    const { page, checkpoint } = await browser.open();
    await page.goto(`${stack.appUrl}/sign-in`);
    await fillSignIn(page, user);
    await checkpoint('sign-in-filled');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();

    await page.getByRole('heading', { name: 'Set up an authenticator app' }).waitFor();
    await page.getByRole('img', { name: /QR code/i }).waitFor();
    await checkpoint('mfa-setup-required');
    const secret = (await page.locator('code.secret').innerText()).replace(/\s+/g, '');
    await page
      .getByLabel('Code', { exact: true })
      .fill(generateSync({ secret, algorithm: 'sha1', digits: 6, period: 30 }));
    await page.getByRole('button', { name: 'Verify and turn on' }).click();
    await signedInIndicator(page).waitFor();
    await page.waitForURL((url) => url.pathname !== '/mfa');
    await checkpoint('signed-in-after-mfa-setup');
    expect(await signedInIndicator(page).innerText()).toContain(user.name);
  } finally {
    await setMfa('OPTIONAL');
  }
});
