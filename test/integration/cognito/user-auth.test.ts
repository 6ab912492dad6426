/**
 * Contract: choice-based sign-in (InitiateAuth USER_AUTH) as Cognito documents it: SELECT_CHALLENGE
 * lists what this user can do, PASSWORD and PASSWORD_SRP hand over to the usual password checks, and
 * EMAIL_OTP sends an eight-digit code to the dev inbox that works once, within the session's three minutes.
 */
import {
  AdminUpdateUserAttributesCommand,
  AssociateSoftwareTokenCommand,
  DescribeUserPoolCommand,
  GetUserCommand,
  SetUserMFAPreferenceCommand,
  VerifySoftwareTokenCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { generateSync } from 'otplib';
import { beforeAll, describe, expect, it } from 'vitest';
import { GOOD_PASSWORD, setupLocalPool } from '../../support/local-cognito';
import {
  allowFirstFactors,
  answer,
  claims,
  cognitoUser,
  confirmedUser,
  errorOf,
  refresh,
  srpThroughUserAuth,
  uniqueEmail,
  userAuth,
} from './helpers';

let now = Date.now();
const MINUTE = 60_000;
const pool = setupLocalPool({
  clock: { get: () => new Date(now) },
  spaClient: {
    ExplicitAuthFlows: ['ALLOW_USER_AUTH', 'ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
  },
});

beforeAll(async () => {
  await allowFirstFactors(pool, ['PASSWORD', 'EMAIL_OTP', 'WEB_AUTHN']);
});

const sorted = (list: readonly string[] | undefined): string[] => [...(list ?? [])].sort();

describe('pool and client settings', () => {
  it('UpdateUserPool keeps SignInPolicy and DescribeUserPool reports it', async () => {
    const { UserPool } = await pool.admin.send(
      new DescribeUserPoolCommand({ UserPoolId: pool.userPoolId }),
    );
    expect(UserPool?.Policies?.SignInPolicy?.AllowedFirstAuthFactors).toEqual([
      'PASSWORD',
      'EMAIL_OTP',
      'WEB_AUTHN',
    ]);
    // The password policy survived the update.
    expect(UserPool?.Policies?.PasswordPolicy?.MinimumLength).toBe(8);
  });

  it('a client without ALLOW_USER_AUTH is refused as Cognito refuses it', async () => {
    const { clientId } = await pool.createClient({
      ClientName: 'srp-only',
      ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
    });
    const err = await errorOf(userAuth(pool, { USERNAME: 'anyone@example.com' }, clientId));
    expect(err).toMatchObject({
      name: 'InvalidParameterException',
      message: 'USER_AUTH flow not enabled for this client',
    });
  });
});

describe('SELECT_CHALLENGE', () => {
  it('lists the password factors and EMAIL_OTP for a user with a verified email', async () => {
    const email = await confirmedUser(pool, GOOD_PASSWORD);
    const res = await userAuth(pool, { USERNAME: email });
    expect(res.ChallengeName).toBe('SELECT_CHALLENGE');
    expect(res.Session).toBeTruthy();
    expect(sorted(res.AvailableChallenges)).toEqual(['EMAIL_OTP', 'PASSWORD', 'PASSWORD_SRP']);
  });

  it('leaves out EMAIL_OTP while the email is unverified', async () => {
    const email = await confirmedUser(pool, GOOD_PASSWORD);
    await pool.admin.send(
      new AdminUpdateUserAttributesCommand({
        UserPoolId: pool.userPoolId,
        Username: email,
        UserAttributes: [
          { Name: 'email', Value: email },
          { Name: 'email_verified', Value: 'false' },
        ],
      }),
    );
    const res = await userAuth(pool, { USERNAME: email });
    expect(sorted(res.AvailableChallenges)).toEqual(['PASSWORD', 'PASSWORD_SRP']);
  });

  it('offers only what the pool allows as a first factor', async () => {
    const email = await confirmedUser(pool, GOOD_PASSWORD);
    await allowFirstFactors(pool, ['PASSWORD']);
    try {
      const res = await userAuth(pool, { USERNAME: email, PREFERRED_CHALLENGE: 'EMAIL_OTP' });
      // The preferred factor is not allowed, so the user is asked to choose instead.
      expect(res.ChallengeName).toBe('SELECT_CHALLENGE');
      expect(sorted(res.AvailableChallenges)).toEqual(['PASSWORD', 'PASSWORD_SRP']);
    } finally {
      await allowFirstFactors(pool, ['PASSWORD', 'EMAIL_OTP', 'WEB_AUTHN']);
    }
  });

  it('refuses a PREFERRED_CHALLENGE that is no first factor, and an ANSWER that was not offered', async () => {
    const email = await confirmedUser(pool, GOOD_PASSWORD);
    const bad = await errorOf(
      userAuth(pool, { USERNAME: email, PREFERRED_CHALLENGE: 'SOFTWARE_TOKEN_MFA' }),
    );
    expect(bad).toMatchObject({
      name: 'InvalidParameterException',
      message: 'PREFERRED_CHALLENGE must be one of PASSWORD, PASSWORD_SRP, EMAIL_OTP, WEB_AUTHN.',
    });
    const select = await userAuth(pool, { USERNAME: email });
    const notOffered = await errorOf(
      answer(pool, 'SELECT_CHALLENGE', select.Session, { USERNAME: email, ANSWER: 'WEB_AUTHN' }),
    );
    expect(notOffered.name).toBe('InvalidParameterException');
    expect(notOffered.message).toContain('ANSWER must be one of the AvailableChallenges');
  });

  it('answers an unknown user like a real one when the client hides user existence', async () => {
    const ghost = uniqueEmail('ghost');
    const res = await userAuth(pool, { USERNAME: ghost });
    expect(sorted(res.AvailableChallenges)).toEqual(['EMAIL_OTP', 'PASSWORD', 'PASSWORD_SRP']);
    const otp = await answer(pool, 'SELECT_CHALLENGE', res.Session, {
      USERNAME: ghost,
      ANSWER: 'EMAIL_OTP',
    });
    expect(otp.ChallengeName).toBe('EMAIL_OTP');
    expect(otp.ChallengeParameters?.CODE_DELIVERY_DESTINATION).toMatch(/^g\*\*\*@e\*\*\*\.com$/);
    expect(await pool.messages(ghost)).toEqual([]);
    const wrong = await errorOf(
      answer(pool, 'EMAIL_OTP', otp.Session, { USERNAME: ghost, EMAIL_OTP_CODE: '12345678' }),
    );
    expect(wrong.name).toBe('CodeMismatchException');
    const password = await errorOf(
      userAuth(pool, { USERNAME: ghost, PREFERRED_CHALLENGE: 'PASSWORD', PASSWORD: GOOD_PASSWORD }),
    );
    expect(password).toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Incorrect username or password.',
    });
  });
});

