/**
 * Turns any caught error into the one AuthError shape, keyed on Cognito's `code` (never on message
 * text), and holds the one table of words a person reads for each code.
 */
import type { AuthError, AuthErrorSource } from './types';

/** Where an error happened, when the same Cognito code means different things in different places. */
export type AuthErrorContext =
  | 'signIn'
  | 'signUp'
  | 'confirmSignUp'
  | 'session'
  | 'changePassword'
  | 'forgotPassword'
  | 'mfa'
  | 'attributes'
  | 'hostedUi';

interface Entry {
  message: string;
  retryable?: boolean;
  field?: AuthError['field'];
  source?: AuthErrorSource;
}

/** Our own codes, for failures that have no Cognito code. */
export const AppErrorCode = {
  network: 'NetworkError',
  server: 'InternalErrorException',
  sessionExpired: 'SessionExpired',
  notSignedIn: 'NotSignedIn',
  wrongStep: 'WrongStep',
  unknown: 'UnknownError',
} as const;

export const SESSION_EXPIRED_MESSAGE = 'Your session has expired. Please sign in again.';
const WRONG_CREDENTIALS = 'Incorrect email or password.';
const TOO_MANY = 'Too many attempts. Wait a few minutes and try again.';

/**
 * The one table. A key is a Cognito code, or `code@context` where the same code needs other words.
 * UserNotFoundException reads exactly like a wrong password so the screen never reveals whether an
 * account exists.
 */
