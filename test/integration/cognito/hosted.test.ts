/** Contract: the hosted UI and OAuth endpoints as the SPA uses them (code + PKCE), plus client_credentials. */
import { createHash, randomBytes } from 'node:crypto';
import {
  AssociateSoftwareTokenCommand,
  GetTokensFromRefreshTokenCommand,
  SetUserMFAPreferenceCommand,
  VerifySoftwareTokenCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { generateSync } from 'otplib';
import { describe, expect, it } from 'vitest';
import {
  GOOD_PASSWORD,
  SPA_CALLBACK,
  SPA_LOGOUT,
  setupLocalPool,
} from '../../support/local-cognito';
import {
  claims,
  cognitoUser,
  confirmedUser,
  signInOk,
  signUp,
  uniqueEmail,
  invitedUser,
  TEMP_PASSWORD,
} from './helpers';

const pool = setupLocalPool();

const ORIGIN = 'http://localhost:5173';

function pkce(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

function authorizeQuery(challenge: string, extra: Record<string, string> = {}): string {
  return new URLSearchParams({
    client_id: pool.spaClientId,
    response_type: 'code',
    redirect_uri: SPA_CALLBACK,
    scope: 'openid email profile',
    state: 'state-123',
    nonce: 'nonce-456',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    ...extra,
  }).toString();
}

const get = (path: string, cookie?: string): Promise<Response> =>
  fetch(`${pool.url}${path}`, { redirect: 'manual', headers: cookie ? { cookie } : {} });

const postForm = (
  path: string,
  body: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<Response> =>
  fetch(`${pool.url}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(body).toString(),
  });

/** Hidden inputs of the page's form, so a test can post it back like a browser. */
function hiddenFields(html: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) {
    out[m[1]!] = m[2]!
      .replace(/&amp;/g, '&')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>');
  }
  return out;
}

function sessionCookie(res: Response): string {
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('cognito-local-session='));
  if (!cookie) throw new Error('no session cookie');
  return cookie.split(';')[0]!;
}

function codeFrom(res: Response): string {
  expect(res.status).toBe(302);
  const location = new URL(res.headers.get('location')!);
  expect(`${location.origin}${location.pathname}`).toBe(SPA_CALLBACK);
  expect(location.searchParams.get('state')).toBe('state-123');
  return location.searchParams.get('code')!;
}

async function loginPage(
  challenge: string,
): Promise<{ html: string; oauth: Record<string, string> }> {
  const res = await get(`/login?${authorizeQuery(challenge)}`);
  expect(res.status).toBe(200);
  const html = await res.text();
  return { html, oauth: hiddenFields(html) };
}

const token = (
  body: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<Response> => postForm('/oauth2/token', body, { origin: ORIGIN, ...headers });

describe('hosted login and OAuth endpoints', () => {
  it('runs authorize → login → code → token → userInfo → refresh → revoke → logout', async () => {
    const email = await confirmedUser(pool, GOOD_PASSWORD, 'Hosted Person');
    const first = pkce();

    const authorize = await get(`/oauth2/authorize?${authorizeQuery(first.challenge)}`);
    expect(authorize.status).toBe(302);
    expect(authorize.headers.get('location')).toMatch(/^\/login\?/);

    const { html, oauth } = await loginPage(first.challenge);
    expect(html).toContain('<html lang="en">');
    expect(html).toMatch(/<main[\s>]/);
    expect(html).toMatch(/<h1>Sign in<\/h1>/);
    expect(html).toMatch(/<label for="f-username">Email<\/label>/);
    expect(html).toMatch(/<label for="f-password">Password<\/label>/);
    expect(html).toContain('autocomplete="current-password"');
    expect(html).toMatch(/<button type="submit">Sign in<\/button>/);

    const wrong = await postForm('/login', { ...oauth, username: email, password: 'Wrong-Pass-1' });
    const wrongHtml = await wrong.text();
    expect(wrongHtml).toMatch(/role="alert">Incorrect username or password\.</);
    expect(wrongHtml).toContain(`value="${email}"`);

    const signedIn = await postForm('/login', {
      ...oauth,
      username: email,
      password: GOOD_PASSWORD,
    });
    const cookie = sessionCookie(signedIn);
    const code1 = codeFrom(signedIn);

    const badVerifier = await token({
      grant_type: 'authorization_code',
      client_id: pool.spaClientId,
      code: code1,
      redirect_uri: SPA_CALLBACK,
      code_verifier: pkce().verifier,
    });
    expect(badVerifier.status).toBe(400);
    expect(await badVerifier.json()).toEqual({ error: 'invalid_grant' });

    // The browser session lets authorize issue a new code without the form.
    const second = pkce();
    const code2 = codeFrom(
      await get(`/oauth2/authorize?${authorizeQuery(second.challenge)}`, cookie),
    );
    const exchanged = await token({
      grant_type: 'authorization_code',
      client_id: pool.spaClientId,
      code: code2,
      redirect_uri: SPA_CALLBACK,
      code_verifier: second.verifier,
    });
    expect(exchanged.status).toBe(200);
    expect(exchanged.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    const tokens = (await exchanged.json()) as Record<string, string | number>;
    expect(tokens).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
    const id = claims(String(tokens.id_token));
    expect(id).toMatchObject({
      nonce: 'nonce-456',
      email,
      name: 'Hosted Person',
      aud: pool.spaClientId,
    });
    expect(claims(String(tokens.access_token)).scope).toBe('openid email profile');

    const replay = await token({
      grant_type: 'authorization_code',
      client_id: pool.spaClientId,
      code: code2,
      redirect_uri: SPA_CALLBACK,
      code_verifier: second.verifier,
    });
    expect(replay.status).toBe(400);
    expect(await replay.json()).toEqual({ error: 'invalid_grant' });

    const info = await fetch(`${pool.url}/oauth2/userInfo`, {
      headers: { authorization: `Bearer ${tokens.access_token}`, origin: ORIGIN },
    });
    expect(info.status).toBe(200);
    expect(info.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(await info.json()).toMatchObject({
      sub: id.sub,
      email,
      name: 'Hosted Person',
      email_verified: 'true',
    });

    const refreshed = await token({
      grant_type: 'refresh_token',
      client_id: pool.spaClientId,
      refresh_token: String(tokens.refresh_token),
    });
    expect(refreshed.status).toBe(200);
    expect(await refreshed.json()).toHaveProperty('access_token');

    const revoked = await postForm(
      '/oauth2/revoke',
      { token: String(tokens.refresh_token), client_id: pool.spaClientId },
      { origin: ORIGIN },
    );
    expect(revoked.status).toBe(200);
    expect(revoked.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    const afterRevoke = await token({
      grant_type: 'refresh_token',
      client_id: pool.spaClientId,
      refresh_token: String(tokens.refresh_token),
    });
    expect(await afterRevoke.json()).toEqual({ error: 'invalid_grant' });
    const infoAfter = await fetch(`${pool.url}/oauth2/userInfo`, {
      headers: { authorization: `Bearer ${tokens.access_token}` },
    });
    expect(infoAfter.status).toBe(401);

    const badLogout = await get(
      `/logout?client_id=${pool.spaClientId}&logout_uri=${encodeURIComponent('https://evil.example/')}`,
      cookie,
    );
    expect(badLogout.status).toBe(400);
    expect(await badLogout.text()).toContain('role="alert"');
    const logout = await get(
      `/logout?client_id=${pool.spaClientId}&logout_uri=${encodeURIComponent(SPA_LOGOUT)}`,
      cookie,
    );
    expect(logout.status).toBe(302);
    expect(logout.headers.get('location')).toBe(SPA_LOGOUT);
    expect(logout.headers.getSetCookie().join(';')).toContain('Max-Age=0');
    // The hosted session is gone: authorize sends the browser back to the form.
    const again = await get(`/oauth2/authorize?${authorizeQuery(pkce().challenge)}`, cookie);
    expect(again.headers.get('location')).toMatch(/^\/login\?/);
  });

  it('rejects a redirect_uri that is not a callback URL, without redirecting', async () => {
    const res = await get(
      `/oauth2/authorize?${authorizeQuery(pkce().challenge, { redirect_uri: 'https://evil.example/cb' })}`,
    );
    expect(res.status).toBe(400);
    expect(res.headers.get('location')).toBeNull();
    const login = await get(
      `/login?${authorizeQuery(pkce().challenge, { redirect_uri: 'https://evil.example/cb' })}`,
    );
    expect(login.status).toBe(400);
  });

  it('redirects with invalid_scope for a scope the client may not request', async () => {
    const res = await get(
      `/oauth2/authorize?${authorizeQuery(pkce().challenge, { scope: 'openid api/write' })}`,
    );
    expect(res.status).toBe(302);
    expect(new URL(res.headers.get('location')!).searchParams.get('error')).toBe('invalid_scope');
  });

  it('lets an unconfirmed user enter the code from the inbox on the login page', async () => {
    const email = uniqueEmail('hosted-unconfirmed');
    await signUp(pool, email, GOOD_PASSWORD, 'Late Confirmer');
    const { challenge } = pkce();
    const { oauth } = await loginPage(challenge);
    const page = await postForm('/login', { ...oauth, username: email, password: GOOD_PASSWORD });
    const html = await page.text();
    expect(html).toMatch(/<label for="f-code">Confirmation code<\/label>/);
    const code = await pool.latestCode(email, 'resendCode');
    const wrong = await postForm('/login', {
      ...hiddenFields(html),
      code: code === '000000' ? '111111' : '000000',
    });
    const wrongHtml = await wrong.text();
    expect(wrongHtml).toContain('role="alert"');
    codeFrom(await postForm('/login', { ...hiddenFields(wrongHtml), code }));
  });

  it('asks an invited user for a new password and the required Name', async () => {
    const email = uniqueEmail('hosted-invited');
    await invitedUser(pool, email);
    const { oauth } = await loginPage(pkce().challenge);
    const page = await postForm('/login', { ...oauth, username: email, password: TEMP_PASSWORD });
    const html = await page.text();
    expect(html).toMatch(/<label for="f-new_password">New password<\/label>/);
    expect(html).toMatch(/<label for="f-attr_name">Name<\/label>/);
    const weak = await postForm('/login', {
      ...hiddenFields(html),
      new_password: 'weak',
      attr_name: 'Invited',
    });
    const weakHtml = await weak.text();
    expect(weakHtml).toMatch(/role="alert">Password did not conform with policy/);
    codeFrom(
      await postForm('/login', {
        ...hiddenFields(weakHtml),
        new_password: 'Strong-Pass-1',
        attr_name: 'Invited',
      }),
    );
  });
});

describe('hosted login with TOTP', () => {
  it('asks for the authenticator code before redirecting', async () => {
    const email = await confirmedUser(pool, GOOD_PASSWORD);
    const session = await signInOk(cognitoUser(pool, email), email, GOOD_PASSWORD);
    const AccessToken = session.getAccessToken().getJwtToken();
    const { SecretCode } = await pool.admin.send(
      new AssociateSoftwareTokenCommand({ AccessToken }),
    );
    const totp = (): string =>
      generateSync({ secret: SecretCode!, algorithm: 'sha1', digits: 6, period: 30 });
    await pool.admin.send(new VerifySoftwareTokenCommand({ AccessToken, UserCode: totp() }));
    await pool.admin.send(
      new SetUserMFAPreferenceCommand({
        AccessToken,
        SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true },
      }),
    );
    const { oauth } = await loginPage(pkce().challenge);
    const page = await postForm('/login', { ...oauth, username: email, password: GOOD_PASSWORD });
    const html = await page.text();
    expect(html).toMatch(/<label for="f-code">Code<\/label>/);
    codeFrom(await postForm('/login', { ...hiddenFields(html), code: totp() }));
  });
});

describe('client_credentials', () => {
  it('issues an access token with resource-server scopes to a confidential client', async () => {
    const basic = Buffer.from(`${pool.machineClientId}:${pool.machineClientSecret}`).toString(
      'base64',
    );
    const res = await token(
      { grant_type: 'client_credentials', scope: 'api/read' },
      { authorization: `Basic ${basic}` },
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as { access_token: string; token_type: string };
    expect(body.token_type).toBe('Bearer');
    expect(claims(body.access_token)).toMatchObject({
      sub: pool.machineClientId,
      client_id: pool.machineClientId,
      scope: 'api/read',
      token_use: 'access',
      iss: `${pool.url}/${pool.userPoolId}`,
    });

    const viaBody = await token({
      grant_type: 'client_credentials',
      client_id: pool.machineClientId,
      client_secret: pool.machineClientSecret,
    });
    expect(viaBody.status).toBe(200);

    const wrongSecret = await token({
      grant_type: 'client_credentials',
      client_id: pool.machineClientId,
      client_secret: 'nope',
    });
    expect(wrongSecret.status).toBe(401);
    expect(await wrongSecret.json()).toEqual({ error: 'invalid_client' });

    const notAllowed = await token(
      { grant_type: 'client_credentials', scope: 'api/write' },
      { authorization: `Basic ${basic}` },
    );
    expect(await notAllowed.json()).toEqual({ error: 'invalid_scope' });

    const publicClient = await token({
      grant_type: 'client_credentials',
      client_id: pool.spaClientId,
    });
    expect(await publicClient.json()).toEqual({ error: 'unauthorized_client' });
  });
});

describe('hosted sessions on a client with refresh-token rotation', () => {
  it('a refresh token rotated through the API keeps its grant for the token endpoint', async () => {
    const { clientId } = await pool.createClient({
      ClientName: 'hosted-rotating',
      ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH'],
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthScopes: ['openid', 'email', 'profile'],
      SupportedIdentityProviders: ['COGNITO'],
      CallbackURLs: [SPA_CALLBACK],
      RefreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: 0 },
    });
    const email = await confirmedUser(pool, GOOD_PASSWORD);
    const { verifier, challenge } = pkce();
    const page = await get(`/login?${authorizeQuery(challenge, { client_id: clientId })}`);
    const signedIn = await postForm('/login', {
      ...hiddenFields(await page.text()),
      username: email,
      password: GOOD_PASSWORD,
    });
    const exchanged = await token({
      grant_type: 'authorization_code',
      client_id: clientId,
      code: codeFrom(signedIn),
      redirect_uri: SPA_CALLBACK,
      code_verifier: verifier,
    });
    const hosted = (await exchanged.json()) as Record<string, string>;

    const { AuthenticationResult } = await pool.admin.send(
      new GetTokensFromRefreshTokenCommand({
        ClientId: clientId,
        RefreshToken: hosted.refresh_token,
      }),
    );
    expect(claims(AuthenticationResult!.RefreshToken!).scope).toBe('openid email profile');

    const refreshed = await token({
      grant_type: 'refresh_token',
      client_id: clientId,
      refresh_token: AuthenticationResult!.RefreshToken!,
    });
    const body = (await refreshed.json()) as Record<string, string>;
    expect(body.id_token).toEqual(expect.any(String));
    expect(body.refresh_token).toEqual(expect.any(String));
    expect(claims(body.access_token!).scope).toBe('openid email profile');
  });
});

describe('discovery, CORS and inbox', () => {
  it('publishes an OpenID configuration with the real host and port, and only what Cognito lists', async () => {
    const res = await fetch(`${pool.url}/${pool.userPoolId}/.well-known/openid-configuration`);
    const doc = (await res.json()) as Record<string, unknown>;
    // A real pool's document, field for field: no code_challenge_methods_supported,
    // grant_types_supported or claims_supported, which Cognito does not publish.
    expect(doc).toEqual({
      authorization_endpoint: `${pool.url}/oauth2/authorize`,
      end_session_endpoint: `${pool.url}/logout`,
      id_token_signing_alg_values_supported: ['RS256'],
      issuer: `${pool.url}/${pool.userPoolId}`,
      jwks_uri: `${pool.url}/${pool.userPoolId}/.well-known/jwks.json`,
      response_types_supported: ['code', 'token'],
      revocation_endpoint: `${pool.url}/oauth2/revoke`,
      scopes_supported: ['openid', 'email', 'phone', 'profile'],
      subject_types_supported: ['public'],
      token_endpoint: `${pool.url}/oauth2/token`,
      token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
      userinfo_endpoint: `${pool.url}/oauth2/userInfo`,
    });
  });

  it('answers CORS preflights for the OAuth endpoints', async () => {
    for (const path of [
      '/oauth2/token',
      '/oauth2/revoke',
      '/oauth2/userInfo',
      '/_local/messages',
    ]) {
      const res = await fetch(`${pool.url}${path}`, {
        method: 'OPTIONS',
        headers: {
          origin: ORIGIN,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization,content-type',
        },
      });
      expect(res.status, path).toBe(204);
      expect(res.headers.get('access-control-allow-origin')).toBe(ORIGIN);
      expect(res.headers.get('access-control-allow-headers')).toContain('authorization');
    }
  });

  it('serves the inbox as an accessible page', async () => {
    const res = await fetch(`${pool.url}/_local/inbox`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toMatch(/<h1>Local inbox<\/h1>/);
  });
});
