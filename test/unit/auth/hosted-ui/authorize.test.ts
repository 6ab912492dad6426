import './realm';
import { calculatePKCECodeChallenge } from 'oauth4webapi';
import { describe, expect, it, vi } from 'vitest';
import { createAuthorizeUrl, startHostedSignIn } from '../../../../src/auth/hosted-ui/authorize';
import { providerDisplayName } from '../../../../src/auth/hosted-ui/providers';
import { readConfig } from '../../../../src/config/env';
import { DOMAIN, CLIENT_ID, ORIGIN, testConfig } from './support';

function storedTransaction(state: string) {
  const raw = sessionStorage.getItem(`cra.hostedUi.tx.${state}`);
  expect(raw).not.toBeNull();
  return JSON.parse(raw!) as Record<string, unknown>;
}

describe('createAuthorizeUrl', () => {
  it('sends every parameter of an authorization code + PKCE request', async () => {
    const url = await createAuthorizeUrl(testConfig(), { returnTo: '/account?tab=mfa' });

    expect(`${url.origin}${url.pathname}`).toBe(`${DOMAIN}/oauth2/authorize`);
    const params = url.searchParams;
    expect([...params.keys()].sort()).toEqual(
      [
        'client_id',
        'code_challenge',
        'code_challenge_method',
        'nonce',
        'redirect_uri',
        'response_type',
        'scope',
        'state',
      ].sort(),
    );
    expect(params.get('response_type')).toBe('code');
    expect(params.get('client_id')).toBe(CLIENT_ID);
    expect(params.get('redirect_uri')).toBe(`${ORIGIN}/callback`);
    expect(params.get('scope')).toBe('openid email profile');
    expect(params.get('code_challenge_method')).toBe('S256');
    expect(params.get('state')).toMatch(/^[\w-]{43}$/);
    expect(params.get('nonce')).toMatch(/^[\w-]{43}$/);
    expect(params.get('nonce')).not.toBe(params.get('state'));
    // Scopes travel space-separated, encoded as + or %20, never as commas.
    expect(url.search).toMatch(/scope=openid(\+|%20)email(\+|%20)profile/);

    const stored = storedTransaction(params.get('state')!);
    expect(stored.nonce).toBe(params.get('nonce'));
    expect(stored.returnTo).toBe('/account?tab=mfa');
    expect(stored.redirectUri).toBe(`${ORIGIN}/callback`);
    // The challenge is the S256 of the stored verifier, and the verifier never leaves the tab.
    expect(await calculatePKCECodeChallenge(stored.codeVerifier as string)).toBe(
      params.get('code_challenge'),
    );
    expect(url.href).not.toContain(stored.codeVerifier as string);
  });

  it('adds identity_provider only when a provider is chosen', async () => {
    const plain = await createAuthorizeUrl(testConfig());
    expect(plain.searchParams.has('identity_provider')).toBe(false);

    const google = await createAuthorizeUrl(testConfig(), { provider: 'Google' });
    expect(google.searchParams.get('identity_provider')).toBe('Google');
    expect(storedTransaction(google.searchParams.get('state')!).provider).toBe('Google');
  });

  it('uses fresh state, nonce and verifier for every redirect', async () => {
    const a = await createAuthorizeUrl(testConfig());
    const b = await createAuthorizeUrl(testConfig());
    for (const name of ['state', 'nonce', 'code_challenge']) {
      expect(a.searchParams.get(name)).not.toBe(b.searchParams.get(name));
    }
    // Both transactions are kept, keyed by their own state.
    storedTransaction(a.searchParams.get('state')!);
    storedTransaction(b.searchParams.get('state')!);
  });

  it('stores a sanitised returnTo, never an open redirect', async () => {
    const url = await createAuthorizeUrl(testConfig(), { returnTo: '//evil.example/phish' });
    expect(storedTransaction(url.searchParams.get('state')!).returnTo).toBe('/');
  });

  it('honours custom scopes and a trailing slash on the domain', async () => {
    const url = await createAuthorizeUrl(
      testConfig({
        hostedUiDomain: `${DOMAIN}/`,
        oauthScopes: ['openid', 'aws.cognito.signin.user.admin'],
      }),
    );
    expect(url.href.startsWith(`${DOMAIN}/oauth2/authorize?`)).toBe(true);
    expect(url.searchParams.get('scope')).toBe('openid aws.cognito.signin.user.admin');
  });

  it('sends a bare-origin redirect_uri with its slash and repeats it at the token endpoint', async () => {
    const result = readConfig(
      {
        VITE_COGNITO_REGION: 'us-east-1',
        VITE_COGNITO_USER_POOL_ID: 'us-east-1_Test123',
        VITE_COGNITO_CLIENT_ID: CLIENT_ID,
        VITE_COGNITO_DOMAIN: DOMAIN,
        VITE_REDIRECT_SIGN_IN: 'https://app.example.com',
        VITE_API_URL: 'http://localhost:3001',
      },
      'https://app.example.com',
    );
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const url = await createAuthorizeUrl(result.config);
    expect(url.searchParams.get('redirect_uri')).toBe('https://app.example.com/');
    expect(storedTransaction(url.searchParams.get('state')!).redirectUri).toBe(
      'https://app.example.com/',
    );
  });

  it('drops transactions older than ten minutes when a new one is stored', async () => {
    const now = Date.now();
    const old = await createAuthorizeUrl(testConfig(), {}, now - 11 * 60 * 1000);
    await createAuthorizeUrl(testConfig(), {}, now);
    expect(sessionStorage.getItem(`cra.hostedUi.tx.${old.searchParams.get('state')!}`)).toBeNull();
  });
});

describe('PKCE', () => {
  it('matches the RFC 7636 Appendix B test vector', async () => {
    // The RFC's value (also what `openssl dgst -sha256 -binary | base64url` gives for this verifier).
    await expect(
      calculatePKCECodeChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk'),
    ).resolves.toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });
});

describe('startHostedSignIn', () => {
  it('leaves the page for the authorize URL', async () => {
    const navigate = vi.fn();
    await startHostedSignIn(
      testConfig(),
      { provider: 'SignInWithApple', returnTo: '/protected' },
      { navigate },
    );
    expect(navigate).toHaveBeenCalledTimes(1);
    const url = new URL(navigate.mock.calls[0]![0] as string);
    expect(url.pathname).toBe('/oauth2/authorize');
    expect(url.searchParams.get('identity_provider')).toBe('SignInWithApple');
    expect(storedTransaction(url.searchParams.get('state')!).returnTo).toBe('/protected');
  });

  it('rejects without a hosted UI domain instead of navigating somewhere half-built', async () => {
    const navigate = vi.fn();
    await expect(
      startHostedSignIn(testConfig({ hostedUiDomain: undefined }), {}, { navigate }),
    ).rejects.toThrow(/VITE_COGNITO_DOMAIN/);
    expect(navigate).not.toHaveBeenCalled();
  });
});

describe('providerDisplayName', () => {
  it.each([
    ['Google', 'Google'],
    ['Facebook', 'Facebook'],
    ['LoginWithAmazon', 'Amazon'],
    ['SignInWithApple', 'Apple'],
    ['AcmeOkta', 'AcmeOkta'],
  ])('%s → %s', (provider, name) => {
    expect(providerDisplayName(provider)).toBe(name);
  });
});
