/**
 * The user journeys the benchmark and the browser tests share, driven the way a person would: by
 * label and role. Keeping them in one place keeps the measured flow and the tested flow the same.
 */
import type { Page } from 'playwright-core';

export interface Credentials {
  email: string;
  password: string;
}

export async function fillSignIn(page: Page, user: Credentials): Promise<void> {
  await page.getByLabel('Email', { exact: true }).fill(user.email);
  await page.getByLabel('Password', { exact: true }).fill(user.password);
}

export function signedInIndicator(page: Page) {
  return page.getByRole('banner').getByText(/Signed in as/);
}

/** Opens the page's "Developer details" (closed by default), where the demos and IDs live. */
export async function openDeveloperDetails(page: Page): Promise<void> {
  const details = page.locator('details.developer-details');
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
}

/** Signs in on /sign-in; resolves with the milliseconds from the click to the signed-in page. */
export async function signInThroughForm(
  page: Page,
  appUrl: string,
  user: Credentials,
): Promise<number> {
  await page.goto(`${appUrl}/sign-in`);
  await fillSignIn(page, user);
  const clickedAt = Date.now();
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await signedInIndicator(page).waitFor();
  return Date.now() - clickedAt;
}

/**
 * Makes the stored access token look expired to the app without touching the server: the app trusts
 * its own copy's `exp` to decide when to refresh, and the refreshed token is genuine.
 */
export async function expireStoredAccessToken(page: Page): Promise<void> {
  const changed = await page.evaluate(() => {
    const areas = [window.sessionStorage, window.localStorage];
    for (const area of areas) {
      for (let i = 0; i < area.length; i += 1) {
        const key = area.key(i);
        if (key === null || !/^cra\..+\.session$/.test(key)) continue;
        const stored = JSON.parse(area.getItem(key) ?? '{}') as {
          tokens?: { accessToken?: string };
        };
        const token = stored.tokens?.accessToken;
        if (token === undefined) continue;
        const [header, payload, signature] = token.split('.');
        const claims = JSON.parse(atob(payload!.replace(/-/g, '+').replace(/_/g, '/'))) as Record<
          string,
          unknown
        >;
        claims.exp = Math.floor(Date.now() / 1000) - 60;
        const encoded = btoa(JSON.stringify(claims))
          .replace(/\+/g, '-')
          .replace(/\//g, '_')
          .replace(/=+$/, '');
        stored.tokens!.accessToken = `${header}.${encoded}.${signature}`;
        area.setItem(key, JSON.stringify(stored));
        return true;
      }
    }
    return false;
  });
  if (!changed) throw new Error('No stored session found to expire.');
}

/**
 * Moves the page's clock to one second past the moment the app refreshes its access token (`exp`
 * minus the refresh skew). The app then believes its token needs a refresh, while the server still
 * accepts it and the refreshed token is not due yet. Needs `page.clock.install()` before the app loads.
 */
export async function moveClockIntoRefreshWindow(page: Page, skewSeconds = 300): Promise<void> {
  const exp = await page.evaluate(() => {
    for (const area of [window.sessionStorage, window.localStorage]) {
      for (let i = 0; i < area.length; i += 1) {
        const key = area.key(i);
        if (key === null || !/^cra\..+\.session$/.test(key)) continue;
        const stored = JSON.parse(area.getItem(key) ?? '{}') as {
          tokens?: { accessToken?: string };
        };
        const payload = stored.tokens?.accessToken?.split('.')[1];
        if (payload === undefined) continue;
        const claims = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as {
          exp?: number;
        };
        if (typeof claims.exp === 'number') return claims.exp;
      }
    }
    return null;
  });
  if (exp === null) throw new Error('No stored session found to move the clock against.');
  await page.clock.setSystemTime((exp - skewSeconds + 1) * 1000);
}
