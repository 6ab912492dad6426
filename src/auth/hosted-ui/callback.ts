/**
 * Finishes a hosted-UI sign-in, framework-free: claims the transaction for the response's `state`
 * (once), strips code and state from the URL before anything async can fail, exchanges the code
 * with the PKCE verifier, validates the ID token (iss, aud, exp, nonce via oauth4webapi; token_use
 * here) and hands the tokens to the session. `handleCallbackOnce` is the run-once guard: React
 * StrictMode's second effect, or any second caller for the same response, shares the first run.
 */
import {
  authorizationCodeGrantRequest,
  getValidatedIdTokenClaims,
  None,
  processAuthorizationCodeResponse,
  validateAuthResponse,
} from 'oauth4webapi';
import { decodeJwt } from '../jwt';
import type { AuthError, SessionTokens } from '../types';
import { sanitizeReturnTo } from '../returnTo';
import { replaceUrl } from './browser';
import { isAuthError } from '../errors';
import { hostedUiError, oauthError } from './errors';
import { exchangeError } from './exchangeError';
import { issuerFor, type HostedUiConfig } from './domain';
import { authorizationServer, oauthClient, requestOptions } from './server';
import { takeTransaction, type HostedTransaction } from './transactions';

export type CallbackOutcome =
  | { ok: true; returnTo: string; tokens: SessionTokens }
  | {
      ok: false;
      error: AuthError;
      /** Where the retry should return to; `/` when the response matched no transaction. */
      returnTo: string;
      /** The provider the failed attempt used, so the retry goes the same way. */
      provider?: string;
      /** The IdP's error_description, only when the response matched this tab's transaction. */
      description?: string;
    };

export interface CallbackDeps {
  /** Puts the tokens into the session (useAuth().completeHostedSignIn). */
  complete: (tokens: SessionTokens) => Promise<void>;
  /** Removes the response parameters from the address bar and history entry. */
  cleanUrl?: (cleaned: string) => void;
  now?: () => number;
}

const LAST_KEY = 'cra.hostedUi.last';

/** What the last handled callback in this tab was for, so a reload of /callback can recover. */
export interface LastCallback {
  returnTo: string;
  provider?: string;
  outcome: 'pending' | 'done' | 'failed';
}

/** True when the URL carries an authorization response (success or error). */
export function hasCallbackParams(search: string): boolean {
  const params = new URLSearchParams(search);
  return params.has('code') || params.has('error') || params.has('state');
}

export function readLastCallback(): LastCallback | null {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(LAST_KEY) ?? 'null');
    if (typeof value !== 'object' || value === null) return null;
    const last = value as Partial<LastCallback>;
    if (typeof last.returnTo !== 'string') return null;
    return {
      returnTo: sanitizeReturnTo(last.returnTo),
      provider: typeof last.provider === 'string' ? last.provider : undefined,
      outcome: last.outcome === 'done' || last.outcome === 'failed' ? last.outcome : 'pending',
    };
  } catch {
    return null;
  }
}

function writeLastCallback(last: LastCallback): void {
  try {
    sessionStorage.setItem(LAST_KEY, JSON.stringify(last));
  } catch {
    // Only a reload nicety; a full or blocked storage must not fail the sign-in.
  }
}

const runs = new Map<string, Promise<CallbackOutcome>>();

/**
 * Handles the response in `href` exactly once per page load: a second call with the same response
 * (StrictMode, a remount) gets the first call's promise. After a reload the URL is already clean
 * and the transaction already taken, so the response cannot be replayed either.
 */
export function handleCallbackOnce(
  config: HostedUiConfig,
  href: string,
  deps: CallbackDeps,
): Promise<CallbackOutcome> {
  const key = new URL(href).search;
  const existing = runs.get(key);
  if (existing !== undefined) return existing;
  const run = handleCallback(config, href, deps);
  runs.set(key, run);
  return run;
}

/** Test seam: forget which responses this module has handled (a page load does this for real). */
export function resetCallbackGuard(): void {
  runs.clear();
}