describe('PASSWORD through USER_AUTH', () => {
  it('signs in with one call when the password comes with PREFERRED_CHALLENGE', async () => {
    const email = await confirmedUser(pool, GOOD_PASSWORD);
    const res = await userAuth(pool, {
      USERNAME: email,
      PREFERRED_CHALLENGE: 'PASSWORD',
      PASSWORD: GOOD_PASSWORD,
    });
    expect(res.ChallengeName).toBeUndefined();
    expect(claims(res.AuthenticationResult!.IdToken!).email).toBe(email);
    const wrong = await errorOf(
      userAuth(pool, {
        USERNAME: email,
        PREFERRED_CHALLENGE: 'PASSWORD',
        PASSWORD: 'Wrong-Pass-1',
      }),
    );
    expect(wrong).toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Incorrect username or password.',
    });
  });

  it('signs in by choosing PASSWORD, and the SELECT_CHALLENGE session works only once', async () => {
    const email = await confirmedUser(pool, GOOD_PASSWORD);
    const select = await userAuth(pool, { USERNAME: email });
    const done = await answer(pool, 'SELECT_CHALLENGE', select.Session, {
      USERNAME: email,
      ANSWER: 'PASSWORD',
      PASSWORD: GOOD_PASSWORD,
    });
    expect(done.AuthenticationResult?.RefreshToken).toBeTruthy();
    const again = await errorOf(
      answer(pool, 'SELECT_CHALLENGE', select.Session, {
        USERNAME: email,
        ANSWER: 'PASSWORD',
        PASSWORD: GOOD_PASSWORD,
      }),
    );
    expect(again).toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Invalid session for the user.',
    });
  });

  it('asks for the password in a PASSWORD challenge when the choice came without it', async () => {
    const email = await confirmedUser(pool, GOOD_PASSWORD);
    const select = await userAuth(pool, { USERNAME: email });
    const challenge = await answer(pool, 'SELECT_CHALLENGE', select.Session, {
      USERNAME: email,
      ANSWER: 'PASSWORD',
    });
    expect(challenge.ChallengeName).toBe('PASSWORD');
    const done = await answer(pool, 'PASSWORD', challenge.Session, {
      USERNAME: email,
      PASSWORD: GOOD_PASSWORD,
    });
    expect(done.AuthenticationResult?.AccessToken).toBeTruthy();
  });
});

