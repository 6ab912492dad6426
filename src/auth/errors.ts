/**
 * The one error model. Every failure the app reports is an `AppError` (an `Error`, so it keeps its
 * stack and `cause`) with a `code`, a `source` and whether trying again may help; `AuthError` is the
 * kind screens show, and `toAuthError` turns anything caught into one, keyed on Cognito's `code`
 * (never on message text). This module also holds the one table of words for Cognito's codes; the
 * hosted UI keeps its own table next to it (hosted-ui/messages.ts).
 */
import type { AuthErrorSource } from './types';

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
  /** Signing in with a passkey. */
  | 'passkey'
  /** Signing in with a code by email. */
  | 'emailCode'
  /** Managing passkeys on the account page. */
  | 'passkeys';

/** The form field an error belongs to, when it belongs to one. */
export type AuthErrorField =
  | 'username'
  | 'password'
  | 'newPassword'
  | 'oldPassword'
  | 'code'
  | 'email'
  | 'name'
  // Sign-up attributes are named by the pool's configuration.
  | (string & {});

/** The base of every error the app raises: ApiError, CognitoHttpError and AuthError extend it. */
export class AppError extends Error {
  override name = 'AppError';
  /** Cognito's own code where there is one, else one of ours. */
  readonly code: string;
  readonly source: AuthErrorSource;
  /** True when trying the same thing again may work (network, throttling, 5xx). */
  readonly retryable: boolean;

  constructor(
    code: string,
    message: string,
    options: { source: AuthErrorSource; retryable: boolean; cause?: unknown },
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.source = options.source;
    this.retryable = options.retryable;
  }
}

/** What screens show: `message` is words a person reads, from a table, never raw service text. */
export class AuthError extends AppError {
  override name = 'AuthError' as const;
  // Declared, not defined, so an error with no field has no `field` key at all.
  declare readonly field?: AuthErrorField;

  constructor(
    code: string,
    message: string,
    options: {
      source: AuthErrorSource;
      retryable: boolean;
      field?: AuthErrorField;
      cause?: unknown;
    },
  ) {
    super(code, message, options);
    if (options.field !== undefined) this.field = options.field;
  }
}

export interface MessageEntry {
  message: string;
  retryable?: boolean;
  field?: AuthErrorField;
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
  /** The passkey prompt was cancelled or timed out (the browser's NotAllowedError). */
  passkeyCancelled: 'PasskeyCancelled',
  /** The authenticator already holds a passkey for this account (InvalidStateError). */
  passkeyExists: 'PasskeyExists',
  passkeyFailed: 'PasskeyFailed',
  webAuthnUnsupported: 'WebAuthnUnsupported',
  /** USER_AUTH offered a choice without the factor asked for: no passkey, or no email code. */
  passkeyUnavailable: 'PasskeyUnavailable',
  emailCodeUnavailable: 'EmailCodeUnavailable',
} as const;

export const SESSION_EXPIRED_MESSAGE = 'Your session has expired. Please sign in again.';
const WRONG_CREDENTIALS = 'Incorrect email or password.';
const TOO_MANY = 'Too many attempts. Wait a few minutes and try again.';
const BUSY = 'The sign-in service is busy. Wait a moment and try again.';
const SERVICE_PROBLEM = 'The sign-in service had a problem. Try again in a moment.';
const CHECK_DETAILS = 'Check the details you entered and try again.';
const OTHER_WAY = 'sign in with your password or a code by email instead.';
const MISCONFIGURED =
  "Sign-in isn't set up correctly for this app. Contact the site's administrator.";

/**
 * The one table. A key is a Cognito code, or `code@context` where the same code needs other words.
 * UserNotFoundException reads exactly like a wrong password so the screen never reveals whether an
 * account exists. A Map, so a code such as `constructor` or `__proto__` never finds a prototype key.
 */
