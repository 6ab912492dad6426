/** Contract: GetTokensFromRefreshToken and the app client's RefreshTokenRotation, as Cognito documents them. */
import {
  AdminInitiateAuthCommand,
  AdminUserGlobalSignOutCommand,
  type AuthenticationResultType,
  DescribeUserPoolClientCommand,
  type ExplicitAuthFlowsType,
  GetTokensFromRefreshTokenCommand,
  type GetTokensFromRefreshTokenCommandInput,
  GlobalSignOutCommand,
  InitiateAuthCommand,
  RevokeTokenCommand,
  UpdateUserPoolClientCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import {
  APP_ORIGINS,
  clientDrift,
  SPA_ROTATION_ENABLED,
  spaClientSettings,
} from '../../../local/provision/desired';
import { GOOD_PASSWORD, setupLocalPool } from '../../support/local-cognito';
import { claims, confirmedUser, errorOf, passwordAuth, secretHash } from './helpers';

let now = Date.now();
const pool = setupLocalPool({ clock: { get: () => new Date(now) } });

const FLOWS: ExplicitAuthFlowsType[] = ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_USER_SRP_AUTH'];

async function rotatingClient(graceSeconds: number): Promise<string> {
  const { clientId } = await pool.createClient({
    ClientName: `rotating-${graceSeconds}`,
    ExplicitAuthFlows: FLOWS,
    RefreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: graceSeconds },
  });
  return clientId;
}

async function signIn(clientId: string, secret?: string): Promise<AuthenticationResultType> {
  const email = await confirmedUser(pool, GOOD_PASSWORD);
  const hash = secret ? secretHash(secret, email, clientId) : undefined;
  const { AuthenticationResult } = await passwordAuth(pool, clientId, email, GOOD_PASSWORD, hash);
  return AuthenticationResult!;
}

async function getTokens(
  input: Omit<GetTokensFromRefreshTokenCommandInput, 'ClientId'> & { ClientId?: string },
): Promise<AuthenticationResultType> {
  const { AuthenticationResult } = await pool.admin.send(
    new GetTokensFromRefreshTokenCommand({ ClientId: pool.spaClientId, ...input }),
  );
  return AuthenticationResult!;
}

function getTokensError(
  input: Omit<GetTokensFromRefreshTokenCommandInput, 'ClientId'> & { ClientId?: string },
): Promise<{ name?: string; message: string }> {
  return errorOf(getTokens(input));
}

describe('RefreshTokenRotation on the app client', () => {
  it('is stored by CreateUserPoolClient, reported by Describe, changed and reset by Update', async () => {
    const clientId = await rotatingClient(20);
    const describe = async () =>
      (
        await pool.admin.send(
          new DescribeUserPoolClientCommand({ UserPoolId: pool.userPoolId, ClientId: clientId }),
        )
      ).UserPoolClient;
    expect((await describe())?.RefreshTokenRotation).toEqual({
      Feature: 'ENABLED',
      RetryGracePeriodSeconds: 20,
    });

    const { UserPoolClient } = await pool.admin.send(
      new UpdateUserPoolClientCommand({
        UserPoolId: pool.userPoolId,
        ClientId: clientId,
        ExplicitAuthFlows: FLOWS,
        RefreshTokenRotation: { Feature: 'DISABLED' },
      }),
    );
    expect(UserPoolClient?.RefreshTokenRotation).toEqual({ Feature: 'DISABLED' });
    expect((await describe())?.RefreshTokenRotation).toEqual({ Feature: 'DISABLED' });

    // UpdateUserPoolClient resets what it is not given, rotation included.
    await pool.admin.send(
      new UpdateUserPoolClientCommand({
        UserPoolId: pool.userPoolId,
        ClientId: clientId,
        ExplicitAuthFlows: FLOWS,
      }),
    );
    expect((await describe())?.RefreshTokenRotation).toBeUndefined();
  });

  it('refuses settings outside the API model with a validation message', async () => {
    const cases: Array<[unknown, string]> = [
      [{ Feature: 'ENABLED', RetryGracePeriodSeconds: 61 }, 'less than or equal to 60'],
      [{ Feature: 'ENABLED', RetryGracePeriodSeconds: -1 }, 'greater than or equal to 0'],
      [{ Feature: 'ON' }, 'Member must satisfy enum value set: [ENABLED, DISABLED]'],
      [{ RetryGracePeriodSeconds: 10 }, 'Member must not be null'],
    ];
    for (const [setting, message] of cases) {
      const err = await errorOf(
        pool.createClient({
          ClientName: 'bad-rotation',
          // The SDK's types only allow valid settings; the point is what the pool says to others.
          RefreshTokenRotation: setting as { Feature: 'ENABLED' },
        }),
      );
      expect(err.name, JSON.stringify(setting)).toBe('InvalidParameterException');
      expect(err.message).toContain(message);
    }
  });
});

