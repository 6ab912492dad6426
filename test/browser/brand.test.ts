/**
 * A team's brand, set only through VITE_BRAND_* at build time, reaches the page: the header's name
 * and logo, the tab title (index.html's, then each screen's), the favicon, and the primary colour of
 * buttons, links and the focus ring in both colour schemes, axe-clean, under the production CSP.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp, serveApp, type ServedApp } from '../support/app-build';
import { setupChromium } from './support/session';

const stack = inject('stack');
const browser = setupChromium();

// A purple pair that passes the contrast check: white labels on the light one, dark on the dark one.
// Written as a .env file holds them: an unquoted # would start a comment, so quotes or no #.
const LOGO =
  'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 viewBox=%220 0 8 8%22%3E%3Crect width=%228%22 height=%228%22 fill=%22%237a1fa2%22/%3E%3C/svg%3E';
const BRAND = {
  VITE_BRAND_NAME: 'Acme Login',
  VITE_BRAND_LOGO: LOGO,
  VITE_BRAND_PRIMARY: '"#7a1fa2"',
  VITE_BRAND_PRIMARY_DARK: 'e1a6ff',
};

let app: ServedApp;

beforeAll(async () => {
  const env = { ...stack.env, ...BRAND };
  const outDir = path.resolve('test-results/app-branded');
  await buildApp(env, outDir);
  app = await serveApp(outDir, 0, env);
});

afterAll(async () => {
  await app?.close();
});

async function colours(page: Page) {
  return page.evaluate(() => {
    const button = document.querySelector('form button[type="submit"]')!;
    const link = document.querySelector('main a')!;
    return {
      accent: getComputedStyle(document.documentElement).getPropertyValue('--accent').trim(),
      button: getComputedStyle(button).backgroundColor,
      label: getComputedStyle(button).color,
      link: getComputedStyle(link).color,
    };
  });
}

describe('a branded build', () => {
  it('names the product in the header, the tab and the favicon, in the brand colour (light)', async () => {
    const { page, checkpoint } = await browser.open({
      viewport: { width: 1280, height: 800 },
      colorScheme: 'light',
    });
    await page.goto(`${app.url}/sign-in`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    const home = page.getByRole('banner').getByRole('link', { name: 'Acme Login' });
    expect(await home.locator('img').getAttribute('src')).toBe(LOGO);
    expect(await page.getByText('Cognito React Auth').count()).toBe(0);
    await expect.poll(() => page.title()).toBe('Sign in · Acme Login');
    expect(await page.locator('link[rel="icon"]').getAttribute('href')).toBe(LOGO);
    expect(await colours(page)).toEqual({
      accent: '#7a1fa2',
      button: 'rgb(122, 31, 162)',
      label: 'rgb(255, 255, 255)',
      link: 'rgb(122, 31, 162)',
    });
    // The focus ring is the brand colour too.
    await page.getByRole('textbox', { name: 'Email' }).focus();
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineColor);
    expect(ring).toBe('rgb(122, 31, 162)');
    await checkpoint('brand-sign-in-light');
  });

  it('uses the dark shade in dark mode', async () => {
    const { page, checkpoint } = await browser.open({
      viewport: { width: 320, height: 640 },
      colorScheme: 'dark',
    });
    await page.goto(`${app.url}/sign-in`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await colours(page)).toEqual({
      accent: '#e1a6ff',
      button: 'rgb(225, 166, 255)',
      label: 'rgb(11, 18, 32)',
      link: 'rgb(225, 166, 255)',
    });
    await checkpoint('brand-sign-in-dark');
  });

  it('keeps the title of index.html before any script runs', async () => {
    const response = await fetch(`${app.url}/`);
    const html = await response.text();
    expect(html).toContain('<title>Acme Login</title>');
    expect(html).toContain(`<link rel="icon" href="${LOGO}"`);
  });
});
