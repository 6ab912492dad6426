/**
 * The hosted-UI side of the error model: OAuth error codes (RFC 6749, OIDC) and our own callback
 * checks become AuthErrors with source `hostedUi`, with words from this module's table. The table is
 * typed over every code, so a code the callback or the code exchange can emit without words does not
 * compile.
 */
import { authErrorFrom, type AuthError } from '../errors';
import { START_FAILED_MESSAGE } from './startFailed';

/** OAuth error codes the authorization server may send, to the redirect or from the token endpoint. */
export type OAuthErrorCode =
  | 'access_denied'
  | 'invalid_request'
  | 'unauthorized_client'
  | 'unsupported_response_type'
  | 'invalid_scope'
  | 'server_error'
  | 'temporarily_unavailable'
  | 'login_required'
  | 'invalid_grant'
  | 'invalid_client'
  | 'unsupported_grant_type';

/** Codes this module produces besides the OAuth error codes the server sends. */
export type HostedUiLocalCode =
  | 'no_response'
  | 'state_missing'
  | 'state_unknown'
  | 'state_reused'
  | 'transaction_expired'
  | 'code_missing'
  | 'nonce_mismatch'
  | 'id_token_invalid'
  | 'access_token_invalid'
  | 'invalid_token_response'
  | 'network_error'
  | 'insecure_endpoint'
  | 'session_failed'
  | 'start_failed'
  | 'storage_unavailable'
  | 'not_configured'
  /** Anything the exchange threw that we cannot place, and any OAuth code we do not know. */
  | 'unknown_error';

export type HostedUiErrorCode = OAuthErrorCode | HostedUiLocalCode;

interface HostedUiEntry {
  message: string;
  retryable: boolean;
}

const securityCheck = (reason: string) =>
  `The sign-in response failed a security check (${reason}). Please sign in again.`;

const MESSAGES = new Map<string, HostedUiEntry>(
  Object.entries({
    // Authorization (redirect) errors, RFC 6749 §4.1.2.1 plus OIDC.
    access_denied: {
      message: 'Sign-in was cancelled or the account was not allowed to sign in.',
      retryable: true,
    },
    invalid_request: {
      message:
        'The sign-in service rejected the request. Try again; if it keeps happening, the app’s sign-in settings need attention.',
      retryable: true,
    },
    unauthorized_client: {
      message:
        'This app is not allowed to use that way of signing in. Its Cognito app client settings need attention.',
      retryable: false,
    },
    unsupported_response_type: {
      message:
        'The sign-in service does not accept this app’s kind of request. The app client settings need attention.',
      retryable: false,
    },
    invalid_scope: {
      message: 'The app asked for permissions its Cognito app client does not allow.',
      retryable: false,
    },
    server_error: {
      message: 'The sign-in service had a problem. Please try again.',
      retryable: true,
    },
    temporarily_unavailable: {
      message: 'The sign-in service is busy right now. Please try again in a moment.',
      retryable: true,
    },
    login_required: {
      message: 'Please sign in to continue.',
      retryable: true,
    },
    // Token endpoint errors, RFC 6749 §5.2.
    invalid_grant: {
      message: 'The sign-in response has expired or was already used. Please sign in again.',
      retryable: true,
    },
    invalid_client: {
      message: 'The sign-in service did not recognise this app. The app client ID may be wrong.',
      retryable: false,
    },
    unsupported_grant_type: {
      message:
        'The app client does not allow the authorization code flow. Its settings need attention.',
      retryable: false,
    },
    // Our own checks.
    no_response: {
      message:
        'There is no sign-in response to finish here. If you reloaded this page, the response was already used.',
      retryable: true,
    },
    state_missing: {
      message: 'The sign-in response has no state, so it was not accepted. Please start again.',
      retryable: true,
    },
    state_unknown: {
      message:
        'This sign-in response does not match a sign-in started in this tab, so for your safety it was not accepted. Please start again.',
      retryable: true,
    },
    state_reused: {
      message:
        'This sign-in response was already used, so it was not accepted again. Please start again.',
      retryable: true,
    },
    transaction_expired: {
      message: 'The sign-in took too long and has expired. Please start again.',
      retryable: true,
    },
    code_missing: {
      message: 'The sign-in response has no authorization code. Please sign in again.',
      retryable: true,
    },
    nonce_mismatch: {
      message: securityCheck('it does not belong to this sign-in'),
      retryable: true,
    },
    id_token_invalid: {
      message: securityCheck('its ID token is not valid for this app'),
      retryable: true,
    },
    access_token_invalid: {
      message: securityCheck('its access token is not valid for this app'),
      retryable: true,
    },
    invalid_token_response: {
      message: 'The sign-in service sent a response the app could not read. Please try again.',
      retryable: true,
    },
    network_error: {
      message: 'Could not reach the sign-in service. Check your connection and try again.',
      retryable: true,
    },
    insecure_endpoint: {
      message:
        'The hosted sign-in address is not HTTPS, so the app refused to use it. VITE_COGNITO_DOMAIN needs an https:// URL.',
      retryable: false,
    },
    session_failed: {
      message: 'Signed in, but the session could not be saved. Please try again.',
      retryable: true,
    },
    not_configured: {
      message:
        'Hosted sign-in is not set up for this app (VITE_COGNITO_DOMAIN is not set). Sign in with your email and password instead.',
      retryable: false,
    },
    storage_unavailable: {
      message:
        'This browser is blocking the storage sign-in needs. Allow this site to store data (or leave private browsing) and try again.',
      retryable: true,
    },
    start_failed: { message: START_FAILED_MESSAGE, retryable: true },
    unknown_error: {
      message: 'Sign-in did not complete. Please try again.',
      retryable: true,
    },
  } satisfies Record<HostedUiErrorCode, HostedUiEntry>),
);

/** Builds the AuthError for one of our codes. */
export function hostedUiError(code: HostedUiErrorCode, cause?: unknown): AuthError {
  return authErrorFrom(code, MESSAGES.get(code)!, { source: 'hostedUi', cause });
}

/**
 * Builds the AuthError for a code the server sent. An unknown code keeps its own value (for the logs)
 * with unknown_error's words; anything that is not an OAuth-style ASCII word becomes invalid_request.
 */
export function oauthError(serverCode: string, cause?: unknown): AuthError {
  const code = /^[a-z_]{1,64}$/i.test(serverCode) ? serverCode : 'invalid_request';
  const entry = MESSAGES.get(code) ?? MESSAGES.get('unknown_error')!;
  return authErrorFrom(code, entry, { source: 'hostedUi', cause });
}
