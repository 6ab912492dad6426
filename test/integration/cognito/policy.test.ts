/** Contract: the pool's password policy wherever a password is set, required attributes, and client auth flows. */
import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  ChangePasswordCommand,
  ConfirmForgotPasswordCommand,
  ForgotPasswordCommand,
  InitiateAuthCommand,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import { GOOD_PASSWORD, setupLocalPool } from '../../support/local-cognito';
import {
  cognitoUser,
  confirmedUser,
  errorOf,
  signIn,
  signInOk,
  step,
  uniqueEmail,
  invitedUser,
  passwordAuth,
  secretHash,
  TEMP_PASSWORD,
} from './helpers';

const pool = setupLocalPool();

const POLICY = 'Password did not conform with policy: ';

describe('password policy', () => {
  it.each([
    ['Sh0rt-x', 'Password not long enough'],
    ['no-upper-case-1', 'Password must have uppercase characters'],
    ['NO-LOWER-CASE-1', 'Password must have lowercase characters'],
    ['No-Numbers-Here', 'Password must have numeric characters'],
    ['NoSymbols12345', 'Password must have symbol characters'],
  ])('SignUp rejects %s: %s', async (password, why) => {
    const err = await errorOf(
      pool.admin.send(
        new SignUpCommand({
          ClientId: pool.spaClientId,
          Username: uniqueEmail(),
          Password: password,
          UserAttributes: [{ Name: 'name', Value: 'X' }],
        }),
      ),
    );
    expect(err).toMatchObject({ name: 'InvalidPasswordException', message: POLICY + why });
  });

  it('SignUp requires the required schema attributes', async () => {
    const err = await errorOf(
      pool.admin.send(
        new SignUpCommand({
          ClientId: pool.spaClientId,
          Username: uniqueEmail(),
          Password: GOOD_PASSWORD,
        }),
      ),
    );
    expect(err).toMatchObject({
      name: 'InvalidParameterException',
      message: 'Attributes did not conform to the schema: name: The attribute is required',
    });
  });

  it('applies to the forced new password', async () => {
    const email = uniqueEmail('invited');
    await invitedUser(pool, email, { name: 'Invited' });
    const user = cognitoUser(pool, email);
    expect((await signIn(user, email, TEMP_PASSWORD)).kind).toBe('newPassword');
    const err = await errorOf(step((cb) => user.completeNewPasswordChallenge('weakpass', {}, cb)));
    expect(err).toMatchObject({
      code: 'InvalidPasswordException',
      message: `${POLICY}Password must have uppercase characters`,
    });
    // The same session may retry with a valid password.
    expect(
      (await step((cb) => user.completeNewPasswordChallenge('Strong-Pass-1', {}, cb))).kind,
    ).toBe('success');
  });

  it('applies to ChangePassword, ConfirmForgotPassword, AdminSetUserPassword and AdminCreateUser', async () => {
    const email = await confirmedUser(pool, GOOD_PASSWORD);
    const session = await signInOk(cognitoUser(pool, email), email, GOOD_PASSWORD);
    const change = await errorOf(
      pool.admin.send(
        new ChangePasswordCommand({
          AccessToken: session.getAccessToken().getJwtToken(),
          PreviousPassword: GOOD_PASSWORD,
          ProposedPassword: 'short',
        }),
      ),
    );
    expect(change).toMatchObject({
      name: 'InvalidPasswordException',
      message: `${POLICY}Password not long enough`,
    });

    await pool.admin.send(
      new ForgotPasswordCommand({ ClientId: pool.spaClientId, Username: email }),
    );
    const code = await pool.latestCode(email, 'forgotPassword');
    const reset = await errorOf(
      pool.admin.send(
        new ConfirmForgotPasswordCommand({
          ClientId: pool.spaClientId,
          Username: email,
          ConfirmationCode: code,
          Password: 'nosymbolS1',
        }),
      ),
    );
    expect(reset).toMatchObject({
      name: 'InvalidPasswordException',
      message: `${POLICY}Password must have symbol characters`,
    });

    const adminSet = await errorOf(
      pool.admin.send(
        new AdminSetUserPasswordCommand({
          UserPoolId: pool.userPoolId,
          Username: email,
          Password: 'NoDigits-Here',
          Permanent: true,
        }),
      ),
    );
    expect(adminSet).toMatchObject({
      name: 'InvalidPasswordException',
      message: `${POLICY}Password must have numeric characters`,
    });

    const adminCreate = await errorOf(
      pool.admin.send(
        new AdminCreateUserCommand({
          UserPoolId: pool.userPoolId,
          Username: uniqueEmail(),
          TemporaryPassword: 'ALLUPPER-1',
          MessageAction: 'SUPPRESS',
        }),
      ),
    );
    expect(adminCreate).toMatchObject({
      name: 'InvalidPasswordException',
      message: `${POLICY}Password must have lowercase characters`,
    });
  });
});

