import { describe, expect, it, vi } from 'vitest';
import { reply } from '../../support/cognito-http-fake';
import { harness } from './helpers';

const PASSWORD = 'Sup3r-secret!';

function challenge(name: string, parameters: Record<string, string> = {}) {
  return () =>
    reply.ok({ ChallengeName: name, Session: `session-${name}`, ChallengeParameters: parameters });
}

describe('sign-up, confirmation and automatic sign-in', () => {
  it('asks for the code, then signs in with the password still in memory', async () => {
    const h = harness();
    const m = h.manager();
    await m.restore();
    await m.signUp({ email: ' ada@example.com ', password: PASSWORD, attributes: { name: 'Ada' } });
    expect(m.getState()).toMatchObject({
      step: 'confirmSignUp',
      username: 'ada@example.com',
      delivery: { medium: 'EMAIL' },
    });
    expect(h.fake.callsTo('SignUp')[0]!.body).toMatchObject({
      Username: 'ada@example.com',
      UserAttributes: expect.arrayContaining([
        { Name: 'name', Value: 'Ada' },
        { Name: 'email', Value: 'ada@example.com' },
      ]),
    });

    await expect(m.confirmSignUp('000000')).rejects.toMatchObject({
      code: 'CodeMismatchException',
      field: 'code',
    });
    expect(m.getState().step).toBe('confirmSignUp');

    await m.confirmSignUp(' 123456 ');
    expect(m.getState()).toMatchObject({
      step: 'signedIn',
      user: { email: 'ada@example.com', name: 'Ada' },
    });
    expect(h.fake.callsTo('InitiateAuth')[0]!.body).toMatchObject({
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: 'ada@example.com', PASSWORD },
    });
    // Only our one namespaced key holds tokens; the SDK wrote nothing to Web Storage.
    expect(h.store.read()?.signInMethod).toBe('password');
    for (const area of [window.localStorage, window.sessionStorage]) {
      expect(
        Object.keys(area).filter((k) => k.startsWith('CognitoIdentityServiceProvider')),
      ).toEqual([]);
    }
    expect(JSON.stringify(h.store.read())).not.toContain(PASSWORD);
  });

  it('drops the password after use: a later confirmation asks the person to sign in', async () => {
    const h = harness();
    const first = h.manager();
    await first.restore();
    await first.signUp({ email: 'bo@example.com', password: PASSWORD, attributes: {} });
    first.cancelFlow();
    expect(first.getState()).toEqual({ step: 'signedOut' });
    await first.resendSignUpCode('bo@example.com');
    // A fresh manager (a reload) never saw the password.
    const second = h.manager();
    await second.restore();
    await second.signIn({ username: 'bo@example.com', password: PASSWORD });
    expect(second.getState().step).toBe('confirmSignUp');
    expect(h.fake.count('ResendConfirmationCode')).toBe(2);
    await second.confirmSignUp('123456');
    expect(second.getState().step).toBe('signedIn');
  });

  it('says the account is confirmed when no password is held', async () => {
    const h = harness();
    h.fake.addUser({ username: 'cy@example.com', password: PASSWORD, confirmed: false });
    const m = h.manager();
    await m.restore();
    h.fake.always('InitiateAuth', () =>
      reply.error('UserNotConfirmedException', 'User is not confirmed.'),
    );
    await m.signIn({ username: 'cy@example.com', password: 'wrong-but-unchecked' });
    h.fake.restore('InitiateAuth');
    h.fake.always('InitiateAuth', () =>
      reply.error('NotAuthorizedException', 'Incorrect username or password.'),
    );
    await m.confirmSignUp('123456');
    expect(m.getState()).toEqual({
      step: 'signedOut',
      notice: 'Your email address is confirmed. Sign in to continue.',
    });
  });
});

