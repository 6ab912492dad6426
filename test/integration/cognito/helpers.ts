/** Promise wrappers around amazon-cognito-identity-js callbacks, as the SPA uses them, for the contract tests. */
import {
  AuthenticationDetails,
  CognitoUser,
  CognitoUserAttribute,
  CognitoUserPool,
  type CognitoUserSession,
  type ISignUpResult,
} from 'amazon-cognito-identity-js';
import { createHmac } from 'node:crypto';
import {
  AdminCreateUserCommand,
  type AuthFactorType,
  type ChallengeNameType,
  DescribeUserPoolCommand,
  InitiateAuthCommand,
  type InitiateAuthCommandOutput,
  RespondToAuthChallengeCommand,
  type RespondToAuthChallengeCommandOutput,
  UpdateUserPoolCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import type { LocalPool } from '../../support/local-cognito';

export function userPool(pool: LocalPool, clientId = pool.spaClientId): CognitoUserPool {
  return new CognitoUserPool({
    UserPoolId: pool.userPoolId,
    ClientId: clientId,
    endpoint: pool.url,
  });
}

export function cognitoUser(
  pool: LocalPool,
  email: string,
  clientId = pool.spaClientId,
): CognitoUser {
  return new CognitoUser({ Username: email, Pool: userPool(pool, clientId) });
}

export type SignInOutcome =
  | { kind: 'success'; session: CognitoUserSession }
  | { kind: 'newPassword'; userAttributes: Record<string, string>; requiredAttributes: string[] }
  | { kind: 'totp' }
  | { kind: 'sms' };

/** Resolves with the next step of a sign-in; rejects with the service error. */
export function step(
  run: (callbacks: Parameters<CognitoUser['authenticateUser']>[1]) => void,
): Promise<SignInOutcome> {
  return new Promise((resolve, reject) => {
    run({
      onSuccess: (session) => resolve({ kind: 'success', session }),
      onFailure: (err: unknown) => reject(err),
      newPasswordRequired: (userAttributes: Record<string, string>, requiredAttributes: string[]) =>
        resolve({ kind: 'newPassword', userAttributes, requiredAttributes }),
      totpRequired: () => resolve({ kind: 'totp' }),
      mfaRequired: () => resolve({ kind: 'sms' }),
    });
  });
}

export function signIn(
  user: CognitoUser,
  email: string,
  password: string,
  flow?: 'USER_PASSWORD_AUTH',
): Promise<SignInOutcome> {
  if (flow) user.setAuthenticationFlowType(flow);
  const details = new AuthenticationDetails({ Username: email, Password: password });
  return step((cb) => user.authenticateUser(details, cb));
}

export async function signInOk(
  user: CognitoUser,
  email: string,
  password: string,
  flow?: 'USER_PASSWORD_AUTH',
): Promise<CognitoUserSession> {
  const outcome = await signIn(user, email, password, flow);
  if (outcome.kind !== 'success') throw new Error(`expected tokens, got ${outcome.kind}`);
  return outcome.session;
}

export function signUp(
  pool: LocalPool,
  email: string,
  password: string,
  name?: string,
): Promise<ISignUpResult> {
  const attrs = name ? [new CognitoUserAttribute({ Name: 'name', Value: name })] : [];
  return new Promise((resolve, reject) =>
    userPool(pool).signUp(email, password, attrs, [], (err, result) =>
      err ? reject(err) : resolve(result!),
    ),
  );
}

export function confirm(pool: LocalPool, email: string, code: string): Promise<unknown> {
  return new Promise((resolve, reject) =>
    cognitoUser(pool, email).confirmRegistration(code, true, (err, result) =>
      err ? reject(err) : resolve(result),
    ),
  );
}

export function refresh(
  user: CognitoUser,
  session: CognitoUserSession,
): Promise<CognitoUserSession> {
  return new Promise((resolve, reject) =>
    user.refreshSession(session.getRefreshToken(), (err, s: CognitoUserSession) =>
      err ? reject(err) : resolve(s),
    ),
  );
}

/** Signs up, confirms with the inbox code and returns the email used. */
export async function confirmedUser(
  pool: LocalPool,
  password: string,
  name = 'Test User',
): Promise<string> {
  const email = `user-${Math.random().toString(36).slice(2, 10)}@example.com`;
  await signUp(pool, email, password, name);
  await confirm(pool, email, await pool.latestCode(email, 'signUp'));
  return email;
}

/** The temporary password of every user `invitedUser` creates. */
export const TEMP_PASSWORD = 'Temp-Pass-123';

/** An admin-created user with TEMP_PASSWORD and no invitation message: the first sign-in must change it. */
export async function invitedUser(
  pool: LocalPool,
  email: string,
  attributes: Record<string, string> = {},
): Promise<void> {
  await pool.admin.send(
    new AdminCreateUserCommand({
      UserPoolId: pool.userPoolId,
      Username: email,
      TemporaryPassword: TEMP_PASSWORD,
      MessageAction: 'SUPPRESS',
      ...(Object.keys(attributes).length > 0
        ? { UserAttributes: Object.entries(attributes).map(([Name, Value]) => ({ Name, Value })) }
        : {}),
    }),
  );
}

export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}-${Math.random().toString(36).slice(2, 10)}@example.com`;
}

/** Decodes a JWT payload without verifying it (verification is tested separately). */
export function claims(jwt: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;
}

export function errorOf(
  promise: Promise<unknown>,
): Promise<{ code?: string; name?: string; message: string }> {
  return promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (err: { code?: string; name?: string; message: string }) => err,
  );
}

/**
 * Refresh through the API directly: the library retries failed refreshes with back-off for seconds,
 * which only slows down tests that expect the failure.
 */
export async function refreshFails(
  pool: LocalPool,
  refreshToken: string,
  clientId = pool.spaClientId,
): Promise<string | undefined> {
  const err = await errorOf(
    pool.admin.send(
      new InitiateAuthCommand({
        ClientId: clientId,
        AuthFlow: 'REFRESH_TOKEN_AUTH',
        AuthParameters: { REFRESH_TOKEN: refreshToken },
      }),
    ),
  );
  return err.name;
}

/**
 * Sets the pool's allowed first factors (Policies.SignInPolicy) through UpdateUserPool, sending the
 * other settings back unchanged because UpdateUserPool resets what it is not given, as in Cognito.
 */
export async function allowFirstFactors(pool: LocalPool, factors: AuthFactorType[]): Promise<void> {
  const { UserPool } = await pool.admin.send(
    new DescribeUserPoolCommand({ UserPoolId: pool.userPoolId }),
  );
  await pool.admin.send(
    new UpdateUserPoolCommand({
      UserPoolId: pool.userPoolId,
      AutoVerifiedAttributes: UserPool?.AutoVerifiedAttributes,
      AccountRecoverySetting: UserPool?.AccountRecoverySetting,
      MfaConfiguration: UserPool?.MfaConfiguration,
      Policies: {
        PasswordPolicy: UserPool?.Policies?.PasswordPolicy,
        SignInPolicy: { AllowedFirstAuthFactors: factors },
      },
    }),
  );
}

/** InitiateAuth with choice-based sign-in (USER_AUTH). */
export function userAuth(
  pool: LocalPool,
  params: Record<string, string>,
  clientId = pool.spaClientId,
): Promise<InitiateAuthCommandOutput> {
  return pool.admin.send(
    new InitiateAuthCommand({ ClientId: clientId, AuthFlow: 'USER_AUTH', AuthParameters: params }),
  );
}

export function answer(
  pool: LocalPool,
  challenge: ChallengeNameType,
  session: string | undefined,
  responses: Record<string, string>,
  clientId = pool.spaClientId,
): Promise<RespondToAuthChallengeCommandOutput> {
  return pool.admin.send(
    new RespondToAuthChallengeCommand({
      ClientId: clientId,
      ChallengeName: challenge,
      Session: session,
      ChallengeResponses: responses,
    }),
  );
}

/**
 * USER_AUTH with PASSWORD_SRP, with amazon-cognito-identity-js doing the SRP math as the SPA does:
 * its first InitiateAuth (USER_SRP_AUTH with SRP_A) is rerouted through `route`, which must answer
 * with the PASSWORD_VERIFIER challenge; the library then proves the password as usual.
 */
export function srpThroughUserAuth(
  pool: LocalPool,
  email: string,
  password: string,
  route: (srpA: string) => Promise<{ ChallengeName?: string; Session?: string }>,
): Promise<CognitoUserSession> {
  const user = cognitoUser(pool, email);
  // The library keeps its HTTP client on the user; the shape is internal, so it is named here.
  const internal = user as unknown as {
    client: {
      request(
        op: string,
        params: Record<string, unknown>,
        cb: (err: unknown, data?: unknown) => void,
      ): void;
    };
  };
  const original = internal.client.request.bind(internal.client);
  internal.client.request = (op, params, cb) => {
    if (op !== 'InitiateAuth') return original(op, params, cb);
    const srpA = (params.AuthParameters as Record<string, string>).SRP_A!;
    route(srpA).then(
      (data) => cb(null, data),
      (err: unknown) => cb(err),
    );
  };
  return signInOk(user, email, password);
}

/** The SECRET_HASH a client with a secret must send: HMAC-SHA256(secret, username + clientId). */
export function secretHash(secret: string, username: string, clientId: string): string {
  return createHmac('sha256', secret)
    .update(username + clientId)
    .digest('base64');
}

/** USER_PASSWORD_AUTH straight through the API, with a SECRET_HASH when one is given. */
export function passwordAuth(
  pool: LocalPool,
  clientId: string,
  username: string,
  password: string,
  hash?: string,
): Promise<InitiateAuthCommandOutput> {
  return pool.admin.send(
    new InitiateAuthCommand({
      ClientId: clientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: {
        USERNAME: username,
        PASSWORD: password,
        ...(hash ? { SECRET_HASH: hash } : {}),
      },
    }),
  );
}
