/**
 * The session core driven through its AuthServices seam (an in-memory fake), so each test reads as
 * operations and steps rather than Cognito requests. The HTTP-level tests next door
 * (session-flows, session-refresh) keep covering the real src/auth/cognito/ code on the wire.
 */
import { describe, expect, it, vi } from 'vitest';
import type { SessionTokens } from '../../../../src/auth/types';
import { serviceError } from '../../../support/auth-services-fake';
import { deferred } from '../../../support/deferred';
import { servicesHarness } from '../helpers';

const PASSWORD = 'Sup3r-secret!';
const EXPIRED = 'Your session has expired. Please sign in again.';

/** A restored manager over the fake services, nobody signed in. */
async function signedOut() {
  const h = servicesHarness();
  const m = h.manager();
  await m.restore();
  return { h, m };
}

/** A restored manager whose stored session (Ada's, an hour long) came from an earlier visit. */
async function signedIn() {
  const h = servicesHarness();
  const seeded = h.seed('ada@example.com');
  const m = h.manager();
  await m.restore();
  return { h, m, seeded };
}

describe('sign-up and sign-in flows', () => {
  it('signs up, confirms and signs in with the password held in memory', async () => {
    const { h, m } = await signedOut();
    await m.signUp({ email: ' ada@example.com ', password: PASSWORD, attributes: { name: 'Ada' } });
    expect(m.getState()).toMatchObject({ step: 'confirmSignUp', username: 'ada@example.com' });
    await expect(m.confirmSignUp('000000')).rejects.toMatchObject({
      code: 'CodeMismatchException',
    });
    await m.confirmSignUp(' 123456 ');
    expect(m.getState()).toMatchObject({ step: 'signedIn', user: { email: 'ada@example.com' } });
    expect(h.services.calls.map((c) => c.op)).toEqual([
      'signUp',
      'confirmSignUp',
      'confirmSignUp',
      'signIn',
    ]);
    expect(h.store.read()?.signInMethod).toBe('password');
  });

  it('turns an unconfirmed sign-in into the confirmation step and finishes it', async () => {
    const h = servicesHarness();
    h.services.addUser({ username: 'bo@example.com', password: PASSWORD, confirmed: false });
    const m = h.manager();
    await m.restore();
    await m.signIn({ username: 'bo@example.com', password: PASSWORD });
    expect(m.getState()).toMatchObject({ step: 'confirmSignUp', username: 'bo@example.com' });
    expect(h.services.count('resendSignUpCode')).toBe(1);
    await m.confirmSignUp('123456');
    expect(m.getState().step).toBe('signedIn');
  });

  it('drops the held password after half an hour: the confirmation then asks to sign in', async () => {
    const { h, m } = await signedOut();
    await m.signUp({ email: 'cy@example.com', password: PASSWORD, attributes: {} });
    h.clock.now += 31 * 60 * 1000;
    await m.confirmSignUp('123456');
    expect(m.getState()).toEqual({
      step: 'signedOut',
      notice: 'Your email address is confirmed. Sign in to continue.',
    });
    expect(h.services.count('signIn')).toBe(0);
    expect(h.services.users.get('cy@example.com')?.confirmed).toBe(true);
  });

  it('asks for a new password, then signs in; a cancelled flow cannot be finished', async () => {
    const h = servicesHarness();
    h.services.addUser({
      username: 'ada@example.com',
      password: PASSWORD,
      challenge: 'newPassword',
    });
    const m = h.manager();
    await m.restore();
    await m.signIn({ username: 'ada@example.com', password: PASSWORD });
    expect(m.getState()).toEqual({
      step: 'newPasswordRequired',
      username: 'ada@example.com',
      requiredAttributes: ['name'],
    });
    m.cancelFlow();
    await expect(
      m.completeNewPassword({ newPassword: 'N3w-password!', attributes: { name: 'Ada' } }),
    ).rejects.toMatchObject({ code: 'WrongStep' });
    expect(h.services.count('completeNewPassword')).toBe(0);

    await m.signIn({ username: 'ada@example.com', password: PASSWORD });
    await m.completeNewPassword({ newPassword: 'N3w-password!', attributes: { name: 'Ada' } });
    expect(m.getState().step).toBe('signedIn');
    expect(h.services.users.get('ada@example.com')?.password).toBe('N3w-password!');
  });

  it('sets up TOTP during sign-in with the configured issuer and makes it preferred', async () => {
    const h = servicesHarness();
    h.services.addUser({ username: 'ada@example.com', password: PASSWORD, challenge: 'mfaSetup' });
    const m = h.manager({ totpIssuer: 'Acme' });
    await m.restore();
    await m.signIn({ username: 'ada@example.com', password: PASSWORD });
    expect(m.getState()).toEqual({ step: 'mfaSetup', username: 'ada@example.com' });
    const setup = await m.setupTotp();
    expect(setup.otpauthUri).toBe(
      'otpauth://totp/Acme:ada%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=Acme',
    );
    await m.verifyTotp('123456', 'Phone');
    expect(m.getState().step).toBe('signedIn');
    const preference = h.services.calls.find((c) => c.op === 'setTotpPreference');
    expect(preference?.args).toEqual([h.store.read()?.tokens.accessToken, true]);
    await expect(m.getMfaStatus()).resolves.toEqual({ totpEnabled: true });
  });

  it('refuses a step that is not the current one, without calling the service', async () => {
    const { h, m } = await signedOut();
    await expect(m.answerMfa('123456')).rejects.toMatchObject({ code: 'WrongStep' });
    await expect(m.setupTotp()).rejects.toMatchObject({ code: 'WrongStep' });
    await expect(m.resendSignUpCode()).rejects.toMatchObject({ code: 'WrongStep' });
    expect(h.services.calls).toEqual([]);
  });
});

