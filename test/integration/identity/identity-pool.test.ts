/**
 * Contract: the local identity pool answers the AWS SDK's Cognito Identity client as the real service
 * does: stable identity ids per user, guests only when allowed, one-hour credentials, ID tokens checked
 * (issuer, audience, expiry, signature) and, with ServerSideTokenCheck, refused after global sign-out.
 */
import {
  CognitoIdentityClient,
  CreateIdentityPoolCommand,
  GetCredentialsForIdentityCommand,
  GetIdCommand,
  ListIdentityPoolsCommand,
  UpdateIdentityPoolCommand,
} from '@aws-sdk/client-cognito-identity';
import { GlobalSignOutCommand } from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userPoolProviderName } from '../../../server/pool/definition';
import { GOOD_PASSWORD, type LocalPool, startLocalPool } from '../../support/local-cognito';
import { claims, cognitoUser, confirmedUser, errorOf, signInOk } from '../cognito/helpers';

let pool: LocalPool;
let identity: CognitoIdentityClient;
let now = Date.now();
let identityPoolId: string;
let provider: string;

async function createIdentityPool(overrides: Record<string, unknown> = {}): Promise<string> {
  const created = await identity.send(
    new CreateIdentityPoolCommand({
      IdentityPoolName: 'contract',
      AllowUnauthenticatedIdentities: true,
      CognitoIdentityProviders: [
        { ProviderName: provider, ClientId: pool.spaClientId, ServerSideTokenCheck: true },
      ],
      ...overrides,
    }),
  );
  return created.IdentityPoolId!;
}

async function signedIn(): Promise<{ idToken: string; accessToken: string }> {
  const email = await confirmedUser(pool, GOOD_PASSWORD);
  const session = await signInOk(cognitoUser(pool, email), email, GOOD_PASSWORD);
  return {
    idToken: session.getIdToken().getJwtToken(),
    accessToken: session.getAccessToken().getJwtToken(),
  };
}

