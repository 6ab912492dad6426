/**
 * Finding 9, the stand-in's half: a pool created with UsernameConfiguration.CaseSensitive false
 * treats Ada+Tag@Example.COM and ada+tag@example.com as one account everywhere, as Cognito does; and
 * the stand-in refuses what Cognito's API model refuses: passwords with leading or trailing
 * whitespace or over 256 characters, attribute values over 2048 characters.
 */
import {
  AdminCreateUserCommand,
  AdminGetUserCommand,
  AdminSetUserPasswordCommand,
  ChangePasswordCommand,
  ConfirmForgotPasswordCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  ForgotPasswordCommand,
  InitiateAuthCommand,
  ListUsersCommand,
  SignUpCommand,
  UpdateUserAttributesCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import { GOOD_PASSWORD, setupLocalPool } from '../../support/local-cognito';
import {
  cognitoUser,
  confirm,
  confirmedUser,
  errorOf,
  signInOk,
  signUp,
  TEMP_PASSWORD,
} from './helpers';

const pool = setupLocalPool();

const tag = () => Math.random().toString(36).slice(2, 8);

/** Mixed case the way people type it on a phone: Ada+Tag@Example.COM. */
const shout = (email: string): string => {
  const [local, domain] = email.split('@') as [string, string];
  return `${local.charAt(0).toUpperCase()}${local.slice(1).replace('+t', '+T')}@${domain.charAt(0).toUpperCase()}${domain.slice(1, -3)}${domain.slice(-3).toUpperCase()}`;
};

const passwordSignIn = (username: string, password = GOOD_PASSWORD) =>
  pool.admin.send(
    new InitiateAuthCommand({
      ClientId: pool.spaClientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: username, PASSWORD: password },
    }),
  );

describe('case-insensitive pool', () => {
  it('signs in Ada+Tag@Example.COM with both flows after sign-up as ada+tag@example.com', async () => {
    const email = `ada+tag-${tag()}@example.com`;
    const typed = shout(email);
    expect(typed).not.toBe(email);
    expect(typed.toLowerCase()).toBe(email);
    await signUp(pool, email, GOOD_PASSWORD, 'Ada');
    await confirm(pool, typed, await pool.latestCode(email, 'signUp'));

    const srp = await signInOk(cognitoUser(pool, typed), typed, GOOD_PASSWORD);
    expect(srp.getIdToken().payload.email).toBe(email);
    const password = await passwordSignIn(typed);
    expect(password.AuthenticationResult?.AccessToken).toBeTruthy();
  });

  it('refuses an upper-case sign-up of an existing account instead of creating a second one', async () => {
    const email = `ada-${tag()}@example.com`;
    await signUp(pool, email, GOOD_PASSWORD, 'Ada');
    const err = await errorOf(signUp(pool, email.toUpperCase(), GOOD_PASSWORD, 'Ada Again'));
    expect(err.code).toBe('UsernameExistsException');
    expect(err.message).toBe('An account with the given email already exists.');
    const { Users } = await pool.admin.send(new ListUsersCommand({ UserPoolId: pool.userPoolId }));
    const same = (Users ?? []).filter((u) =>
      u.Attributes?.some((a) => a.Name === 'email' && a.Value?.toLowerCase() === email),
    );
    expect(same).toHaveLength(1);
  });

  it('finds the account in any case for forgot password, its confirmation and AdminGetUser', async () => {
    const email = await confirmedUser(pool, GOOD_PASSWORD);
    const typed = email.toUpperCase();
    const forgot = await pool.admin.send(
      new ForgotPasswordCommand({ ClientId: pool.spaClientId, Username: typed }),
    );
    expect(forgot.CodeDeliveryDetails?.DeliveryMedium).toBe('EMAIL');
    const code = await pool.latestCode(email, 'forgotPassword');
    await pool.admin.send(
      new ConfirmForgotPasswordCommand({
        ClientId: pool.spaClientId,
        Username: shout(email),
        ConfirmationCode: code,
        Password: 'Brand-New-Pass-7',
      }),
    );
    expect((await passwordSignIn(typed, 'Brand-New-Pass-7')).AuthenticationResult).toBeTruthy();

    const got = await pool.admin.send(
      new AdminGetUserCommand({ UserPoolId: pool.userPoolId, Username: typed }),
    );
    expect(got.UserAttributes?.find((a) => a.Name === 'email')?.Value).toBe(email);
  });

  it('a wrong password in another case is still just a wrong password', async () => {
    const email = await confirmedUser(pool, GOOD_PASSWORD);
    const err = await errorOf(passwordSignIn(email.toUpperCase(), 'Wrong-Pass-9'));
    expect(err.name).toBe('NotAuthorizedException');
  });

  it('a pool created case-sensitive (the API default) keeps case', async () => {
    const { UserPool } = await pool.admin.send(
      new CreateUserPoolCommand({
        PoolName: 'case-sensitive',
        UsernameAttributes: ['email'],
        UsernameConfiguration: { CaseSensitive: true },
      }),
    );
    const { UserPoolClient } = await pool.admin.send(
      new CreateUserPoolClientCommand({
        UserPoolId: UserPool!.Id!,
        ClientName: 'c',
        ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      }),
    );
    const email = `kept-${tag()}@example.com`;
    await pool.admin.send(
      new AdminCreateUserCommand({
        UserPoolId: UserPool!.Id!,
        Username: email,
        MessageAction: 'SUPPRESS',
      }),
    );
    await pool.admin.send(
      new AdminSetUserPasswordCommand({
        UserPoolId: UserPool!.Id!,
        Username: email,
        Password: GOOD_PASSWORD,
        Permanent: true,
      }),
    );
    const signIn = (username: string) =>
      pool.admin.send(
        new InitiateAuthCommand({
          ClientId: UserPoolClient!.ClientId!,
          AuthFlow: 'USER_PASSWORD_AUTH',
          AuthParameters: { USERNAME: username, PASSWORD: GOOD_PASSWORD },
        }),
      );
    expect((await signIn(email)).AuthenticationResult).toBeTruthy();
    expect((await errorOf(signIn(email.toUpperCase()))).name).toBe('UserNotFoundException');
  });
});