describe('tokens and the epoch', () => {
  it('shares one refresh among concurrent callers', async () => {
    const { h, m } = await signedIn();
    // 3600 s lifetime, 300 s skew: 3400 s later the token counts as expiring.
    h.clock.now += 3400 * 1000;
    const tokens = await Promise.all(Array.from({ length: 6 }, () => m.getAccessToken()));
    expect(new Set(tokens).size).toBe(1);
    expect(h.services.count('refresh')).toBe(1);
    await m.getAccessToken();
    expect(h.services.count('refresh')).toBe(1);
  });

  it('drops a refresh answer that arrives after the user signed out', async () => {
    const { h, m } = await signedIn();
    const answer = deferred<SessionTokens>();
    h.services.script('refresh', () => answer.promise);
    const pending = m.getAccessToken({ forceRefresh: true });
    await m.signOut();
    answer.resolve(h.services.issue('ada@example.com'));
    await expect(pending).rejects.toMatchObject({ code: 'NotSignedIn' });
    expect(m.getState()).toEqual({ step: 'signedOut' });
    expect(h.store.read()).toBeNull();
  });

  it('keeps a new sign-in when the old session’s refresh token is refused late', async () => {
    const h = servicesHarness();
    h.seed('ada@example.com');
    h.services.addUser({ username: 'bo@example.com', password: PASSWORD });
    const m = h.manager();
    await m.restore();
    const answer = deferred<SessionTokens>();
    h.services.script('refresh', () => answer.promise);
    const pending = m.getAccessToken({ forceRefresh: true });
    await m.signOut();
    await m.signIn({ username: 'bo@example.com', password: PASSWORD });
    answer.reject(serviceError('NotAuthorizedException'));
    await expect(pending).rejects.toMatchObject({ code: 'SessionExpired' });
    expect(m.getState()).toMatchObject({ step: 'signedIn', user: { username: 'bo@example.com' } });
    expect(h.store.read()).not.toBeNull();
  });

  it('signs out once, with the notice, when the refresh token is refused', async () => {
    const h = servicesHarness();
    const seeded = h.seed('ada@example.com', { expiresIn: -60 });
    h.services.revoked.add(seeded.refreshToken);
    const m = h.manager();
    const steps: string[] = [];
    m.subscribe(() => steps.push(m.getState().step));
    await m.restore();
    expect(m.getState()).toEqual({ step: 'signedOut', notice: EXPIRED });
    expect(steps).toEqual(['signedOut']);
    await expect(m.getAccessToken()).rejects.toMatchObject({ code: 'NotSignedIn' });
  });

  it('restores valid tokens with no service call at all', async () => {
    const { h, m, seeded } = await signedIn();
    await expect(m.getAccessToken()).resolves.toBe(seeded.accessToken);
    expect(h.services.calls).toEqual([]);
  });
});

describe('account', () => {
  it('reports that a changed email needs its code and refreshes the claims', async () => {
    const { h, m } = await signedIn();
    await expect(m.updateAttributes({ email: 'new@example.com' })).resolves.toMatchObject({
      verificationRequired: true,
      delivery: { medium: 'EMAIL' },
    });
    expect(h.services.count('refresh')).toBe(1);
    await expect(m.verifyAttribute('email', '000000')).rejects.toMatchObject({
      code: 'CodeMismatchException',
    });
  });

  it('changes the password, with the right words when the current one is wrong', async () => {
    const { h, m } = await signedIn();
    await expect(
      m.changePassword({ oldPassword: 'nope', newPassword: 'N3w-password!' }),
    ).rejects.toMatchObject({ code: 'NotAuthorizedException' });
    await m.changePassword({ oldPassword: 'Passw0rd!', newPassword: 'N3w-password!' });
    expect(h.services.users.get('ada@example.com')?.password).toBe('N3w-password!');
  });

  it('revokes on sign-out and leaves a hosted session through the hosted logout', async () => {
    const h = servicesHarness({ hostedUiDomain: 'https://auth.example.com' });
    h.services.addUser({ username: 'ada@example.com', password: PASSWORD });
    const m = h.manager();
    await m.restore();
    const tokens = h.services.issue('ada@example.com');
    await m.completeHostedSignIn(tokens);
    await m.signOut();
    // Revoke and the hosted logout follow in the background; the local session is already gone.
    await vi.waitFor(() => expect(h.services.revoked.has(tokens.refreshToken)).toBe(true));
    await vi.waitFor(() => expect(h.navigate).toHaveBeenCalledTimes(1));
    expect(String(h.navigate.mock.calls[0]![0])).toMatch(/^https:\/\/auth\.example\.com\/logout\?/);
  });

  it('signs out everywhere, and treats "already signed out" as done', async () => {
    const { h, m, seeded } = await signedIn();
    h.services.script('globalSignOut', () => {
      throw serviceError('NotAuthorizedException');
    });
    await m.signOutEverywhere();
    expect(m.getState().step).toBe('signedOut');

    h.seed('ada@example.com');
    const again = h.manager();
    await again.restore();
    await again.signOutEverywhere();
    expect(h.services.revoked.has(seeded.refreshToken)).toBe(true);
  });
});
