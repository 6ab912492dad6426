/** Contract: the admin operations the provisioning script relies on, persistence across restarts, fixed codes. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminGetUserCommand,
  AdminInitiateAuthCommand,
  AdminRespondToAuthChallengeCommand,
  AdminListGroupsForUserCommand,
  CognitoIdentityProviderClient,
  CreateGroupCommand,
  CreateResourceServerCommand,
  CreateUserPoolCommand,
  DescribeResourceServerCommand,
  DescribeUserPoolClientCommand,
  DescribeUserPoolCommand,
  GetGroupCommand,
  GetUserPoolMfaConfigCommand,
  ListGroupsCommand,
  ListResourceServersCommand,
  ListUserPoolClientsCommand,
  ListUserPoolsCommand,
  SignUpCommand,
  UpdateResourceServerCommand,
  UpdateUserPoolClientCommand,
  UpdateUserPoolCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import { startLocalCognito } from '../../../local/cognito/server';
import { GOOD_PASSWORD, setupLocalPool } from '../../support/local-cognito';
import {
  claims,
  cognitoUser,
  confirmedUser,
  errorOf,
  signInOk,
  invitedUser,
  TEMP_PASSWORD,
} from './helpers';

const pool = setupLocalPool();

describe('provisioning operations', () => {
  it('describes, lists and updates the pool', async () => {
    const { UserPool } = await pool.admin.send(
      new DescribeUserPoolCommand({ UserPoolId: pool.userPoolId }),
    );
    expect(UserPool?.Id).toMatch(/^local_\w{8}$/);
    expect(UserPool?.Policies?.PasswordPolicy).toMatchObject({
      MinimumLength: 8,
      RequireSymbols: true,
    });
    expect(UserPool?.SchemaAttributes?.find((a) => a.Name === 'name')?.Required).toBe(true);
    expect(UserPool?.UsernameAttributes).toEqual(['email']);
    const pools = await pool.admin.send(new ListUserPoolsCommand({ MaxResults: 60 }));
    expect(pools.UserPools?.map((p) => p.Id)).toContain(pool.userPoolId);
    await pool.admin.send(
      new UpdateUserPoolCommand({
        UserPoolId: pool.userPoolId,
        AutoVerifiedAttributes: ['email'],
        MfaConfiguration: 'OPTIONAL',
      }),
    );
    const mfa = await pool.admin.send(
      new GetUserPoolMfaConfigCommand({ UserPoolId: pool.userPoolId }),
    );
    expect(mfa.MfaConfiguration).toBe('OPTIONAL');
    expect(mfa.SoftwareTokenMfaConfiguration?.Enabled).toBe(true);
  });

  it('manages app clients, including secrets and OAuth settings', async () => {
    const machine = await pool.admin.send(
      new DescribeUserPoolClientCommand({
        UserPoolId: pool.userPoolId,
        ClientId: pool.machineClientId,
      }),
    );
    expect(machine.UserPoolClient?.ClientSecret).toBe(pool.machineClientSecret);
    const clients = await pool.admin.send(
      new ListUserPoolClientsCommand({ UserPoolId: pool.userPoolId, MaxResults: 60 }),
    );
    expect(clients.UserPoolClients?.map((c) => c.ClientId)).toEqual(
      expect.arrayContaining([pool.spaClientId, pool.machineClientId]),
    );
    const updated = await pool.admin.send(
      new UpdateUserPoolClientCommand({
        UserPoolId: pool.userPoolId,
        ClientId: pool.machineClientId,
        ClientName: 'machine',
        AllowedOAuthFlowsUserPoolClient: true,
        AllowedOAuthFlows: ['client_credentials'],
        AllowedOAuthScopes: ['api/read', 'api/write'],
      }),
    );
    expect(updated.UserPoolClient?.AllowedOAuthScopes).toEqual(['api/read', 'api/write']);
  });

  it('creates, describes, updates and lists resource servers', async () => {
    const created = await pool.admin.send(
      new CreateResourceServerCommand({
        UserPoolId: pool.userPoolId,
        Identifier: 'reports',
        Name: 'Reports',
        Scopes: [{ ScopeName: 'view', ScopeDescription: 'View' }],
      }),
    );
    expect(created.ResourceServer?.Identifier).toBe('reports');
    const dup = await errorOf(
      pool.admin.send(
        new CreateResourceServerCommand({
          UserPoolId: pool.userPoolId,
          Identifier: 'reports',
          Name: 'Again',
        }),
      ),
    );
    expect(dup.name).toBe('InvalidParameterException');
    await pool.admin.send(
      new UpdateResourceServerCommand({
        UserPoolId: pool.userPoolId,
        Identifier: 'reports',
        Name: 'Reports v2',
        Scopes: [
          { ScopeName: 'view', ScopeDescription: 'View' },
          { ScopeName: 'export', ScopeDescription: 'Export' },
        ],
      }),
    );
    const described = await pool.admin.send(
      new DescribeResourceServerCommand({ UserPoolId: pool.userPoolId, Identifier: 'reports' }),
    );
    expect(described.ResourceServer?.Name).toBe('Reports v2');
    expect(described.ResourceServer?.Scopes).toHaveLength(2);
    const missing = await errorOf(
      pool.admin.send(
        new DescribeResourceServerCommand({ UserPoolId: pool.userPoolId, Identifier: 'nope' }),
      ),
    );
    expect(missing.name).toBe('ResourceNotFoundException');
    const listed = await pool.admin.send(
      new ListResourceServersCommand({ UserPoolId: pool.userPoolId, MaxResults: 50 }),
    );
    expect(listed.ResourceServers?.map((r) => r.Identifier).sort()).toEqual(['api', 'reports']);
  });

  it('creates groups and users; group membership reaches the tokens', async () => {
    await pool.admin.send(
      new CreateGroupCommand({
        UserPoolId: pool.userPoolId,
        GroupName: 'admins',
        Precedence: 1,
        Description: 'Admins',
      }),
    );
    const group = await pool.admin.send(
      new GetGroupCommand({ UserPoolId: pool.userPoolId, GroupName: 'admins' }),
    );
    expect(group.Group?.Precedence).toBe(1);
    const groups = await pool.admin.send(new ListGroupsCommand({ UserPoolId: pool.userPoolId }));
    expect(groups.Groups?.map((g) => g.GroupName)).toContain('admins');

    const email = await confirmedUser(pool, GOOD_PASSWORD);
    await pool.admin.send(
      new AdminAddUserToGroupCommand({
        UserPoolId: pool.userPoolId,
        Username: email,
        GroupName: 'admins',
      }),
    );
    const member = await pool.admin.send(
      new AdminListGroupsForUserCommand({ UserPoolId: pool.userPoolId, Username: email }),
    );
    // Confirmation itself put the user in `user` (the post confirmation trigger, issue 15).
    const sorted = (groups: unknown) => [...(groups as string[])].sort();
    expect(sorted(member.Groups?.map((g) => g.GroupName))).toEqual(['admins', 'user']);
    const session = await signInOk(cognitoUser(pool, email), email, GOOD_PASSWORD);
    expect(sorted(claims(session.getAccessToken().getJwtToken())['cognito:groups'])).toEqual([
      'admins',
      'user',
    ]);
    expect(sorted(claims(session.getIdToken().getJwtToken())['cognito:groups'])).toEqual([
      'admins',
      'user',
    ]);
  });

  it('AdminCreateUser sends the temporary password to the inbox unless suppressed', async () => {
    const email = `invite-${Date.now()}@example.com`;
    await pool.admin.send(
      new AdminCreateUserCommand({
        UserPoolId: pool.userPoolId,
        Username: email,
        TemporaryPassword: TEMP_PASSWORD,
        UserAttributes: [
          { Name: 'email', Value: email },
          { Name: 'name', Value: 'Invitee' },
        ],
      }),
    );
    expect(await pool.latestCode(email, 'adminCreateUser')).toBe(TEMP_PASSWORD);
    const got = await pool.admin.send(
      new AdminGetUserCommand({ UserPoolId: pool.userPoolId, Username: email }),
    );
    expect(got.UserStatus).toBe('FORCE_CHANGE_PASSWORD');
  });
});

describe('server options', () => {
  it('keeps data across restarts and honours fixedCode', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'local-cognito-restart-'));
    try {
      const first = await startLocalCognito({ port: 0, dataDir, quiet: true, fixedCode: '424242' });
      const client = (url: string): CognitoIdentityProviderClient =>
        new CognitoIdentityProviderClient({
          endpoint: url,
          region: 'us-east-1',
          credentials: { accessKeyId: 'l', secretAccessKey: 'l' },
        });
      const c1 = client(first.url);
      const { UserPool } = await c1.send(
        new CreateUserPoolCommand({ PoolName: 'restart', AutoVerifiedAttributes: ['email'] }),
      );
      const { CreateUserPoolClientCommand } =
        await import('@aws-sdk/client-cognito-identity-provider');
      const app = await c1.send(
        new CreateUserPoolClientCommand({ UserPoolId: UserPool!.Id!, ClientName: 'c' }),
      );
      await c1.send(
        new SignUpCommand({
          ClientId: app.UserPoolClient!.ClientId!,
          Username: 'persist',
          Password: GOOD_PASSWORD,
          UserAttributes: [{ Name: 'email', Value: 'persist@example.com' }],
        }),
      );
      const sent = (await (
        await fetch(`${first.url}/_local/messages?to=persist@example.com`)
      ).json()) as { code: string }[];
      expect(sent[0]?.code).toBe('424242');
      c1.destroy();
      await first.close();

      const second = await startLocalCognito({ port: 0, dataDir, quiet: true });
      const c2 = client(second.url);
      const user = await c2.send(
        new AdminGetUserCommand({ UserPoolId: UserPool!.Id!, Username: 'persist' }),
      );
      expect(user.UserStatus).toBe('UNCONFIRMED');
      c2.destroy();
      await second.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('server-side sign-in', () => {
  it('AdminInitiateAuth needs ALLOW_ADMIN_USER_PASSWORD_AUTH and continues with AdminRespondToAuthChallenge', async () => {
    const email = `admin-auth-${Date.now()}@example.com`;
    await invitedUser(pool, email, { name: 'Server Side' });
    const params = { USERNAME: email, PASSWORD: TEMP_PASSWORD };
    const refused = await errorOf(
      pool.admin.send(
        new AdminInitiateAuthCommand({
          UserPoolId: pool.userPoolId,
          ClientId: pool.spaClientId,
          AuthFlow: 'ADMIN_USER_PASSWORD_AUTH',
          AuthParameters: params,
        }),
      ),
    );
    expect(refused).toMatchObject({
      name: 'InvalidParameterException',
      message: 'ADMIN_USER_PASSWORD_AUTH flow not enabled for this client',
    });

    const { clientId } = await pool.createClient({
      ClientName: 'backend',
      ExplicitAuthFlows: ['ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
    });
    const started = await pool.admin.send(
      new AdminInitiateAuthCommand({
        UserPoolId: pool.userPoolId,
        ClientId: clientId,
        AuthFlow: 'ADMIN_USER_PASSWORD_AUTH',
        AuthParameters: params,
      }),
    );
    expect(started.ChallengeName).toBe('NEW_PASSWORD_REQUIRED');
    const done = await pool.admin.send(
      new AdminRespondToAuthChallengeCommand({
        UserPoolId: pool.userPoolId,
        ClientId: clientId,
        ChallengeName: 'NEW_PASSWORD_REQUIRED',
        Session: started.Session,
        ChallengeResponses: { USERNAME: email, NEW_PASSWORD: 'Server-Pass-1' },
      }),
    );
    expect(done.AuthenticationResult?.RefreshToken).toBeTruthy();
    const refreshed = await pool.admin.send(
      new AdminInitiateAuthCommand({
        UserPoolId: pool.userPoolId,
        ClientId: clientId,
        AuthFlow: 'REFRESH_TOKEN_AUTH',
        AuthParameters: { REFRESH_TOKEN: done.AuthenticationResult!.RefreshToken! },
      }),
    );
    expect(refreshed.AuthenticationResult?.AccessToken).toBeTruthy();
  });
});
