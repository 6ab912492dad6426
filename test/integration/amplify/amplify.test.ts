/**
 * Conformance: AWS Amplify v6, the client most Cognito apps use, drives the local pool headless in
 * Node (aws-amplify/auth with userPoolEndpoint). Nothing here is written for the stand-in: if Amplify
 * and the pool disagree, these fail.
 */
import {
  DescribeUserPoolClientCommand,
  GetTokensFromRefreshTokenCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { Amplify } from 'aws-amplify';
import {
  confirmSignIn,
  confirmSignUp,
  fetchAuthSession,
  setUpTOTP,
  signIn,
  signOut,
  signUp,
  updateMFAPreference,
  verifyTOTPSetup,
} from 'aws-amplify/auth';
import { cognitoUserPoolsTokenProvider } from 'aws-amplify/auth/cognito';
import { ConsoleLogger, type KeyValueStorageInterface } from 'aws-amplify/utils';
import { generateSync } from 'otplib';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GOOD_PASSWORD, setupLocalPool } from '../../support/local-cognito';
import {
  confirmedUser,
  errorOf,
  invitedUser,
  TEMP_PASSWORD,
  uniqueEmail,
} from '../cognito/helpers';

/** Amplify's token store in Node: nothing persists between test files, and the tests can look inside. */
class MemoryStorage implements KeyValueStorageInterface {
  readonly items = new Map<string, string>();
  setItem(key: string, value: string): Promise<void> {
    this.items.set(key, value);
    return Promise.resolve();
  }
  getItem(key: string): Promise<string | null> {
    return Promise.resolve(this.items.get(key) ?? null);
  }
  removeItem(key: string): Promise<void> {
    this.items.delete(key);
    return Promise.resolve();
  }
  clear(): Promise<void> {
    this.items.clear();
    return Promise.resolve();
  }
  /** The stored refresh token of the signed-in user, if any. */
  refreshToken(): string | undefined {
    for (const [key, value] of this.items) if (key.endsWith('.refreshToken')) return value;
    return undefined;
  }
}

// Amplify warns on every call that the endpoint is custom; that is the point here.
ConsoleLogger.LOG_LEVEL = 'ERROR';

const pool = setupLocalPool();
const storage = new MemoryStorage();

function useClient(clientId: string): void {
  Amplify.configure({
    Auth: {
      Cognito: {
        userPoolId: pool.userPoolId,
        userPoolClientId: clientId,
        userPoolEndpoint: pool.url,
      },
    },
  });
  // Amplify.configure installs its default storage again; ours goes in after it.
  cognitoUserPoolsTokenProvider.setKeyValueStorage(storage);
}

beforeAll(() => {
  useClient(pool.spaClientId);
});

afterEach(async () => {
  await signOut();
  useClient(pool.spaClientId);
});

const totp = (secret: string): string =>
  generateSync({ secret, algorithm: 'sha1', digits: 6, period: 30 });

async function accessClaims(forceRefresh = false): Promise<Record<string, unknown>> {
  const { tokens } = await fetchAuthSession({ forceRefresh });
  if (!tokens) throw new Error('Amplify has no tokens');
  return tokens.accessToken.payload;
}