const MESSAGES: Record<string, Entry> = {
  NotAuthorizedException: { message: WRONG_CREDENTIALS, field: 'password' },
  'NotAuthorizedException@session': { message: SESSION_EXPIRED_MESSAGE },
  'NotAuthorizedException@changePassword': {
    message: 'Your current password is incorrect.',
    field: 'oldPassword',
  },
  'NotAuthorizedException@confirmSignUp': {
    message: 'This account is already confirmed. Sign in instead.',
  },
  'NotAuthorizedException@mfa': {
    message: 'This sign-in took too long. Start again.',
  },
  UserNotFoundException: { message: WRONG_CREDENTIALS, field: 'password' },
  'UserNotFoundException@forgotPassword': {
    message: 'We could not reset the password for that email. Check it and try again.',
    field: 'email',
  },
  'UserNotFoundException@session': { message: SESSION_EXPIRED_MESSAGE },
  UsernameExistsException: {
    message: 'An account with this email already exists. Sign in, or reset your password.',
    field: 'email',
  },
  AliasExistsException: {
    message: 'Another account already uses this email address.',
    field: 'email',
  },
  CodeMismatchException: {
    message: "That code isn't right. Check it and try again.",
    field: 'code',
  },
  EnableSoftwareTokenMFAException: {
    message: "That code isn't right. Check the time on your device and try again.",
    field: 'code',
  },
  ExpiredCodeException: {
    message: 'That code has expired. Ask for a new one.',
    field: 'code',
  },
  LimitExceededException: { message: TOO_MANY, retryable: true },
  TooManyFailedAttemptsException: { message: TOO_MANY, retryable: true },
  TooManyRequestsException: {
    message: 'The sign-in service is busy. Wait a moment and try again.',
    retryable: true,
  },
  ThrottlingException: {
    message: 'The sign-in service is busy. Wait a moment and try again.',
    retryable: true,
  },
  InvalidPasswordException: {
    message: "Your password doesn't meet the requirements.",
    field: 'password',
  },
  'InvalidPasswordException@changePassword': {
    message: "Your new password doesn't meet the requirements.",
    field: 'newPassword',
  },
  InvalidParameterException: { message: 'Check the details you entered and try again.' },
  UserNotConfirmedException: {
    message: 'Confirm your email address before signing in.',
    field: 'code',
  },
  PasswordResetRequiredException: {
    message: 'You need to reset your password before you can sign in.',
    field: 'password',
  },
  CodeDeliveryFailureException: {
    message: "We couldn't send the code. Try again in a moment.",
    retryable: true,
  },
  UserLambdaValidationException: { message: 'Check the details you entered and try again.' },
  SoftwareTokenMFANotFoundException: {
    message: 'Set up an authenticator app first.',
  },
  MFAMethodNotFoundException: {
    message: 'That sign-in method is not set up for your account.',
  },
  InvalidUserPoolConfigurationException: {
    message: "Sign-in isn't set up correctly for this app. Contact the site's administrator.",
  },
  ResourceNotFoundException: {
    message: "Sign-in isn't set up correctly for this app. Contact the site's administrator.",
  },
  UserPoolAddOnNotEnabledException: {
    message: "Sign-in isn't set up correctly for this app. Contact the site's administrator.",
  },
  [AppErrorCode.network]: {
    message: "We couldn't reach the sign-in service. Check your connection and try again.",
    retryable: true,
    source: 'network',
  },
  [AppErrorCode.server]: {
    message: 'The sign-in service had a problem. Try again in a moment.',
    retryable: true,
  },
  InternalServerError: {
    message: 'The sign-in service had a problem. Try again in a moment.',
    retryable: true,
  },
  ServiceUnavailableException: {
    message: 'The sign-in service had a problem. Try again in a moment.',
    retryable: true,
  },
  [AppErrorCode.sessionExpired]: { message: SESSION_EXPIRED_MESSAGE, source: 'app' },
  [AppErrorCode.notSignedIn]: { message: 'You are not signed in.', source: 'app' },
  [AppErrorCode.wrongStep]: {
    message: 'That step is no longer active. Start again.',
    source: 'app',
  },
  [AppErrorCode.unknown]: { message: 'Something went wrong. Try again.' },

  // Hosted UI. Authorization (redirect) errors, RFC 6749 §4.1.2.1 plus OIDC.
  'access_denied@hostedUi': {
    source: 'hostedUi',
    message: 'Sign-in was cancelled or the account was not allowed to sign in.',
    retryable: true,
  },
  'invalid_request@hostedUi': {
    source: 'hostedUi',
    message:
      'The sign-in service rejected the request. Try again; if it keeps happening, the app’s sign-in settings need attention.',
    retryable: true,
  },
  'unauthorized_client@hostedUi': {
    source: 'hostedUi',
    message:
      'This app is not allowed to use that way of signing in. Its Cognito app client settings need attention.',
    retryable: false,
  },
  'unsupported_response_type@hostedUi': {
    source: 'hostedUi',
    message:
      'The sign-in service does not accept this app’s kind of request. The app client settings need attention.',
    retryable: false,
  },
  'invalid_scope@hostedUi': {
    source: 'hostedUi',
    message: 'The app asked for permissions its Cognito app client does not allow.',
    retryable: false,
  },
  'server_error@hostedUi': {
    source: 'hostedUi',
    message: 'The sign-in service had a problem. Please try again.',
    retryable: true,
  },
  'temporarily_unavailable@hostedUi': {
    source: 'hostedUi',
    message: 'The sign-in service is busy right now. Please try again in a moment.',
    retryable: true,
  },
  'login_required@hostedUi': {
    source: 'hostedUi',
    message: 'Please sign in to continue.',
    retryable: true,
  },
  // Token endpoint errors, RFC 6749 §5.2.
  'invalid_grant@hostedUi': {
    source: 'hostedUi',
    message: 'The sign-in response has expired or was already used. Please sign in again.',
    retryable: true,
  },
  'invalid_client@hostedUi': {
    source: 'hostedUi',
    message: 'The sign-in service did not recognise this app. The app client ID may be wrong.',
    retryable: false,
  },
  'unsupported_grant_type@hostedUi': {
    source: 'hostedUi',
    message:
      'The app client does not allow the authorization code flow. Its settings need attention.',
    retryable: false,
  },
  // Our own checks.
  'no_response@hostedUi': {
    source: 'hostedUi',
    message:
      'There is no sign-in response to finish here. If you reloaded this page, the response was already used.',
    retryable: true,
  },
  'state_missing@hostedUi': {
    source: 'hostedUi',
    message: 'The sign-in response has no state, so it was not accepted. Please start again.',
    retryable: true,
  },
  'state_unknown@hostedUi': {
    source: 'hostedUi',
    message:
      'This sign-in response does not match a sign-in started in this tab, so for your safety it was not accepted. Please start again.',
    retryable: true,
  },
  'state_reused@hostedUi': {
    source: 'hostedUi',
    message:
      'This sign-in response was already used, so it was not accepted again. Please start again.',
    retryable: true,
  },
  'transaction_expired@hostedUi': {
    source: 'hostedUi',
    message: 'The sign-in took too long and has expired. Please start again.',
    retryable: true,
  },
  'code_missing@hostedUi': {
    source: 'hostedUi',
    message: 'The sign-in response has no authorization code. Please sign in again.',
    retryable: true,
  },
  'nonce_mismatch@hostedUi': {
    source: 'hostedUi',
    message:
      'The sign-in response failed a security check (it does not belong to this sign-in). Please sign in again.',
    retryable: true,
  },
  'id_token_invalid@hostedUi': {
    source: 'hostedUi',
    message:
      'The sign-in response failed a security check (its ID token is not valid for this app). Please sign in again.',
    retryable: true,
  },
  'access_token_invalid@hostedUi': {
    source: 'hostedUi',
    message:
      'The sign-in response failed a security check (its access token is not valid for this app). Please sign in again.',
    retryable: true,
  },
  'invalid_token_response@hostedUi': {
    source: 'hostedUi',
    message: 'The sign-in service sent a response the app could not read. Please try again.',
    retryable: true,
  },
  'network_error@hostedUi': {
    source: 'hostedUi',
    message: 'Could not reach the sign-in service. Check your connection and try again.',
    retryable: true,
  },
  'insecure_endpoint@hostedUi': {
    source: 'hostedUi',
    message:
      'The hosted sign-in address is not HTTPS, so the app refused to use it. VITE_COGNITO_DOMAIN needs an https:// URL.',
    retryable: false,
  },
  'session_failed@hostedUi': {
    source: 'hostedUi',
    message: 'Signed in, but the session could not be saved. Please try again.',
    retryable: true,
  },
  'not_configured@hostedUi': {
    source: 'hostedUi',
    message:
      'Hosted sign-in is not set up for this app (VITE_COGNITO_DOMAIN is not set). Sign in with your email and password instead.',
    retryable: false,
  },
  'storage_unavailable@hostedUi': {
    source: 'hostedUi',
    message:
      'This browser is blocking the storage sign-in needs. Allow this site to store data (or leave private browsing) and try again.',
    retryable: true,
  },
  'start_failed@hostedUi': {
    source: 'hostedUi',
    message:
      'Could not start the hosted sign-in. This browser may block the secure features it needs.',
    retryable: true,
  },
  'UnknownError@hostedUi': {
    source: 'hostedUi',
    message: 'Sign-in did not complete. Please try again.',
    retryable: true,
  },
};

