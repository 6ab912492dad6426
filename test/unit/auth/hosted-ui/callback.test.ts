import './realm';
import { http, HttpResponse } from 'msw';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAuthorizeUrl } from '../../../../src/auth/hosted-ui/authorize';
import {
  handleCallback,
  handleCallbackOnce,
  readLastCallback,
  resetCallbackGuard,
  type CallbackDeps,
  type CallbackOutcome,
} from '../../../../src/auth/hosted-ui/callback';
import type { AppConfig } from '../../../../src/config/env';
import { createAuthError } from '../../../../src/auth/errors';
import type { SessionTokens } from '../../../../src/auth/types';
import { server } from '../../../support/msw-server';
import {
  CLIENT_ID,
  ORIGIN,
  TOKEN_ENDPOINT,
  codeFor,
  rememberNonce,
  serveTokenEndpoint,
  testConfig,
  tokenResponse,
  warmUpSigningKey,
  type TokenOptions,
} from './support';

beforeAll(warmUpSigningKey);

beforeEach(() => {
  resetCallbackGuard();
});

async function begin(config: AppConfig = testConfig(), options = {}, now?: number) {
  const url = await createAuthorizeUrl(config, options, now);
  const state = url.searchParams.get('state')!;
  rememberNonce(state);
  return { state, url, verifier: storedVerifier(state) };
}

function storedVerifier(state: string): string {
  return (
    JSON.parse(sessionStorage.getItem(`cra.hostedUi.tx.${state}`)!) as { codeVerifier: string }
  ).codeVerifier;
}

function callbackHref(params: Record<string, string>): string {
  return `${ORIGIN}/callback?${new URLSearchParams(params).toString()}`;
}

function deps(overrides: Partial<CallbackDeps> = {}) {
  const complete = vi.fn<(tokens: SessionTokens) => Promise<void>>(() => Promise.resolve());
  const cleanUrl = vi.fn<(path: string) => void>();
  return { complete, cleanUrl, ...overrides };
}

function failure(outcome: CallbackOutcome) {
  if (outcome.ok) throw new Error('expected the callback to fail');
  return outcome;
}

/** Serves a token response built from this test's overrides (plus the right nonce by default). */
function serveTokens(options: (nonce: string | undefined) => TokenOptions) {
  return serveTokenEndpoint(async (call) => {
    const code = call.body.get('code') ?? '';
    const state = code.replace(/^code-for-/, '');
    const nonce = sessionNonces.get(state);
    return HttpResponse.json(await tokenResponse(options(nonce)));
  });
}

const sessionNonces = new Map<string, string>();
async function beginTracked(config: AppConfig = testConfig(), options = {}) {
  const started = await begin(config, options);
  sessionNonces.set(started.state, started.url.searchParams.get('nonce')!);
  return started;
}

