/**
 * The round-trip figures: how many requests each step costs, counted in the browser. Shared by
 * `npm run bench` (which reports them) and the browser budget test (which enforces them).
 */
import type { Browser, Page } from 'playwright-core';
import { addVirtualAuthenticator } from '../test/browser/support/virtual-authenticator';
import { createUser, readCode } from '../test/support/users';
import type { RoundTripFigures } from './budgets';
import {
  fillSignIn,
  moveClockIntoRefreshWindow,
  openDeveloperDetails,
  signedInIndicator,
} from './flows';
import { recordRequests } from './requests';

export interface OpenedPage {
  page: Page;
  /** Called on each screen the flow shows; browser tests run axe here. */
  checkpoint(name: string): Promise<void>;
}

export type OpenPage = () => Promise<OpenedPage>;

export interface StackTargets {
  cognitoUrl: string;
  apiUrl: string;
  userPoolId: string;
}

/** Plain pages in fresh contexts, for the benchmark (contexts close with the browser). */
export function plainPages(browser: Browser): OpenPage {
  return async () => {
    const context = await browser.newContext();
    return { page: await context.newPage(), checkpoint: async () => {} };
  };
}

async function clickSignIn(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await signedInIndicator(page).waitFor();
}

export async function measureRoundTrips(
  open: OpenPage,
  stack: StackTargets,
  appUrl: string,
  passwordAppUrl: string,
): Promise<RoundTripFigures> {
  const user = await createUser(stack, { label: 'round-trips' });

  // SRP sign-in, then a reload with a valid session.
  const srp = await open();
  // A controllable clock (it still runs in real time) so the refresh below needs no waiting.
  await srp.page.clock.install();
  const recorder = recordRequests(srp.page, stack);
  await srp.page.goto(`${appUrl}/sign-in`);
  await fillSignIn(srp.page, user);
  await srp.checkpoint('rt-sign-in');
  recorder.reset();
  await clickSignIn(srp.page);
  const srpSignIn = recorder.counts();

  recorder.reset();
  await srp.page.reload();
  await signedInIndicator(srp.page).waitFor();
  await srp.page.waitForLoadState('networkidle');
  const reloadValid = recorder.counts();
  await srp.checkpoint('rt-reloaded');

  // Ten protected-API calls at once with an expired access token: one refresh must serve them all.
  await srp.page.goto(`${appUrl}/protected`);
  await srp.page
    .getByText(/Hello [^!]+!/)
    .first()
    .waitFor();
  await srp.checkpoint('rt-protected');
  await moveClockIntoRefreshWindow(srp.page);
  // The demo sits under "Developer details"; opening it sends nothing.
  await openDeveloperDetails(srp.page);
  recorder.reset();
  await srp.page.getByRole('button', { name: 'Send 10 requests at once' }).click();
  await srp.page.getByText('10 of 10 requests succeeded').waitFor();
  const concurrent = recorder.counts();
  await srp.checkpoint('rt-protected-burst');

  // Sign-out from a password session.
  recorder.reset();
  await srp.page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
  await srp.page.getByRole('banner').getByRole('link', { name: 'Sign in' }).waitFor();
  await srp.page.waitForLoadState('networkidle');
  const signOut = recorder.counts();
  await srp.checkpoint('rt-signed-out');

  // The same sign-in on a build configured for USER_PASSWORD_AUTH.
  const plain = await open();
  const plainRecorder = recordRequests(plain.page, stack);
  await plain.page.goto(`${passwordAppUrl}/sign-in`);
  await fillSignIn(plain.page, user);
  await plain.checkpoint('rt-password-sign-in');
  plainRecorder.reset();
  await clickSignIn(plain.page);
  const passwordSignIn = plainRecorder.counts();
  await plain.checkpoint('rt-password-signed-in');

  // Hosted UI: the authorize redirect, the hosted form, then one token call back in the app.
  const hosted = await open();
  const hostedRecorder = recordRequests(hosted.page, stack);
  await hosted.page.goto(`${appUrl}/sign-in`);
  hostedRecorder.reset();
  await hosted.page.getByRole('button', { name: 'Continue with hosted sign-in' }).click();
  await hosted.page.waitForURL(`${stack.cognitoUrl}/login**`);
  await hosted.checkpoint('rt-hosted-login');
  await fillSignIn(hosted.page, user);
  await clickSignIn(hosted.page);
  await hosted.page.waitForLoadState('networkidle');
  const hostedSignIn = hostedRecorder.counts();
  await hosted.checkpoint('rt-hosted-signed-in');

  const { passkeySignIn, emailCodeSignIn } = await measurePasswordless(open, stack, appUrl);

  return {
    srpSignIn,
    passwordSignIn,
    reloadValid,
    concurrent,
    hostedSignIn,
    signOut,
    passkeySignIn,
    emailCodeSignIn,
  };
}

/**
 * Choice-based sign-in: a passkey (made on the account page with Chromium's virtual authenticator)
 * and a code by email, each counted from the click that starts it to the signed-in page.
 */
async function measurePasswordless(
  open: OpenPage,
  stack: StackTargets,
  appUrl: string,
): Promise<Pick<RoundTripFigures, 'passkeySignIn' | 'emailCodeSignIn'>> {
  const user = await createUser(stack, { label: 'round-trips-passwordless' });
  const opened = await open();
  const { page } = opened;
  await addVirtualAuthenticator(page.context(), page);
  const recorder = recordRequests(page, stack);
  await page.goto(`${appUrl}/sign-in`);
  await fillSignIn(page, user);
  await clickSignIn(page);
  await page.goto(`${appUrl}/account`);
  const passkeys = page.getByRole('region', { name: 'Passkeys' });
  await passkeys.getByRole('button', { name: 'Add a passkey' }).click();
  // The account page reports in each section's status line (Security holds passkeys).
  await page.getByRole('region', { name: 'Security' }).getByText('Passkey added.').waitFor();
  await opened.checkpoint('rt-passkey-added');
  await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).waitFor();

  await page.goto(`${appUrl}/sign-in`);
  await page.getByLabel('Email', { exact: true }).fill(user.email);
  await page.waitForLoadState('networkidle');
  recorder.reset();
  await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
  await signedInIndicator(page).waitFor();
  const passkeySignIn = recorder.counts();
  await opened.checkpoint('rt-passkey-signed-in');
  await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).waitFor();

  await page.goto(`${appUrl}/sign-in`);
  await page.getByLabel('Email', { exact: true }).fill(user.email);
  await page.waitForLoadState('networkidle');
  const sentAfter = Date.now() - 1000;
  recorder.reset();
  await page.getByRole('button', { name: 'Email me a code' }).click();
  await page
    .getByLabel('Code', { exact: true })
    .fill(await readCode(stack.cognitoUrl, user.email, sentAfter, 'signIn'));
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await signedInIndicator(page).waitFor();
  const emailCodeSignIn = recorder.counts();
  await opened.checkpoint('rt-email-code-signed-in');
  return { passkeySignIn, emailCodeSignIn };
}