beforeAll(async () => {
  pool = await startLocalPool({ clock: { get: () => new Date(now) } });
  identity = new CognitoIdentityClient({
    endpoint: pool.url,
    region: pool.region,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  provider = userPoolProviderName(pool.region, pool.userPoolId);
  identityPoolId = await createIdentityPool();
});
afterAll(async () => {
  identity?.destroy();
  await pool?.close();
});

describe('identity pool administration', () => {
  it('creates pools with region-prefixed ids and lists them', async () => {
    expect(identityPoolId).toMatch(/^us-east-1:[0-9a-f-]{36}$/);
    const { IdentityPools } = await identity.send(new ListIdentityPoolsCommand({ MaxResults: 60 }));
    expect(IdentityPools).toContainEqual({
      IdentityPoolId: identityPoolId,
      IdentityPoolName: 'contract',
    });
  });

  it('refuses a provider that is not a user pool', async () => {
    const error = await errorOf(
      createIdentityPool({
        CognitoIdentityProviders: [{ ProviderName: 'accounts.google.com', ClientId: 'x' }],
      }),
    );
    expect(error.name).toBe('InvalidParameterException');
  });
});

describe('signed-in users', () => {
  it('get the same identity id on every GetId, and one-hour ASIA credentials', async () => {
    const { idToken } = await signedIn();
    const Logins = { [provider]: idToken };
    const first = await identity.send(new GetIdCommand({ IdentityPoolId: identityPoolId, Logins }));
    const second = await identity.send(
      new GetIdCommand({ IdentityPoolId: identityPoolId, Logins }),
    );
    expect(first.IdentityId).toMatch(/^us-east-1:[0-9a-f-]{36}$/);
    expect(second.IdentityId).toBe(first.IdentityId);

    const { Credentials, IdentityId } = await identity.send(
      new GetCredentialsForIdentityCommand({ IdentityId: first.IdentityId, Logins }),
    );
    expect(IdentityId).toBe(first.IdentityId);
    expect(Credentials!.AccessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
    expect(Credentials!.SecretKey).toHaveLength(40);
    expect(Credentials!.SessionToken!.length).toBeGreaterThan(100);
    expect(Credentials!.Expiration!.getTime()).toBe(Math.floor(now / 1000) * 1000 + 3600_000);
  });

  it('a second sign-in of the same user maps to the same identity; another user to another', async () => {
    const email = await confirmedUser(pool, GOOD_PASSWORD);
    const a = await signInOk(cognitoUser(pool, email), email, GOOD_PASSWORD);
    const b = await signInOk(cognitoUser(pool, email), email, GOOD_PASSWORD);
    const other = await signedIn();
    const idOf = async (token: string) =>
      (
        await identity.send(
          new GetIdCommand({ IdentityPoolId: identityPoolId, Logins: { [provider]: token } }),
        )
      ).IdentityId;
    const fromA = await idOf(a.getIdToken().getJwtToken());
    expect(await idOf(b.getIdToken().getJwtToken())).toBe(fromA);
    expect(await idOf(other.idToken)).not.toBe(fromA);
  });

  it('accepts the local issuer form of the provider name', async () => {
    const { idToken } = await signedIn();
    const localForm = `${new URL(pool.url).host}/${pool.userPoolId}`;
    const viaAws = await identity.send(
      new GetIdCommand({ IdentityPoolId: identityPoolId, Logins: { [provider]: idToken } }),
    );
    const viaLocal = await identity.send(
      new GetIdCommand({ IdentityPoolId: identityPoolId, Logins: { [localForm]: idToken } }),
    );
    expect(viaLocal.IdentityId).toBe(viaAws.IdentityId);
  });

  it('refuses an access token, a tampered token, an unknown provider and a wrong audience', async () => {
    const { idToken, accessToken } = await signedIn();
    const getId = (Logins: Record<string, string>, id = identityPoolId) =>
      errorOf(identity.send(new GetIdCommand({ IdentityPoolId: id, Logins })));

    expect(await getId({ [provider]: accessToken })).toMatchObject({
      name: 'NotAuthorizedException',
      message: expect.stringContaining('ID token'),
    });
    const [header, payload, signature] = idToken.split('.');
    const forged = Buffer.from(
      JSON.stringify({ ...claims(idToken), sub: 'someone-else' }),
    ).toString('base64url');
    expect(payload).not.toBe(forged);
    expect(await getId({ [provider]: `${header}.${forged}.${signature}` })).toMatchObject({
      name: 'NotAuthorizedException',
    });
    expect(
      await getId({ [userPoolProviderName('us-east-1', 'us-east-1_Other123')]: idToken }),
    ).toMatchObject({
      name: 'NotAuthorizedException',
      message: expect.stringContaining('provider'),
    });

    const otherAudience = await createIdentityPool({
      CognitoIdentityProviders: [{ ProviderName: provider, ClientId: pool.machineClientId }],
    });
    expect(await getId({ [provider]: idToken }, otherAudience)).toMatchObject({
      name: 'NotAuthorizedException',
      message: expect.stringContaining('audience'),
    });
  });

  it('refuses an expired ID token', async () => {
    const { idToken } = await signedIn();
    const exp = claims(idToken).exp as number;
    const saved = now;
    now = (exp + 1) * 1000;
    try {
      const error = await errorOf(
        identity.send(
          new GetIdCommand({ IdentityPoolId: identityPoolId, Logins: { [provider]: idToken } }),
        ),
      );
      expect(error).toMatchObject({
        name: 'NotAuthorizedException',
        message: expect.stringContaining('expired'),
      });
    } finally {
      now = saved;
    }
  });

  it("needs the user's own token for the user's identity", async () => {
    const mine = await signedIn();
    const theirs = await signedIn();
    const { IdentityId } = await identity.send(
      new GetIdCommand({ IdentityPoolId: identityPoolId, Logins: { [provider]: mine.idToken } }),
    );
    for (const Logins of [{}, { [provider]: theirs.idToken }]) {
      const error = await errorOf(
        identity.send(new GetCredentialsForIdentityCommand({ IdentityId, Logins })),
      );
      expect(error).toMatchObject({
        name: 'NotAuthorizedException',
        message: expect.stringContaining("Logins don't match"),
      });
    }
  });
});

describe('server-side token check', () => {
  it('refuses a globally signed-out ID token when on, and still accepts it when off', async () => {
    const { idToken, accessToken } = await signedIn();
    const unchecked = await createIdentityPool({
      CognitoIdentityProviders: [
        { ProviderName: provider, ClientId: pool.spaClientId, ServerSideTokenCheck: false },
      ],
    });
    await pool.admin.send(new GlobalSignOutCommand({ AccessToken: accessToken }));

    const error = await errorOf(
      identity.send(
        new GetIdCommand({ IdentityPoolId: identityPoolId, Logins: { [provider]: idToken } }),
      ),
    );
    expect(error).toMatchObject({
      name: 'NotAuthorizedException',
      message: expect.stringContaining('signed out'),
    });
    const { IdentityId } = await identity.send(
      new GetIdCommand({ IdentityPoolId: unchecked, Logins: { [provider]: idToken } }),
    );
    expect(IdentityId).toBeTruthy();
  });
});

describe('guests', () => {
  it('get credentials without a login when the pool allows them', async () => {
    const { IdentityId } = await identity.send(
      new GetIdCommand({ IdentityPoolId: identityPoolId }),
    );
    const { Credentials } = await identity.send(
      new GetCredentialsForIdentityCommand({ IdentityId }),
    );
    expect(Credentials!.AccessKeyId).toMatch(/^ASIA/);
    // A guest id is not a signed-in user's: logging in with a token does not reuse it.
    const { idToken } = await signedIn();
    const user = await identity.send(
      new GetIdCommand({ IdentityPoolId: identityPoolId, Logins: { [provider]: idToken } }),
    );
    expect(user.IdentityId).not.toBe(IdentityId);
  });

  it('are refused when the pool does not allow unauthenticated identities', async () => {
    const closed = await createIdentityPool({ AllowUnauthenticatedIdentities: false });
    const error = await errorOf(identity.send(new GetIdCommand({ IdentityPoolId: closed })));
    expect(error).toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Unauthenticated access is not supported for this identity pool.',
    });
  });

  it('lose credentials for their identity once the pool stops allowing guests', async () => {
    const poolId = await createIdentityPool();
    const { IdentityId } = await identity.send(new GetIdCommand({ IdentityPoolId: poolId }));
    await identity.send(
      new UpdateIdentityPoolCommand({
        IdentityPoolId: poolId,
        IdentityPoolName: 'contract',
        AllowUnauthenticatedIdentities: false,
        CognitoIdentityProviders: [{ ProviderName: provider, ClientId: pool.spaClientId }],
      }),
    );
    const error = await errorOf(
      identity.send(new GetCredentialsForIdentityCommand({ IdentityId })),
    );
    expect(error.name).toBe('NotAuthorizedException');
  });
});

describe('the wire', () => {
  it('refuses admin operations from a browser and an unknown pool with ResourceNotFound', async () => {
    const response = await fetch(pool.url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-amz-json-1.1',
        'X-Amz-Target': 'AWSCognitoIdentityService.ListIdentityPools',
        Origin: 'http://localhost:5173',
      },
      body: JSON.stringify({ MaxResults: 10 }),
    });
    expect(response.status).toBe(403);
    const missing = await errorOf(
      identity.send(
        new GetIdCommand({ IdentityPoolId: 'us-east-1:00000000-0000-0000-0000-000000000000' }),
      ),
    );
    expect(missing.name).toBe('ResourceNotFoundException');
  });

  it('never hands secret keys to a browser', async () => {
    const response = await fetch(`${pool.url}/_local/identity/credentials`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: 'http://localhost:5173' },
      body: JSON.stringify({ AccessKeyId: 'ASIAAAAAAAAAAAAAAAAA' }),
    });
    expect(response.status).toBe(403);
  });
});