describe('handleCallback: success', () => {
  it('exchanges the code with the verifier and hands the tokens to the session', async () => {
    const calls = serveTokenEndpoint();
    const { state, verifier } = await begin(testConfig(), { returnTo: '/account?tab=mfa' });
    const d = deps();

    const outcome = await handleCallback(
      testConfig(),
      callbackHref({ code: codeFor(state), state }),
      d,
    );

    expect(outcome).toMatchObject({ ok: true, returnTo: '/account?tab=mfa' });
    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call!.contentType).toMatch(/^application\/x-www-form-urlencoded/);
    expect(call!.authorization).toBeNull();
    expect(Object.fromEntries(call!.body)).toEqual({
      grant_type: 'authorization_code',
      code: codeFor(state),
      redirect_uri: `${ORIGIN}/callback`,
      code_verifier: verifier,
      client_id: CLIENT_ID,
    });
    expect(d.complete).toHaveBeenCalledTimes(1);
    const tokens = vi.mocked(d.complete).mock.calls[0]![0];
    expect(tokens.refreshToken).toBe('refresh-token-opaque');
    expect(tokens.idToken.split('.')).toHaveLength(3);
    expect(tokens.accessToken.split('.')).toHaveLength(3);
    expect(readLastCallback()).toEqual({
      returnTo: '/account?tab=mfa',
      provider: undefined,
      outcome: 'done',
    });
  });

  it('strips code and state from the URL before anything async starts', async () => {
    const calls = serveTokenEndpoint();
    const { state } = await begin();
    const seenAtClean: number[] = [];
    const d = deps({ cleanUrl: vi.fn(() => seenAtClean.push(calls.length)) });

    const run = handleCallback(testConfig(), callbackHref({ code: codeFor(state), state }), d);
    // Synchronous: cleaned by the time handleCallback returns, and before the token request.
    expect(d.cleanUrl).toHaveBeenCalledWith('/callback');
    expect(seenAtClean).toEqual([0]);
    await run;
  });

  it('cleans the real address bar and history entry by default', async () => {
    serveTokenEndpoint(() => HttpResponse.json({ error: 'invalid_grant' }, { status: 400 }));
    const { state } = await begin();
    const href = callbackHref({ code: codeFor(state), state });
    window.history.pushState({ idx: 3, key: 'k' }, '', href);

    const run = handleCallback(testConfig(), href, { complete: vi.fn() });
    expect(window.location.search).toBe('');
    expect(window.location.pathname).toBe('/callback');
    expect(window.history.state).toEqual({ idx: 3, key: 'k' });
    // Even when the exchange then fails, the code never comes back.
    expect(failure(await run).error.code).toBe('invalid_grant');
    expect(window.location.href).toBe(`${ORIGIN}/callback`);
  });

  it('accepts the local stand-in on http only for a local pool, with its own issuer', async () => {
    const local = testConfig({
      userPoolId: 'local_abc123',
      cognitoEndpoint: 'http://localhost:9229',
      hostedUiDomain: 'http://localhost:9229',
      isLocalPool: true,
    });
    serveTokenEndpoint(
      async (call) =>
        HttpResponse.json(
          await tokenResponse({
            nonce: sessionNonces.get((call.body.get('code') ?? '').replace('code-for-', '')),
            issuer: 'http://localhost:9229/local_abc123',
          }),
        ),
      'http://localhost:9229/oauth2/token',
    );
    const { state } = await beginTracked(local);
    const outcome = await handleCallback(
      local,
      callbackHref({ code: codeFor(state), state }),
      deps(),
    );
    expect(outcome.ok).toBe(true);
  });

  it('refuses an http hosted domain for a real pool without sending the code', async () => {
    const insecure = testConfig({
      hostedUiDomain: 'http://myapp.auth.us-east-1.amazoncognito.com',
    });
    const calls = serveTokenEndpoint(
      undefined,
      'http://myapp.auth.us-east-1.amazoncognito.com/oauth2/token',
    );
    const { state } = await begin(insecure);
    const outcome = failure(
      await handleCallback(insecure, callbackHref({ code: codeFor(state), state }), deps()),
    );
    expect(outcome.error.code).toBe('insecure_endpoint');
    expect(calls).toHaveLength(0);
  });
});

