/** Contract: codes and temporary passwords expire like Cognito's, measured on the injected clock. */
import {
  ConfirmForgotPasswordCommand,
  ConfirmSignUpCommand,
  ForgotPasswordCommand,
  InitiateAuthCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GOOD_PASSWORD, type LocalPool, startLocalPool } from '../../support/local-cognito';
import { confirmedUser, errorOf, signUp, uniqueEmail, invitedUser, TEMP_PASSWORD } from './helpers';

let pool: LocalPool;
let now = Date.now();
const HOUR = 3600_000;
beforeAll(async () => {
  pool = await startLocalPool({ clock: { get: () => new Date(now) } });
});
afterAll(async () => {
  await pool?.close();
});

describe('expiry', () => {
  it('a sign-up code expires after 24 hours', async () => {
    const email = uniqueEmail('slow');
    await signUp(pool, email, GOOD_PASSWORD, 'Slow Confirmer');
    const code = await pool.latestCode(email, 'signUp');
    now += 25 * HOUR;
    const err = await errorOf(
      pool.admin.send(
        new ConfirmSignUpCommand({
          ClientId: pool.spaClientId,
          Username: email,
          ConfirmationCode: code,
        }),
      ),
    );
    expect(err.name).toBe('ExpiredCodeException');
  });

  it('a password-reset code expires after 1 hour', async () => {
    const email = await confirmedUser(pool, GOOD_PASSWORD);
    await pool.admin.send(
      new ForgotPasswordCommand({ ClientId: pool.spaClientId, Username: email }),
    );
    const code = await pool.latestCode(email, 'forgotPassword');
    now += 2 * HOUR;
    const err = await errorOf(
      pool.admin.send(
        new ConfirmForgotPasswordCommand({
          ClientId: pool.spaClientId,
          Username: email,
          ConfirmationCode: code,
          Password: 'Later-Pass-1',
        }),
      ),
    );
    expect(err.name).toBe('ExpiredCodeException');
  });

  it('a temporary password expires after TemporaryPasswordValidityDays', async () => {
    const email = uniqueEmail('late-invitee');
    await invitedUser(pool, email);
    now += 8 * 24 * HOUR;
    const err = await errorOf(
      pool.admin.send(
        new InitiateAuthCommand({
          ClientId: pool.spaClientId,
          AuthFlow: 'USER_PASSWORD_AUTH',
          AuthParameters: { USERNAME: email, PASSWORD: TEMP_PASSWORD },
        }),
      ),
    );
    expect(err).toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Temporary password has expired and must be reset by an administrator.',
    });
  });
});
