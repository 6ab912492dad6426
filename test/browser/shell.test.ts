import { describe, expect, inject, it } from 'vitest';
import { setupChromium } from './support/session';

const { appUrl } = inject('stack');
const browser = setupChromium();

describe('app shell in Chromium', () => {
  it('renders the home page with header and navigation, axe-clean, on a desktop in light mode', async () => {
    const { page, checkpoint } = await browser.open({
      viewport: { width: 1280, height: 800 },
      colorScheme: 'light',
    });
    await page.goto(appUrl);
    await page.getByRole('heading', { name: 'Welcome' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(true);
    expect(await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).isVisible()).toBe(
      true,
    );
    await checkpoint('shell-home-desktop-light');
  });

  it('fits 320 px in dark mode without sideways scrolling', async () => {
    const { page, checkpoint } = await browser.open({
      viewport: { width: 320, height: 640 },
      colorScheme: 'dark',
    });
    await page.goto(appUrl);
    await page.getByRole('heading', { name: 'Welcome' }).waitFor();
    const { scrollWidth, background } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      background: getComputedStyle(document.documentElement).backgroundColor,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(320);
    expect(background).toBe('rgb(15, 17, 21)');
    await checkpoint('shell-home-320-dark');
  });

  it('shows a not-found page for an unknown path', async () => {
    const { page, checkpoint } = await browser.open();
    await page.goto(`${appUrl}/no/such/page`);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    expect(await page.getByText('/no/such/page').isVisible()).toBe(true);
    await checkpoint('shell-not-found');
  });

  it('shows the config error page, naming each variable, when the build is misconfigured', async () => {
    const { page, checkpoint } = await browser.open();
    await page.goto(inject('misconfiguredAppUrl'));
    await page.getByRole('heading', { name: 'The app is not configured' }).waitFor();
    const text = await page.getByRole('main').innerText();
    expect(text).toContain('VITE_COGNITO_REGION is not an AWS region: "moon-1".');
    expect(text).toContain('VITE_COGNITO_USER_POOL_ID is missing.');
    expect(text).toContain('VITE_COGNITO_CLIENT_ID is missing.');
    expect(await page.getByRole('alert').innerText()).toContain('3 settings need fixing');
    // A production build reads .env.production.local, not the file npm run dev writes.
    expect(text).toContain('Set it in .env.production.local and build again.');
    expect(text).toContain('This build reads .env.production.local');
    expect(text).not.toContain('.env.development.local');
    await checkpoint('config-error');
  });
});
