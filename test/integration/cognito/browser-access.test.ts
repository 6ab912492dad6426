/**
 * What a web page can do to a developer's local pool: only the app's origins get CORS answers, a
 * Host that is not a loopback name (DNS rebinding) is refused, and operations that need AWS
 * credentials are refused whenever a browser sends them. The SPA's own calls and the hosted pages'
 * form posts keep working.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  startLocalCognito,
  type LocalCognito,
  type LocalCognitoOptions,
} from '../../../local/cognito/server';
import { GOOD_PASSWORD, SPA_CALLBACK, setupLocalPool } from '../../support/local-cognito';
import { rawRequest } from '../../support/raw-http';
import { confirmedUser } from './helpers';

const pool = setupLocalPool();

const APP = 'http://localhost:5173';
const EVIL = 'https://evil.example';
const JSON_TYPE = 'application/x-amz-json-1.1';

const callApi = (operation: string, body: unknown, headers: Record<string, string> = {}) =>
  rawRequest(`${pool.url}/`, {
    method: 'POST',
    headers: {
      'content-type': JSON_TYPE,
      'x-amz-target': `AWSCognitoIdentityProviderService.${operation}`,
      ...headers,
    },
    body: JSON.stringify(body),
  });

/** A second, throwaway stand-in with other settings, while `run` runs. */
async function withStandIn(
  options: Pick<LocalCognitoOptions, 'allowedOrigins' | 'allowedHosts'>,
  run: (standIn: LocalCognito) => Promise<void>,
): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cognito-settings-'));
  const standIn = await startLocalCognito({ port: 0, dataDir, quiet: true, ...options });
  try {
    await run(standIn);
  } finally {
    await standIn.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const preflight = (pathname: string, origin: string) =>
  rawRequest(`${pool.url}${pathname}`, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type,x-amz-target,x-amz-user-agent',
    },
  });

