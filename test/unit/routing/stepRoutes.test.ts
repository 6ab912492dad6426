import { describe, expect, it } from 'vitest';
import {
  DEFAULT_AFTER_SIGN_IN,
  pathForState,
  resolveReturnTo,
  withReturnTo,
} from '../../../src/routing/stepRoutes';
import type { SignedInUser } from '../../../src/auth/types';

const user = { username: 'u', sub: 's', groups: [] } as unknown as SignedInUser;

describe('resolveReturnTo', () => {
  it('keeps same-origin paths with their query and hash', () => {
    expect(resolveReturnTo('/account?tab=1#x')).toBe('/account?tab=1#x');
  });

  it.each([
    '//evil.example',
    'https://evil.example/',
    'javascript:alert(1)',
    '/\\evil.example',
    ' //x',
  ])('refuses %s', (value) => {
    expect(resolveReturnTo(value)).toBe('/');
  });

  it('falls back to the protected page when nothing (or a journey page) is asked for', () => {
    expect(resolveReturnTo(null)).toBe(DEFAULT_AFTER_SIGN_IN);
    expect(resolveReturnTo('')).toBe(DEFAULT_AFTER_SIGN_IN);
    expect(resolveReturnTo('/sign-in')).toBe(DEFAULT_AFTER_SIGN_IN);
    expect(resolveReturnTo('/mfa?x=1')).toBe(DEFAULT_AFTER_SIGN_IN);
  });
});

describe('pathForState', () => {
  it('maps every flow step to its route and keeps returnTo along the way', () => {
    expect(pathForState({ step: 'confirmSignUp', username: 'a' }, '/admin')).toBe(
      '/confirm-sign-up?returnTo=%2Fadmin',
    );
    expect(
      pathForState(
        { step: 'newPasswordRequired', username: 'a', requiredAttributes: [] },
        DEFAULT_AFTER_SIGN_IN,
      ),
    ).toBe('/new-password');
    expect(
      pathForState({ step: 'mfa', username: 'a', challenge: 'SMS_MFA' }, DEFAULT_AFTER_SIGN_IN),
    ).toBe('/mfa');
    expect(pathForState({ step: 'mfaSetup', username: 'a' }, DEFAULT_AFTER_SIGN_IN)).toBe('/mfa');
    expect(pathForState({ step: 'signedOut' }, DEFAULT_AFTER_SIGN_IN)).toBe('/sign-in');
  });

  it('sends a signed-in session to its destination, and loading nowhere', () => {
    expect(pathForState({ step: 'signedIn', user }, '/account')).toBe('/account');
    expect(pathForState({ step: 'loading' }, '/account')).toBeNull();
  });

  it('withReturnTo leaves the default destination out of the URL', () => {
    expect(withReturnTo('/sign-up', DEFAULT_AFTER_SIGN_IN)).toBe('/sign-up');
    expect(withReturnTo('/sign-up', '/a?b=c')).toBe('/sign-up?returnTo=%2Fa%3Fb%3Dc');
  });
});
