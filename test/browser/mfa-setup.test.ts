/**
 * The hosted login page's MFA_SETUP step in Chromium, axe-checked. It runs on a pool of its own (MFA "ON")
 * on the stack's Cognito stand-in, because switching the shared pool to "ON" would change every other
 * browser test; the redirect target is stubbed, since the app is built for the shared pool's client.
 */
import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  SetUserPoolMfaConfigCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { generateSync } from 'otplib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { setupChromium } from './support/session';

const { cognitoUrl } = inject('stack');
const CALLBACK = 'https://mfa-setup-app.invalid/callback';
const browser = setupChromium({ transient: ['/callback'] });

const admin = new CognitoIdentityProviderClient({
  endpoint: cognitoUrl,
  region: 'us-east-1',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
});
let clientId = '';
let userPoolId = '';

beforeAll(async () => {
  const { UserPool } = await admin.send(
    new CreateUserPoolCommand({
      PoolName: 'mfa-required',
      UsernameAttributes: ['email'],
      MfaConfiguration: 'ON',
    }),
  );
  userPoolId = UserPool!.Id!;
  await admin.send(
    new SetUserPoolMfaConfigCommand({
      UserPoolId: userPoolId,
      MfaConfiguration: 'ON',
      SoftwareTokenMfaConfiguration: { Enabled: true },
    }),
  );
  const { UserPoolClient } = await admin.send(
    new CreateUserPoolClientCommand({
      UserPoolId: userPoolId,
      ClientName: 'mfa-setup-browser',
      ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthScopes: ['openid', 'email'],
      SupportedIdentityProviders: ['COGNITO'],
      CallbackURLs: [CALLBACK],
    }),
  );
  clientId = UserPoolClient!.ClientId!;
});
afterAll(() => {
  admin.destroy();
});

const totpAt = (secret: string, epochMs: number): string =>
  generateSync({
    secret,
    algorithm: 'sha1',
    digits: 6,
    period: 30,
    epoch: Math.floor(epochMs / 1000),
  });

describe('hosted MFA setup in Chromium', () => {
  it('shows the secret, explains a wrong code, and redirects with a code once verified', async () => {
    const email = `mfa-setup-${Math.random().toString(36).slice(2, 10)}@example.com`;
    const password = 'Correct-Horse-9';
    await admin.send(
      new AdminCreateUserCommand({
        UserPoolId: userPoolId,
        Username: email,
        MessageAction: 'SUPPRESS',
        UserAttributes: [
          { Name: 'email', Value: email },
          { Name: 'email_verified', Value: 'true' },
        ],
      }),
    );
    await admin.send(
      new AdminSetUserPasswordCommand({
        UserPoolId: userPoolId,
        Username: email,
        Password: password,
        Permanent: true,
      }),
    );

    const { page, context, checkpoint } = await browser.open();
    await context.route('https://mfa-setup-app.invalid/**', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><html lang="en"><title>Callback</title><main><h1>Callback</h1></main></html>',
      }),
    );
    const query = new URLSearchParams({
      client_id: clientId,
      response_type: 'code',
      redirect_uri: CALLBACK,
      scope: 'openid email',
      state: 'state-mfa',
      code_challenge: 'x'.repeat(43),
      code_challenge_method: 'S256',
    });
    await page.goto(`${cognitoUrl}/login?${query.toString()}`);
    await page.getByLabel('Email', { exact: true }).fill(email);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();

    await page.getByRole('heading', { name: 'Set up an authenticator app' }).waitFor();
    await checkpoint('hosted-mfa-setup');
    const secret = (await page.locator('dd code').innerText()).trim();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const code = page.getByLabel('Code', { exact: true });
    expect(await code.getAttribute('autocomplete')).toBe('one-time-code');

    const near = new Set([-30_000, 0, 30_000].map((d) => totpAt(secret, Date.now() + d)));
    const wrong = ['000000', '111111', '222222', '333333'].find((c) => !near.has(c))!;
    await code.fill(wrong);
    await page.getByRole('button', { name: 'Verify' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /invalid verification code/i })
      .waitFor();
    expect(await page.locator('dd code').innerText()).toBe(secret);
    await checkpoint('hosted-mfa-setup-wrong-code');

    await page.getByLabel('Code', { exact: true }).fill(totpAt(secret, Date.now()));
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.waitForURL(`${CALLBACK}?**`);
    const landed = new URL(page.url());
    expect(landed.searchParams.get('state')).toBe('state-mfa');
    expect(landed.searchParams.get('code')).toBeTruthy();
  });
});