/** One run, without the guard. The synchronous part (claim, clean URL) completes before it returns. */
export function handleCallback(
  config: HostedUiConfig,
  href: string,
  deps: CallbackDeps,
): Promise<CallbackOutcome> {
  const url = new URL(href);
  const params = url.searchParams;
  if (!hasCallbackParams(url.search)) {
    return Promise.resolve({ ok: false, error: hostedUiError('no_response'), returnTo: '/' });
  }
  // The code and state must not outlive this line in the address bar or history, whatever follows.
  (deps.cleanUrl ?? replaceUrl)(url.pathname);

  let claimed: Claim;
  try {
    claimed = claim(params, (deps.now ?? Date.now)());
  } catch (error) {
    // sessionStorage can throw (storage disabled, quota); that is a screen, not a crash.
    return Promise.resolve({
      ok: false,
      error: hostedUiError('storage_unavailable', error),
      returnTo: '/',
    });
  }
  if (!claimed.ok) {
    writeLastCallback({
      returnTo: claimed.returnTo,
      provider: claimed.provider,
      outcome: 'failed',
    });
    return Promise.resolve(claimed);
  }
  const { transaction } = claimed;
  const returnTo = sanitizeReturnTo(transaction.returnTo);
  writeLastCallback({ returnTo, provider: transaction.provider, outcome: 'pending' });

  return (async (): Promise<CallbackOutcome> => {
    let tokens: SessionTokens;
    try {
      tokens = await exchangeCode(config, params, transaction);
    } catch (error) {
      writeLastCallback({ returnTo, provider: transaction.provider, outcome: 'failed' });
      return { ok: false, error: exchangeError(error), returnTo, provider: transaction.provider };
    }
    try {
      await deps.complete(tokens);
    } catch (error) {
      writeLastCallback({ returnTo, provider: transaction.provider, outcome: 'failed' });
      return {
        ok: false,
        error: isAuthError(error) ? error : hostedUiError('session_failed', error),
        returnTo,
        provider: transaction.provider,
      };
    }
    writeLastCallback({ returnTo, provider: transaction.provider, outcome: 'done' });
    return { ok: true, returnTo, tokens };
  })();
}

type Claim = { ok: true; transaction: HostedTransaction } | Extract<CallbackOutcome, { ok: false }>;

/** The synchronous checks: state present, known, unused and fresh; no IdP error; a code present. */
function claim(params: URLSearchParams, now: number): Claim {
  const state = params.get('state');
  const idpError = params.get('error');
  const code = params.get('code');

  const taken = state === null || state === '' ? null : takeTransaction(state, now);
  const transaction =
    taken !== null && (taken.kind === 'ok' || taken.kind === 'expired')
      ? taken.transaction
      : undefined;
  const context = {
    returnTo: sanitizeReturnTo(transaction?.returnTo ?? '/'),
    provider: transaction?.provider,
  };

  if (idpError !== null) {
    // error_description is attacker-controllable text on a page anyone can link to; show it only
    // when the response answers this tab's own request.
    const description =
      taken?.kind === 'ok' ? (params.get('error_description') ?? undefined) : undefined;
    return { ok: false, error: oauthError(idpError), description, ...context };
  }
  if (taken === null) return { ok: false, error: hostedUiError('state_missing'), ...context };
  if (taken.kind === 'unknown')
    return { ok: false, error: hostedUiError('state_unknown'), ...context };
  if (taken.kind === 'reused')
    return { ok: false, error: hostedUiError('state_reused'), ...context };
  if (taken.kind === 'expired') {
    return { ok: false, error: hostedUiError('transaction_expired'), ...context };
  }
  if (code === null || code === '') {
    return { ok: false, error: hostedUiError('code_missing'), ...context };
  }
  return { ok: true, transaction: taken.transaction };
}

/** The code exchange and token checks; throws on any failure (mapped by exchangeError). */
async function exchangeCode(
  config: HostedUiConfig,
  params: URLSearchParams,
  transaction: HostedTransaction,
): Promise<SessionTokens> {
  const server = authorizationServer(config);
  const client = oauthClient(config);
  // The state was matched in claim(); oauth4webapi checks it again and brands the parameters.
  const validated = validateAuthResponse(server, client, params, transaction.state);
  const response = await authorizationCodeGrantRequest(
    server,
    client,
    None(),
    validated,
    transaction.redirectUri,
    transaction.codeVerifier,
    requestOptions(config),
  );
  // Checks iss, aud (and azp), exp, iat, sub, the RS256 header and the nonce. It does not verify
  // the signature: the token came straight from the token endpoint over TLS (OIDC Core 3.1.3.7).
  const result = await processAuthorizationCodeResponse(server, client, response, {
    expectedNonce: transaction.nonce,
    requireIdToken: true,
  });
  const claims = getValidatedIdTokenClaims(result);
  // Cognito's access tokens carry the same iss; token_use keeps an access token from posing as an
  // ID token and vice versa, which oauth4webapi has no notion of.
  if (claims === undefined || claims.token_use !== 'id' || result.id_token === undefined) {
    throw hostedUiError('id_token_invalid');
  }
  const access = decodeJwt(result.access_token);
  if (
    access === null ||
    access.token_use !== 'access' ||
    access.client_id !== config.clientId ||
    access.iss !== issuerFor(config)
  ) {
    throw hostedUiError('access_token_invalid');
  }
  return {
    idToken: result.id_token,
    accessToken: result.access_token,
    refreshToken: result.refresh_token,
  };
}
