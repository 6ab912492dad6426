/**
 * Every screen at 320 px in dark mode and on a desktop in light mode: axe-clean, nothing wider than
 * the viewport, and a screenshot of each for a person to look at (test-results/screenshots/).
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { signInThroughForm } from '../../bench/flows';
import { createUser } from '../support/users';
import { setupChromium } from './support/session';

const stack = inject('stack');
const { appUrl } = stack;
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

async function expectFits(page: Page, width: number, where: string): Promise<void> {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, `${where} is wider than the ${width}px viewport`).toBeLessThanOrEqual(width);
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
});
