/**
 * Shared fixtures for the hosted-UI tests: a config pointing at a fake AWS hosted domain, tokens
 * signed with a throwaway RSA key (WebCrypto), and an msw token endpoint that records each call.
 */
import { http, HttpResponse } from 'msw';
import type { AppConfig } from '../../../../src/config/env';
import { TEST_CONFIG_DEFAULTS } from '../../../support/config-defaults';
import { server } from '../../../support/msw-server';

export const DOMAIN = 'https://myapp.auth.us-east-1.amazoncognito.com';
export const ISSUER = 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Test123';
export const CLIENT_ID = 'client1234567890';
export const ORIGIN = window.location.origin;
export const TOKEN_ENDPOINT = `${DOMAIN}/oauth2/token`;

export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    ...TEST_CONFIG_DEFAULTS,
    region: 'us-east-1',
    userPoolId: 'us-east-1_Test123',
    clientId: CLIENT_ID,
    hostedUiDomain: DOMAIN,
    redirectSignIn: `${ORIGIN}/callback`,
    redirectSignOut: `${ORIGIN}/signed-out`,
    identityProviders: ['Google', 'LoginWithAmazon', 'SignInWithApple', 'Facebook', 'AcmeOkta'],
    authFlow: 'USER_SRP_AUTH',
    tokenStorage: 'session',
    apiUrl: 'http://localhost:3001',
    isLocalPool: false,
    ...overrides,
  };
}

const encoder = new TextEncoder();

function b64url(data: Uint8Array | string): string {
  const bytes = typeof data === 'string' ? encoder.encode(data) : data;
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

let keyPair: Promise<CryptoKeyPair> | undefined;

/** RSA key generation takes a while on a busy machine; do it before the clock of any findBy starts. */
export async function warmUpSigningKey(): Promise<void> {
  await signingKey();
}

function signingKey(): Promise<CryptoKeyPair> {
  keyPair ??= crypto.subtle.generateKey(
    {
      name: 'RSASSA-PKCS1-v1_5',
      modulusLength: 2048,
      publicExponent: new Uint8Array([1, 0, 1]),
      hash: 'SHA-256',
    },
    false,
    ['sign', 'verify'],
  );
  return keyPair;
}

export async function signJwt(
  claims: Record<string, unknown>,
  header: Record<string, unknown> = {},
): Promise<string> {
  const { privateKey } = await signingKey();
  const input = `${b64url(JSON.stringify({ alg: 'RS256', kid: 'test-key', typ: 'JWT', ...header }))}.${b64url(JSON.stringify(claims))}`;
  const signature = await crypto.subtle.sign(
    'RSASSA-PKCS1-v1_5',
    privateKey,
    encoder.encode(input),
  );
  return `${input}.${b64url(new Uint8Array(signature))}`;
}

export interface TokenOptions {
  nonce?: string | undefined;
  idClaims?: Record<string, unknown>;
  accessClaims?: Record<string, unknown>;
  issuer?: string;
}

/** A Cognito-shaped token response for a given nonce; override any claim per test. */
export async function tokenResponse(options: TokenOptions = {}) {
  const now = Math.floor(Date.now() / 1000);
  const iss = options.issuer ?? ISSUER;
  const id_token = await signJwt({
    sub: 'user-sub-1',
    aud: CLIENT_ID,
    email_verified: true,
    token_use: 'id',
    auth_time: now,
    iss,
    'cognito:username': 'ada',
    exp: now + 3600,
    iat: now,
    email: 'ada@example.com',
    ...(options.nonce === undefined ? {} : { nonce: options.nonce }),
    ...options.idClaims,
  });
  const access_token = await signJwt({
    sub: 'user-sub-1',
    iss,
    client_id: CLIENT_ID,
    token_use: 'access',
    scope: 'openid email profile',
    auth_time: now,
    exp: now + 3600,
    iat: now,
    username: 'ada',
    ...options.accessClaims,
  });
  return {
    id_token,
    access_token,
    refresh_token: 'refresh-token-opaque',
    expires_in: 3600,
    token_type: 'Bearer',
  };
}

/** Reads the nonce the app sent, from the transaction stored for `state`. */
export function storedNonce(state: string): string {
  const raw = sessionStorage.getItem(`cra.hostedUi.tx.${state}`);
  if (raw === null) throw new Error(`no transaction stored for ${state}`);
  return (JSON.parse(raw) as { nonce: string }).nonce;
}

export interface TokenCall {
  body: URLSearchParams;
  contentType: string | null;
  authorization: string | null;
}

/**
 * Serves the token endpoint: answers with a response whose ID token carries the nonce stored for
 * the code's transaction (the test passes `state` as the code so the two can be matched).
 */
export function serveTokenEndpoint(
  respond?: (call: TokenCall) => Promise<Response> | Response,
  endpoint: string = TOKEN_ENDPOINT,
): TokenCall[] {
  const calls: TokenCall[] = [];
  server.use(
    http.post(endpoint, async ({ request }) => {
      const call: TokenCall = {
        body: new URLSearchParams(await request.text()),
        contentType: request.headers.get('content-type'),
        authorization: request.headers.get('authorization'),
      };
      calls.push(call);
      if (respond) return respond(call);
      return HttpResponse.json(await tokenResponse({ nonce: nonceFor(call) }));
    }),
  );
  return calls;
}

/** Tests use the code `code-for-<state>` so the fake endpoint can find the right nonce. */
export function codeFor(state: string): string {
  return `code-for-${state}`;
}

const nonces = new Map<string, string>();

/** Remembers a transaction's nonce before the callback takes (and deletes) the transaction. */
export function rememberNonce(state: string): void {
  nonces.set(codeFor(state), storedNonce(state));
}

function nonceFor(call: TokenCall): string | undefined {
  return nonces.get(call.body.get('code') ?? '');
}
