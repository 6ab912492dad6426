/**
 * The one error model. Every failure the app reports is an `AppError` (an `Error`, so it keeps its
 * stack and `cause`) with a `code`, a `source` and whether trying again may help; `AuthError` is the
 * kind screens show, and `toAuthError` turns anything caught into one, keyed on Cognito's `code`
 * (never on message text). This module also holds the one table of words for Cognito's codes; the
 * hosted UI keeps its own table next to it (hosted-ui/errors.ts); the words themselves are in
 * the message catalogue (src/i18n/messages/<language>/errors.ts).
 */
import { message, messageWith, translateMessage, type Message } from '../i18n/message';
import { englishTranslator, type MessageKey } from '../i18n/translator';
import { noticeWords } from './notices';
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

/**
 * The base of every error the app raises: ApiError, CognitoHttpError and AuthError extend it. Made
 * from a catalogue message, it carries that message (shown in the reader's language through
 * `translateMessage`) and its English words as `message`, for logs and tests; made from a string
 * (a service's own text, never shown as is), it has no `text`.
 */
export class AppError extends Error {
  override name = 'AppError';
  /** Cognito's own code where there is one, else one of ours. */
  readonly code: string;
  readonly source: AuthErrorSource;
  /** True when trying the same thing again may work (network, throttling, 5xx). */
  readonly retryable: boolean;
  // Declared, not defined, so an error made from a string has no `text` key at all.
  declare readonly text?: Message;

  constructor(
    code: string,
    text: string | Message,
    options: {
      source: AuthErrorSource;
      retryable: boolean;
      cause?: unknown;
      /** The English `message`, when it should not be `text`'s words (see toAuthError). */
      message?: string;
    },
  ) {
    super(
      options.message ??
        (typeof text === 'string' ? text : translateMessage(englishTranslator, text)),
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    this.code = code;
    this.source = options.source;
    this.retryable = options.retryable;
    if (typeof text !== 'string') this.text = text;
  }
}

/** What screens show: `text`, words from a table in the reader's language, never raw service text. */
export class AuthError extends AppError {
  override name = 'AuthError' as const;
  // Declared, not defined, so an error with no field has no `field` key at all.
  declare readonly field?: AuthErrorField;
  declare readonly text: Message;

