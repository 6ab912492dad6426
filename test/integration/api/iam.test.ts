/**
 * The AWS_IAM routes against real credentials from the local identity pool, signed with the AWS SDK's
 * own SigV4 signer: a valid signature gets through with the caller's identity; a tampered, expired,
 * wrongly scoped or unknown signature, and a guest or another identity on a signed-in identity's
 * route, get API Gateway's 403 before any handler runs.
 */
import {
  CognitoIdentityClient,
  CreateIdentityPoolCommand,
  GetCredentialsForIdentityCommand,
  GetIdCommand,
} from '@aws-sdk/client-cognito-identity';
import { Hash } from '@smithy/hash-node';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startApi, type RunningApi } from '../../../local/api/server';
import { userPoolProviderName } from '../../../server/pool/definition';
import type { ApiGatewayProxyEvent, ProxyHandler } from '../../../server/api/types';
import { startTestPool, type TestPool } from './pool';

const REGION = 'us-east-1';

interface Credentials {
  identityId: string;
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiration: Date;
}

let pool: TestPool;
let identity: CognitoIdentityClient;
let identityPoolId: string;
let api: RunningApi;
let spyApi: RunningApi;
let guest: Credentials;
let user: Credentials;
let userIdToken: string;

const spyEvents: ApiGatewayProxyEvent[] = [];
const spy = vi.fn<ProxyHandler>(async (event) => {
  spyEvents.push(event);
  return { statusCode: 200, headers: { 'Content-Type': 'application/json' }, body: '{"spy":true}' };
});

async function credentials(idToken?: string): Promise<Credentials> {
  const Logins = idToken ? { [userPoolProviderName(REGION, pool.userPoolId)]: idToken } : undefined;
  const { IdentityId } = await identity.send(
    new GetIdCommand({ IdentityPoolId: identityPoolId, Logins }),
  );
  const { Credentials: c } = await identity.send(
    new GetCredentialsForIdentityCommand({ IdentityId, Logins }),
  );
  return {
    identityId: IdentityId!,
    accessKeyId: c!.AccessKeyId!,
    secretAccessKey: c!.SecretKey!,
    sessionToken: c!.SessionToken!,
    expiration: c!.Expiration!,
  };
}

interface SignOptions {
  method?: string;
  body?: string;
  region?: string;
  service?: string;
  signingDate?: Date;
  base?: string;
}

/** A request signed exactly as an AWS SDK signs it; returns what fetch needs. */
async function signed(
  creds: Pick<Credentials, 'accessKeyId' | 'secretAccessKey' | 'sessionToken'>,
  path: string,
  options: SignOptions = {},
): Promise<{ url: string; init: RequestInit; headers: Record<string, string> }> {
  const url = new URL(path, options.base ?? api.url);
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { host: url.host };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const signer = new SignatureV4({
    service: options.service ?? 'execute-api',
    region: options.region ?? REGION,
    credentials: creds,
    sha256: Hash.bind(null, 'sha256'),
    applyChecksum: false,
  });
  const request = await signer.sign(
    new HttpRequest({
      method,
      protocol: url.protocol,
      hostname: url.hostname,
      port: Number(url.port),
      path: url.pathname,
      headers,
      body: options.body,
    }),
    { signingDate: options.signingDate },
  );
  const sent = { ...(request.headers as Record<string, string>) };
  delete sent.host;
  return {
    url: url.toString(),
    init: { method, headers: sent, body: options.body },
    headers: sent,
  };
}

async function call(
  creds: Credentials,
  path: string,
  options: SignOptions = {},
): Promise<{ status: number; body: Record<string, unknown>; errorType: string | null }> {
  const { url, init } = await signed(creds, path, options);
  const response = await fetch(url, init);
  return {
    status: response.status,
    body: (await response.json()) as Record<string, unknown>,
    errorType: response.headers.get('x-amzn-ErrorType'),
  };
}