const MESSAGES = new Map<string, MessageEntry>(
  Object.entries({
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
    'NotAuthorizedException@passkey': {
      message: `That passkey wasn't accepted. Try again, or ${OTHER_WAY}`,
    },
    'NotAuthorizedException@emailCode': {
      message: 'That code can no longer be used. Send a new code, or use your password.',
    },
    'NotAuthorizedException@passkeys': { message: SESSION_EXPIRED_MESSAGE },
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
    TooManyRequestsException: { message: BUSY, retryable: true },
    ThrottlingException: { message: BUSY, retryable: true },
    InvalidPasswordException: {
      message: "Your password doesn't meet the requirements.",
      field: 'password',
    },
    'InvalidPasswordException@changePassword': {
      message: "Your new password doesn't meet the requirements.",
      field: 'newPassword',
    },
    InvalidParameterException: { message: CHECK_DETAILS },
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
    UserLambdaValidationException: { message: CHECK_DETAILS },
    SoftwareTokenMFANotFoundException: {
      message: 'Set up an authenticator app first.',
    },
    MFAMethodNotFoundException: {
      message: 'That sign-in method is not set up for your account.',
    },
    InvalidUserPoolConfigurationException: { message: MISCONFIGURED },
    ResourceNotFoundException: { message: MISCONFIGURED },
    UserPoolAddOnNotEnabledException: { message: MISCONFIGURED },
    WebAuthnNotEnabledException: { message: 'Passkeys are not turned on for this app.' },
    WebAuthnOriginNotAllowedException: { message: MISCONFIGURED },
    WebAuthnRelyingPartyMismatchException: { message: MISCONFIGURED },
    WebAuthnClientMismatchException: { message: MISCONFIGURED },
    WebAuthnConfigurationMissingException: { message: MISCONFIGURED },
    WebAuthnChallengeNotFoundException: {
      message: 'The passkey request expired. Try again.',
      retryable: true,
    },
    WebAuthnCredentialNotSupportedException: {
      message: "This kind of passkey isn't supported. Try another device or security key.",
    },
    [AppErrorCode.passkeyCancelled]: {
      message: `The passkey prompt was closed or timed out. Try again, or ${OTHER_WAY}`,
      source: 'app',
    },
    [`${AppErrorCode.passkeyCancelled}@passkeys`]: {
      message: 'The passkey prompt was closed or timed out. No passkey was added.',
      source: 'app',
    },
    [AppErrorCode.passkeyExists]: {
      message: 'This device already has a passkey for your account.',
      source: 'app',
    },
    [AppErrorCode.passkeyFailed]: {
      message: `Your device couldn't use a passkey. You can ${OTHER_WAY}`,
      source: 'app',
    },
    [`${AppErrorCode.passkeyFailed}@passkeys`]: {
      message: "Your device couldn't create a passkey. Try again, or use another device.",
      source: 'app',
    },
    [AppErrorCode.webAuthnUnsupported]: {
      message: `This browser can't use passkeys. You can ${OTHER_WAY}`,
      source: 'app',
    },
    [`${AppErrorCode.webAuthnUnsupported}@passkeys`]: {
      message: "This browser can't create passkeys. Try a current version of your browser.",
      source: 'app',
    },
    [AppErrorCode.passkeyUnavailable]: {
      message: `There is no passkey for this account yet. You can ${OTHER_WAY}`,
      source: 'app',
    },
    [AppErrorCode.emailCodeUnavailable]: {
      message: "We can't send a sign-in code to this account. Use your password instead.",
      source: 'app',
    },
    [AppErrorCode.network]: {
      message: "We couldn't reach the sign-in service. Check your connection and try again.",
      retryable: true,
      source: 'network',
    },
    [AppErrorCode.server]: { message: SERVICE_PROBLEM, retryable: true },
    InternalServerError: { message: SERVICE_PROBLEM, retryable: true },
    ServiceUnavailableException: { message: SERVICE_PROBLEM, retryable: true },
    [AppErrorCode.sessionExpired]: { message: SESSION_EXPIRED_MESSAGE, source: 'app' },
    [AppErrorCode.notSignedIn]: { message: 'You are not signed in.', source: 'app' },
    [AppErrorCode.wrongStep]: {
      message: 'That step is no longer active. Start again.',
      source: 'app',
    },
    [AppErrorCode.unknown]: { message: 'Something went wrong. Try again.' },
  } satisfies Record<string, MessageEntry>),
);

