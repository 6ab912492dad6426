import { describe, expect, it } from 'vitest';
import { authReducer, initialAuthState } from '../../../src/auth/reducer';
import type { AuthState, SignedInUser } from '../../../src/auth/types';

const user: SignedInUser = {
  username: 'ada@example.com',
  sub: 'sub-1',
  email: 'ada@example.com',
  name: 'Ada',
  groups: ['admin'],
  signInMethod: 'password',
  idTokenExpiresAt: 2_000_000_000_000,
  accessTokenExpiresAt: 2_000_000_000_000,
  idTokenClaims: {},
  accessTokenClaims: {},
};
const signedIn: AuthState = { step: 'signedIn', user };

describe('authReducer', () => {
  it('starts loading', () => {
    expect(initialAuthState).toEqual({ step: 'loading' });
  });

  it('moves from loading to signedIn and back to signedOut with a notice', () => {
    const a = authReducer(initialAuthState, { type: 'SIGNED_IN', user });
    expect(a).toEqual(signedIn);
    const b = authReducer(a, {
      type: 'SIGNED_OUT',
      notice: 'Your session has expired. Please sign in again.',
    });
    expect(b).toEqual({
      step: 'signedOut',
      notice: 'Your session has expired. Please sign in again.',
    });
  });

  it('keeps the first notice when a second sign-out arrives', () => {
    const out: AuthState = { step: 'signedOut', notice: 'first' };
    expect(authReducer(out, { type: 'SIGNED_OUT' })).toBe(out);
    expect(authReducer(out, { type: 'SIGNED_OUT', notice: 'first' })).toBe(out);
  });

  it('enters each sign-in step with its data', () => {
    const out: AuthState = { step: 'signedOut' };
    expect(
      authReducer(out, {
        type: 'CONFIRM_SIGN_UP',
        username: 'u',
        delivery: { destination: 'u***', medium: 'EMAIL' },
      }),
    ).toEqual({
      step: 'confirmSignUp',
      username: 'u',
      delivery: { destination: 'u***', medium: 'EMAIL' },
    });
    expect(
      authReducer(out, {
        type: 'NEW_PASSWORD_REQUIRED',
        username: 'u',
        requiredAttributes: ['name'],
      }),
    ).toEqual({
      step: 'newPasswordRequired',
      username: 'u',
      requiredAttributes: ['name'],
    });
    expect(
      authReducer(out, { type: 'MFA_REQUIRED', username: 'u', challenge: 'SOFTWARE_TOKEN_MFA' }),
    ).toEqual({
      step: 'mfa',
      username: 'u',
      challenge: 'SOFTWARE_TOKEN_MFA',
    });
    expect(
      authReducer(out, {
        type: 'MFA_REQUIRED',
        username: 'u',
        challenge: 'SELECT_MFA_TYPE',
        options: ['SMS_MFA', 'SOFTWARE_TOKEN_MFA'],
      }),
    ).toEqual({
      step: 'mfa',
      username: 'u',
      challenge: 'SELECT_MFA_TYPE',
      options: ['SMS_MFA', 'SOFTWARE_TOKEN_MFA'],
    });
    expect(authReducer(out, { type: 'MFA_SETUP', username: 'u' })).toEqual({
      step: 'mfaSetup',
      username: 'u',
    });
  });

  it('applies refreshed tokens only to a live session', () => {
    const newer = { ...user, accessTokenExpiresAt: user.accessTokenExpiresAt + 1 };
    expect(authReducer(signedIn, { type: 'TOKENS_REFRESHED', user: newer })).toEqual({
      step: 'signedIn',
      user: newer,
    });
    expect(authReducer(initialAuthState, { type: 'TOKENS_REFRESHED', user: newer })).toEqual({
      step: 'signedIn',
      user: newer,
    });
    const out: AuthState = { step: 'signedOut' };
    expect(authReducer(out, { type: 'TOKENS_REFRESHED', user: newer })).toBe(out);
  });

  it('cancels only unfinished flows', () => {
    expect(
      authReducer({ step: 'mfa', username: 'u', challenge: 'SMS_MFA' }, { type: 'CANCEL_FLOW' }),
    ).toEqual({ step: 'signedOut' });
    expect(authReducer({ step: 'confirmSignUp', username: 'u' }, { type: 'CANCEL_FLOW' })).toEqual({
      step: 'signedOut',
    });
    expect(authReducer(signedIn, { type: 'CANCEL_FLOW' })).toBe(signedIn);
    expect(authReducer(initialAuthState, { type: 'CANCEL_FLOW' })).toBe(initialAuthState);
  });

  it('does not mutate the previous state', () => {
    const before: AuthState = Object.freeze({ step: 'signedOut' });
    expect(() => authReducer(before, { type: 'SIGNED_IN', user })).not.toThrow();
    expect(before).toEqual({ step: 'signedOut' });
  });
});