/** Builds an AuthError from a code, with the table's words unless `message` overrides them. */
export function createAuthError(
  code: string,
  options: {
    context?: AuthErrorContext;
    cause?: unknown;
    message?: string;
    source?: AuthErrorSource;
  } = {},
): AuthError {
  const inContext = (key: string) =>
    options.context !== undefined ? MESSAGES[`${key}@${options.context}`] : undefined;
  const entry =
    inContext(code) ??
    MESSAGES[code] ??
    inContext(AppErrorCode.unknown) ??
    MESSAGES[AppErrorCode.unknown]!;
  const error: AuthError = {
    name: 'AuthError',
    code,
    message: options.message ?? entry.message,
    source: options.source ?? entry.source ?? 'cognito',
    retryable: entry.retryable ?? false,
  };
  if (entry.field !== undefined) error.field = entry.field;
  if (options.cause !== undefined) error.cause = options.cause;
  return error;
}

export function isAuthError(value: unknown): value is AuthError {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { name?: unknown }).name === 'AuthError' &&
    typeof (value as { code?: unknown }).code === 'string'
  );
}

/** Cognito's policy text reads "Password does not conform to policy: Password must have …". */
function passwordPolicyText(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const detail = raw.replace(/^.*?policy:\s*/i, '').trim();
  if (detail === '' || detail === raw.trim()) return raw.trim() || undefined;
  return detail.endsWith('.') ? detail : `${detail}.`;
}

/**
 * Normalises anything thrown (SDK error, fetch failure, HTTP error, AuthError) into an AuthError.
 * `context` picks the words where one code means different things (e.g. a rejected refresh token is
 * an expired session, not a wrong password).
 */
export function toAuthError(e: unknown, context?: AuthErrorContext): AuthError {
  if (isAuthError(e)) return e;
  const raw = (typeof e === 'object' && e !== null ? e : {}) as {
    code?: unknown;
    name?: unknown;
    __type?: unknown;
    message?: unknown;
    statusCode?: unknown;
  };
  const rawMessage = typeof raw.message === 'string' ? raw.message : undefined;
  const status = typeof raw.statusCode === 'number' ? raw.statusCode : undefined;
  let code = [raw.code, raw.__type].find((c): c is string => typeof c === 'string' && c !== '');
  code = code?.split('#').pop();

  if (code === undefined) {
    // fetch rejects with a TypeError when the request never got a response.
    if (e instanceof TypeError || rawMessage === 'Network error') code = AppErrorCode.network;
    else if (status !== undefined && status >= 500) code = AppErrorCode.server;
    else code = AppErrorCode.unknown;
  } else if (MESSAGES[code] === undefined && status !== undefined && status >= 500) {
    // Unknown 5xx codes are still the service's fault, so they may be retried.
    return { ...createAuthError(AppErrorCode.server, { context, cause: e }), code };
  }

  if (code === 'InvalidPasswordException') {
    const base = createAuthError(code, { context, cause: e });
    const policy = passwordPolicyText(rawMessage);
    return policy ? { ...base, message: `${base.message} ${policy}` } : base;
  }
  if (code === 'UserLambdaValidationException' && rawMessage) {
    // A pre-sign-up trigger's message is written for people; Cognito prefixes it with its own words.
    const detail = rawMessage.replace(/^.*?failed with error\s*/i, '').trim();
    return createAuthError(code, { context, cause: e, message: detail || undefined });
  }
  return createAuthError(code, { context, cause: e });
}
