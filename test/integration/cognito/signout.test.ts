/** Contract: global sign-out and token revocation end sessions; tokens honour the client's validity and the clock. */
import { GetUserCommand, GlobalSignOutCommand } from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GOOD_PASSWORD, type LocalPool, startLocalPool } from '../../support/local-cognito';
import {
  claims,
  cognitoUser,
  confirmedUser,
  errorOf,
  refresh,
  refreshFails,
  signInOk,
} from './helpers';

let pool: LocalPool;
let now = Date.now();
beforeAll(async () => {
  pool = await startLocalPool({
    clock: { get: () => new Date(now) },
    spaClient: {
      AccessTokenValidity: 5,
      IdTokenValidity: 5,
      RefreshTokenValidity: 60,
      TokenValidityUnits: { AccessToken: 'minutes', IdToken: 'minutes', RefreshToken: 'minutes' },
    },
  });
});
afterAll(async () => {
  await pool?.close();
});

describe('sign-out', () => {
  it('GlobalSignOut invalidates every refresh token and the access token', async () => {
    const email = await confirmedUser(pool, GOOD_PASSWORD);
    const laptop = cognitoUser(pool, email);
    const phone = cognitoUser(pool, email);
    const a = await signInOk(laptop, email, GOOD_PASSWORD, 'USER_PASSWORD_AUTH');
    const b = await signInOk(phone, email, GOOD_PASSWORD, 'USER_PASSWORD_AUTH');

    await pool.admin.send(
      new GlobalSignOutCommand({ AccessToken: a.getAccessToken().getJwtToken() }),
    );

    for (const session of [a, b]) {
      expect(await refreshFails(pool, session.getRefreshToken().getToken())).toBe(
        'NotAuthorizedException',
      );
    }
    const getUser = await errorOf(
      pool.admin.send(new GetUserCommand({ AccessToken: b.getAccessToken().getJwtToken() })),
    );
    expect(getUser).toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Access Token has been revoked',
    });
  });

  it('signOut(callback) revokes the refresh token (origin_jti present), so refresh fails afterwards', async () => {
    const email = await confirmedUser(pool, GOOD_PASSWORD);
    const user = cognitoUser(pool, email);
    const session = await signInOk(user, email, GOOD_PASSWORD);
    expect(claims(session.getAccessToken().getJwtToken()).origin_jti).toBeTruthy();
    const refreshToken = session.getRefreshToken().getToken();

    await new Promise<void>((resolve, reject) =>
      user.signOut((err?: Error) => (err ? reject(err) : resolve())),
    );

    expect(await refreshFails(pool, refreshToken)).toBe('NotAuthorizedException');
    const getUser = await errorOf(
      pool.admin.send(new GetUserCommand({ AccessToken: session.getAccessToken().getJwtToken() })),
    );
    expect(getUser.name).toBe('NotAuthorizedException');
  });
});

describe('token lifetimes', () => {
  it('uses the client validities and the injected clock', async () => {
    const email = await confirmedUser(pool, GOOD_PASSWORD);
    const user = cognitoUser(pool, email);
    const session = await signInOk(user, email, GOOD_PASSWORD, 'USER_PASSWORD_AUTH');
    const access = claims(session.getAccessToken().getJwtToken());
    expect(Number(access.exp) - Number(access.iat)).toBe(300);
    expect(Number(access.iat)).toBe(Math.floor(now / 1000));

    now += 6 * 60 * 1000;
    const expired = await errorOf(
      pool.admin.send(new GetUserCommand({ AccessToken: session.getAccessToken().getJwtToken() })),
    );
    expect(expired).toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Access Token has expired',
    });
    const renewed = await refresh(user, session);
    await expect(
      pool.admin.send(new GetUserCommand({ AccessToken: renewed.getAccessToken().getJwtToken() })),
    ).resolves.toBeDefined();

    now += 61 * 60 * 1000;
    expect(await refreshFails(pool, session.getRefreshToken().getToken())).toBe(
      'NotAuthorizedException',
    );
  });
});
