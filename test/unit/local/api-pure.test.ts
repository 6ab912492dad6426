/** The API's pure parts: bearer parsing, claim flattening, CORS decisions, config, and the handlers. */
import { describe, expect, it } from 'vitest';
import { bearerToken, toAuthorizerClaims } from '../../../local/api/authorizer';
import { resolveApiConfig } from '../../../local/api/config';
import { corsHeaders, preflightHeaders } from '../../../server/api/cors';
import { handler as admin } from '../../../server/api/handlers/admin';
import { handler as health } from '../../../server/api/handlers/health';
import { handler as hello } from '../../../server/api/handlers/hello';
import { groupsOf } from '../../../server/api/handlers/http';
import { handler as me } from '../../../server/api/handlers/me';
import { health as lambdaHealth, withCors } from '../../../server/api/lambda';
import type { ApiGatewayProxyEvent, AuthorizerClaims } from '../../../server/api/types';

const event = (claims?: AuthorizerClaims) =>
  ({
    requestContext: { authorizer: claims ? { claims } : null },
  }) as unknown as ApiGatewayProxyEvent;

describe('bearerToken', () => {
  it('separates missing credentials from unusable ones', () => {
    expect(bearerToken(undefined)).toBeNull();
    expect(bearerToken('Basic abc')).toBeNull();
    expect(bearerToken('Bearer abc.def.ghi')).toBe('abc.def.ghi');
    expect(bearerToken('bearer   abc')).toBe('abc');
    expect(bearerToken('Bearer')).toBe('');
    expect(bearerToken('Bearer a b')).toBe('');
  });
});

describe('claims', () => {
  it('are flattened to strings like API Gateway does', () => {
    expect(
      toAuthorizerClaims({ sub: 's', exp: 5, 'cognito:groups': ['a', 'b'], nested: { x: 1 } }),
    ).toEqual({
      sub: 's',
      exp: '5',
      'cognito:groups': 'a,b',
      nested: '{"x":1}',
    });
  });

  it('groups parse from every API Gateway flavour', () => {
    expect(groupsOf({ 'cognito:groups': 'admin,user' })).toEqual(['admin', 'user']);
    expect(groupsOf({ 'cognito:groups': '[admin user]' })).toEqual(['admin', 'user']);
    expect(groupsOf({ 'cognito:groups': 'admin' })).toEqual(['admin']);
    expect(groupsOf({})).toEqual([]);
    expect(groupsOf(undefined)).toEqual([]);
  });
});

describe('CORS', () => {
  const allowed = ['http://localhost:5173'];
  it('echoes an allowed origin, always varies on Origin', () => {
    expect(corsHeaders('http://localhost:5173', allowed)).toMatchObject({
      allowed: true,
      headers: { 'Access-Control-Allow-Origin': 'http://localhost:5173', Vary: 'Origin' },
    });
    expect(corsHeaders('http://localhost:5174', allowed)).toEqual({
      allowed: false,
      headers: { Vary: 'Origin' },
    });
    expect(corsHeaders(undefined, allowed)).toEqual({
      allowed: false,
      headers: { Vary: 'Origin' },
    });
  });

  it('preflight names the allowed methods and headers only for allowed origins', () => {
    expect(
      preflightHeaders('http://localhost:5173', allowed).headers['Access-Control-Allow-Headers'],
    ).toBe('Authorization, Content-Type');
    expect(
      preflightHeaders('http://evil.example', allowed).headers['Access-Control-Allow-Headers'],
    ).toBeUndefined();
  });
});

