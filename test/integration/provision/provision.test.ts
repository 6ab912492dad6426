/**
 * Provisioning against the local pool (free port, temp dir): a plan changes nothing, the first run
 * creates the seeds' setup, the second finds it all unchanged with no duplicates, drift is repaired,
 * and the env file gets the app's values but never a password.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  CognitoIdentityProviderClient,
  DescribeUserPoolClientCommand,
  DescribeUserPoolCommand,
  GetUserPoolMfaConfigCommand,
  InitiateAuthCommand,
  ListGroupsCommand,
  ListUserPoolClientsCommand,
  ListUserPoolsCommand,
  ListUsersCommand,
  UpdateGroupCommand,
  UpdateUserPoolClientCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalCognito, type LocalCognito } from '../../../local/cognito/server';
import { parseEnv } from '../../../local/provision/env-file';
import { provision, type ProvisionResult } from '../../../local/provision/provision';
import { satisfiesPolicy } from '../../../local/provision/passwords';

const run = promisify(execFile);

let dir: string;
let cognito: LocalCognito;
let client: CognitoIdentityProviderClient;
let envFile: string;
let secretsFile: string;
let first: ProvisionResult;

const options = () => ({
  target: 'local' as const,
  endpoint: cognito.url,
  region: 'us-east-1',
  envFile,
  secretsFile,
});

const actions = (result: ProvisionResult) => new Set(result.report.map((row) => row.action));

async function poolsNamed(name: string): Promise<string[]> {
  const pools = await client.send(new ListUserPoolsCommand({ MaxResults: 60 }));
  return (pools.UserPools ?? []).filter((p) => p.Name === name).map((p) => p.Id!);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'provision-test-'));
  envFile = join(dir, '.env.development.local');
  secretsFile = join(dir, 'cognito', 'seed-users.json');
  cognito = await startLocalCognito({ port: 0, dataDir: join(dir, 'cognito'), quiet: true });
  client = new CognitoIdentityProviderClient({
    endpoint: cognito.url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
});

afterAll(async () => {
  client?.destroy();
  await cognito?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('provisioning the local pool', () => {
  it('--plan on an empty pool lists everything as "would create" and changes nothing', async () => {
    const plan = await provision({ ...options(), plan: true });
    expect(actions(plan)).toEqual(new Set(['would create']));
    expect(plan.report.map((row) => row.resource)).toEqual(
      expect.arrayContaining([
        'user pool cognito-react-auth',
        'app client spa-client',
        'app client server-client',
        'resource server api',
        'group admin',
        'user admin@example.com',
        'identity pool cognito_react_auth_identities',
      ]),
    );
    expect(await poolsNamed('cognito-react-auth')).toEqual([]);
    expect(existsSync(envFile)).toBe(false);
    expect(existsSync(secretsFile)).toBe(false);
    expect(plan.tempPasswords).toEqual({});
  });

  it('the first run creates the whole setup', async () => {
    const lines: string[] = [];
    first = await provision({ ...options(), log: (line) => lines.push(line) });
    expect(actions(first)).toEqual(new Set(['created']));
    expect(await poolsNamed('cognito-react-auth')).toEqual([first.userPoolId]);

    const { UserPool: pool } = await client.send(
      new DescribeUserPoolCommand({ UserPoolId: first.userPoolId }),
    );
    expect(pool?.UsernameAttributes).toEqual(['email']);
    expect(pool?.AutoVerifiedAttributes).toEqual(['email']);
    expect(pool?.Policies?.PasswordPolicy).toMatchObject({
      MinimumLength: 8,
      RequireLowercase: true,
      RequireUppercase: true,
      RequireNumbers: true,
      RequireSymbols: true,
    });
    expect(pool?.Policies?.SignInPolicy?.AllowedFirstAuthFactors).toEqual([
      'PASSWORD',
      'EMAIL_OTP',
      'WEB_AUTHN',
    ]);
    expect(pool?.AccountRecoverySetting?.RecoveryMechanisms).toEqual([
      { Name: 'verified_email', Priority: 1 },
    ]);
    // Issue 15: the optional, editable company attribute.
    expect(pool?.SchemaAttributes?.find((a) => a.Name === 'custom:company')).toMatchObject({
      AttributeDataType: 'String',
      Mutable: true,
      Required: false,
    });
    const mfa = await client.send(
      new GetUserPoolMfaConfigCommand({ UserPoolId: first.userPoolId }),
    );
    expect(mfa.MfaConfiguration).toBe('OPTIONAL');
    expect(mfa.SoftwareTokenMfaConfiguration?.Enabled).toBe(true);

    const { UserPoolClient: spa } = await client.send(
      new DescribeUserPoolClientCommand({
        UserPoolId: first.userPoolId,
        ClientId: first.spaClientId,
      }),
    );
    expect(spa?.ClientSecret).toBeUndefined();
    // Rotation is on, so REFRESH_TOKEN_AUTH is off: the app refreshes through GetTokensFromRefreshToken.
    expect(spa?.ExplicitAuthFlows?.sort()).toEqual([
      'ALLOW_USER_AUTH',
      'ALLOW_USER_PASSWORD_AUTH',
      'ALLOW_USER_SRP_AUTH',
    ]);
    expect(spa?.RefreshTokenRotation).toEqual({ Feature: 'ENABLED', RetryGracePeriodSeconds: 30 });
    expect(spa?.AllowedOAuthFlows).toEqual(['code']);
    expect(spa?.AllowedOAuthScopes?.sort()).toEqual([
      'aws.cognito.signin.user.admin',
      'email',
      'openid',
      'profile',
    ]);
    expect(spa?.CallbackURLs).toEqual([
      'http://localhost:5173/callback',
      'http://localhost:4173/callback',
    ]);
    expect(spa?.LogoutURLs).toEqual(['http://localhost:5173/', 'http://localhost:4173/']);
    expect(spa).toMatchObject({
      AccessTokenValidity: 60,
      IdTokenValidity: 60,
      RefreshTokenValidity: 30,
      TokenValidityUnits: { AccessToken: 'minutes', IdToken: 'minutes', RefreshToken: 'days' },
      PreventUserExistenceErrors: 'ENABLED',
      EnableTokenRevocation: true,
    });

    const { UserPoolClient: server } = await client.send(
      new DescribeUserPoolClientCommand({
        UserPoolId: first.userPoolId,
        ClientId: first.serverClientId,
      }),
    );
    expect(server?.ClientSecret).toBeTruthy();
    expect(server?.AllowedOAuthFlows).toEqual(['client_credentials']);
    expect(server?.AllowedOAuthScopes?.sort()).toEqual(['api/admin', 'api/read']);

    const groups = await client.send(new ListGroupsCommand({ UserPoolId: first.userPoolId }));
    expect(
      Object.fromEntries((groups.Groups ?? []).map((g) => [g.GroupName, g.Precedence])),
    ).toEqual({
      admin: 1,
      moderator: 5,
      premium: 8,
      user: 10,
      readonly: 15,
    });

    expect(Object.keys(first.tempPasswords).sort()).toEqual([
      'admin@example.com',
      'user@example.com',
    ]);
    for (const password of Object.values(first.tempPasswords))
      expect(satisfiesPolicy(password)).toBe(true);
    expect(first.tempPasswords['admin@example.com']).not.toBe(
      first.tempPasswords['user@example.com'],
    );
  });

  it('seed users must choose a new password at first sign-in', async () => {
    const result = await client.send(
      new InitiateAuthCommand({
        ClientId: first.spaClientId,
        AuthFlow: 'USER_PASSWORD_AUTH',
        AuthParameters: {
          USERNAME: 'admin@example.com',
          PASSWORD: first.tempPasswords['admin@example.com']!,
        },
      }),
    );
    expect(result.ChallengeName).toBe('NEW_PASSWORD_REQUIRED');
  });

  it('writes the app env file with the right values and no passwords', () => {
    const text = readFileSync(envFile, 'utf8');
    expect(parseEnv(text)).toEqual({
      VITE_COGNITO_REGION: 'us-east-1',
      VITE_COGNITO_USER_POOL_ID: first.userPoolId,
      VITE_COGNITO_CLIENT_ID: first.spaClientId,
      VITE_COGNITO_ENDPOINT: cognito.url,
      VITE_COGNITO_DOMAIN: cognito.url,
      VITE_REDIRECT_SIGN_IN: 'http://localhost:5173/callback',
      VITE_REDIRECT_SIGN_OUT: 'http://localhost:5173/',
      VITE_API_URL: 'http://localhost:3001',
      VITE_PASSWORD_POLICY: 'min=8,lower,upper,number,symbol',
      VITE_OAUTH_SCOPES: 'openid,email,profile,aws.cognito.signin.user.admin',
      VITE_IDENTITY_POOL_ID: expect.stringMatching(/^us-east-1:[0-9a-f-]{36}$/),
      VITE_IDENTITY_ENDPOINT: cognito.url,
    });
    expect(first.env).toEqual(parseEnv(text));
    for (const password of Object.values(first.tempPasswords)) expect(text).not.toContain(password);
    expect(text).not.toMatch(/secret|password=/i);
  });

  it('keeps the temporary passwords only in the git-ignored secrets file', () => {
    const seed = JSON.parse(readFileSync(secretsFile, 'utf8')) as {
      userPoolId: string;
      users: Record<string, { temporaryPassword: string }>;
    };
    expect(seed.userPoolId).toBe(first.userPoolId);
    expect(seed.users['user@example.com']?.temporaryPassword).toBe(
      first.tempPasswords['user@example.com'],
    );
  });

  it('a second run finds everything unchanged and duplicates nothing', async () => {
    const envBefore = readFileSync(envFile, 'utf8');
    const second = await provision(options());
    expect(second.report.filter((row) => row.action !== 'unchanged')).toEqual([]);
    expect(second.report.map((row) => row.resource)).toEqual(
      first.report.map((row) => row.resource),
    );
    expect(second.userPoolId).toBe(first.userPoolId);
    expect(second.spaClientId).toBe(first.spaClientId);
    expect(second.serverClientId).toBe(first.serverClientId);
    expect(second.tempPasswords).toEqual({});
    expect(readFileSync(envFile, 'utf8')).toBe(envBefore);

    expect(await poolsNamed('cognito-react-auth')).toHaveLength(1);
    const clients = await client.send(
      new ListUserPoolClientsCommand({ UserPoolId: first.userPoolId, MaxResults: 60 }),
    );
    expect((clients.UserPoolClients ?? []).map((c) => c.ClientName).sort()).toEqual([
      'server-client',
      'spa-client',
    ]);
    const groups = await client.send(new ListGroupsCommand({ UserPoolId: first.userPoolId }));
    expect(groups.Groups).toHaveLength(5);
    const users = await client.send(new ListUsersCommand({ UserPoolId: first.userPoolId }));
    expect(users.Users).toHaveLength(2);
    // The remembered passwords survive a run that created nobody.
    expect(readFileSync(secretsFile, 'utf8')).toContain(first.tempPasswords['admin@example.com']!);
  });

  it('repairs drift: --plan reports it without touching it, a run fixes it', async () => {
    await client.send(
      new UpdateUserPoolClientCommand({
        UserPoolId: first.userPoolId,
        ClientId: first.spaClientId,
        ClientName: 'spa-client',
        CallbackURLs: ['http://localhost:5173/callback'],
        LogoutURLs: ['http://localhost:5173/'],
        AllowedOAuthFlows: ['code'],
        AllowedOAuthScopes: ['openid'],
        AllowedOAuthFlowsUserPoolClient: true,
        SupportedIdentityProviders: ['COGNITO'],
      }),
    );
    await client.send(
      new UpdateGroupCommand({
        UserPoolId: first.userPoolId,
        GroupName: 'premium',
        Precedence: 99,
      }),
    );

    const plan = await provision({ ...options(), plan: true });
    const changed = plan.report.filter((row) => row.action !== 'unchanged');
    expect(changed.map((row) => [row.resource, row.action])).toEqual([
      ['app client spa-client', 'would update'],
      ['group premium', 'would update'],
    ]);
    expect(changed[0]?.detail).toMatch(/CallbackURLs/);
    expect(changed[0]?.detail).toMatch(/AllowedOAuthScopes/);
    const premium = await client.send(new ListGroupsCommand({ UserPoolId: first.userPoolId }));
    expect(premium.Groups?.find((g) => g.GroupName === 'premium')?.Precedence).toBe(99);

    const fix = await provision(options());
    expect(
      fix.report
        .filter((row) => row.action !== 'unchanged')
        .map((row) => [row.resource, row.action]),
    ).toEqual([
      ['app client spa-client', 'updated'],
      ['group premium', 'updated'],
    ]);
    const again = await provision(options());
    expect(again.report.every((row) => row.action === 'unchanged')).toBe(true);
  });

  it('rewrites only its own keys in an existing env file', async () => {
    const { writeFileSync } = await import('node:fs');
    const custom = join(dir, '.env.custom.local');
    writeFileSync(custom, '# mine\nVITE_TOKEN_STORAGE=memory\nVITE_API_URL=http://stale:1\n');
    const result = await provision({ ...options(), envFile: custom });
    expect(result.report.at(-1)).toEqual({ resource: `env file ${custom}`, action: 'updated' });
    const values = parseEnv(readFileSync(custom, 'utf8'));
    expect(values.VITE_TOKEN_STORAGE).toBe('memory');
    expect(values.VITE_API_URL).toBe('http://localhost:3001');
    expect(readFileSync(custom, 'utf8').startsWith('# mine\n')).toBe(true);
  });

  it('npm run provision: prints the table; --plan exits 0 and writes nothing', async () => {
    const planFile = join(dir, '.env.plan.local');
    const { stdout } = await run(
      process.execPath,
      [
        '--import',
        'tsx',
        'local/provision/main.ts',
        '--endpoint',
        cognito.url,
        '--env-path',
        planFile,
        '--plan',
      ],
      { cwd: process.cwd(), timeout: 20_000 },
    );
    expect(stdout).toMatch(/user pool cognito-react-auth\s+unchanged/);
    expect(stdout).toMatch(/env file .*\.env\.plan\.local\s+would create/);
    expect(stdout).toMatch(/Plan only/);
    expect(existsSync(planFile)).toBe(false);
  });

  it('npm run provision: a bad flag is a usage error (exit 2)', async () => {
    const failure = await run(
      process.execPath,
      ['--import', 'tsx', 'local/provision/main.ts', '--target', 'aws'],
      {
        cwd: process.cwd(),
        timeout: 20_000,
        env: { ...process.env, AWS_REGION: '', AWS_DEFAULT_REGION: '' },
      },
    ).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 2 });
    expect((failure as { stderr: string }).stderr).toMatch(/--region/);
  });
});

describe('the aws target (no AWS call: the local pool answers, domain calls are faked)', () => {
  it('creates the hosted UI domain once and writes the staging env without an endpoint', async () => {
    const { CreateUserPoolDomainCommand } =
      await import('@aws-sdk/client-cognito-identity-provider');
    const aws = new CognitoIdentityProviderClient({
      endpoint: cognito.url,
      region: 'eu-west-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    // The local pool has no domains; remember the one created and report it back like Cognito would.
    let domain: string | undefined;
    const domainCalls: string[] = [];
    const send = aws.send.bind(aws) as (command: unknown) => Promise<unknown>;
    Object.assign(aws, {
      send: async (command: unknown) => {
        if (command instanceof CreateUserPoolDomainCommand) {
          domainCalls.push(command.input.Domain!);
          domain = command.input.Domain;
          return {};
        }
        const output = (await send(command)) as { UserPool?: { Domain?: string } };
        if (command instanceof DescribeUserPoolCommand && output.UserPool)
          output.UserPool.Domain = domain;
        return output;
      },
    });
    const stagingFile = join(dir, '.env.staging.local');
    try {
      const base = {
        target: 'aws' as const,
        region: 'eu-west-1',
        envFile: stagingFile,
        client: aws,
      };
      const created = await provision(base);
      const prefix = `react-auth-${first.userPoolId.split('_')[1]!.toLowerCase()}`;
      expect(domainCalls).toEqual([prefix]);
      expect(created.report).toContainEqual({ resource: `domain ${prefix}`, action: 'created' });
      const env = parseEnv(readFileSync(stagingFile, 'utf8'));
      expect(env.VITE_COGNITO_ENDPOINT).toBeUndefined();
      expect(env.VITE_COGNITO_REGION).toBe('eu-west-1');
      expect(env.VITE_COGNITO_DOMAIN).toBe(`https://${prefix}.auth.eu-west-1.amazoncognito.com`);
      expect(existsSync(join(dir, '.cognito'))).toBe(false);

      const again = await provision(base);
      expect(domainCalls).toHaveLength(1);
      expect(again.report.every((row) => row.action === 'unchanged')).toBe(true);
    } finally {
      aws.destroy();
    }
  });
});