describe('PASSWORD_SRP through USER_AUTH', () => {
  it('proves the password with SRP when preferred, and the refresh token works', async () => {
    const email = await confirmedUser(pool, GOOD_PASSWORD);
    const session = await srpThroughUserAuth(pool, email, GOOD_PASSWORD, (srpA) =>
      userAuth(pool, { USERNAME: email, PREFERRED_CHALLENGE: 'PASSWORD_SRP', SRP_A: srpA }),
    );
    expect(claims(session.getIdToken().getJwtToken()).email).toBe(email);
    const renewed = await refresh(cognitoUser(pool, email), session);
    expect(renewed.getAccessToken().getJwtToken()).toBeTruthy();
  });

  it('proves the password with SRP when chosen from SELECT_CHALLENGE; a wrong password fails', async () => {
    const email = await confirmedUser(pool, GOOD_PASSWORD);
    const viaSelect = (srpA: string) =>
      userAuth(pool, { USERNAME: email }).then((select) =>
        answer(pool, 'SELECT_CHALLENGE', select.Session, {
          USERNAME: email,
          ANSWER: 'PASSWORD_SRP',
          SRP_A: srpA,
        }),
      );
    const session = await srpThroughUserAuth(pool, email, GOOD_PASSWORD, viaSelect);
    expect(session.isValid()).toBe(true);
    const wrong = await errorOf(srpThroughUserAuth(pool, email, 'Wrong-Pass-1', viaSelect));
    expect(wrong).toMatchObject({
      code: 'NotAuthorizedException',
      message: 'Incorrect username or password.',
    });
  });
});

describe('EMAIL_OTP', () => {
  it('sends an eight-digit code to the dev inbox and signs in with it once', async () => {
    const email = await confirmedUser(pool, GOOD_PASSWORD);
    const res = await userAuth(pool, { USERNAME: email, PREFERRED_CHALLENGE: 'EMAIL_OTP' });
    expect(res.ChallengeName).toBe('EMAIL_OTP');
    expect(res.ChallengeParameters).toMatchObject({
      CODE_DELIVERY_DELIVERY_MEDIUM: 'EMAIL',
      CODE_DELIVERY_DESTINATION: `${email[0]}***@e***.com`,
    });
    const [message] = await pool.messages(email);
    expect(message).toMatchObject({ to: email, kind: 'signIn' });
    expect(message!.code).toMatch(/^\d{8}$/);

    const done = await answer(pool, 'EMAIL_OTP', res.Session, {
      USERNAME: email,
      EMAIL_OTP_CODE: message!.code,
    });
    const tokens = done.AuthenticationResult!;
    expect(tokens.RefreshToken).toBeTruthy();
    const me = await pool.admin.send(new GetUserCommand({ AccessToken: tokens.AccessToken }));
    expect(me.UserAttributes).toContainEqual({ Name: 'email', Value: email });

    const replay = await errorOf(
      answer(pool, 'EMAIL_OTP', res.Session, { USERNAME: email, EMAIL_OTP_CODE: message!.code }),
    );
    expect(replay).toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Invalid session for the user.',
    });
  });

  it('a wrong code may be corrected, but the third wrong code ends the session', async () => {
    const email = await confirmedUser(pool, GOOD_PASSWORD);
    const select = await userAuth(pool, { USERNAME: email });
    const res = await answer(pool, 'SELECT_CHALLENGE', select.Session, {
      USERNAME: email,
      ANSWER: 'EMAIL_OTP',
    });
    const code = await pool.latestCode(email);
    const wrongCode = code === '00000000' ? '11111111' : '00000000';
    const wrong = () =>
      errorOf(
        answer(pool, 'EMAIL_OTP', res.Session, { USERNAME: email, EMAIL_OTP_CODE: wrongCode }),
      );
    expect(await wrong()).toMatchObject({
      name: 'CodeMismatchException',
      message: 'Invalid code or auth state for the user.',
    });
    const corrected = await answer(pool, 'EMAIL_OTP', res.Session, {
      USERNAME: email,
      EMAIL_OTP_CODE: code,
    });
    expect(corrected.AuthenticationResult?.AccessToken).toBeTruthy();

    const second = await userAuth(pool, { USERNAME: email, PREFERRED_CHALLENGE: 'EMAIL_OTP' });
    const secondCode = await pool.latestCode(email);
    for (let i = 0; i < 3; i++) {
      const err = await errorOf(
        answer(pool, 'EMAIL_OTP', second.Session, { USERNAME: email, EMAIL_OTP_CODE: wrongCode }),
      );
      expect(err.name).toBe('CodeMismatchException');
    }
    const spent = await errorOf(
      answer(pool, 'EMAIL_OTP', second.Session, { USERNAME: email, EMAIL_OTP_CODE: secondCode }),
    );
    expect(spent).toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Invalid session for the user.',
    });
  });

  it('a code entered after the three-minute session is refused', async () => {
    const email = await confirmedUser(pool, GOOD_PASSWORD);
    const res = await userAuth(pool, { USERNAME: email, PREFERRED_CHALLENGE: 'EMAIL_OTP' });
    const code = await pool.latestCode(email);
    now += 3 * MINUTE + 1000;
    const late = await errorOf(
      answer(pool, 'EMAIL_OTP', res.Session, { USERNAME: email, EMAIL_OTP_CODE: code }),
    );
    expect(late).toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Invalid session for the user, session is expired.',
    });
  });

  it('each sign-in sends a new code; the previous one does not work in the new session', async () => {
    const email = await confirmedUser(pool, GOOD_PASSWORD);
    await userAuth(pool, { USERNAME: email, PREFERRED_CHALLENGE: 'EMAIL_OTP' });
    const first = await pool.latestCode(email);
    const second = await userAuth(pool, { USERNAME: email, PREFERRED_CHALLENGE: 'EMAIL_OTP' });
    const secondCode = await pool.latestCode(email);
    expect((await pool.messages(email)).filter((m) => m.kind === 'signIn')).toHaveLength(2);
    // Two random eight-digit codes coincide once in a hundred million runs.
    const stale = await errorOf(
      answer(pool, 'EMAIL_OTP', second.Session, { USERNAME: email, EMAIL_OTP_CODE: first }),
    );
    expect(stale.name).toBe('CodeMismatchException');
    const done = await answer(pool, 'EMAIL_OTP', second.Session, {
      USERNAME: email,
      EMAIL_OTP_CODE: secondCode,
    });
    expect(done.AuthenticationResult?.IdToken).toBeTruthy();
  });
});

