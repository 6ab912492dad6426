/**
 * Test pool for the API tests: the shared local-pool fixture (product-like pool on a free port) with
 * a fake-able clock, the two groups the API cares about, a client the API must refuse, users with
 * permanent passwords, and a way to get their tokens.
 */
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
  CreateGroupCommand,
  InitiateAuthCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { startLocalPool } from '../../support/local-cognito';

export const PASSWORD = 'Api-Test-Passw0rd!';

export interface Tokens {
  accessToken: string;
  idToken: string;
}

export interface TestPool {
  cognitoUrl: string;
  /** The stand-in's data directory, where its signing key lives. */
  dataDir: string;
  userPoolId: string;
  spaClientId: string;
  /** Confidential client_credentials client (scope api/read). */
  machineClientId: string;
  machineClientSecret: string;
  /** A second public client the API does not accept. */
  otherClientId: string;
  admin: CognitoIdentityProviderClient;
  /** Milliseconds added to the pool's clock: tokens issued meanwhile carry shifted iat/exp. */
  setClockOffset(ms: number): void;
  createUser(label: string, groups?: string[]): Promise<string>;
  signIn(email: string, clientId?: string): Promise<Tokens>;
  close(): Promise<void>;
}

export async function startTestPool(): Promise<TestPool> {
  let offset = 0;
  const pool = await startLocalPool({ clock: { get: () => new Date(Date.now() + offset) } });
  const { admin, userPoolId } = pool;
  try {
    // `user` comes with every local pool (the post confirmation trigger's group).
    for (const [GroupName, Precedence] of [['admin', 1]] as const) {
      await admin.send(new CreateGroupCommand({ UserPoolId: userPoolId, GroupName, Precedence }));
    }
    const other = await pool.createClient({
      ClientName: 'other-client',
      ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
    });
    let counter = 0;
    return {
      cognitoUrl: pool.url,
      dataDir: pool.cognito.dataDir,
      userPoolId,
      spaClientId: pool.spaClientId,
      machineClientId: pool.machineClientId,
      machineClientSecret: pool.machineClientSecret,
      otherClientId: other.clientId,
      admin,
      setClockOffset(ms) {
        offset = ms;
      },
      async createUser(label, groups = []) {
        const email = `${label}-${++counter}-${Date.now()}@example.com`;
        await admin.send(
          new AdminCreateUserCommand({
            UserPoolId: userPoolId,
            Username: email,
            MessageAction: 'SUPPRESS',
            UserAttributes: [
              { Name: 'email', Value: email },
              { Name: 'email_verified', Value: 'true' },
              { Name: 'name', Value: `Test ${label}` },
            ],
          }),
        );
        await admin.send(
          new AdminSetUserPasswordCommand({
            UserPoolId: userPoolId,
            Username: email,
            Password: PASSWORD,
            Permanent: true,
          }),
        );
        for (const group of groups) {
          await admin.send(
            new AdminAddUserToGroupCommand({
              UserPoolId: userPoolId,
              Username: email,
              GroupName: group,
            }),
          );
        }
        return email;
      },
      async signIn(email, clientId = pool.spaClientId) {
        const result = await admin.send(
          new InitiateAuthCommand({
            ClientId: clientId,
            AuthFlow: 'USER_PASSWORD_AUTH',
            AuthParameters: { USERNAME: email, PASSWORD },
          }),
        );
        const tokens = result.AuthenticationResult;
        if (!tokens?.AccessToken || !tokens.IdToken) {
          throw new Error(`No tokens for ${email}: ${JSON.stringify(result)}`);
        }
        return { accessToken: tokens.AccessToken, idToken: tokens.IdToken };
      },
      close: () => pool.close(),
    };
  } catch (error) {
    await pool.close();
    throw error;
  }
}

export function decodePayload(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;
}

/** Same header and signature, edited payload: what an attacker granting themselves a group would send. */
export function tamper(token: string, changes: Record<string, unknown>): string {
  const [header, , signature] = token.split('.');
  const payload = Buffer.from(JSON.stringify({ ...decodePayload(token), ...changes })).toString(
    'base64url',
  );
  return `${header}.${payload}.${signature}`;
}