describe('handleCallback: state', () => {
  it('refuses a response without state', async () => {
    const calls = serveTokenEndpoint();
    await begin();
    const d = deps();
    const outcome = failure(await handleCallback(testConfig(), callbackHref({ code: 'abc' }), d));
    expect(outcome.error).toMatchObject({ code: 'state_missing', source: 'hostedUi' });
    expect(outcome.returnTo).toBe('/');
    expect(calls).toHaveLength(0);
    expect(d.complete).not.toHaveBeenCalled();
  });

  it('refuses a state this tab never issued', async () => {
    const calls = serveTokenEndpoint();
    await begin();
    const d = deps();
    const outcome = failure(
      await handleCallback(testConfig(), callbackHref({ code: 'abc', state: 'forged-state' }), d),
    );
    expect(outcome.error.code).toBe('state_unknown');
    expect(calls).toHaveLength(0);
    expect(d.complete).not.toHaveBeenCalled();
  });

  it('refuses a reused state (replay, reload, Back) after one successful use', async () => {
    const calls = serveTokenEndpoint();
    const { state } = await begin();
    const href = callbackHref({ code: codeFor(state), state });
    const d = deps();

    expect((await handleCallback(testConfig(), href, d)).ok).toBe(true);
    const again = failure(await handleCallback(testConfig(), href, d));

    expect(again.error.code).toBe('state_reused');
    expect(calls).toHaveLength(1);
    expect(d.complete).toHaveBeenCalledTimes(1);
  });

  it('refuses an expired transaction but keeps its returnTo for the retry', async () => {
    const calls = serveTokenEndpoint();
    const { state } = await begin(
      testConfig(),
      { returnTo: '/protected', provider: 'Google' },
      Date.now() - 11 * 60 * 1000,
    );
    const outcome = failure(
      await handleCallback(testConfig(), callbackHref({ code: codeFor(state), state }), deps()),
    );
    expect(outcome.error.code).toBe('transaction_expired');
    expect(outcome.returnTo).toBe('/protected');
    expect(outcome.provider).toBe('Google');
    expect(calls).toHaveLength(0);
  });

  it('refuses a matching state without a code', async () => {
    const calls = serveTokenEndpoint();
    const { state } = await begin();
    const outcome = failure(await handleCallback(testConfig(), callbackHref({ state }), deps()));
    expect(outcome.error.code).toBe('code_missing');
    expect(calls).toHaveLength(0);
  });

  it('reports no response when /callback has no parameters', async () => {
    const d = deps();
    const outcome = failure(await handleCallback(testConfig(), `${ORIGIN}/callback`, d));
    expect(outcome.error.code).toBe('no_response');
    expect(d.cleanUrl).not.toHaveBeenCalled();
  });
});

describe('handleCallback: storage', () => {
  it('turns blocked sessionStorage into an error, after cleaning the URL', async () => {
    const calls = serveTokenEndpoint();
    const getItem = vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const d = deps();
    try {
      const outcome = failure(
        await handleCallback(testConfig(), callbackHref({ code: 'abc', state: 'xyz' }), d),
      );
      expect(outcome.error.code).toBe('storage_unavailable');
    } finally {
      getItem.mockRestore();
    }
    expect(d.cleanUrl).toHaveBeenCalledWith('/callback');
    expect(calls).toHaveLength(0);
  });
});

describe('handleCallback: ID token checks', () => {
  const now = () => Math.floor(Date.now() / 1000);
  it.each<[string, (nonce: string | undefined) => TokenOptions, string]>([
    ['a different nonce', () => ({ nonce: 'someone-elses-nonce' }), 'nonce_mismatch'],
    ['no nonce', () => ({ nonce: undefined }), 'id_token_invalid'],
    [
      'another issuer',
      (nonce) => ({ nonce, idClaims: { iss: 'https://evil.example/pool' } }),
      'id_token_invalid',
    ],
    [
      'another audience',
      (nonce) => ({ nonce, idClaims: { aud: 'other-client' } }),
      'id_token_invalid',
    ],
    [
      'extra audiences without azp',
      (nonce) => ({ nonce, idClaims: { aud: [CLIENT_ID, 'other-client'] } }),
      'id_token_invalid',
    ],
    [
      'an expired token',
      (nonce) => ({ nonce, idClaims: { exp: now() - 3600 } }),
      'id_token_invalid',
    ],
    [
      'token_use access',
      (nonce) => ({ nonce, idClaims: { token_use: 'access' } }),
      'id_token_invalid',
    ],
    [
      'no token_use',
      (nonce) => ({ nonce, idClaims: { token_use: undefined } }),
      'id_token_invalid',
    ],
    [
      'an access token for another client',
      (nonce) => ({ nonce, accessClaims: { client_id: 'other-client' } }),
      'access_token_invalid',
    ],
    [
      'an ID token posing as the access token',
      (nonce) => ({ nonce, accessClaims: { token_use: 'id' } }),
      'access_token_invalid',
    ],
  ])('refuses %s and stores no tokens', async (_name, options, code) => {
    serveTokens(options);
    const { state } = await beginTracked();
    const d = deps();
    const outcome = failure(
      await handleCallback(testConfig(), callbackHref({ code: codeFor(state), state }), d),
    );
    expect(outcome.error.code).toBe(code);
    expect(d.complete).not.toHaveBeenCalled();
  });

  it('refuses an ID token signed with anything but RS256', async () => {
    serveTokenEndpoint(async () => {
      const body = await tokenResponse({});
      const [, payload, sig] = body.id_token.split('.');
      const header = btoa(JSON.stringify({ alg: 'none' })).replace(/=+$/, '');
      return HttpResponse.json({ ...body, id_token: `${header}.${payload}.${sig}` });
    });
    const { state } = await begin();
    const d = deps();
    const outcome = failure(
      await handleCallback(testConfig(), callbackHref({ code: codeFor(state), state }), d),
    );
    expect(outcome.error.code).toBe('id_token_invalid');
    expect(d.complete).not.toHaveBeenCalled();
  });

  it('refuses a response without an ID token', async () => {
    serveTokenEndpoint(async () => {
      const { id_token: _dropped, ...rest } = await tokenResponse({});
      return HttpResponse.json(rest);
    });
    const { state } = await begin();
    const outcome = failure(
      await handleCallback(testConfig(), callbackHref({ code: codeFor(state), state }), deps()),
    );
    expect(outcome.error.code).toBe('invalid_token_response');
  });
});