describe('the provisioned SPA client', () => {
  it('as prepared with rotation on: accepted, reported without drift, and rotating', async () => {
    const settings = spaClientSettings(APP_ORIGINS, SPA_ROTATION_ENABLED);
    const { clientId } = await pool.createClient(settings);
    const { UserPoolClient } = await pool.admin.send(
      new DescribeUserPoolClientCommand({ UserPoolId: pool.userPoolId, ClientId: clientId }),
    );
    expect(clientDrift(UserPoolClient!, settings)).toEqual([]);
    // The definition now turns rotation on for the SPA client: what it prepares is exactly this.
    expect(clientDrift(UserPoolClient!, spaClientSettings())).toEqual([]);

    const signedIn = await signIn(clientId);
    const rotated = await getTokens({ ClientId: clientId, RefreshToken: signedIn.RefreshToken });
    expect(rotated.RefreshToken).toBeTruthy();
    expect(
      await errorOf(
        pool.admin.send(
          new InitiateAuthCommand({
            ClientId: clientId,
            AuthFlow: 'REFRESH_TOKEN_AUTH',
            AuthParameters: { REFRESH_TOKEN: rotated.RefreshToken! },
          }),
        ),
      ),
    ).toMatchObject({ name: 'InvalidParameterException' });
  });
});

describe('GetTokensFromRefreshToken with rotation off', () => {
  it('returns new ID and access tokens of the same session and no refresh token', async () => {
    const signedIn = await signIn(pool.spaClientId);
    now += 60_000;
    const result = await getTokens({ RefreshToken: signedIn.RefreshToken });
    expect(result.RefreshToken).toBeUndefined();
    expect(result).toMatchObject({ TokenType: 'Bearer', ExpiresIn: 3600 });
    const access = claims(result.AccessToken!);
    const before = claims(signedIn.AccessToken!);
    expect(access.origin_jti).toBe(before.origin_jti);
    expect(access.auth_time).toBe(before.auth_time);
    expect(Number(access.iat)).toBe(Math.floor(now / 1000));
    expect(claims(result.IdToken!)).toMatchObject({ token_use: 'id', aud: pool.spaClientId });

    // The same refresh token keeps working, here and through REFRESH_TOKEN_AUTH.
    await expect(getTokens({ RefreshToken: signedIn.RefreshToken })).resolves.toBeDefined();
    const viaInitiateAuth = await pool.admin.send(
      new InitiateAuthCommand({
        ClientId: pool.spaClientId,
        AuthFlow: 'REFRESH_TOKEN_AUTH',
        AuthParameters: { REFRESH_TOKEN: signedIn.RefreshToken! },
      }),
    );
    expect(viaInitiateAuth.AuthenticationResult?.AccessToken).toBeTruthy();
  });

  it('accepts ClientMetadata', async () => {
    const signedIn = await signIn(pool.spaClientId);
    const result = await getTokens({
      RefreshToken: signedIn.RefreshToken,
      ClientMetadata: { source: 'contract-test', attempt: '1' },
    });
    expect(result.AccessToken).toBeTruthy();
  });
});

