/** Contract: sign-up, confirmation via the dev inbox, SRP and password sign-in, and the errors around them. */
import { AuthenticationDetails } from 'amazon-cognito-identity-js';
import {
  ChangePasswordCommand,
  ConfirmForgotPasswordCommand,
  ForgotPasswordCommand,
  GetUserCommand,
  InitiateAuthCommand,
  ResendConfirmationCodeCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { JwtRsaVerifier } from 'aws-jwt-verify';
import { describe, expect, it } from 'vitest';
import { GOOD_PASSWORD, setupLocalPool } from '../../support/local-cognito';
import {
  claims,
  cognitoUser,
  confirm,
  confirmedUser,
  errorOf,
  signIn,
  signInOk,
  signUp,
  step,
  uniqueEmail,
} from './helpers';

const pool = setupLocalPool();

describe('sign-up and SRP sign-in', () => {
  it('signs up, confirms with the inbox code and signs in with SRP; tokens verify against the JWKS', async () => {
    const email = uniqueEmail('srp');
    const result = await signUp(pool, email, GOOD_PASSWORD, 'Ada Lovelace');
    expect(result.userConfirmed).toBe(false);
    expect(result.codeDeliveryDetails.DeliveryMedium).toBe('EMAIL');

    const [message] = await pool.messages(email);
    expect(message).toMatchObject({ to: email, kind: 'signUp' });
    expect(message!.code).toMatch(/^\d{6}$/);
    expect(Date.parse(message!.sentAt)).not.toBeNaN();

    await confirm(pool, email, message!.code);
    const user = cognitoUser(pool, email);
    const session = await signInOk(user, email, GOOD_PASSWORD);

    const id = claims(session.getIdToken().getJwtToken());
    expect(id).toMatchObject({
      name: 'Ada Lovelace',
      email,
      email_verified: true,
      token_use: 'id',
      aud: pool.spaClientId,
      iss: `${pool.url}/${pool.userPoolId}`,
    });
    expect(id['cognito:username']).toBe(id.sub);
    for (const claim of ['origin_jti', 'jti', 'event_id', 'auth_time'])
      expect(id[claim]).toBeDefined();

    const access = claims(session.getAccessToken().getJwtToken());
    expect(access).toMatchObject({
      sub: id.sub,
      client_id: pool.spaClientId,
      scope: 'aws.cognito.signin.user.admin',
      token_use: 'access',
      username: id.sub,
      origin_jti: id.origin_jti,
      iss: `${pool.url}/${pool.userPoolId}`,
    });

    const verifier = JwtRsaVerifier.create({
      issuer: `${pool.url}/${pool.userPoolId}`,
      jwksUri: `${pool.url}/${pool.userPoolId}/.well-known/jwks.json`,
      audience: null,
    });
    // aws-jwt-verify only downloads JWKS over https, so hand it the document ourselves.
    const jwks = await (await fetch(`${pool.url}/${pool.userPoolId}/.well-known/jwks.json`)).json();
    verifier.cacheJwks(jwks);
    await expect(verifier.verify(session.getAccessToken().getJwtToken())).resolves.toMatchObject({
      token_use: 'access',
    });
    await expect(verifier.verify(session.getIdToken().getJwtToken())).resolves.toMatchObject({
      token_use: 'id',
    });

    const me = await pool.admin.send(
      new GetUserCommand({ AccessToken: session.getAccessToken().getJwtToken() }),
    );
    expect(me.UserAttributes).toContainEqual({ Name: 'email_verified', Value: 'true' });
  });

  it('signs in with USER_PASSWORD_AUTH too', async () => {
    const email = await confirmedUser(pool, GOOD_PASSWORD);
    const session = await signInOk(
      cognitoUser(pool, email),
      email,
      GOOD_PASSWORD,
      'USER_PASSWORD_AUTH',
    );
    expect(session.isValid()).toBe(true);
  });

  it('rejects a wrong password with NotAuthorizedException (SRP and password flow)', async () => {
    const email = await confirmedUser(pool, GOOD_PASSWORD);
    for (const flow of [undefined, 'USER_PASSWORD_AUTH'] as const) {
      const err = await errorOf(signIn(cognitoUser(pool, email), email, 'Wrong-Password-1', flow));
      expect(err).toMatchObject({
        code: 'NotAuthorizedException',
        message: 'Incorrect username or password.',
      });
    }
  });

  it('answers an unknown user exactly like a wrong password', async () => {
    const email = uniqueEmail('ghost');
    for (const flow of [undefined, 'USER_PASSWORD_AUTH'] as const) {
      const err = await errorOf(signIn(cognitoUser(pool, email), email, GOOD_PASSWORD, flow));
      expect(err).toMatchObject({
        code: 'NotAuthorizedException',
        message: 'Incorrect username or password.',
      });
    }
    // The SRP first step must not reveal existence either: it returns a normal-looking challenge.
    const first = await pool.admin.send(
      new InitiateAuthCommand({
        ClientId: pool.spaClientId,
        AuthFlow: 'USER_SRP_AUTH',
        AuthParameters: { USERNAME: email, SRP_A: 'abcdef0123456789' },
      }),
    );
    expect(first.ChallengeName).toBe('PASSWORD_VERIFIER');
    expect(Object.keys(first.ChallengeParameters ?? {}).sort()).toEqual(
      ['SALT', 'SECRET_BLOCK', 'SRP_B', 'USERNAME', 'USER_ID_FOR_SRP'].sort(),
    );
  });

  it('refuses an unconfirmed user with UserNotConfirmedException after a correct password', async () => {
    const email = uniqueEmail('unconfirmed');
    await signUp(pool, email, GOOD_PASSWORD, 'Pending Person');
    const err = await errorOf(signIn(cognitoUser(pool, email), email, GOOD_PASSWORD));
    expect(err.code).toBe('UserNotConfirmedException');
  });

  it('rejects a wrong confirmation code, and a resent code works', async () => {
    const email = uniqueEmail('resend');
    await signUp(pool, email, GOOD_PASSWORD, 'Resend Person');
    const first = await pool.latestCode(email, 'signUp');
    const wrong = first === '000000' ? '111111' : '000000';
    expect(await errorOf(confirm(pool, email, wrong))).toMatchObject({
      code: 'CodeMismatchException',
    });

    const resent = await pool.admin.send(
      new ResendConfirmationCodeCommand({ ClientId: pool.spaClientId, Username: email }),
    );
    expect(resent.CodeDeliveryDetails?.DeliveryMedium).toBe('EMAIL');
    const code = await pool.latestCode(email, 'resendCode');
    await confirm(pool, email, code);
    await signInOk(cognitoUser(pool, email), email, GOOD_PASSWORD);
  });

  it('hides unknown users in ForgotPassword and ResendConfirmationCode', async () => {
    const ghost = uniqueEmail('ghost');
    const forgot = await pool.admin.send(
      new ForgotPasswordCommand({ ClientId: pool.spaClientId, Username: ghost }),
    );
    expect(forgot.CodeDeliveryDetails).toMatchObject({
      DeliveryMedium: 'EMAIL',
      AttributeName: 'email',
    });
    const resend = await pool.admin.send(
      new ResendConfirmationCodeCommand({ ClientId: pool.spaClientId, Username: ghost }),
    );
    expect(resend.CodeDeliveryDetails).toMatchObject({ DeliveryMedium: 'EMAIL' });
    expect(await pool.messages(ghost)).toEqual([]);
  });

  it('resets a forgotten password with the emailed code', async () => {
    const email = await confirmedUser(pool, GOOD_PASSWORD);
    const user = cognitoUser(pool, email);
    await new Promise<void>((resolve, reject) =>
      user.forgotPassword({ onSuccess: () => resolve(), onFailure: reject }),
    );
    const code = await pool.latestCode(email, 'forgotPassword');
    await expect(
      pool.admin.send(
        new ConfirmForgotPasswordCommand({
          ClientId: pool.spaClientId,
          Username: email,
          ConfirmationCode: code,
          Password: 'Brand-New-Pass-2',
        }),
      ),
    ).resolves.toBeDefined();
    expect((await errorOf(signIn(cognitoUser(pool, email), email, GOOD_PASSWORD))).code).toBe(
      'NotAuthorizedException',
    );
    await signInOk(cognitoUser(pool, email), email, 'Brand-New-Pass-2');
  });

  it('changes the password of a signed-in user; a wrong old password is NotAuthorized', async () => {
    const email = await confirmedUser(pool, GOOD_PASSWORD);
    const session = await signInOk(cognitoUser(pool, email), email, GOOD_PASSWORD);
    const AccessToken = session.getAccessToken().getJwtToken();
    const wrong = await errorOf(
      pool.admin.send(
        new ChangePasswordCommand({
          AccessToken,
          PreviousPassword: 'Nope-Nope-1',
          ProposedPassword: 'Other-Pass-3',
        }),
      ),
    );
    expect(wrong).toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Incorrect username or password.',
    });
    await pool.admin.send(
      new ChangePasswordCommand({
        AccessToken,
        PreviousPassword: GOOD_PASSWORD,
        ProposedPassword: 'Other-Pass-3',
      }),
    );
    await signInOk(cognitoUser(pool, email), email, 'Other-Pass-3');
  });

  it('supports the library SRP path with a fresh AuthenticationDetails object', async () => {
    const email = await confirmedUser(pool, GOOD_PASSWORD);
    const user = cognitoUser(pool, email);
    const outcome = await step((cb) =>
      user.authenticateUser(
        new AuthenticationDetails({ Username: email, Password: GOOD_PASSWORD }),
        cb,
      ),
    );
    expect(outcome.kind).toBe('success');
  });
});