  constructor(
    code: string,
    text: Message,
    options: {
      source: AuthErrorSource;
      retryable: boolean;
      field?: AuthErrorField;
      cause?: unknown;
      message?: string;
    },
  ) {
    super(code, text, options);
    if (options.field !== undefined) this.field = options.field;
  }
}

export interface MessageEntry {
  /** The words, in the catalogue's errors area (src/i18n/messages/<language>/errors.ts). */
  messageKey: MessageKey;
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

/** The session's sign-out notice, in English as state keeps it (see notices.ts). */
export const SESSION_EXPIRED_MESSAGE = noticeWords('errors.sessionExpired');

/**
 * The one table. A key is a Cognito code, or `code@context` where the same code needs other words.
 * UserNotFoundException reads exactly like a wrong password so the screen never reveals whether an
 * account exists. A Map, so a code such as `constructor` or `__proto__` never finds a prototype key.
 */
const MESSAGES = new Map<string, MessageEntry>(
  Object.entries({
    NotAuthorizedException: { messageKey: 'errors.wrongCredentials', field: 'password' },
    'NotAuthorizedException@session': { messageKey: 'errors.sessionExpired' },
    'NotAuthorizedException@changePassword': {
      messageKey: 'errors.currentPasswordWrong',
      field: 'oldPassword',
    },
    'NotAuthorizedException@confirmSignUp': { messageKey: 'errors.alreadyConfirmed' },
    'NotAuthorizedException@mfa': { messageKey: 'errors.mfaTookTooLong' },
    'NotAuthorizedException@passkey': { messageKey: 'errors.passkeyRejected' },
    'NotAuthorizedException@emailCode': { messageKey: 'errors.emailCodeSpent' },
    'NotAuthorizedException@passkeys': { messageKey: 'errors.sessionExpired' },
    UserNotFoundException: { messageKey: 'errors.wrongCredentials', field: 'password' },
    'UserNotFoundException@forgotPassword': {
      messageKey: 'errors.resetImpossible',
      field: 'email',
    },
    'UserNotFoundException@session': { messageKey: 'errors.sessionExpired' },
    UsernameExistsException: { messageKey: 'errors.accountExists', field: 'email' },
    AliasExistsException: { messageKey: 'errors.emailTaken', field: 'email' },
    CodeMismatchException: { messageKey: 'errors.codeWrong', field: 'code' },
    EnableSoftwareTokenMFAException: { messageKey: 'errors.totpCodeWrong', field: 'code' },
    ExpiredCodeException: { messageKey: 'errors.codeExpired', field: 'code' },
    LimitExceededException: { messageKey: 'errors.tooManyAttempts', retryable: true },
    TooManyFailedAttemptsException: { messageKey: 'errors.tooManyAttempts', retryable: true },
    TooManyRequestsException: { messageKey: 'errors.busy', retryable: true },
    ThrottlingException: { messageKey: 'errors.busy', retryable: true },
    InvalidPasswordException: { messageKey: 'errors.passwordWeak', field: 'password' },
    'InvalidPasswordException@changePassword': {
      messageKey: 'errors.newPasswordWeak',
      field: 'newPassword',
    },
    InvalidParameterException: { messageKey: 'errors.checkDetails' },
    UserNotConfirmedException: { messageKey: 'errors.notConfirmed', field: 'code' },
    PasswordResetRequiredException: { messageKey: 'errors.resetRequired', field: 'password' },
    CodeDeliveryFailureException: { messageKey: 'errors.codeNotSent', retryable: true },
    UserLambdaValidationException: { messageKey: 'errors.checkDetails' },
    SoftwareTokenMFANotFoundException: { messageKey: 'errors.totpNotSetUp' },
    MFAMethodNotFoundException: { messageKey: 'errors.mfaMethodMissing' },
    InvalidUserPoolConfigurationException: { messageKey: 'errors.misconfigured' },
    ResourceNotFoundException: { messageKey: 'errors.misconfigured' },
    UserPoolAddOnNotEnabledException: { messageKey: 'errors.misconfigured' },
    WebAuthnNotEnabledException: { messageKey: 'errors.passkeysOff' },
    WebAuthnOriginNotAllowedException: { messageKey: 'errors.misconfigured' },
    WebAuthnRelyingPartyMismatchException: { messageKey: 'errors.misconfigured' },
    WebAuthnClientMismatchException: { messageKey: 'errors.misconfigured' },
    WebAuthnConfigurationMissingException: { messageKey: 'errors.misconfigured' },
    WebAuthnChallengeNotFoundException: {
      messageKey: 'errors.passkeyRequestExpired',
      retryable: true,
    },
    WebAuthnCredentialNotSupportedException: { messageKey: 'errors.passkeyKindUnsupported' },
    [AppErrorCode.passkeyCancelled]: { messageKey: 'errors.passkeyCancelled', source: 'app' },
    [`${AppErrorCode.passkeyCancelled}@passkeys`]: {
      messageKey: 'errors.passkeyCancelledNoneAdded',
      source: 'app',
    },
    [AppErrorCode.passkeyExists]: { messageKey: 'errors.passkeyExists', source: 'app' },
    [AppErrorCode.passkeyFailed]: { messageKey: 'errors.passkeyFailed', source: 'app' },
    [`${AppErrorCode.passkeyFailed}@passkeys`]: {
      messageKey: 'errors.passkeyCreateFailed',
      source: 'app',
    },
    [AppErrorCode.webAuthnUnsupported]: { messageKey: 'errors.passkeysUnsupported', source: 'app' },
    [`${AppErrorCode.webAuthnUnsupported}@passkeys`]: {
      messageKey: 'errors.passkeysCannotCreate',
      source: 'app',
    },
    [AppErrorCode.passkeyUnavailable]: { messageKey: 'errors.noPasskeyYet', source: 'app' },
    [AppErrorCode.emailCodeUnavailable]: {
      messageKey: 'errors.emailCodeUnavailable',
      source: 'app',
    },
    [AppErrorCode.network]: {
      messageKey: 'errors.network',
      retryable: true,
      source: 'network',
    },
    [AppErrorCode.server]: { messageKey: 'errors.serviceProblem', retryable: true },
    InternalServerError: { messageKey: 'errors.serviceProblem', retryable: true },
    ServiceUnavailableException: { messageKey: 'errors.serviceProblem', retryable: true },
    [AppErrorCode.sessionExpired]: { messageKey: 'errors.sessionExpired', source: 'app' },
    [AppErrorCode.notSignedIn]: { messageKey: 'errors.notSignedIn', source: 'app' },
    [AppErrorCode.wrongStep]: { messageKey: 'errors.stepGone', source: 'app' },
    [AppErrorCode.unknown]: { messageKey: 'errors.unknown' },
  } satisfies Record<string, MessageEntry>),
);

function entryFor(code: string, context: AuthErrorContext | undefined): MessageEntry {
  return (
    (context !== undefined ? MESSAGES.get(`${code}@${context}`) : undefined) ??
    MESSAGES.get(code) ??
    MESSAGES.get(AppErrorCode.unknown)!
  );
}

/** Builds the AuthError for `code` from a table entry; `text` and `source` override the entry's. */
export function authErrorFrom(
  code: string,
  entry: MessageEntry,
  options: { cause?: unknown; text?: Message; source?: AuthErrorSource } = {},
): AuthError {
  return new AuthError(code, options.text ?? { key: entry.messageKey }, {
    source: options.source ?? entry.source ?? 'cognito',
    retryable: entry.retryable ?? false,
    field: entry.field,
    cause: options.cause,
  });
}

/** Builds an AuthError from a code, with the table's words unless `text` overrides them. */
export function createAuthError(
  code: string,
  options: {
    context?: AuthErrorContext;
    cause?: unknown;
    text?: Message;
    source?: AuthErrorSource;
  } = {},
): AuthError {
  return authErrorFrom(code, entryFor(code, options.context), options);
}

export function isAuthError(value: unknown): value is AuthError {
  return value instanceof AuthError;
}

/**
 * Cognito's policy failure reads "Password did not conform with policy: Password must have …". The
 * rules it names are few and fixed, so each has words in every language; a detail we do not know
 * (a newer rule) is shown as Cognito wrote it, in English, because it is the only statement of
 * what to change and dropping it would leave the person guessing.
 */
const PASSWORD_RULES: ReadonlyArray<[RegExp, MessageKey]> = [
  [/not long enough/i, 'errors.passwordRule.length'],
  [/uppercase/i, 'errors.passwordRule.upper'],
  [/lowercase/i, 'errors.passwordRule.lower'],
  [/numeric/i, 'errors.passwordRule.number'],
  [/symbol/i, 'errors.passwordRule.symbol'],
];

function passwordPolicyDetail(raw: string | undefined): Message | string | undefined {
  if (raw === undefined) return undefined;
  const detail = raw.replace(/^.*?policy:\s*/i, '').trim();
  if (detail === '' || detail === raw.trim()) return raw.trim() || undefined;
  const rule = PASSWORD_RULES.find(([pattern]) => pattern.test(detail));
  if (rule) return { key: rule[1] };
  return detail.endsWith('.') ? detail : `${detail}.`;
}

/**
 * Normalises anything thrown (SDK error, fetch failure, CognitoHttpError, ApiError, AuthError) into an
 * AuthError, once. `context` picks the words where one code means different things (e.g. a rejected
 * refresh token is an expired session, not a wrong password).
 */
export function toAuthError(e: unknown, context?: AuthErrorContext): AuthError {
  if (e instanceof AuthError) return e;
  // Another AppError (the API client's) already carries words a person reads; one made from a
  // string keeps it for the logs and shows the generic words for a failed request.
  if (e instanceof AppError && e.source === 'api') {
    return new AuthError(e.code, e.text ?? message('errors.api.failed'), {
      message: e.message,
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
    const detail = passwordPolicyDetail(rawMessage);
    const withDetail: MessageKey =
      entry.messageKey === 'errors.newPasswordWeak'
        ? 'errors.newPasswordWeakBecause'
        : 'errors.passwordWeakBecause';
    return authErrorFrom(code, entry, {
      cause: e,
      text: detail === undefined ? undefined : messageWith(withDetail, { detail }),
    });
  }
  if (code === 'UserLambdaValidationException' && rawMessage) {
    // A trigger's message is written for people by the pool's owner, in their words and language,
    // so it is shown as written (the app cannot translate it), framed in the reader's language.
    // Cognito prefixes it with its own words, which are not for people.
    const detail = rawMessage.replace(/^.*?failed with error\s*/i, '').trim();
    return createAuthError(code, {
      context,
      cause: e,
      text: detail ? message('errors.refusedBecause', { detail }) : undefined,
    });
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
