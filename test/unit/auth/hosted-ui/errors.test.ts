import { describe, expect, it } from 'vitest';
import { AuthError } from '../../../../src/auth/errors';
import { hostedUiError, oauthError } from '../../../../src/auth/hosted-ui/errors';
import { exchangeError } from '../../../../src/auth/hosted-ui/exchangeError';

describe('hosted-UI errors', () => {
  it('gives unknown_error (what the code exchange emits for anything else) its own words', () => {
    const e = exchangeError(new RangeError('something odd'));
    expect(e).toBeInstanceOf(AuthError);
    expect(e).toMatchObject({
      code: 'unknown_error',
      source: 'hostedUi',
      retryable: true,
      message: 'Sign-in did not complete. Please try again.',
    });
  });

  it('keeps a server code it does not know, with the general words', () => {
    expect(oauthError('brand_new_error')).toMatchObject({
      code: 'brand_new_error',
      source: 'hostedUi',
      message: 'Sign-in did not complete. Please try again.',
    });
    expect(oauthError('<script>')).toMatchObject({ code: 'invalid_request' });
    expect(oauthError('access_denied').message).toBe(
      'Sign-in was cancelled or the account was not allowed to sign in.',
    );
  });

  it.each(['constructor', '__proto__', 'toString'])(
    'never takes %s for a code it knows',
    (code) => {
      const e = oauthError(code);
      expect(e.code).toBe(code);
      expect(e.message).toBe('Sign-in did not complete. Please try again.');
      expect(e.retryable).toBe(true);
    },
  );

  it('builds our own codes with their words', () => {
    expect(hostedUiError('state_reused', new Error('why'))).toMatchObject({
      code: 'state_reused',
      source: 'hostedUi',
      retryable: true,
      message:
        'This sign-in response was already used, so it was not accepted again. Please start again.',
    });
    expect(hostedUiError('nonce_mismatch').message).toBe(
      'The sign-in response failed a security check (it does not belong to this sign-in). Please sign in again.',
    );
  });
});