describe('input limits', () => {
  const PATTERN =
    "Value at 'password' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[\\S]+.*[\\S]+$";
  const TOO_LONG = 'failed to satisfy constraint: Member must have length less than or equal to';
  /** Meets the pool's policy at any length: upper, lower, number, symbol. */
  const longPassword = (length: number) => `Aa1-${'x'.repeat(length - 4)}`;

  const signUpWith = (password: string, name = 'Limit Person') =>
    pool.admin.send(
      new SignUpCommand({
        ClientId: pool.spaClientId,
        Username: `limits-${tag()}@example.com`,
        Password: password,
        UserAttributes: [{ Name: 'name', Value: name }],
      }),
    );

  it.each([
    ['a leading space', ` ${GOOD_PASSWORD}`],
    ['a trailing space', `${GOOD_PASSWORD} `],
    ['a trailing tab', `${GOOD_PASSWORD}\t`],
    ['a leading newline', `\n${GOOD_PASSWORD}`],
  ])('sign-up refuses a password with %s', async (_label, password) => {
    const err = await errorOf(signUpWith(password));
    expect(err.name).toBe('InvalidParameterException');
    expect(err.message).toBe(`1 validation error detected: ${PATTERN}`);
  });

  it('sign-up refuses a password over 256 characters and accepts one of exactly 256', async () => {
    const err = await errorOf(signUpWith(longPassword(257)));
    expect(err.name).toBe('InvalidParameterException');
    expect(err.message).toBe(`1 validation error detected: Value at 'password' ${TOO_LONG} 256`);
    expect(err.message).not.toContain('xxxx');
    await expect(signUpWith(longPassword(256))).resolves.toMatchObject({ UserConfirmed: false });
  });

  it('reports both problems of a long password with a trailing space', async () => {
    const err = await errorOf(signUpWith(`${longPassword(300)} `));
    expect(err.message).toMatch(/^2 validation errors detected: /);
  });

  it('accepts spaces inside a password, as Cognito does', async () => {
    await expect(signUpWith('Correct Horse 9!')).resolves.toMatchObject({ UserConfirmed: false });
  });

  it('refuses a 5,000-character name and accepts one of 2,048', async () => {
    const err = await errorOf(signUpWith(GOOD_PASSWORD, 'N'.repeat(5000)));
    expect(err.name).toBe('InvalidParameterException');
    expect(err.message).toBe(
      `1 validation error detected: Value at 'userAttributes.1.member.value' ${TOO_LONG} 2048`,
    );
    await expect(signUpWith(GOOD_PASSWORD, 'N'.repeat(2048))).resolves.toBeTruthy();
  });

  it('applies the same rules to every password and attribute operation', async () => {
    const email = await confirmedUser(pool, GOOD_PASSWORD);
    const session = await signInOk(cognitoUser(pool, email), email, GOOD_PASSWORD);
    const AccessToken = session.getAccessToken().getJwtToken();
    const refused = async (promise: Promise<unknown>, at: string) => {
      const err = await errorOf(promise);
      expect(err.name, at).toBe('InvalidParameterException');
      expect(err.message, at).toContain(`Value at '${at}'`);
    };
    await refused(
      pool.admin.send(
        new ChangePasswordCommand({
          AccessToken,
          PreviousPassword: GOOD_PASSWORD,
          ProposedPassword: `${GOOD_PASSWORD} `,
        }),
      ),
      'proposedPassword',
    );
    await refused(
      pool.admin.send(
        new UpdateUserAttributesCommand({
          AccessToken,
          UserAttributes: [
            { Name: 'email', Value: email },
            { Name: 'name', Value: 'N'.repeat(5000) },
          ],
        }),
      ),
      'userAttributes.2.member.value',
    );
    await refused(
      pool.admin.send(
        new ConfirmForgotPasswordCommand({
          ClientId: pool.spaClientId,
          Username: email,
          ConfirmationCode: '123456',
          Password: ` ${GOOD_PASSWORD}`,
        }),
      ),
      'password',
    );
    await refused(
      pool.admin.send(
        new AdminSetUserPasswordCommand({
          UserPoolId: pool.userPoolId,
          Username: email,
          Password: longPassword(257),
          Permanent: true,
        }),
      ),
      'password',
    );
    await refused(
      pool.admin.send(
        new AdminCreateUserCommand({
          UserPoolId: pool.userPoolId,
          Username: `invited-${tag()}@example.com`,
          TemporaryPassword: `${TEMP_PASSWORD} `,
          MessageAction: 'SUPPRESS',
        }),
      ),
      'temporaryPassword',
    );
    // The password in force is still the old one: nothing above changed it.
    expect((await passwordSignIn(email)).AuthenticationResult).toBeTruthy();
  });
});
