import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../src/api/client';
import { CognitoHttpError } from '../../../src/auth/cognito/http';
import {
  AppError,
  AuthError,
  SESSION_EXPIRED_MESSAGE,
  createAuthError,
  isAuthError,
  toAuthError,
} from '../../../src/auth/errors';

const aws = (code: string, message = code, statusCode?: number) =>
  Object.assign(new Error(message), { code, name: code, ...(statusCode ? { statusCode } : {}) });

describe('toAuthError', () => {
  it('gives a wrong password and an unknown user the same words', () => {
    const wrong = toAuthError(
      aws('NotAuthorizedException', 'Incorrect username or password.'),
      'signIn',
    );
    const missing = toAuthError(aws('UserNotFoundException', 'User does not exist.'), 'signIn');
    expect(wrong.message).toBe('Incorrect email or password.');
    expect(missing.message).toBe(wrong.message);
    expect(missing.field).toBe(wrong.field);
    expect(missing.code).toBe('UserNotFoundException');
  });

  it('keeps the Cognito code and source and marks the shape', () => {
    const e = toAuthError(aws('CodeMismatchException'));
    expect(e).toMatchObject({
      name: 'AuthError',
      code: 'CodeMismatchException',
      source: 'cognito',
      retryable: false,
      field: 'code',
    });
    expect(isAuthError(e)).toBe(true);
    expect(toAuthError(e)).toBe(e);
  });

  it.each([
    ['UsernameExistsException', 'email', false],
    ['ExpiredCodeException', 'code', false],
    ['LimitExceededException', undefined, true],
    ['TooManyRequestsException', undefined, true],
    ['UserNotConfirmedException', 'code', false],
    ['PasswordResetRequiredException', 'password', false],
    ['InvalidParameterException', undefined, false],
  ])('maps %s to readable words', (code, field, retryable) => {
    const e = toAuthError(aws(code, 'raw SDK text'));
    expect(e.code).toBe(code);
    expect(e.message).not.toBe('raw SDK text');
    expect(e.message).toMatch(/[A-Z].*\.$/);
    expect(e.field).toBe(field);
    expect(e.retryable).toBe(retryable);
  });

  it('says wait a few minutes for the resend limit', () => {
    expect(toAuthError(aws('LimitExceededException')).message).toBe(
      'Too many attempts. Wait a few minutes and try again.',
    );
  });

  it("passes Cognito's password policy through readably", () => {
    const e = toAuthError(
      aws(
        'InvalidPasswordException',
        'Password does not conform to policy: Password must have uppercase characters',
      ),
    );
    expect(e.message).toBe(
      "Your password doesn't meet the requirements. Password must have uppercase characters.",
    );
    expect(e.field).toBe('password');
  });

  it('treats a failed fetch as a retryable network error', () => {
    const e = toAuthError(new TypeError('Failed to fetch'));
    expect(e).toMatchObject({ code: 'NetworkError', source: 'network', retryable: true });
    expect(e.message).toBe(
      "We couldn't reach the sign-in service. Check your connection and try again.",
    );
    expect(toAuthError(aws('NetworkError', 'Network error')).retryable).toBe(true);
  });

  it('treats 5xx as retryable, even with an unknown code', () => {
    expect(toAuthError(Object.assign(new Error('HTTP 503'), { statusCode: 503 }))).toMatchObject({
      code: 'InternalErrorException',
      retryable: true,
    });
    expect(toAuthError(aws('SomethingNewException', 'x', 502))).toMatchObject({
      code: 'SomethingNewException',
      retryable: true,
    });
  });

  it('reads a refused refresh token as an expired session', () => {
    expect(
      toAuthError(aws('NotAuthorizedException', 'Refresh Token has been revoked'), 'session')
        .message,
    ).toBe(SESSION_EXPIRED_MESSAGE);
    expect(createAuthError('SessionExpired').message).toBe(
      'Your session has expired. Please sign in again.',
    );
  });

  it('says the current password is wrong when changing it', () => {
    expect(toAuthError(aws('NotAuthorizedException'), 'changePassword').message).toBe(
      'Your current password is incorrect.',
    );
  });

  it('falls back to a generic message for anything else', () => {
    expect(toAuthError('boom')).toMatchObject({
      code: 'UnknownError',
      message: 'Something went wrong. Try again.',
    });
    expect(toAuthError(undefined).cause).toBeUndefined();
  });
});

describe('the one error model', () => {
  it('makes AuthError a real Error with a stack, a code, a source and retryable', () => {
    const e = createAuthError('CodeMismatchException', { cause: new Error('wire') });
    expect(e).toBeInstanceOf(Error);
    expect(e).toBeInstanceOf(AppError);
    expect(e).toBeInstanceOf(AuthError);
    // The stack leads back to where the error was raised.
    expect(e.stack).toMatch(/errors\.test\.ts/);
    expect(e).toMatchObject({ name: 'AuthError', source: 'cognito', retryable: false });
    expect(e.cause).toBeInstanceOf(Error);
    expect(isAuthError({ name: 'AuthError', code: 'X', message: 'looks alike' })).toBe(false);
  });

  it('puts ApiError and CognitoHttpError in the same model', () => {
    const api = new ApiError('server', 'The service had a problem.', { status: 502 });
    expect(api).toBeInstanceOf(AppError);
    expect(api).toMatchObject({ code: 'server', source: 'api', retryable: true, status: 502 });
    expect(toAuthError(api)).toMatchObject({
      name: 'AuthError',
      code: 'server',
      source: 'api',
      retryable: true,
      message: 'The service had a problem.',
    });

    const throttled = new CognitoHttpError('Rate exceeded', 'ThrottlingException', 400);
    expect(throttled).toBeInstanceOf(AppError);
    expect(throttled).toMatchObject({ code: 'ThrottlingException', retryable: true });
    expect(new CognitoHttpError('HTTP 503', undefined, 503)).toMatchObject({
      code: 'InternalErrorException',
      retryable: true,
    });
    expect(new CognitoHttpError('Network error', 'NetworkError', undefined)).toMatchObject({
      source: 'network',
      retryable: true,
    });
    expect(new CognitoHttpError('No', 'NotAuthorizedException', 400).retryable).toBe(false);
  });

  it.each(['constructor', '__proto__', 'toString'])(
    'never takes %s for a Cognito code it knows',
    (code) => {
      const e = toAuthError(aws(code), 'session');
      expect(e.code).toBe(code);
      expect(e.message).toBe('Something went wrong. Try again.');
      expect(e.retryable).toBe(false);
      expect(e.field).toBeUndefined();
    },
  );
});