beforeAll(async () => {
  pool = await startTestPool();
  identity = new CognitoIdentityClient({
    endpoint: pool.cognitoUrl,
    region: REGION,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  identityPoolId = (
    await identity.send(
      new CreateIdentityPoolCommand({
        IdentityPoolName: 'api',
        AllowUnauthenticatedIdentities: true,
        CognitoIdentityProviders: [
          {
            ProviderName: userPoolProviderName(REGION, pool.userPoolId),
            ClientId: pool.spaClientId,
            ServerSideTokenCheck: true,
          },
        ],
      }),
    )
  ).IdentityPoolId!;
  const options = {
    port: 0,
    userPoolId: pool.userPoolId,
    cognitoUrl: pool.cognitoUrl,
    clientIds: [pool.spaClientId],
    region: REGION,
  };
  api = await startApi(options);
  spyApi = await startApi({ ...options, handlers: { whoami: spy, noteGet: spy, notePut: spy } });
  guest = await credentials();
  userIdToken = (await pool.signIn(await pool.createUser('iam'))).idToken;
  user = await credentials(userIdToken);
});

afterAll(async () => {
  await spyApi?.close();
  await api?.close();
  identity?.destroy();
  await pool?.close();
});

beforeEach(() => {
  spy.mockClear();
  spyEvents.length = 0;
});

describe('valid signatures', () => {
  it('GET /iam/whoami tells a guest it is a guest', async () => {
    const { status, body } = await call(guest, '/iam/whoami');
    expect(status).toBe(200);
    expect(body).toEqual({
      identityId: guest.identityId,
      identityPoolId,
      authenticationType: 'unauthenticated',
      guest: true,
    });
  });

  it('GET /iam/whoami names the signed-in identity, the same with fresh credentials', async () => {
    const first = await call(user, '/iam/whoami');
    const again = await call(await credentials(userIdToken), '/iam/whoami');
    expect(first).toMatchObject({
      status: 200,
      body: { identityId: user.identityId, authenticationType: 'authenticated', guest: false },
    });
    expect(again.body.identityId).toBe(user.identityId);
  });

  it('passes the identity the way API Gateway does', async () => {
    const { url, init } = await signed(user, '/iam/whoami', { base: spyApi.url });
    expect((await fetch(url, init)).status).toBe(200);
    expect(spyEvents[0]?.requestContext.identity).toMatchObject({
      accessKey: user.accessKeyId,
      cognitoIdentityId: user.identityId,
      cognitoIdentityPoolId: identityPoolId,
      cognitoAuthenticationType: 'authenticated',
    });
  });

  it('a signed-in identity writes and reads its own note (the body is signed too)', async () => {
    const path = `/iam/notes/${user.identityId}`;
    const empty = await call(user, path);
    expect(empty).toMatchObject({ status: 200, body: { note: null } });
    const put = await call(user, path, { method: 'PUT', body: JSON.stringify({ note: 'hello' }) });
    expect(put).toMatchObject({
      status: 200,
      body: { identityId: user.identityId, note: 'hello' },
    });
    expect((await call(user, path)).body.note).toBe('hello');
  });

  it('a note that is too long gets a clear 400', async () => {
    const put = await call(user, `/iam/notes/${user.identityId}`, {
      method: 'PUT',
      body: JSON.stringify({ note: 'x'.repeat(501) }),
    });
    expect(put).toMatchObject({
      status: 400,
      body: { message: expect.stringContaining('at most 500') },
    });
  });
});

describe('refused with 403 before any handler runs', () => {
  async function refused(init: { url: string; init: RequestInit }) {
    const response = await fetch(init.url, init.init);
    const body = (await response.json()) as Record<string, unknown>;
    expect(response.status).toBe(403);
    expect(spy).not.toHaveBeenCalled();
    return { body, errorType: response.headers.get('x-amzn-ErrorType') };
  }
  const base = () => ({ base: spyApi.url });

  it('no signature at all', async () => {
    const { body } = await refused({ url: `${spyApi.url}/iam/whoami`, init: {} });
    expect(body).toEqual({ message: 'Missing Authentication Token' });
  });

  it('a tampered signature', async () => {
    const request = await signed(user, '/iam/whoami', base());
    const headers = request.init.headers as Record<string, string>;
    headers.authorization = headers.authorization!.replace(
      /Signature=(.)/,
      (_m, c: string) => `Signature=${c === '0' ? '1' : '0'}`,
    );
    const { body, errorType } = await refused(request);
    expect(errorType).toBe('InvalidSignatureException');
    expect(body.message).toMatch(/^The request signature we calculated does not match/);
  });

  it('a body changed after signing', async () => {
    const request = await signed(user, `/iam/notes/${user.identityId}`, {
      ...base(),
      method: 'PUT',
      body: JSON.stringify({ note: 'mine' }),
    });
    request.init.body = JSON.stringify({ note: 'evil' });
    expect((await refused(request)).errorType).toBe('InvalidSignatureException');
  });

  it('a signature made with another secret', async () => {
    const request = await signed(
      { ...user, secretAccessKey: guest.secretAccessKey },
      '/iam/whoami',
      base(),
    );
    expect((await refused(request)).errorType).toBe('InvalidSignatureException');
  });

  it('the wrong region or service in the credential scope', async () => {
    const region = await refused(
      await signed(user, '/iam/whoami', { ...base(), region: 'eu-west-1' }),
    );
    expect(region.body.message).toMatch(/valid region/);
    const service = await refused(await signed(user, '/iam/whoami', { ...base(), service: 's3' }));
    expect(service.body.message).toMatch(/correct service: 'execute-api'/);
  });

  it('a request dated too far from now', async () => {
    const old = await refused(
      await signed(user, '/iam/whoami', {
        ...base(),
        signingDate: new Date(Date.now() - 10 * 60_000),
      }),
    );
    expect(old.body.message).toMatch(/^Signature expired/);
  });

  it('an unknown access key or a wrong session token', async () => {
    const unknown = await refused(
      await signed({ ...user, accessKeyId: 'ASIAAAAAAAAAAAAAAAAA' }, '/iam/whoami', base()),
    );
    expect(unknown.body).toEqual({
      message: 'The security token included in the request is invalid.',
    });
    const token = await refused(
      await signed({ ...user, sessionToken: guest.sessionToken }, '/iam/whoami', base()),
    );
    expect(token.errorType).toBe('UnrecognizedClientException');
  });

  it('a guest on a signed-in route, and an identity on another identity’s note', async () => {
    const asGuest = await refused(await signed(guest, `/iam/notes/${guest.identityId}`, base()));
    expect(asGuest.errorType).toBe('AccessDeniedException');
    expect(asGuest.body.Message).toMatch(/is not authorized to perform: execute-api:Invoke/);
    const other = await credentials((await pool.signIn(await pool.createUser('other'))).idToken);
    const theirs = await refused(await signed(other, `/iam/notes/${user.identityId}`, base()));
    expect(theirs.errorType).toBe('AccessDeniedException');
  });

  it('bearer tokens are no signature', async () => {
    const { body } = await refused({
      url: `${spyApi.url}/iam/whoami`,
      init: { headers: { Authorization: `Bearer ${userIdToken}` } },
    });
    expect(body.message).toMatch(/AWS4-HMAC-SHA256/);
  });
});

describe('expired credentials', () => {
  it('are refused once their hour is over, even when freshly signed', async () => {
    const later = Date.now() + 3600_000 + 60_000;
    const expiredApi = await startApi({
      port: 0,
      userPoolId: pool.userPoolId,
      cognitoUrl: pool.cognitoUrl,
      clientIds: [pool.spaClientId],
      region: REGION,
      handlers: { whoami: spy },
      now: () => later,
    });
    try {
      expect(user.expiration.getTime()).toBeLessThan(later);
      const { url, init } = await signed(user, '/iam/whoami', {
        base: expiredApi.url,
        signingDate: new Date(later),
      });
      const response = await fetch(url, init);
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({
        message: 'The security token included in the request is expired',
      });
      expect(spy).not.toHaveBeenCalled();
    } finally {
      await expiredApi.close();
    }
  });
});

describe('CORS for signed calls', () => {
  it('a preflight to an IAM route allows PUT and the SigV4 headers; bearer routes keep theirs', async () => {
    const preflight = (path: string) =>
      fetch(`${api.url}${path}`, {
        method: 'OPTIONS',
        headers: {
          Origin: 'http://localhost:5173',
          'Access-Control-Request-Method': 'PUT',
          'Access-Control-Request-Headers': 'authorization,x-amz-date,x-amz-security-token',
        },
      });
    const iam = await preflight(`/iam/notes/${user.identityId}`);
    expect(iam.headers.get('access-control-allow-methods')).toContain('PUT');
    expect(iam.headers.get('access-control-allow-headers')).toContain('X-Amz-Security-Token');
    const bearer = await preflight('/me');
    expect(bearer.headers.get('access-control-allow-headers')).toBe('Authorization, Content-Type');
  });
});
