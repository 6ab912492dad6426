/**
 * The identity pool end to end in Chromium: a signed-out visitor gets guest credentials and a signed
 * call to /iam/whoami says "guest"; after sign-in it says "signed in", with the same identity on every
 * call (cached credentials, then fresh ones after a reload); after sign-out the credentials are gone.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openDeveloperDetails, signedInIndicator, signInThroughForm } from '../../bench/flows';
import { createUser } from '../support/users';
import { setupChromium } from './support/session';

const stack = inject('stack');
const { appUrl } = stack;
// Sign-in, the page it lands on and the sign-out page are only passed through here; journeys.test.ts
// scans them. This journey scans the home page's credentials panel in its three states.
const browser = setupChromium({ transient: ['/sign-in', '/protected', '/signed-out'] });

// Issue 16: the panel lives under the home page's closed "Developer details".
const PANEL = 'AWS credentials';

/** Clicks the panel's button and returns what /iam/whoami said and the identity id shown. */
async function callWhoami(page: Page): Promise<{ whoami: string; identityId: string }> {
  const panel = page.getByRole('region', { name: PANEL });
  await panel.getByRole('button', { name: 'Call /iam/whoami with AWS credentials' }).click();
  const whoami = panel.getByTestId('whoami');
  await whoami.waitFor();
  const result = {
    whoami: await whoami.innerText(),
    identityId: await panel.getByTestId('identity-id').innerText(),
  };
  // The next call must show its own answer, not this one: wait for the button to be ready again.
  await panel.getByRole('button', { name: 'Call /iam/whoami with AWS credentials' }).isEnabled();
  return result;
}

describe('identity pool credentials in Chromium', () => {
  it('guest → whoami says guest → sign in → same signed-in identity on every call → sign out → gone', async () => {
    const user = await createUser(stack, { label: 'identity' });
    const { page, checkpoint } = await browser.open();
    const credentialCalls: string[] = [];
    const secrets: string[] = [];
    page.on('request', (request) => {
      const target = request.headers()['x-amz-target'];
      if (target?.startsWith('AWSCognitoIdentityService.')) credentialCalls.push(target);
    });
    page.on('response', async (response) => {
      if (
        response.request().headers()['x-amz-target'] !==
        'AWSCognitoIdentityService.GetCredentialsForIdentity'
      )
        return;
      const body = (await response.json().catch(() => ({}))) as {
        Credentials?: { SecretKey?: string };
      };
      if (body.Credentials?.SecretKey) secrets.push(body.Credentials.SecretKey);
    });

    await page.goto(`${appUrl}/`);
    await openDeveloperDetails(page);
    const panel = page.getByRole('region', { name: PANEL });
    await panel.getByText('No AWS credentials fetched.').waitFor();
    const guest = await callWhoami(page);
    expect(guest.whoami).toBe(`guest as ${guest.identityId}`);
    expect(guest.identityId).toMatch(/^us-east-1:[0-9a-f-]{36}$/);
    await checkpoint('identity-guest');

    await signInThroughForm(page, appUrl, user);
    await page.goto(`${appUrl}/`);
    await signedInIndicator(page).waitFor();
    await openDeveloperDetails(page);
    credentialCalls.length = 0;
    const first = await callWhoami(page);
    expect(first.whoami).toBe(`signed in as ${first.identityId}`);
    expect(first.identityId).not.toBe(guest.identityId);
    await checkpoint('identity-signed-in');
    // Cached: the second call signs with the same credentials, without asking the identity pool.
    const second = await callWhoami(page);
    expect(second).toEqual(first);
    expect(credentialCalls).toEqual([
      'AWSCognitoIdentityService.GetId',
      'AWSCognitoIdentityService.GetCredentialsForIdentity',
    ]);
    // A reload starts without credentials; the fresh ones belong to the same identity.
    await page.reload();
    await signedInIndicator(page).waitFor();
    await openDeveloperDetails(page);
    expect((await callWhoami(page)).identityId).toBe(first.identityId);

    // The secret key never reaches the page's text or its storage.
    expect(secrets.length).toBeGreaterThan(0);
    const visible = await page.content();
    const stored = await page.evaluate(() =>
      JSON.stringify({ ...window.sessionStorage, ...window.localStorage }),
    );
    for (const secret of secrets) {
      expect(visible).not.toContain(secret);
      expect(stored).not.toContain(secret);
    }

    await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).waitFor();
    await page.goto(`${appUrl}/`);
    await openDeveloperDetails(page);
    await panel.getByText('No AWS credentials fetched.').waitFor();
    await checkpoint('identity-signed-out');
    const after = await callWhoami(page);
    expect(after.whoami).toBe(`guest as ${after.identityId}`);
    expect(after.identityId).not.toBe(first.identityId);
  });
});
