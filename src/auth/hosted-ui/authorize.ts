/**
 * Starts a hosted-UI sign-in: builds the authorize URL (authorization code + PKCE S256, random
 * state and nonce), remembers the transaction for the callback, and leaves the page.
 */
import {
  calculatePKCECodeChallenge,
  generateRandomCodeVerifier,
  generateRandomNonce,
  generateRandomState,
} from 'oauth4webapi';
import { sanitizeReturnTo } from '../returnTo';
import { leavePage } from './browser';
import type { HostedUiConfig } from './domain';
import { authorizationServer } from './server';
import { saveTransaction } from './transactions';

export interface HostedSignInOptions {
  /** A Cognito identity provider name (e.g. `Google`); sends the user straight to that provider. */
  provider?: string;
  /** Where to go after sign-in; sanitised, so any value is safe to pass. */
  returnTo?: string;
}

export interface StartDeps {
  /** Leaves the page; tests pass a spy. */
  navigate?: (url: string) => void;
  now?: () => number;
}

/** Builds the authorize URL and stores its transaction; does not navigate. */
export async function createAuthorizeUrl(
  config: HostedUiConfig,
  options: HostedSignInOptions = {},
  now: number = Date.now(),
): Promise<URL> {
  const server = authorizationServer(config);
  const codeVerifier = generateRandomCodeVerifier();
  const state = generateRandomState();
  const nonce = generateRandomNonce();
  const codeChallenge = await calculatePKCECodeChallenge(codeVerifier);
  // Stored with the transaction: the token request must repeat it byte for byte.
  const redirectUri = config.redirectSignIn;

  // authorization_endpoint is built from config in server.ts, so it is always a string here.
  const url = new URL(server.authorization_endpoint as string);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', config.clientId);
  url.searchParams.set('redirect_uri', redirectUri);
  url.searchParams.set('scope', config.oauthScopes.join(' '));
  url.searchParams.set('state', state);
  url.searchParams.set('nonce', nonce);
  url.searchParams.set('code_challenge', codeChallenge);
  url.searchParams.set('code_challenge_method', 'S256');
  if (options.provider !== undefined && options.provider !== '') {
    url.searchParams.set('identity_provider', options.provider);
  }

  saveTransaction(
    {
      state,
      codeVerifier,
      nonce,
      returnTo: sanitizeReturnTo(options.returnTo ?? '/'),
      provider: options.provider || undefined,
      redirectUri,
      createdAt: now,
    },
    now,
  );
  return url;
}

/**
 * Redirects the browser to the hosted UI (or straight to `provider`). Rejects only if the browser
 * cannot do PKCE (no WebCrypto outside a secure context) or storage is unavailable.
 */
export async function startHostedSignIn(
  config: HostedUiConfig,
  options: HostedSignInOptions = {},
  deps: StartDeps = {},
): Promise<void> {
  const url = await createAuthorizeUrl(config, options, (deps.now ?? Date.now)());
  (deps.navigate ?? leavePage)(url.href);
}