describe('handleCallback: error forms', () => {
  it.each([
    'access_denied',
    'invalid_request',
    'unauthorized_client',
    'unsupported_response_type',
    'invalid_scope',
    'server_error',
    'temporarily_unavailable',
  ])('turns the IdP error %s into a readable error and consumes the state', async (code) => {
    const calls = serveTokenEndpoint();
    const { state } = await begin(testConfig(), { returnTo: '/protected' });
    const outcome = failure(
      await handleCallback(
        testConfig(),
        callbackHref({ error: code, error_description: 'Described by the IdP', state }),
        deps(),
      ),
    );
    expect(outcome.error).toMatchObject({ code, source: 'hostedUi' });
    expect(outcome.error.message).not.toMatch(/^Sign-in did not complete/);
    expect(outcome.description).toBe('Described by the IdP');
    expect(outcome.returnTo).toBe('/protected');
    expect(calls).toHaveLength(0);
    // The transaction is gone: the same state cannot be used for a code afterwards.
    const replay = failure(
      await handleCallback(testConfig(), callbackHref({ code: 'x', state }), deps()),
    );
    expect(replay.error.code).toBe('state_reused');
  });

  it('hides error_description when the response does not match this tab', async () => {
    const outcome = failure(
      await handleCallback(
        testConfig(),
        callbackHref({
          error: 'access_denied',
          error_description: 'Call +1 555 to unlock',
          state: 'nope',
        }),
        deps(),
      ),
    );
    expect(outcome.error.code).toBe('access_denied');
    expect(outcome.description).toBeUndefined();
  });

  it('does not echo a made-up error code', async () => {
    const outcome = failure(
      await handleCallback(
        testConfig(),
        callbackHref({ error: '<img src=x onerror=alert(1)>' }),
        deps(),
      ),
    );
    expect(outcome.error.code).toBe('invalid_request');
  });

  it('keeps an unknown but well-formed IdP code with a general message', async () => {
    const { state } = await begin();
    const outcome = failure(
      await handleCallback(
        testConfig(),
        callbackHref({ error: 'interaction_required', state }),
        deps(),
      ),
    );
    expect(outcome.error.code).toBe('interaction_required');
    expect(outcome.error.message).toMatch(/Sign-in did not complete/);
  });

  it.each([
    [400, 'invalid_grant', true],
    [400, 'invalid_request', true],
    [400, 'unauthorized_client', false],
    [400, 'unsupported_grant_type', false],
    [401, 'invalid_client', false],
  ])('turns a %i %s from the token endpoint into an error', async (status, code, retryable) => {
    serveTokenEndpoint(() =>
      HttpResponse.json({ error: code, error_description: 'from Cognito' }, { status }),
    );
    const { state } = await begin(testConfig(), { returnTo: '/protected' });
    const d = deps();
    const outcome = failure(
      await handleCallback(testConfig(), callbackHref({ code: codeFor(state), state }), d),
    );
    expect(outcome.error).toMatchObject({ code, retryable, source: 'hostedUi' });
    expect(outcome.returnTo).toBe('/protected');
    expect(d.complete).not.toHaveBeenCalled();
    expect(readLastCallback()).toMatchObject({ returnTo: '/protected', outcome: 'failed' });
  });

  it.each([
    [500, 'server_error'],
    [503, 'server_error'],
    [429, 'temporarily_unavailable'],
  ])('turns a bare %i from the token endpoint into %s', async (status, code) => {
    serveTokenEndpoint(() => new HttpResponse('<html>oops</html>', { status }));
    const { state } = await begin();
    const outcome = failure(
      await handleCallback(testConfig(), callbackHref({ code: codeFor(state), state }), deps()),
    );
    expect(outcome.error).toMatchObject({ code, retryable: true });
  });

  it('turns a 200 that is not JSON into invalid_token_response', async () => {
    serveTokenEndpoint(() => new HttpResponse('not json', { status: 200 }));
    const { state } = await begin();
    const outcome = failure(
      await handleCallback(testConfig(), callbackHref({ code: codeFor(state), state }), deps()),
    );
    expect(outcome.error.code).toBe('invalid_token_response');
  });

  it('turns a network failure into network_error', async () => {
    server.use(http.post(TOKEN_ENDPOINT, () => HttpResponse.error()));
    const { state } = await begin();
    const outcome = failure(
      await handleCallback(testConfig(), callbackHref({ code: codeFor(state), state }), deps()),
    );
    expect(outcome.error).toMatchObject({ code: 'network_error', retryable: true });
  });

  // Issue 12, finding 2: the token endpoint gets Cognito's timeout, and running out of it is the same
  // retryable network_error, not a callback page that waits forever.
  it('turns a token endpoint that never answers into network_error after the timeout', async () => {
    server.use(http.post(TOKEN_ENDPOINT, () => new Promise<Response>(() => {})));
    const config = testConfig({ requestTimeouts: { cognitoMs: 50, apiMs: 50 } });
    const { state } = await begin(config);
    const started = Date.now();
    const outcome = failure(
      await handleCallback(config, callbackHref({ code: codeFor(state), state }), deps()),
    );
    expect(outcome.error).toMatchObject({ code: 'network_error', retryable: true });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('passes on the session store’s own AuthError, or wraps anything else', async () => {
    serveTokenEndpoint();
    const first = await begin();
    const own = createAuthError('QuotaExceeded', { source: 'app' });
    const a = failure(
      await handleCallback(
        testConfig(),
        callbackHref({ code: codeFor(first.state), state: first.state }),
        deps({ complete: () => Promise.reject(own) }),
      ),
    );
    expect(a.error).toBe(own);

    const second = await begin();
    const b = failure(
      await handleCallback(
        testConfig(),
        callbackHref({ code: codeFor(second.state), state: second.state }),
        deps({ complete: () => Promise.reject(new Error('boom')) }),
      ),
    );
    expect(b.error.code).toBe('session_failed');
  });
});

describe('handleCallbackOnce', () => {
  it('shares one run among every caller for the same response', async () => {
    const calls = serveTokenEndpoint();
    const { state } = await begin();
    const href = callbackHref({ code: codeFor(state), state });
    const d = deps();

    const first = handleCallbackOnce(testConfig(), href, d);
    const second = handleCallbackOnce(testConfig(), href, d);

    expect(second).toBe(first);
    expect((await first).ok).toBe(true);
    expect(calls).toHaveLength(1);
    expect(d.complete).toHaveBeenCalledTimes(1);
  });
});