function entryFor(code: string, context: AuthErrorContext | undefined): MessageEntry {
  return (
    (context !== undefined ? MESSAGES.get(`${code}@${context}`) : undefined) ??
    MESSAGES.get(code) ??
    MESSAGES.get(AppErrorCode.unknown)!
  );
}

/** Builds the AuthError for `code` from a table entry; `message` and `source` override the entry's. */
export function authErrorFrom(
  code: string,
  entry: MessageEntry,
  options: { cause?: unknown; message?: string; source?: AuthErrorSource } = {},
): AuthError {
  return new AuthError(code, options.message ?? entry.message, {
    source: options.source ?? entry.source ?? 'cognito',
    retryable: entry.retryable ?? false,
    field: entry.field,
    cause: options.cause,
  });
}

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
  return authErrorFrom(code, entryFor(code, options.context), options);
}

export function isAuthError(value: unknown): value is AuthError {
  return value instanceof AuthError;
}

/** Cognito's policy text reads "Password does not conform to policy: Password must have …". */
function passwordPolicyText(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const detail = raw.replace(/^.*?policy:\s*/i, '').trim();
  if (detail === '' || detail === raw.trim()) return raw.trim() || undefined;
  return detail.endsWith('.') ? detail : `${detail}.`;
}

/**
 * Normalises anything thrown (SDK error, fetch failure, CognitoHttpError, ApiError, AuthError) into an
 * AuthError, once. `context` picks the words where one code means different things (e.g. a rejected
 * refresh token is an expired session, not a wrong password).
 */
export function toAuthError(e: unknown, context?: AuthErrorContext): AuthError {
  if (e instanceof AuthError) return e;
  // Another AppError (the API client's) already carries words a person reads.
  if (e instanceof AppError && e.source === 'api') {
    return new AuthError(e.code, e.message, {
      source: e.source,
      retryable: e.retryable,
      cause: e,
    });
  }
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
  } else if (!MESSAGES.has(code) && status !== undefined && status >= 500) {
    // Unknown 5xx codes are still the service's fault, so they may be retried.
    return authErrorFrom(code, entryFor(AppErrorCode.server, context), { cause: e });
  }

  if (code === 'InvalidPasswordException') {
    const entry = entryFor(code, context);
    const policy = passwordPolicyText(rawMessage);
    return authErrorFrom(code, entry, {
      cause: e,
      message: policy ? `${entry.message} ${policy}` : undefined,
    });
  }
  if (code === 'UserLambdaValidationException' && rawMessage) {
    // A pre-sign-up trigger's message is written for people; Cognito prefixes it with its own words.
    const detail = rawMessage.replace(/^.*?failed with error\s*/i, '').trim();
    return createAuthError(code, { context, cause: e, message: detail || undefined });
  }
  return createAuthError(code, { context, cause: e });
}

/**
 * Whether `e`, or an error it was caused by, is a request that ran out of time (AbortSignal.timeout's
 * TimeoutError). Such a failure already cost the whole timeout, so callers retry it only on request.
 */
export function isTimeout(e: unknown): boolean {
  let current: unknown = e;
  // The chain is short (AuthError → transport error → TimeoutError); the bound guards against cycles.
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth += 1) {
    if ((current as { name?: unknown }).name === 'TimeoutError') return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** Whether the table calls `code` worth retrying (throttling, 5xx, network); unknown codes are not. */
export function isRetryableCode(code: string): boolean {
  return MESSAGES.get(code)?.retryable === true;
}
