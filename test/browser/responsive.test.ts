/**
 * Every screen at 320 px in dark mode and on a desktop in light mode: axe-clean, nothing wider than
 * the viewport, and a screenshot of each for a person to look at (test-results/screenshots/).
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { signInThroughForm } from '../../bench/flows';
import { RAW_MESSAGE_KEY } from '../support/english';
import { createUser } from '../support/users';
import { setupChromium } from './support/session';

const stack = inject('stack');
const { appUrl, cognitoUrl } = stack;
const browser = setupChromium();

const LAYOUTS = [
  { label: 'phone-dark', viewport: { width: 320, height: 640 }, colorScheme: 'dark' as const },
  { label: 'desktop-light', viewport: { width: 1280, height: 800 }, colorScheme: 'light' as const },
];

const SIGNED_OUT_SCREENS: Array<[path: string, heading: RegExp]> = [
  ['/', /welcome/i],
  ['/sign-in', /^sign in$/i],
  ['/sign-up', /create an account/i],
  ['/forgot-password', /reset your password/i],
  ['/signed-out', /signed out/i],
  ['/no-such-page', /page not found/i],
];

const SIGNED_IN_SCREENS: Array<[path: string, heading: RegExp]> = [
  ['/', /^hello, /i],
  ['/account', /your account/i],
  ['/protected', /protected page/i],
  ['/admin', /don.t have access/i],
  ['/sign-in', /you.re signed in/i],
];

/** Nothing wider than the viewport, and no raw message key where words should be. */
async function expectFits(page: Page, width: number, where: string): Promise<void> {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, `${where} is wider than the ${width}px viewport`).toBeLessThanOrEqual(width);
  const text = await page.evaluate(() => document.body.innerText);
  expect(text, `raw message key on ${where}`).not.toMatch(RAW_MESSAGE_KEY);
}

describe.each(LAYOUTS)('every screen, $label', ({ label, viewport, colorScheme }) => {
  it('looks right signed out', async () => {
    const { page, checkpoint } = await browser.open({ viewport, colorScheme });
    for (const [path, heading] of SIGNED_OUT_SCREENS) {
      await page.goto(`${appUrl}${path}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await expectFits(page, viewport.width, path);
      await checkpoint(`${label}${path === '/' ? '-home' : path.replace(/\//g, '-')}`);
    }
  });

  // The form states a person meets on the way (issue 16 part 4): a guard's "Sign in to continue",
  // a failed sign-up with its flagged checklist, and the confirmation step.
  it('looks right mid-journey', async () => {
    const { page, checkpoint } = await browser.open({ viewport, colorScheme });
    await page.goto(`${appUrl}/account`);
    await page.getByText('Sign in to continue.').waitFor();
    await expectFits(page, viewport.width, 'guarded sign-in');
    await checkpoint(`${label}-sign-in-to-continue`);

    await page.goto(`${appUrl}/sign-up`);
    await page.getByLabel('Password', { exact: true }).fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.locator('.checklist li[data-flagged]').first().waitFor();
    await expectFits(page, viewport.width, 'failed sign-up');
    await checkpoint(`${label}-sign-up-failed`);

    await page.getByLabel('Name').fill('Layout Person');
    await page
      .getByLabel('Email')
      .fill(`layout-${label}-${Math.random().toString(36).slice(2, 8)}@example.com`);
    await page.getByLabel('Password', { exact: true }).fill('Corr3ct-Horse!');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Confirm your email' }).waitFor();
    await expectFits(page, viewport.width, 'confirm sign-up');
    await checkpoint(`${label}-confirm-sign-up`);
  });

  it('looks right signed in', async () => {
    const { page, checkpoint } = await browser.open({ viewport, colorScheme });
    const user = await createUser(stack, { label: `layout-${label}` });
    await signInThroughForm(page, appUrl, user);
    for (const [path, heading] of SIGNED_IN_SCREENS) {
      await page.goto(`${appUrl}${path}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.waitForLoadState('networkidle');
      await expectFits(page, viewport.width, path);
      await checkpoint(`${label}-signed-in${path === '/' ? '-home' : path.replace(/\//g, '-')}`);
    }
  });

  // The dev inbox is the local stack's page, but a developer reads it on the same screens (issue 16).
  it('shows the dev inbox with a message in it', async () => {
    const { page, checkpoint } = await browser.open({ viewport, colorScheme });
    const user = await createUser(stack, { label: `inbox-${label}` });
    await page.goto(`${appUrl}/forgot-password`);
    await page.getByLabel('Email').fill(user.email);
    await page.getByRole('button', { name: /send/i }).click();
    await page.getByRole('heading', { level: 1, name: /new password/i }).waitFor();
    await page.goto(`${cognitoUrl}/_local/inbox`);
    await page.getByText(user.email).first().waitFor();
    await expectFits(page, viewport.width, 'dev inbox');
    await checkpoint(`${label}-dev-inbox`);
  });
});