describe('CORS: the app origins only', () => {
  const paths = ['/', '/_local/messages?to=a@example.com', '/oauth2/token', '/health'];

  it.each(paths)('%s gives a foreign origin no CORS headers, the app its own', async (p) => {
    const evil = await rawRequest(`${pool.url}${p}`, { headers: { origin: EVIL } });
    expect(evil.headers['access-control-allow-origin']).toBeUndefined();
    expect(evil.headers.vary).toMatch(/Origin/);
    const app = await rawRequest(`${pool.url}${p}`, { headers: { origin: APP } });
    expect(app.headers['access-control-allow-origin']).toBe(APP);
  });

  it.each(paths)('%s refuses a foreign preflight and answers the app one', async (p) => {
    const evil = await preflight(p, EVIL);
    expect(evil.status).toBe(403);
    expect(evil.headers['access-control-allow-origin']).toBeUndefined();
    expect(evil.headers['access-control-allow-methods']).toBeUndefined();
    const app = await preflight(p, APP);
    expect(app.status).toBe(204);
    expect(app.headers['access-control-allow-origin']).toBe(APP);
    expect(app.headers['access-control-allow-methods']).toMatch(/POST/);
    expect(app.headers['access-control-allow-headers']).toMatch(/x-amz-target/);
  });

  it('the dev inbox cannot be read from another site', async () => {
    const res = await rawRequest(`${pool.url}/_local/messages`, {
      headers: { origin: 'http://localhost:5173.evil.example' },
    });
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('tests and tools pass their own origins', async () => {
    await withStandIn({ allowedOrigins: ['http://app.test:8080'] }, async (custom) => {
      const mine = await rawRequest(`${custom.url}/health`, {
        headers: { origin: 'http://app.test:8080' },
      });
      expect(mine.headers['access-control-allow-origin']).toBe('http://app.test:8080');
      const defaultOne = await rawRequest(`${custom.url}/health`, { headers: { origin: APP } });
      expect(defaultOne.headers['access-control-allow-origin']).toBeUndefined();
    });
  });

  it('an entry ending in :* allows any port of that host, and nothing else', async () => {
    await withStandIn({ allowedOrigins: ['http://localhost:*'] }, async (custom) => {
      const corsOf = async (origin: string) =>
        (await rawRequest(`${custom.url}/health`, { headers: { origin } })).headers[
          'access-control-allow-origin'
        ];
      expect(await corsOf('http://localhost:41234')).toBe('http://localhost:41234');
      expect(await corsOf(APP)).toBe(APP);
      for (const origin of [
        'http://localhost',
        'http://localhost:',
        'http://localhost:1x',
        'http://localhost:80.evil.example',
        'http://localhost.evil.example:5173',
        'https://localhost:5173',
        EVIL,
      ]) {
        expect(await corsOf(origin), origin).toBeUndefined();
      }
    });
  });
});

describe('Host header (DNS rebinding)', () => {
  const port = () => new URL(pool.url).port;

  it.each([
    'evil.example',
    'localhost.evil.example',
    '10.0.0.1',
    'localhost:1@evil.example',
    '127.0.0.1.nip.io',
  ])('refuses Host %j with a clear 403', async (host) => {
    for (const p of ['/_local/messages', '/', '/oauth2/token']) {
      const res = await rawRequest(`${pool.url}${p}`, {
        headers: { host: host.includes(':') ? host : `${host}:${port()}` },
      });
      expect(res.status, p).toBe(403);
      expect(res.text).toMatch(/Host .* is not allowed/);
      expect(res.text).toMatch(/COGNITO_ALLOWED_HOSTS/);
    }
  });

  it.each(['localhost', '127.0.0.1', '[::1]', 'LOCALHOST'])('answers Host %s', async (host) => {
    const res = await rawRequest(`${pool.url}/health`, { headers: { host: `${host}:${port()}` } });
    expect(res.status).toBe(200);
  });

  it('answers a configured name', async () => {
    await withStandIn({ allowedHosts: ['cognito.test'] }, async (custom) => {
      const ok = await rawRequest(`${custom.url}/health`, {
        headers: { host: `cognito.test:${custom.port}` },
      });
      expect(ok.status).toBe(200);
      const other = await rawRequest(`${custom.url}/health`, {
        headers: { host: `other.test:${custom.port}` },
      });
      expect(other.status).toBe(403);
    });
  });
});

describe('operations that need AWS credentials, from a browser', () => {
  const adminCalls: Array<[string, () => Record<string, unknown>]> = [
    ['ListUserPools', () => ({ MaxResults: 10 })],
    ['CreateUserPool', () => ({ PoolName: 'evil' })],
    ['DescribeUserPool', () => ({ UserPoolId: pool.userPoolId })],
    ['DescribeUserPoolClient', () => ({ UserPoolId: pool.userPoolId, ClientId: pool.spaClientId })],
    ['ListUsers', () => ({ UserPoolId: pool.userPoolId })],
    ['AdminGetUser', () => ({ UserPoolId: pool.userPoolId, Username: 'a@example.com' })],
    ['AdminCreateUser', () => ({ UserPoolId: pool.userPoolId, Username: 'evil@example.com' })],
    ['AdminSetUserPassword', () => ({ UserPoolId: pool.userPoolId, Username: 'x', Password: 'x' })],
    ['AdminAddUserToGroup', () => ({ UserPoolId: pool.userPoolId, Username: 'x', GroupName: 'a' })],
    ['AdminInitiateAuth', () => ({ UserPoolId: pool.userPoolId, ClientId: pool.spaClientId })],
    ['UpdateUserPoolClient', () => ({ UserPoolId: pool.userPoolId, ClientId: pool.spaClientId })],
    ['DeleteUserPool', () => ({ UserPoolId: pool.userPoolId })],
  ];
  const browsers: Array<[string, Record<string, string>]> = [
    ['the app origin', { origin: APP }],
    ['a foreign origin', { origin: EVIL }],
    ['Sec-Fetch headers only', { 'sec-fetch-mode': 'cors', 'sec-fetch-site': 'cross-site' }],
  ];

  it.each(adminCalls)('%s is refused from every browser context', async (operation, body) => {
    for (const [label, headers] of browsers) {
      const res = await callApi(operation, body(), headers);
      expect(res.status, `${operation} from ${label}`).toBe(403);
      expect(res.headers['x-amzn-errortype']).toBe('AccessDeniedException');
      expect((JSON.parse(res.text) as { message: string }).message).toMatch(
        label === 'a foreign origin' ? /origin/ : /AWS credentials/,
      );
    }
  });

  it('the same call from a tool (no browser headers) still works', async () => {
    const res = await callApi('ListUserPools', { MaxResults: 10 });
    expect(res.status).toBe(200);
    const described = await callApi('DescribeUserPool', { UserPoolId: pool.userPoolId });
    expect(described.status).toBe(200);
  });

  it('the SPA calls still work from the app origin', async () => {
    const email = await confirmedUser(pool, GOOD_PASSWORD);
    const signIn = await callApi(
      'InitiateAuth',
      {
        ClientId: pool.spaClientId,
        AuthFlow: 'USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: email, PASSWORD: GOOD_PASSWORD },
      },
      { origin: APP, 'sec-fetch-mode': 'cors', 'sec-fetch-site': 'same-site' },
    );
    expect(signIn.status, signIn.text).toBe(200);
    expect(signIn.headers['access-control-allow-origin']).toBe(APP);
    const { AuthenticationResult } = JSON.parse(signIn.text) as {
      AuthenticationResult: { AccessToken: string };
    };
    const me = await callApi(
      'GetUser',
      { AccessToken: AuthenticationResult.AccessToken },
      { origin: APP },
    );
    expect(me.status, me.text).toBe(200);
    const srp = await callApi(
      'InitiateAuth',
      {
        ClientId: pool.spaClientId,
        AuthFlow: 'USER_SRP_AUTH',
        AuthParameters: { USERNAME: email, SRP_A: 'abc123' },
      },
      { origin: APP },
    );
    expect(srp.status, srp.text).toBe(200);
    const signUp = await callApi(
      'SignUp',
      {
        ClientId: pool.spaClientId,
        Username: `cors-${Date.now()}@example.com`,
        Password: GOOD_PASSWORD,
        UserAttributes: [{ Name: 'name', Value: 'Cors Person' }],
      },
      { origin: APP },
    );
    expect(signUp.status, signUp.text).toBe(200);
  });

  it("the hosted sign-in form still posts from the pool's own origin", async () => {
    const email = await confirmedUser(pool, GOOD_PASSWORD);
    const query = new URLSearchParams({
      client_id: pool.spaClientId,
      response_type: 'code',
      redirect_uri: SPA_CALLBACK,
      scope: 'openid email',
      state: 'state-1',
    });
    const page = await rawRequest(`${pool.url}/login?${query}`, {
      headers: { 'sec-fetch-mode': 'navigate', 'sec-fetch-site': 'cross-site' },
    });
    expect(page.status).toBe(200);
    const oauth = /name="oauth" value="([^"]*)"/.exec(page.text)![1]!.replace(/&amp;/g, '&');
    const posted = await rawRequest(`${pool.url}/login`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: pool.url,
        'sec-fetch-mode': 'navigate',
        'sec-fetch-site': 'same-origin',
      },
      body: new URLSearchParams({ oauth, username: email, password: GOOD_PASSWORD }).toString(),
    });
    expect(posted.status, posted.text).toBe(302);
    expect(String(posted.headers.location)).toMatch(/^http:\/\/localhost:5173\/callback\?code=/);
  });
});
