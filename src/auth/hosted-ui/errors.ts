/**
 * Turns every way a hosted-UI round trip can fail into one AuthError (source `hostedUi`): the IdP's
 * `error` redirect, the token endpoint's JSON error, a network failure, a bad state, an expired
 * transaction, a token that fails validation. One table holds the words a person reads, keyed by
 * code, never by matching message text.
 */
import {
  JWT_CLAIM_COMPARISON,
  JWT_TIMESTAMP_CHECK,
  OperationProcessingError,
  HTTP_REQUEST_FORBIDDEN,
  INVALID_RESPONSE,
  RESPONSE_IS_NOT_CONFORM,
  RESPONSE_IS_NOT_JSON,
  ResponseBodyError,
  UnsupportedOperationError,
} from 'oauth4webapi';
import type { AuthError } from '../types';

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
  | 'not_configured';

interface Entry {
  message: string;
  retryable: boolean;
}

const MESSAGES: Record<string, Entry> = {
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
  login_required: { message: 'Please sign in to continue.', retryable: true },
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
    message:
      'The sign-in response failed a security check (it does not belong to this sign-in). Please sign in again.',
    retryable: true,
  },
  id_token_invalid: {
    message:
      'The sign-in response failed a security check (its ID token is not valid for this app). Please sign in again.',
    retryable: true,
  },
  access_token_invalid: {
    message:
      'The sign-in response failed a security check (its access token is not valid for this app). Please sign in again.',
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
  start_failed: {
    message:
      'Could not start the hosted sign-in. This browser may block the secure features it needs.',
    retryable: true,
  },
};

const UNKNOWN: Entry = {
  message: 'Sign-in did not complete. Please try again.',
  retryable: true,
};

/** Builds the AuthError for `code`; unknown server codes keep their code and get a general message. */
export function hostedUiError(code: string, cause?: unknown): AuthError {
  const entry = MESSAGES[code] ?? UNKNOWN;
  return {
    name: 'AuthError',
    code,
    message: entry.message,
    source: 'hostedUi',
    retryable: entry.retryable,
    cause,
  };
}

export function isAuthError(value: unknown): value is AuthError {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { name?: unknown }).name === 'AuthError'
  );
}

/** OAuth error codes are ASCII words; anything else in the `error` parameter is not one. */
export function safeErrorCode(value: string): string {
  return /^[a-z_]{1,64}$/i.test(value) ? value : 'invalid_request';
}

/** Maps whatever the code exchange threw to an AuthError. */
export function exchangeError(error: unknown): AuthError {
  if (isAuthError(error)) return error;
  if (error instanceof ResponseBodyError) {
    return hostedUiError(safeErrorCode(error.error), error);
  }
  if (error instanceof OperationProcessingError) {
    if (error.code === JWT_CLAIM_COMPARISON) {
      const claim = (error.cause as { claim?: unknown } | undefined)?.claim;
      return hostedUiError(claim === 'nonce' ? 'nonce_mismatch' : 'id_token_invalid', error);
    }
    if (error.code === JWT_TIMESTAMP_CHECK) return hostedUiError('id_token_invalid', error);
    // A missing claim (nonce, iss, …) or a wrong "alg": oauth4webapi attaches the JWT's claims or
    // header, which tells a bad ID token apart from a malformed response body.
    const cause = error.cause;
    if (
      error.code === INVALID_RESPONSE &&
      typeof cause === 'object' &&
      cause !== null &&
      ('claims' in cause || 'header' in cause)
    ) {
      return hostedUiError('id_token_invalid', error);
    }
    if (error.code === HTTP_REQUEST_FORBIDDEN) return hostedUiError('insecure_endpoint', error);
    if (error.code === RESPONSE_IS_NOT_CONFORM || error.code === RESPONSE_IS_NOT_JSON) {
      const status = error.cause instanceof Response ? error.cause.status : 0;
      // 5xx and 429 without an OAuth body: the service is struggling, not refusing us.
      if (status >= 500) return hostedUiError('server_error', error);
      if (status === 429) return hostedUiError('temporarily_unavailable', error);
    }
    return hostedUiError('invalid_token_response', error);
  }
  if (error instanceof UnsupportedOperationError)
    return hostedUiError('invalid_token_response', error);
  // fetch rejects with a plain TypeError when the network (or CORS) fails; oauth4webapi's own
  // argument errors are TypeErrors too, but carry an ERR_* code.
  if (error instanceof TypeError && !('code' in error))
    return hostedUiError('network_error', error);
  return hostedUiError('unknown_error', error);
}