describe('aws-amplify/auth against the local pool', () => {
  it('signs up, confirms with the emailed code and signs in with SRP', async () => {
    const email = uniqueEmail('amplify');
    const up = await signUp({
      username: email,
      password: GOOD_PASSWORD,
      options: { userAttributes: { email, name: 'Amplify User' } },
    });
    expect(up.nextStep.signUpStep).toBe('CONFIRM_SIGN_UP');

    const confirmed = await confirmSignUp({
      username: email,
      confirmationCode: await pool.latestCode(email, 'signUp'),
    });
    expect(confirmed.isSignUpComplete).toBe(true);

    const result = await signIn({ username: email, password: GOOD_PASSWORD });
    expect(result).toMatchObject({ isSignedIn: true, nextStep: { signInStep: 'DONE' } });
    const { tokens } = await fetchAuthSession();
    expect(tokens?.idToken?.payload).toMatchObject({ email, name: 'Amplify User' });
    expect(tokens?.accessToken.payload.client_id).toBe(pool.spaClientId);
  });

  it('an admin-created user sets a new password and the required name at first sign-in', async () => {
    const email = uniqueEmail('amplify-invited');
    await invitedUser(pool, email);
    const first = await signIn({ username: email, password: TEMP_PASSWORD });
    expect(first.nextStep.signInStep).toBe('CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED');
    if (first.nextStep.signInStep === 'CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED') {
      expect(first.nextStep.missingAttributes).toContain('name');
    }

    const done = await confirmSignIn({
      challengeResponse: 'Brand-New-Pass-7',
      options: { userAttributes: { name: 'Invited Person' } },
    });
    expect(done.isSignedIn).toBe(true);
    const { tokens } = await fetchAuthSession();
    expect(tokens?.idToken?.payload.name).toBe('Invited Person');
  });

  it('fetchAuthSession({ forceRefresh: true }) refreshes through GetTokensFromRefreshToken', async () => {
    const email = await confirmedUser(pool, GOOD_PASSWORD);
    await signIn({ username: email, password: GOOD_PASSWORD });
    const before = await accessClaims();
    const after = await accessClaims(true);
    expect(after.jti).not.toBe(before.jti);
    // Same session: the refresh token was redeemed, not a new sign-in.
    expect(after.origin_jti).toBe(before.origin_jti);
    expect(after.auth_time).toBe(before.auth_time);
  });

  it('with rotation on, Amplify keeps the rotated refresh token and the old one is refused', async () => {
    const { clientId } = await pool.createClient({
      ClientName: 'amplify-rotating',
      ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH'],
      RefreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: 0 },
    });
    const described = await pool.admin.send(
      new DescribeUserPoolClientCommand({ UserPoolId: pool.userPoolId, ClientId: clientId }),
    );
    expect(described.UserPoolClient?.RefreshTokenRotation?.Feature).toBe('ENABLED');
    useClient(clientId);

    const email = await confirmedUser(pool, GOOD_PASSWORD);
    await signIn({ username: email, password: GOOD_PASSWORD });
    const original = storage.refreshToken();
    expect(original).toBeTruthy();

    await accessClaims(true);
    const rotated = storage.refreshToken();
    expect(rotated).toBeTruthy();
    expect(rotated).not.toBe(original);
    // A second forced refresh only works because Amplify stored the rotated token.
    await accessClaims(true);
    expect(storage.refreshToken()).not.toBe(rotated);

    const reused = await errorOf(
      pool.admin.send(
        new GetTokensFromRefreshTokenCommand({ ClientId: clientId, RefreshToken: original }),
      ),
    );
    expect(reused.name).toBe('RefreshTokenReuseException');
  });

  it('sets up TOTP, then signs in with a TOTP code', async () => {
    const email = await confirmedUser(pool, GOOD_PASSWORD);
    await signIn({ username: email, password: GOOD_PASSWORD });
    const setup = await setUpTOTP();
    expect(setup.getSetupUri('cognito-react-auth').href).toContain('otpauth://totp/');
    await verifyTOTPSetup({ code: totp(setup.sharedSecret) });
    await updateMFAPreference({ totp: 'PREFERRED' });
    await signOut();

    const first = await signIn({ username: email, password: GOOD_PASSWORD });
    expect(first.nextStep.signInStep).toBe('CONFIRM_SIGN_IN_WITH_TOTP_CODE');
    const done = await confirmSignIn({ challengeResponse: totp(setup.sharedSecret) });
    expect(done.isSignedIn).toBe(true);
    expect((await accessClaims()).username).toBeTruthy();
  });

  it('global sign-out ends the session: a later refresh with the old tokens is refused', async () => {
    const email = await confirmedUser(pool, GOOD_PASSWORD);
    await signIn({ username: email, password: GOOD_PASSWORD });
    await accessClaims();
    const kept = new Map(storage.items);
    const refreshToken = storage.refreshToken();

    await signOut({ global: true });
    expect(storage.refreshToken()).toBeUndefined();

    // A copy of the tokens taken before sign-out (another device, a stolen copy) no longer refreshes.
    for (const [key, value] of kept) storage.items.set(key, value);
    const session = await fetchAuthSession({ forceRefresh: true });
    expect(session.tokens).toBeUndefined();
    expect(
      await errorOf(
        pool.admin.send(
          new GetTokensFromRefreshTokenCommand({
            ClientId: pool.spaClientId,
            RefreshToken: refreshToken,
          }),
        ),
      ),
    ).toMatchObject({ name: 'NotAuthorizedException', message: 'Refresh Token has been revoked' });
  });
});
