/**
 * Malformed requests get Cognito's answers, never a 500 page or a stack trace: the JSON API answers
 * 400/413 with {"__type", "message"} and the same type in x-amzn-ErrorType; the hosted forms and
 * /oauth2/* answer 400/413 in their own shapes. No request body (passwords!) ever reaches the log.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startLocalCognito, type LocalCognito } from '../../../local/cognito/server';
import { rawRequest, type RawResponse } from '../../support/raw-http';

const SECRET = `Pa55word-${Math.random().toString(36).slice(2)}!`;
const MB = 1024 * 1024;
const JSON_TYPE = 'application/x-amz-json-1.1';

let cognito: LocalCognito;
let dataDir: string;
const logged: string[] = [];

beforeAll(async () => {
  // Whatever bypasses the log sink (console, raw stdout/stderr writes) is seen too.
  const seen = (chunk: unknown): void => void logged.push(String(chunk));
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => seen(args.join(' ')));
  }
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream);
    vi.spyOn(stream, 'write').mockImplementation(((chunk: unknown, ...rest: never[]) => {
      seen(chunk);
      return write(chunk as string, ...rest);
    }) as typeof stream.write);
  }
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'cognito-malformed-'));
  // Not quiet: everything the stand-in would print goes through `log`, so the test sees it all.
  cognito = await startLocalCognito({ port: 0, dataDir, log: (line) => logged.push(line) });
});

afterAll(async () => {
  vi.restoreAllMocks();
  await cognito?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const api = (target: string | undefined, body: string | Buffer, type = JSON_TYPE) =>
  rawRequest(`${cognito.url}/`, {
    method: 'POST',
    headers: { 'content-type': type, ...(target === undefined ? {} : { 'x-amz-target': target }) },
    body,
  });

function expectCognitoError(res: RawResponse, status: number, type?: string | RegExp): void {
  expect(res.status, res.text).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/x-amz-json-1\.1/);
  const body = JSON.parse(res.text) as { __type: unknown; message: unknown };
  expect(typeof body.__type).toBe('string');
  expect(typeof body.message).toBe('string');
  expect((body.message as string).length).toBeGreaterThan(10);
  expect(res.headers['x-amzn-errortype']).toBe(body.__type);
  if (type !== undefined) expect(body.__type).toMatch(type);
  expect(res.text).not.toContain(SECRET);
  expect(res.text).not.toMatch(/ at .*\.(ts|js):\d+/);
}

const signUpBody = JSON.stringify({
  ClientId: 'nope',
  Username: 'a@example.com',
  Password: SECRET,
});

describe('X-Amz-Target probes', () => {
  const targets: Array<[string | undefined, RegExp]> = [
    ['__proto__', /UnknownOperation/],
    ['constructor', /UnknownOperation/],
    ['toString', /UnknownOperation/],
    ['hasOwnProperty', /UnknownOperation/],
    ['AWSCognitoIdentityProviderService.__proto__', /UnknownOperation/],
    ['AWSCognitoIdentityProviderService.constructor', /UnknownOperation/],
    ['AWSCognitoIdentityProviderService.toString', /UnknownOperation/],
    ['AWSCognitoIdentityProviderService.hasOwnProperty', /UnknownOperation/],
    ['AWSCognitoIdentityProviderService.valueOf', /UnknownOperation/],
    ['AWSCognitoIdentityProviderService.', /UnknownOperation/],
    ['AWSCognitoIdentityProviderService.SignUp.extra', /UnknownOperation/],
    ['', /UnknownOperation/],
    [undefined, /UnknownOperation/],
    ['DynamoDB_20120810.SignUp', /UnknownOperation/],
    ['SignUp', /UnknownOperation/],
    ['AWSCognitoIdentityProviderService.NoSuchOperation', /UnsupportedOperation/],
    ['AWSCognitoIdentityProviderService.Constructor', /UnsupportedOperation/],
  ];
  it.each(targets)('target %j answers 400 %s', async (target, type) => {
    expectCognitoError(await api(target, signUpBody), 400, type);
  });

  it('a real target still works after the probes (the server survived them)', async () => {
    const res = await api('AWSCognitoIdentityProviderService.ListUserPools', '{"MaxResults":1}');
    expect(res.status).toBe(200);
  });
});

describe('body probes', () => {
  const target = 'AWSCognitoIdentityProviderService.SignUp';
  const bodies: Array<[string, string | Buffer, string, number, RegExp]> = [
    ['empty', '', JSON_TYPE, 400, /SerializationException/],
    ['{', `{"Password":"${SECRET}"`, JSON_TYPE, 400, /SerializationException/],
    ['null', 'null', JSON_TYPE, 400, /SerializationException/],
    ['[]', '[]', JSON_TYPE, 400, /SerializationException/],
    ['"x"', '"x"', JSON_TYPE, 400, /SerializationException/],
    ['42', '42', JSON_TYPE, 400, /SerializationException/],
    ['not JSON', `Password=${SECRET}`, JSON_TYPE, 400, /SerializationException/],
    ['1 MB + 1 byte', Buffer.alloc(MB + 1, 0x20), JSON_TYPE, 413, /TooLarge/],
    ['text/plain', signUpBody, 'text/plain', 400, /SerializationException/],
    ['form-encoded', `Password=${SECRET}`, 'application/x-www-form-urlencoded', 400, /Serial/],
    ['no content type', signUpBody, '', 400, /SerializationException/],
  ];
  it.each(bodies)('%s: 400/413 in Cognito shape', async (_name, body, type, status, errorType) => {
    expectCognitoError(await api(target, body, type), status, errorType);
  });

  it('exactly 1 MB is still read (the limit is not off by one)', async () => {
    const padded = signUpBody.padEnd(MB, ' ');
    expectCognitoError(await api(target, padded), 400, 'ResourceNotFoundException');
  });

  it('a __proto__ key in the body pollutes nothing', async () => {
    const body = `{"__proto__":{"polluted":true},"ClientId":"nope","Username":"a@example.com","Password":"${SECRET}"}`;
    expectCognitoError(await api(target, body), 400, 'ResourceNotFoundException');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('missing parameters of the SPA operations are refused, not crashed on', async () => {
    for (const op of ['SignUp', 'InitiateAuth', 'GetUser', 'ChangePassword', 'GlobalSignOut']) {
      expectCognitoError(await api(`AWSCognitoIdentityProviderService.${op}`, '{}'), 400);
    }
  });
});

describe('hosted UI form posts and /oauth2/*', () => {
  const post = (pathname: string, body: string | Buffer, type: string) =>
    rawRequest(`${cognito.url}${pathname}`, {
      method: 'POST',
      headers: { 'content-type': type },
      body,
    });
  const form = 'application/x-www-form-urlencoded';
  const probes: Array<[string, string | Buffer, string, number]> = [
    ['1 MB + 1 byte', Buffer.alloc(MB + 1, 0x61), form, 413],
    ['JSON', `{"password":"${SECRET}"`, 'application/json', 400],
    ['text/plain', `password=${SECRET}`, 'text/plain', 400],
    ['no content type', `password=${SECRET}`, '', 400],
  ];

  for (const pathname of ['/oauth2/token', '/oauth2/revoke']) {
    it.each(probes)(
      `${pathname}: %s answers with an OAuth error`,
      async (_n, body, type, status) => {
        const res = await post(pathname, body, type);
        expect(res.status).toBe(status);
        expect(res.headers['content-type']).toMatch(/^application\/json/);
        const parsed = JSON.parse(res.text) as { error: string; error_description: string };
        expect(parsed.error).toBe('invalid_request');
        expect(parsed.error_description.length).toBeGreaterThan(10);
        expect(res.text).not.toContain(SECRET);
      },
    );
  }

  it('/oauth2/token: a form with only junk is an unknown client, not a crash', async () => {
    for (const body of ['', '{', 'a=%zz&b', `__proto__=x&constructor=y&password=${SECRET}`]) {
      const res = await post('/oauth2/token', body, form);
      expect(res.status).toBe(401);
      expect(JSON.parse(res.text)).toEqual({ error: 'invalid_client' });
    }
  });

  it.each(probes)('/login: %s answers with a page', async (_n, body, type, status) => {
    const res = await post('/login', body, type);
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toContain('Something went wrong');
    expect(res.text).not.toContain(SECRET);
    expect(res.text).not.toMatch(/ at .*\.(ts|js):\d+/);
  });

  it('/login: a malformed form is a bad request page', async () => {
    for (const body of ['', '{', `oauth=%zz&username=__proto__&password=${SECRET}`]) {
      const res = await post('/login', body, form);
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.text).not.toContain(SECRET);
    }
  });

  it('unknown paths answer 404, also for prototype names', async () => {
    for (const pathname of ['/__proto__', '/constructor', '/oauth2/__proto__', '/_local/nope']) {
      const res = await rawRequest(`${cognito.url}${pathname}`);
      expect(res.status, pathname).toBe(404);
    }
    const get = await rawRequest(`${cognito.url}/`);
    expect(get.status).toBe(405);
  });
});

describe('the log', () => {
  it('an unexpected failure is logged with its stack, still in Cognito shape, without the body', async () => {
    // cognito-local dereferences the missing client: a genuine internal failure.
    const res = await api(
      'AWSCognitoIdentityProviderService.DescribeUserPoolClient',
      JSON.stringify({ Password: SECRET }),
    );
    expectCognitoError(res, 500, 'InternalErrorException');
    expect(logged.join('\n')).toMatch(/DescribeUserPoolClient failed: TypeError/);
  });

  it('never contains a request body', () => {
    // Every probe above carried SECRET in its body.
    expect(logged.join('\n')).not.toContain(SECRET);
  });
});