describe('client auth flows', () => {
  it('rejects flows the client does not allow', async () => {
    const email = await confirmedUser(pool, GOOD_PASSWORD);
    const srpOnly = await pool.createClient({
      ClientName: 'srp-only',
      ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH'],
    });
    const password = await errorOf(passwordAuth(pool, srpOnly.clientId, email, GOOD_PASSWORD));
    expect(password).toMatchObject({
      name: 'InvalidParameterException',
      message: 'USER_PASSWORD_AUTH flow not enabled for this client',
    });
    const refresh = await errorOf(
      pool.admin.send(
        new InitiateAuthCommand({
          ClientId: srpOnly.clientId,
          AuthFlow: 'REFRESH_TOKEN_AUTH',
          AuthParameters: { REFRESH_TOKEN: 'x' },
        }),
      ),
    );
    expect(refresh).toMatchObject({
      name: 'InvalidParameterException',
      message: 'REFRESH_TOKEN_AUTH flow not enabled for this client',
    });

    const passwordOnly = await pool.createClient({
      ClientName: 'pw-only',
      ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH'],
    });
    const srp = await errorOf(
      signIn(cognitoUser(pool, email, passwordOnly.clientId), email, GOOD_PASSWORD),
    );
    expect(srp).toMatchObject({
      code: 'InvalidParameterException',
      message: 'USER_SRP_AUTH flow not enabled for this client',
    });
  });

  it('gives a client without ExplicitAuthFlows the Cognito default (SRP + refresh, no password flow)', async () => {
    const email = await confirmedUser(pool, GOOD_PASSWORD);
    const plain = await pool.createClient({ ClientName: 'defaults' });
    await signInOk(cognitoUser(pool, email, plain.clientId), email, GOOD_PASSWORD);
    const err = await errorOf(
      signIn(cognitoUser(pool, email, plain.clientId), email, GOOD_PASSWORD, 'USER_PASSWORD_AUTH'),
    );
    expect(err.code).toBe('InvalidParameterException');
  });
});

describe('clients with a secret', () => {
  it('require a valid SECRET_HASH', async () => {
    const email = await confirmedUser(pool, GOOD_PASSWORD);
    const { clientId, clientSecret } = await pool.createClient({
      ClientName: 'server-side',
      GenerateSecret: true,
      ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
    });
    expect(clientSecret).toBeTruthy();
    const auth = (hash?: string) => passwordAuth(pool, clientId, email, GOOD_PASSWORD, hash);
    expect(await errorOf(auth())).toMatchObject({
      name: 'NotAuthorizedException',
      message: `Client ${clientId} is configured with secret but SECRET_HASH was not received`,
    });
    expect((await errorOf(auth('bm9wZQ=='))).name).toBe('NotAuthorizedException');
    const ok = await auth(secretHash(clientSecret!, email, clientId));
    expect(ok.AuthenticationResult?.AccessToken).toBeTruthy();
  });
});

describe('duplicate sign-up', () => {
  it('says the email is taken, like Cognito', async () => {
    const email = await confirmedUser(pool, GOOD_PASSWORD);
    const err = await errorOf(
      pool.admin.send(
        new SignUpCommand({
          ClientId: pool.spaClientId,
          Username: email,
          Password: GOOD_PASSWORD,
          UserAttributes: [{ Name: 'name', Value: 'Again' }],
        }),
      ),
    );
    expect(err).toMatchObject({
      name: 'UsernameExistsException',
      message: 'An account with the given email already exists.',
    });
  });
});