describe('GetTokensFromRefreshToken with rotation on', () => {
  it('without a grace period: a new refresh token each time, the old one refused at once', async () => {
    const clientId = await rotatingClient(0);
    const signedIn = await signIn(clientId);
    now += 60_000;
    const first = await getTokens({ ClientId: clientId, RefreshToken: signedIn.RefreshToken });
    expect(first.RefreshToken).toBeTruthy();
    expect(first.RefreshToken).not.toBe(signedIn.RefreshToken);
    // The new token lives for the rest of the old one's life, no longer.
    expect(claims(first.RefreshToken!).exp).toBe(claims(signedIn.RefreshToken!).exp);
    expect(claims(first.AccessToken!).origin_jti).toBe(claims(signedIn.AccessToken!).origin_jti);

    const reused = await getTokensError({
      ClientId: clientId,
      RefreshToken: signedIn.RefreshToken,
    });
    expect(reused.name).toBe('RefreshTokenReuseException');

    const second = await getTokens({ ClientId: clientId, RefreshToken: first.RefreshToken });
    expect(second.RefreshToken).toBeTruthy();
    expect(second.RefreshToken).not.toBe(first.RefreshToken);
  });

  it('with a grace period: the old token works for that long, then is refused', async () => {
    const clientId = await rotatingClient(30);
    const signedIn = await signIn(clientId);
    const rotated = await getTokens({ ClientId: clientId, RefreshToken: signedIn.RefreshToken });

    now += 29_000;
    const retry = await getTokens({ ClientId: clientId, RefreshToken: signedIn.RefreshToken });
    expect(retry.RefreshToken).toBeTruthy();

    now += 2_000;
    const late = await getTokensError({ ClientId: clientId, RefreshToken: signedIn.RefreshToken });
    expect(late.name).toBe('RefreshTokenReuseException');

    // Both tokens handed out meanwhile still work.
    for (const token of [rotated.RefreshToken, retry.RefreshToken]) {
      await expect(getTokens({ ClientId: clientId, RefreshToken: token })).resolves.toMatchObject({
        TokenType: 'Bearer',
      });
    }
  });

  it('two refreshes racing with one token: both succeed within a grace period, one without', async () => {
    const race = async (graceSeconds: number) => {
      const clientId = await rotatingClient(graceSeconds);
      const signedIn = await signIn(clientId);
      const send = () =>
        getTokens({ ClientId: clientId, RefreshToken: signedIn.RefreshToken }).then(
          () => 'ok',
          (err: { name?: string }) => err.name,
        );
      return (await Promise.all([send(), send()])).sort();
    };
    expect(await race(10)).toEqual(['ok', 'ok']);
    expect(await race(0)).toEqual(['RefreshTokenReuseException', 'ok']);
  });

  it('refuses REFRESH_TOKEN_AUTH for that client, through InitiateAuth and AdminInitiateAuth', async () => {
    const clientId = await rotatingClient(10);
    const signedIn = await signIn(clientId);
    const viaInitiate = await errorOf(
      pool.admin.send(
        new InitiateAuthCommand({
          ClientId: clientId,
          AuthFlow: 'REFRESH_TOKEN_AUTH',
          AuthParameters: { REFRESH_TOKEN: signedIn.RefreshToken! },
        }),
      ),
    );
    const viaAdmin = await errorOf(
      pool.admin.send(
        new AdminInitiateAuthCommand({
          UserPoolId: pool.userPoolId,
          ClientId: clientId,
          AuthFlow: 'REFRESH_TOKEN_AUTH',
          AuthParameters: { REFRESH_TOKEN: signedIn.RefreshToken! },
        }),
      ),
    );
    for (const err of [viaInitiate, viaAdmin]) {
      expect(err).toMatchObject({
        name: 'InvalidParameterException',
        message: 'REFRESH_TOKEN_AUTH flow not enabled for this client',
      });
    }
    // The token itself is untouched by the refusal.
    await expect(
      getTokens({ ClientId: clientId, RefreshToken: signedIn.RefreshToken }),
    ).resolves.toBeDefined();
  });

  it('revoking the newest token also ends the one still in its grace period (same session)', async () => {
    const clientId = await rotatingClient(60);
    const signedIn = await signIn(clientId);
    const rotated = await getTokens({ ClientId: clientId, RefreshToken: signedIn.RefreshToken });
    await pool.admin.send(
      new RevokeTokenCommand({ ClientId: clientId, Token: rotated.RefreshToken }),
    );
    for (const token of [signedIn.RefreshToken, rotated.RefreshToken]) {
      expect(await getTokensError({ ClientId: clientId, RefreshToken: token })).toMatchObject({
        name: 'NotAuthorizedException',
        message: 'Refresh Token has been revoked',
      });
    }
  });

  it('the token endpoint rotates too, and refuses the old token after the grace period', async () => {
    const { clientId } = await pool.createClient({
      ClientName: 'rotating-oauth',
      ExplicitAuthFlows: FLOWS,
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthScopes: ['openid', 'email'],
      CallbackURLs: ['http://localhost:5173/callback'],
      RefreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: 5 },
    });
    const signedIn = await signIn(clientId);
    const grant = (refreshToken: string) =>
      fetch(`${pool.url}/oauth2/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'refresh_token',
          client_id: clientId,
          refresh_token: refreshToken,
        }),
      });
    const res = await grant(signedIn.RefreshToken!);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body.refresh_token).toEqual(expect.any(String));
    expect(body.refresh_token).not.toBe(signedIn.RefreshToken);

    now += 6_000;
    const late = await grant(signedIn.RefreshToken!);
    expect(late.status).toBe(400);
    expect(await late.json()).toEqual({ error: 'invalid_grant' });
    expect((await grant(body.refresh_token as string)).status).toBe(200);
  });
});

describe('GetTokensFromRefreshToken: client secret and errors', () => {
  it('a confidential client must send its ClientSecret', async () => {
    const { clientId, clientSecret } = await pool.createClient({
      ClientName: 'confidential',
      GenerateSecret: true,
      ExplicitAuthFlows: FLOWS,
    });
    const signedIn = await signIn(clientId, clientSecret);
    const missing = await getTokensError({
      ClientId: clientId,
      RefreshToken: signedIn.RefreshToken,
    });
    expect(missing).toMatchObject({
      name: 'NotAuthorizedException',
      message: `Client ${clientId} is configured with secret but SECRET_HASH was not received`,
    });
    const wrong = await getTokensError({
      ClientId: clientId,
      ClientSecret: 'not-the-secret',
      RefreshToken: signedIn.RefreshToken,
    });
    expect(wrong).toMatchObject({
      name: 'NotAuthorizedException',
      message: `Unable to verify secret hash for client ${clientId}`,
    });
    const ok = await getTokens({
      ClientId: clientId,
      ClientSecret: clientSecret,
      RefreshToken: signedIn.RefreshToken,
    });
    expect(claims(ok.AccessToken!).client_id).toBe(clientId);
  });

  it('an unknown client is ResourceNotFoundException; a missing token is InvalidParameterException', async () => {
    const signedIn = await signIn(pool.spaClientId);
    expect(
      await getTokensError({ ClientId: 'nosuchclient', RefreshToken: signedIn.RefreshToken }),
    ).toMatchObject({
      name: 'ResourceNotFoundException',
      message: 'User pool client does not exist.',
    });
    const raw = await fetch(pool.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'AWSCognitoIdentityProviderService.GetTokensFromRefreshToken',
      },
      body: JSON.stringify({ ClientId: pool.spaClientId }),
    });
    expect(raw.status).toBe(400);
    expect(await raw.json()).toMatchObject({ __type: 'InvalidParameterException' });
  });

  it('a forged token, or one from another client, is an Invalid Refresh Token', async () => {
    const signedIn = await signIn(pool.spaClientId);
    const otherClient = await rotatingClient(0);
    for (const [clientId, token] of [
      [pool.spaClientId, 'not-a-token'],
      [pool.spaClientId, `${signedIn.RefreshToken!.slice(0, -4)}AAAA`],
      [otherClient, signedIn.RefreshToken!],
    ] as const) {
      expect(await getTokensError({ ClientId: clientId, RefreshToken: token })).toMatchObject({
        name: 'NotAuthorizedException',
        message: 'Invalid Refresh Token',
      });
    }
  });

  it('an expired token says so', async () => {
    const { clientId } = await pool.createClient({
      ClientName: 'short-refresh',
      ExplicitAuthFlows: FLOWS,
      RefreshTokenValidity: 60,
      TokenValidityUnits: { RefreshToken: 'minutes' },
    });
    const signedIn = await signIn(clientId);
    now += 61 * 60_000;
    expect(
      await getTokensError({ ClientId: clientId, RefreshToken: signedIn.RefreshToken }),
    ).toMatchObject({ name: 'NotAuthorizedException', message: 'Refresh Token has expired' });
  });

  it('RevokeToken, GlobalSignOut and AdminUserGlobalSignOut: Refresh Token has been revoked', async () => {
    const revoked = await signIn(pool.spaClientId);
    await pool.admin.send(
      new RevokeTokenCommand({ ClientId: pool.spaClientId, Token: revoked.RefreshToken }),
    );

    const globallyOut = await signIn(pool.spaClientId);
    await pool.admin.send(new GlobalSignOutCommand({ AccessToken: globallyOut.AccessToken }));

    const adminOut = await signIn(pool.spaClientId);
    await pool.admin.send(
      new AdminUserGlobalSignOutCommand({
        UserPoolId: pool.userPoolId,
        Username: String(claims(adminOut.AccessToken!).username),
      }),
    );

    for (const session of [revoked, globallyOut, adminOut]) {
      expect(await getTokensError({ RefreshToken: session.RefreshToken })).toMatchObject({
        name: 'NotAuthorizedException',
        message: 'Refresh Token has been revoked',
      });
    }
  });
});