describe('sign-in', () => {
  it('gives the same words for a wrong password and an unknown user', async () => {
    const h = harness();
    h.fake.addUser({ username: 'ada@example.com', password: PASSWORD });
    const m = h.manager();
    await m.restore();
    const wrong = await m
      .signIn({ username: 'ada@example.com', password: 'nope' })
      .catch((e: unknown) => e);
    h.fake.script('InitiateAuth', () =>
      reply.error('UserNotFoundException', 'User does not exist.'),
    );
    const unknown = await m
      .signIn({ username: 'who@example.com', password: 'nope' })
      .catch((e: unknown) => e);
    expect(wrong).toMatchObject({ name: 'AuthError', message: 'Incorrect email or password.' });
    expect(unknown).toMatchObject({ name: 'AuthError', message: 'Incorrect email or password.' });
    expect(m.getState().step).toBe('signedOut');
  });

  it('moves to newPasswordRequired with plain attribute names, then signs in', async () => {
    const h = harness();
    h.fake.addUser({ username: 'ada@example.com', password: PASSWORD });
    h.fake.script(
      'InitiateAuth',
      challenge('NEW_PASSWORD_REQUIRED', {
        USER_ID_FOR_SRP: 'ada@example.com',
        requiredAttributes: '["userAttributes.name"]',
        userAttributes: '{"email":"ada@example.com"}',
      }),
    );
    h.fake.script('RespondToAuthChallenge', () => reply.ok(h.fake.authResult('ada@example.com')));
    const m = h.manager();
    await m.restore();
    await m.signIn({ username: 'ada@example.com', password: PASSWORD });
    expect(m.getState()).toEqual({
      step: 'newPasswordRequired',
      username: 'ada@example.com',
      requiredAttributes: ['name'],
      // Issue 16: the screen addresses the person by the challenge's name or email, not the username.
      displayName: 'ada@example.com',
    });
    await m.completeNewPassword({ newPassword: 'N3w-password!', attributes: { name: 'Ada' } });
    expect(m.getState().step).toBe('signedIn');
    expect(h.fake.callsTo('RespondToAuthChallenge')[0]!.body).toMatchObject({
      ChallengeName: 'NEW_PASSWORD_REQUIRED',
      Session: 'session-NEW_PASSWORD_REQUIRED',
      ChallengeResponses: { NEW_PASSWORD: 'N3w-password!', 'userAttributes.name': 'Ada' },
    });
  });

  it('answers a TOTP challenge', async () => {
    const h = harness();
    h.fake.addUser({ username: 'ada@example.com', password: PASSWORD });
    h.fake.script(
      'InitiateAuth',
      challenge('SOFTWARE_TOKEN_MFA', { USER_ID_FOR_SRP: 'ada@example.com' }),
    );
    h.fake.script('RespondToAuthChallenge', () => reply.ok(h.fake.authResult('ada@example.com')));
    const m = h.manager();
    await m.restore();
    await m.signIn({ username: 'ada@example.com', password: PASSWORD });
    expect(m.getState()).toMatchObject({ step: 'mfa', challenge: 'SOFTWARE_TOKEN_MFA' });
    await m.answerMfa('654321');
    expect(m.getState().step).toBe('signedIn');
    expect(h.fake.callsTo('RespondToAuthChallenge')[0]!.body).toMatchObject({
      ChallengeName: 'SOFTWARE_TOKEN_MFA',
      ChallengeResponses: { SOFTWARE_TOKEN_MFA_CODE: '654321' },
    });
  });

  it('offers a choice of factor and then asks for the chosen one', async () => {
    const h = harness();
    h.fake.script(
      'InitiateAuth',
      challenge('SELECT_MFA_TYPE', { MFAS_CAN_CHOOSE: '["SMS_MFA","SOFTWARE_TOKEN_MFA"]' }),
    );
    h.fake.script('RespondToAuthChallenge', challenge('SOFTWARE_TOKEN_MFA'));
    const m = h.manager();
    await m.restore();
    await m.signIn({ username: 'ada@example.com', password: PASSWORD });
    expect(m.getState()).toMatchObject({
      step: 'mfa',
      challenge: 'SELECT_MFA_TYPE',
      options: ['SMS_MFA', 'SOFTWARE_TOKEN_MFA'],
    });
    await m.selectMfaType('SOFTWARE_TOKEN_MFA');
    expect(m.getState()).toMatchObject({ step: 'mfa', challenge: 'SOFTWARE_TOKEN_MFA' });
  });

  it('sets up TOTP during sign-in and makes it preferred', async () => {
    const h = harness();
    h.fake.addUser({ username: 'ada@example.com', password: PASSWORD });
    h.fake.script(
      'InitiateAuth',
      challenge('MFA_SETUP', { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' }),
    );
    h.fake.script('AssociateSoftwareToken', () =>
      reply.ok({ SecretCode: 'ABCDEF234567', Session: 'after-associate' }),
    );
    h.fake.script('VerifySoftwareToken', () =>
      reply.ok({ Status: 'SUCCESS', Session: 'after-verify' }),
    );
    h.fake.script('RespondToAuthChallenge', () => reply.ok(h.fake.authResult('ada@example.com')));
    const m = h.manager();
    await m.restore();
    await m.signIn({ username: 'ada@example.com', password: PASSWORD });
    expect(m.getState()).toEqual({ step: 'mfaSetup', username: 'ada@example.com' });
    const setup = await m.setupTotp();
    expect(setup).toEqual({
      secretCode: 'ABCDEF234567',
      otpauthUri:
        'otpauth://totp/Cognito%20React%20Auth:ada%40example.com?secret=ABCDEF234567&issuer=Cognito%20React%20Auth',
    });
    await m.verifyTotp('123456', 'Phone');
    expect(m.getState().step).toBe('signedIn');
    expect(h.fake.callsTo('VerifySoftwareToken')[0]!.body).toMatchObject({
      Session: 'after-associate',
      UserCode: '123456',
    });
    expect(h.fake.callsTo('SetUserMFAPreference')[0]!.body).toMatchObject({
      SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true },
    });
  });

  it('refuses an action that does not belong to the current step', async () => {
    const h = harness();
    const m = h.manager();
    await m.restore();
    await expect(m.answerMfa('123456')).rejects.toMatchObject({ code: 'WrongStep' });
    expect(h.fake.calls).toHaveLength(0);
  });
});

describe('signed-in actions', () => {
  it('changes attributes and reports that a changed email needs its code', async () => {
    const h = harness();
    h.seed('ada@example.com');
    const m = h.manager();
    await m.restore();
    const result = await m.updateAttributes({ email: 'new@example.com' });
    expect(result).toMatchObject({ verificationRequired: true, delivery: { medium: 'EMAIL' } });
    await m.verifyAttribute('email', '123456');
    expect(h.fake.callsTo('VerifyUserAttribute')[0]!.body).toMatchObject({
      AttributeName: 'email',
      Code: '123456',
    });
  });

  it('says the current password is wrong when it is', async () => {
    const h = harness();
    h.seed('ada@example.com');
    const m = h.manager();
    await m.restore();
    await expect(
      m.changePassword({ oldPassword: 'bad', newPassword: 'N3w-password!' }),
    ).rejects.toMatchObject({
      message: 'Your current password is incorrect.',
    });
  });

  it('never reveals whether an account exists when asked to reset a password', async () => {
    const h = harness();
    h.fake.script('ForgotPassword', () =>
      reply.error('UserNotFoundException', 'Username/client id combination not found.'),
    );
    const m = h.manager();
    await m.restore();
    await expect(m.forgotPassword('nobody@example.com')).resolves.toEqual({});
  });
});

describe('sign-out', () => {
  it('clears the session and revokes the refresh token', async () => {
    const h = harness();
    const tokens = h.seed('ada@example.com');
    const m = h.manager();
    await m.restore();
    // Issue 16: a sign-out that stays on the page says so, so the screen shows /signed-out itself.
    await expect(m.signOut()).resolves.toEqual({ leavingPage: false });
    expect(m.getState()).toEqual({ step: 'signedOut' });
    expect(h.storage.getItem(h.store.key)).toBeNull();
    // The revoke runs in the background: sign-out never waits on the network.
    await vi.waitFor(() =>
      expect(h.fake.callsTo('RevokeToken')[0]!.body).toEqual({
        Token: tokens.refreshToken,
        ClientId: h.config.clientId,
      }),
    );
    expect(h.navigate).not.toHaveBeenCalled();
  });

  it('stays signed out even when the revoke call fails', async () => {
    const h = harness();
    h.seed('ada@example.com');
    h.fake.always('RevokeToken', () => reply.networkError());
    const m = h.manager();
    await m.restore();
    await m.signOut();
    expect(m.getState().step).toBe('signedOut');
    expect(h.storage.getItem(h.store.key)).toBeNull();
    // The revoke runs in the background; it was tried (and failed) without undoing the sign-out.
    await vi.waitFor(() => expect(h.fake.count('RevokeToken')).toBe(1));
    expect(m.getState().step).toBe('signedOut');
  });

  it('signs out everywhere with GlobalSignOut', async () => {
    const h = harness();
    const tokens = h.seed('ada@example.com');
    const m = h.manager();
    await m.restore();
    await m.signOutEverywhere();
    expect(h.fake.callsTo('GlobalSignOut')[0]!.body).toEqual({ AccessToken: tokens.accessToken });
    expect(m.getState().step).toBe('signedOut');
    expect(h.fake.revokedRefreshTokens.has(tokens.refreshToken!)).toBe(true);
  });

  it('keeps the session when GlobalSignOut cannot be reached', async () => {
    const h = harness();
    h.seed('ada@example.com');
    h.fake.always('GlobalSignOut', () => reply.networkError());
    const m = h.manager();
    await m.restore();
    await expect(m.signOutEverywhere()).rejects.toMatchObject({
      code: 'NetworkError',
      retryable: true,
    });
    expect(m.getState().step).toBe('signedIn');
  });

  it('stores hosted-UI tokens in the same store and leaves through the hosted logout', async () => {
    const h = harness({
      hostedUiDomain: 'https://auth.example.com',
      redirectSignOut: 'http://localhost:3000/signed-out',
    });
    h.fake.addUser({
      username: 'ada@example.com',
      password: PASSWORD,
      attributes: { email: 'ada@example.com', name: 'Ada' },
    });
    const m = h.manager();
    await m.restore();
    await m.completeHostedSignIn(h.fake.issueTokens('ada@example.com'));
    expect(m.getState()).toMatchObject({
      step: 'signedIn',
      user: { signInMethod: 'hostedUi', name: 'Ada' },
    });
    expect(h.store.read()?.signInMethod).toBe('hostedUi');
    // Refresh works the same for a hosted session.
    await m.getAccessToken({ forceRefresh: true });
    expect(h.fake.refreshCalls()).toHaveLength(1);
    // Issue 16: the page is leaving for /logout, so the screen must not show /signed-out first.
    await expect(m.signOut()).resolves.toEqual({ leavingPage: true });
    expect(h.fake.count('RevokeToken')).toBe(1);
    expect(h.navigate).toHaveBeenCalledWith(
      `https://auth.example.com/logout?client_id=${h.config.clientId}&logout_uri=${encodeURIComponent('http://localhost:3000/signed-out')}`,
    );
  });
});
