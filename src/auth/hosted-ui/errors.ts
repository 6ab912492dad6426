/**
 * The hosted-UI side of the error model: OAuth error codes (RFC 6749, OIDC) and our own callback
 * checks become AuthErrors with source `hostedUi`, with words from this module's table (keys into
 * the catalogue's errors area). The table is
 * typed over every code, so a code the callback or the code exchange can emit without words does not
 * compile.
 */
import { authErrorFrom, type AuthError, type MessageEntry } from '../errors';

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

type HostedUiEntry = Required<Pick<MessageEntry, 'messageKey' | 'retryable'>>;

const MESSAGES = new Map<string, HostedUiEntry>(
  Object.entries({
    // Authorization (redirect) errors, RFC 6749 §4.1.2.1 plus OIDC.
    access_denied: { messageKey: 'errors.hosted.accessDenied', retryable: true },
    invalid_request: { messageKey: 'errors.hosted.invalidRequest', retryable: true },
    unauthorized_client: { messageKey: 'errors.hosted.unauthorizedClient', retryable: false },
    unsupported_response_type: {
      messageKey: 'errors.hosted.unsupportedResponseType',
      retryable: false,
    },
    invalid_scope: { messageKey: 'errors.hosted.invalidScope', retryable: false },
    server_error: { messageKey: 'errors.hosted.serverError', retryable: true },
    temporarily_unavailable: {
      messageKey: 'errors.hosted.temporarilyUnavailable',
      retryable: true,
    },
    login_required: { messageKey: 'errors.hosted.loginRequired', retryable: true },
    // Token endpoint errors, RFC 6749 §5.2.
    invalid_grant: { messageKey: 'errors.hosted.invalidGrant', retryable: true },
    invalid_client: { messageKey: 'errors.hosted.invalidClient', retryable: false },
    unsupported_grant_type: { messageKey: 'errors.hosted.unsupportedGrantType', retryable: false },
    // Our own checks.
    no_response: { messageKey: 'errors.hosted.noResponse', retryable: true },
    state_missing: { messageKey: 'errors.hosted.stateMissing', retryable: true },
    state_unknown: { messageKey: 'errors.hosted.stateUnknown', retryable: true },
    state_reused: { messageKey: 'errors.hosted.stateReused', retryable: true },
    transaction_expired: { messageKey: 'errors.hosted.transactionExpired', retryable: true },
    code_missing: { messageKey: 'errors.hosted.codeMissing', retryable: true },
    nonce_mismatch: { messageKey: 'errors.hosted.nonceMismatch', retryable: true },
    id_token_invalid: { messageKey: 'errors.hosted.idTokenInvalid', retryable: true },
    access_token_invalid: { messageKey: 'errors.hosted.accessTokenInvalid', retryable: true },
    invalid_token_response: { messageKey: 'errors.hosted.invalidTokenResponse', retryable: true },
    network_error: { messageKey: 'errors.hosted.networkError', retryable: true },
    insecure_endpoint: { messageKey: 'errors.hosted.insecureEndpoint', retryable: false },
    session_failed: { messageKey: 'errors.hosted.sessionFailed', retryable: true },
    not_configured: { messageKey: 'errors.hosted.notConfigured', retryable: false },
    storage_unavailable: { messageKey: 'errors.hosted.storageUnavailable', retryable: true },
    start_failed: { messageKey: 'errors.hosted.startFailed', retryable: true },
    unknown_error: { messageKey: 'errors.hosted.unknownError', retryable: true },
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