describe('resolveApiConfig', () => {
  it('takes ids from the provisioned env file', () => {
    const result = resolveApiConfig(
      {},
      {
        VITE_COGNITO_USER_POOL_ID: 'local_abc',
        VITE_COGNITO_CLIENT_ID: 'c1',
        VITE_COGNITO_ENDPOINT: 'http://localhost:9229/',
      },
    );
    expect(result).toEqual({
      ok: true,
      config: {
        port: 3001,
        host: '127.0.0.1',
        userPoolId: 'local_abc',
        cognitoUrl: 'http://localhost:9229',
        clientIds: ['c1'],
        allowedOrigins: ['http://localhost:5173', 'http://localhost:4173'],
      },
    });
  });

  it('env vars win; an AWS pool needs no endpoint', () => {
    const result = resolveApiConfig(
      {
        COGNITO_USER_POOL_ID: 'eu-west-1_X1',
        COGNITO_CLIENT_IDS: 'a, b',
        PORT: '0',
        API_ALLOWED_ORIGINS: 'https://app.example',
      },
      { VITE_COGNITO_USER_POOL_ID: 'local_abc', VITE_COGNITO_CLIENT_ID: 'c1' },
    );
    expect(result.ok && result.config).toMatchObject({
      userPoolId: 'eu-west-1_X1',
      clientIds: ['a', 'b'],
      cognitoUrl: 'https://cognito-idp.eu-west-1.amazonaws.com',
      port: 0,
      allowedOrigins: ['https://app.example'],
    });
  });

  it('says what is missing', () => {
    const result = resolveApiConfig({}, {});
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.join('\n')).toMatch(/npm run provision/);
  });
});

describe('handlers', () => {
  const claims = { sub: 'sub-1', username: 'alice', client_id: 'c1', 'cognito:groups': 'user' };

  // Issue 15: greet by the `name` claim (pre token generation adds it), never by username or sub.
  it('hello greets by name, else by email, never by username or sub', async () => {
    const named = await hello(event({ ...claims, name: 'Ada', email: 'ada@example.com' }));
    expect(named.statusCode).toBe(200);
    expect(JSON.parse(named.body)).toEqual({ message: 'Hello Ada!', userId: 'sub-1' });
    const emailOnly = await hello(event({ ...claims, email: 'ada@example.com' }));
    expect(JSON.parse(emailOnly.body).message).toBe('Hello ada@example.com!');
    const bare = JSON.parse((await hello(event(claims))).body) as { message: string };
    expect(bare.message).toBe('Hello there!');
    expect(bare.message).not.toMatch(/alice|sub-1/);
  });

  it('me lists claims and groups, and the profile claims from the access token', async () => {
    expect(JSON.parse((await me(event(claims))).body)).toMatchObject({
      userId: 'sub-1',
      groups: ['user'],
      clientId: 'c1',
      name: null,
      email: null,
      company: null,
    });
    const profile = { ...claims, name: 'Ada', email: 'ada@example.com', 'custom:company': 'Acme' };
    expect(JSON.parse((await me(event(profile))).body)).toMatchObject({
      name: 'Ada',
      email: 'ada@example.com',
      company: 'Acme',
      groups: ['user'],
    });
  });

  it('admin refuses non-admins itself; every protected handler fails closed without claims', async () => {
    expect((await admin(event(claims))).statusCode).toBe(403);
    expect((await admin(event({ ...claims, 'cognito:groups': 'admin,user' }))).statusCode).toBe(
      200,
    );
    for (const handler of [hello, me, admin]) expect((await handler(event())).statusCode).toBe(401);
  });

  it('health is open', async () => {
    expect(JSON.parse((await health(event())).body)).toEqual({ status: 'ok' });
  });
});

describe('Lambda entries', () => {
  const request = (headers: Record<string, string>) =>
    ({ ...event({ sub: 'sub-1', username: 'alice' }), headers }) as ApiGatewayProxyEvent;

  it('add the same CORS headers as the local adapter, whatever the header case', async () => {
    const wrapped = withCors(hello, () => ['https://app.example']);
    const allowed = await wrapped(request({ origin: 'https://app.example' }));
    expect(allowed.statusCode).toBe(200);
    expect(allowed.headers).toMatchObject({
      'Access-Control-Allow-Origin': 'https://app.example',
      'Content-Type': 'application/json; charset=utf-8',
      Vary: 'Origin',
    });
    const refused = await wrapped(request({ Origin: 'https://evil.example' }));
    expect(refused.headers?.['Access-Control-Allow-Origin']).toBeUndefined();
  });

  it('read the allowed origins from ALLOWED_ORIGINS', async () => {
    process.env.ALLOWED_ORIGINS = 'https://d1.cloudfront.net,http://localhost:5173';
    try {
      const result = await lambdaHealth(request({ Origin: 'https://d1.cloudfront.net' }));
      expect(result.headers?.['Access-Control-Allow-Origin']).toBe('https://d1.cloudfront.net');
    } finally {
      delete process.env.ALLOWED_ORIGINS;
    }
  });
});
