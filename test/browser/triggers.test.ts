/**
 * Issue 15 in Chromium against the local stack, whose pool runs the definition's Lambda triggers:
 * sign up with a company → confirm → /protected greets by name and shows the `user` group the post
 * confirmation trigger added → the account page changes the company → after a reload the API reads
 * the new company from the access token. And a disposable address is refused at the email field.
 */
import { describe, expect, inject, it } from 'vitest';
import { signedInIndicator } from '../../bench/flows';
import { readCode, TEST_PASSWORD, uniqueEmail } from '../support/users';
import { setupChromium } from './support/session';

const stack = inject('stack');
const { appUrl, cognitoUrl } = stack;
const browser = setupChromium();

describe('triggers, claims and the greeting by name', () => {
  it('sign up with a company → confirm → greeted by name in group user → edit company → new claim', async () => {
    const { page, checkpoint } = await browser.open();
    const email = uniqueEmail('company');
    await page.goto(`${appUrl}/sign-up`);
    await page.getByLabel('Email', { exact: true }).fill(email);
    await page.getByLabel('Name', { exact: true }).fill('Ada Lovelace');
    await page.getByLabel('Company (optional)').fill('Analytical Engines');
    await page.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
    await checkpoint('sign-up-with-company');
    const sentAfter = Date.now() - 1000;
    await page.getByRole('button', { name: 'Create account' }).click();

    await page.waitForURL(`${appUrl}/confirm-sign-up**`);
    await page.getByLabel('Confirmation code').waitFor();
    await checkpoint('confirm-after-company');
    await page.getByLabel('Confirmation code').fill(await readCode(cognitoUrl, email, sentAfter));
    await page.getByRole('button', { name: /confirm/i }).click();
    await signedInIndicator(page).waitFor();
    // Issue 16: a new member lands on Home, welcomed by name.
    await page.getByRole('heading', { level: 1, name: 'Welcome, Ada Lovelace' }).waitFor();
    await checkpoint('home-welcome-after-company');

    await page.goto(`${appUrl}/protected`);
    await page.getByText('Hello Ada Lovelace!').waitFor();
    // Issue 16: the panel reads as content.
    const me = page.getByRole('region', { name: 'What the API knows about you' });
    await me.getByText('Analytical Engines', { exact: true }).waitFor();
    const facts = await me.locator('dl').innerText();
    expect(facts).toMatch(/Name\s+Ada Lovelace/);
    expect(facts).toMatch(new RegExp(`Email\\s+${email.replace(/[.+]/g, '\\$&')}`));
    expect(facts).toMatch(/Groups\s+user/);
    // Nothing a person reads names the internal id or the pool's username.
    const main = await page.getByRole('main').innerText();
    expect(main).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
    await checkpoint('protected-greeting');

    await page.goto(`${appUrl}/account`);
    // Issue 16: name and company are edited together, in an editor that opens on demand.
    await page.getByRole('button', { name: 'Edit name and company' }).click();
    const company = page.getByLabel('Company (optional)');
    await expect(company.inputValue()).resolves.toBe('Analytical Engines');
    await company.fill('Difference Engines');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Your profile is saved.').waitFor();
    await checkpoint('account-company-saved');

    await page.reload();
    await signedInIndicator(page).waitFor();
    await page.goto(`${appUrl}/protected`);
    await page.getByText('Hello Ada Lovelace!').waitFor();
    await me.getByText('Difference Engines', { exact: true }).waitFor();
    // The API read it from the verified access token (the pre token generation trigger's claim).
    const claims = await page.getByLabel('Claims the API verified').textContent();
    expect(JSON.parse(claims ?? '{}')).toMatchObject({
      'custom:company': 'Difference Engines',
      name: 'Ada Lovelace',
      email,
    });
  });

  it("a disposable address is refused with the pre sign-up trigger's message at the email field", async () => {
    const { page, checkpoint } = await browser.open();
    await page.goto(`${appUrl}/sign-up`);
    await page.getByLabel('Email', { exact: true }).fill(`someone-${Date.now()}@mailinator.com`);
    await page.getByLabel('Name', { exact: true }).fill('Some One');
    await page.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
    const emailField = page.getByLabel('Email', { exact: true });
    await expect
      .poll(() => emailField.getAttribute('aria-invalid'), { timeout: 10_000 })
      .toBe('true');
    const describedBy = (await emailField.getAttribute('aria-describedby')) ?? '';
    const description = await page
      .locator(
        describedBy
          .split(' ')
          .map((id) => `[id="${id}"]`)
          .join(','),
      )
      .allInnerTexts();
    expect(description.join(' ')).toMatch(/Please use a permanent email address/);
    expect(description.join(' ')).not.toMatch(/PreSignUp failed/);
    await checkpoint('sign-up-refused-by-trigger');
  });
});