describe('MFA after a USER_AUTH first factor', () => {
  it('a TOTP user is asked for the code after PASSWORD, but not after EMAIL_OTP', async () => {
    const email = await confirmedUser(pool, GOOD_PASSWORD);
    const first = await userAuth(pool, {
      USERNAME: email,
      PREFERRED_CHALLENGE: 'PASSWORD',
      PASSWORD: GOOD_PASSWORD,
    });
    const AccessToken = first.AuthenticationResult!.AccessToken!;
    const { SecretCode } = await pool.admin.send(
      new AssociateSoftwareTokenCommand({ AccessToken }),
    );
    const totp = () =>
      generateSync({ secret: SecretCode!, algorithm: 'sha1', digits: 6, period: 30 });
    await pool.admin.send(new VerifySoftwareTokenCommand({ AccessToken, UserCode: totp() }));
    await pool.admin.send(
      new SetUserMFAPreferenceCommand({
        AccessToken,
        SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true },
      }),
    );

    const withPassword = await userAuth(pool, {
      USERNAME: email,
      PREFERRED_CHALLENGE: 'PASSWORD',
      PASSWORD: GOOD_PASSWORD,
    });
    expect(withPassword.ChallengeName).toBe('SOFTWARE_TOKEN_MFA');
    const mfa = await answer(pool, 'SOFTWARE_TOKEN_MFA', withPassword.Session, {
      USERNAME: email,
      SOFTWARE_TOKEN_MFA_CODE: totp(),
    });
    expect(mfa.AuthenticationResult?.AccessToken).toBeTruthy();

    const withCode = await userAuth(pool, { USERNAME: email, PREFERRED_CHALLENGE: 'EMAIL_OTP' });
    const done = await answer(pool, 'EMAIL_OTP', withCode.Session, {
      USERNAME: email,
      EMAIL_OTP_CODE: await pool.latestCode(email),
    });
    expect(done.ChallengeName).toBeUndefined();
    expect(done.AuthenticationResult?.AccessToken).toBeTruthy();
  });
});
