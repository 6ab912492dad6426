/** Contract: challenges after the password (forced new password, TOTP) end in tokens whose refresh works. */
import {
  AdminGetUserCommand,
  AdminUpdateUserAttributesCommand,
  AssociateSoftwareTokenCommand,
  SetUserMFAPreferenceCommand,
  VerifySoftwareTokenCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { generateSync } from 'otplib';
import { describe, expect, it } from 'vitest';
import { GOOD_PASSWORD, setupLocalPool } from '../../support/local-cognito';
import {
  claims,
  cognitoUser,
  confirmedUser,
  errorOf,
  refresh,
  signIn,
  step,
  uniqueEmail,
  invitedUser,
  TEMP_PASSWORD,
} from './helpers';

const pool = setupLocalPool();

const totp = (secret: string): string =>
  generateSync({ secret, algorithm: 'sha1', digits: 6, period: 30 });

describe('forced new password', () => {
  it('asks for the missing required attribute, saves it, and the refresh token works', async () => {
    const email = uniqueEmail('invited');
    await invitedUser(pool, email, { email, email_verified: 'true' });
    const user = cognitoUser(pool, email);
    const first = await signIn(user, email, TEMP_PASSWORD);
    expect(first).toMatchObject({ kind: 'newPassword', requiredAttributes: ['name'] });
    if (first.kind !== 'newPassword') throw new Error('unreachable');
    expect(first.userAttributes.email).toBe(email);

    // Without the required attribute Cognito refuses.
    const missing = await errorOf(
      step((cb) => user.completeNewPasswordChallenge('Fresh-Pass-456', {}, cb)),
    );
    expect(missing).toMatchObject({
      code: 'InvalidParameterException',
      message: 'Attributes did not conform to the schema: name: The attribute is required',
    });

    const done = await step((cb) =>
      user.completeNewPasswordChallenge('Fresh-Pass-456', { name: 'Invited Person' }, cb),
    );
    if (done.kind !== 'success') throw new Error(`expected tokens, got ${done.kind}`);
    expect(claims(done.session.getIdToken().getJwtToken()).name).toBe('Invited Person');

    const stored = await pool.admin.send(
      new AdminGetUserCommand({ UserPoolId: pool.userPoolId, Username: email }),
    );
    expect(stored.UserStatus).toBe('CONFIRMED');
    expect(stored.UserAttributes).toContainEqual({ Name: 'name', Value: 'Invited Person' });

    const renewed = await refresh(user, done.session);
    expect(renewed.getAccessToken().getJwtToken()).not.toBe(
      done.session.getAccessToken().getJwtToken(),
    );
    expect(claims(renewed.getAccessToken().getJwtToken()).origin_jti).toBe(
      claims(done.session.getAccessToken().getJwtToken()).origin_jti,
    );
  });
});

describe('TOTP MFA', () => {
  it('enrols an authenticator, then sign-in asks for the code and the refresh token works', async () => {
    const email = await confirmedUser(pool, GOOD_PASSWORD);
    const first = await signIn(cognitoUser(pool, email), email, GOOD_PASSWORD);
    if (first.kind !== 'success') throw new Error('expected tokens');
    const AccessToken = first.session.getAccessToken().getJwtToken();
    const { SecretCode } = await pool.admin.send(
      new AssociateSoftwareTokenCommand({ AccessToken }),
    );
    const verified = await pool.admin.send(
      new VerifySoftwareTokenCommand({
        AccessToken,
        UserCode: totp(SecretCode!),
        FriendlyDeviceName: 'phone',
      }),
    );
    expect(verified.Status).toBe('SUCCESS');
    await pool.admin.send(
      new SetUserMFAPreferenceCommand({
        AccessToken,
        SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true },
      }),
    );

    const user = cognitoUser(pool, email);
    expect(await signIn(user, email, GOOD_PASSWORD)).toMatchObject({ kind: 'totp' });
    const wrong = await errorOf(
      step((cb) =>
        user.sendMFACode(
          '000000' === totp(SecretCode!) ? '111111' : '000000',
          cb,
          'SOFTWARE_TOKEN_MFA',
        ),
      ),
    );
    expect(wrong.code).toBe('CodeMismatchException');
    const done = await step((cb) => user.sendMFACode(totp(SecretCode!), cb, 'SOFTWARE_TOKEN_MFA'));
    if (done.kind !== 'success') throw new Error(`expected tokens, got ${done.kind}`);
    const renewed = await refresh(user, done.session);
    expect(renewed.isValid()).toBe(true);
  });
});

describe('SMS MFA', () => {
  it('texts a code (kept in the inbox as kind mfa) and accepts it', async () => {
    const email = await confirmedUser(pool, GOOD_PASSWORD);
    const phone = `+1555${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
    await pool.admin.send(
      new AdminUpdateUserAttributesCommand({
        UserPoolId: pool.userPoolId,
        Username: email,
        UserAttributes: [
          { Name: 'phone_number', Value: phone },
          { Name: 'phone_number_verified', Value: 'true' },
        ],
      }),
    );
    const first = await signIn(cognitoUser(pool, email), email, GOOD_PASSWORD);
    if (first.kind !== 'success') throw new Error('expected tokens');
    await pool.admin.send(
      new SetUserMFAPreferenceCommand({
        AccessToken: first.session.getAccessToken().getJwtToken(),
        SMSMfaSettings: { Enabled: true, PreferredMfa: true },
      }),
    );
    const user = cognitoUser(pool, email);
    expect(await signIn(user, email, GOOD_PASSWORD)).toMatchObject({ kind: 'sms' });
    // Unencoded "+" in the query string must still find the phone's messages.
    const res = await fetch(`${pool.url}/_local/messages?to=${phone}`);
    const [sms] = (await res.json()) as { code: string; kind: string }[];
    expect(sms?.kind).toBe('mfa');
    const done = await step((cb) => user.sendMFACode(sms!.code, cb));
    expect(done.kind).toBe('success');
  });
});
