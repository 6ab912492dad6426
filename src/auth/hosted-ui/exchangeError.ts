/**
 * Maps whatever the code exchange threw to an AuthError. Kept apart from ./errors.ts because it needs
 * oauth4webapi's error classes, which only the callback should load.
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
import { isAuthError, isTimeout, type AuthError } from '../errors';
import { hostedUiError, oauthError } from './errors';

export function exchangeError(error: unknown): AuthError {
  if (isAuthError(error)) return error;
  if (error instanceof ResponseBodyError) {
    return oauthError(error.error, error);
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
  // The request's own timeout (requestOptions) aborts with a TimeoutError, read by name: a
  // DOMException from another realm fails `instanceof`.
  if (isTimeout(error)) return hostedUiError('network_error', error);
  return hostedUiError('unknown_error', error);
}
