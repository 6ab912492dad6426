/**
 * The hosted-UI side of the one error table: OAuth error codes (RFC 6749) and our own callback checks
 * become AuthErrors with source `hostedUi`. The words live in ../errors.ts with every other message.
 */
import { createAuthError } from '../errors';
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

/** Builds the AuthError for `code`; unknown server codes keep their code and get a general message. */
export function hostedUiError(code: string, cause?: unknown): AuthError {
  return createAuthError(code, { context: 'hostedUi', source: 'hostedUi', cause });
}

/** OAuth error codes are ASCII words; anything else in the `error` parameter is not one. */
export function safeErrorCode(value: string): string {
  return /^[a-z_]{1,64}$/i.test(value) ? value : 'invalid_request';
}
