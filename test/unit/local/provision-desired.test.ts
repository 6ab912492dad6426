/** The desired Cognito setup and the drift rules that decide created / updated / unchanged. */
import { describe, expect, it } from 'vitest';
import type { UserPoolClientType, UserPoolType } from '@aws-sdk/client-cognito-identity-provider';
import {
  clientDrift,
  createPoolRequest,
  CUSTOM_ATTRIBUTES,
  missingCustomAttributes,
  defaultDomainPrefix,
  GROUPS,
  groupDrift,
  hostedUiUrl,
  passwordPolicyEnv,
  poolDrift,
  poolImmutableDrift,
  poolMutableSettings,
  RESOURCE_SERVER,
  resourceServerDrift,
  serverClientSettings,
  spaClientSettings,
  USERS,
  userAttributeDrift,
} from '../../../local/provision/desired';

const asPool = (): UserPoolType =>
  ({ ...createPoolRequest(), Id: 'local_x', Name: 'cognito-react-auth' }) as UserPoolType;

describe('desired setup', () => {
  it('matches the seeds: groups, precedence, users', () => {
    expect(GROUPS.map((g) => [g.GroupName, g.Precedence])).toEqual([
      ['admin', 1],
      ['moderator', 5],
      ['premium', 8],
      ['user', 10],
      ['readonly', 15],
    ]);
    expect(USERS.map((u) => [u.email, u.groups])).toEqual([
      ['admin@example.com', ['admin']],
      ['user@example.com', ['user']],
    ]);
  });

  it('derives VITE_PASSWORD_POLICY from the pool policy', () => {
    expect(passwordPolicyEnv()).toBe('min=8,lower,upper,number,symbol');
  });

  it('the SPA client is public with SRP, password and choice-based flows, rotation on, and the app callbacks', () => {
    const spa = spaClientSettings();
    // Rotation is on, so REFRESH_TOKEN_AUTH is off: the app refreshes through GetTokensFromRefreshToken.
    expect(spa.ExplicitAuthFlows).toEqual([
      'ALLOW_USER_SRP_AUTH',
      'ALLOW_USER_PASSWORD_AUTH',
      'ALLOW_USER_AUTH',
    ]);
    expect(spa.RefreshTokenRotation).toEqual({ Feature: 'ENABLED', RetryGracePeriodSeconds: 30 });
    expect(spa.CallbackURLs).toEqual([
      'http://localhost:5173/callback',
      'http://localhost:4173/callback',
    ]);
    expect(spa.LogoutURLs).toEqual(['http://localhost:5173/', 'http://localhost:4173/']);
    expect(serverClientSettings().AllowedOAuthScopes).toEqual(['api/read', 'api/admin']);
  });

  it('hosted UI domain prefixes avoid the words AWS reserves', () => {
    expect(defaultDomainPrefix('us-east-1_AbC123')).toBe('react-auth-abc123');
    expect(defaultDomainPrefix('us-east-1_aws9')).not.toMatch(/aws|amazon|cognito/);
    expect(hostedUiUrl('react-auth-abc123', 'eu-west-1')).toBe(
      'https://react-auth-abc123.auth.eu-west-1.amazoncognito.com',
    );
  });
});

describe('drift', () => {
  it('a pool as created has no drift; a weaker password policy does', () => {
    expect(poolDrift(asPool())).toEqual([]);
    const weak = asPool();
    weak.Policies = {
      ...poolMutableSettings().Policies,
      PasswordPolicy: { ...poolMutableSettings().Policies.PasswordPolicy, RequireSymbols: false },
    };
    expect(poolDrift(weak)).toEqual(['PasswordPolicy.RequireSymbols']);
    expect(poolDrift({ ...asPool(), AutoVerifiedAttributes: [] })).toEqual([
      'AutoVerifiedAttributes',
    ]);
  });

  it('a pool without passkeys and codes by email as first factors drifts', () => {
    const passwordOnly = asPool();
    passwordOnly.Policies = { PasswordPolicy: poolMutableSettings().Policies.PasswordPolicy };
    expect(poolDrift(passwordOnly)).toEqual(['SignInPolicy.AllowedFirstAuthFactors']);
    const reordered = asPool();
    reordered.Policies = {
      ...poolMutableSettings().Policies,
      SignInPolicy: { AllowedFirstAuthFactors: ['WEB_AUTHN', 'PASSWORD', 'EMAIL_OTP'] },
    };
    expect(poolDrift(reordered)).toEqual([]);
  });

  it('settings fixed at creation are reported separately', () => {
    expect(poolImmutableDrift(asPool())).toEqual([]);
    expect(poolImmutableDrift({ ...asPool(), UsernameAttributes: [] })).toEqual([
      'UsernameAttributes',
    ]);
  });

  it('clients: order does not matter, values and units do', () => {
    const desired = spaClientSettings();
    const actual: UserPoolClientType = {
      ...desired,
      ExplicitAuthFlows: [...desired.ExplicitAuthFlows!].reverse(),
      CallbackURLs: [...desired.CallbackURLs!].reverse(),
    };
    expect(clientDrift(actual, desired)).toEqual([]);
    expect(
      clientDrift(
        {
          ...actual,
          AccessTokenValidity: 1,
          TokenValidityUnits: { ...actual.TokenValidityUnits, AccessToken: 'hours' },
        },
        desired,
      ),
    ).toEqual(['AccessTokenValidity', 'TokenValidityUnits.AccessToken']);
    expect(
      clientDrift(
        { ...actual, PreventUserExistenceErrors: undefined, EnableTokenRevocation: undefined },
        desired,
      ),
    ).toEqual(['PreventUserExistenceErrors', 'EnableTokenRevocation']);
  });

  it('resource server and groups', () => {
    expect(
      resourceServerDrift({ ...RESOURCE_SERVER, Scopes: [...RESOURCE_SERVER.Scopes].reverse() }),
    ).toEqual([]);
    expect(
      resourceServerDrift({ ...RESOURCE_SERVER, Scopes: RESOURCE_SERVER.Scopes.slice(1) }),
    ).toEqual(['Scopes']);
    expect(
      groupDrift(
        { GroupName: 'admin', Precedence: 1, Description: GROUPS[0]!.Description },
        GROUPS[0]!,
      ),
    ).toEqual([]);
    expect(groupDrift({ GroupName: 'admin', Precedence: 2 }, GROUPS[0]!)).toEqual([
      'Precedence',
      'Description',
    ]);
  });

  it('users: restores email and its verification, never touches the name', () => {
    const spec = USERS[0]!;
    expect(
      userAttributeDrift(
        [
          { Name: 'email', Value: spec.email },
          { Name: 'email_verified', Value: 'true' },
          { Name: 'name', Value: 'Renamed By User' },
        ],
        spec,
      ),
    ).toEqual([]);
    expect(userAttributeDrift([{ Name: 'email', Value: spec.email }], spec)).toEqual([
      { Name: 'email_verified', Value: 'true' },
    ]);
  });
});

describe('custom attributes (issue 15)', () => {
  it('a new pool is created with custom:company, optional and mutable', () => {
    expect(createPoolRequest().Schema).toContainEqual(
      expect.objectContaining({ Name: 'company', Required: false, Mutable: true }),
    );
  });

  it('an older pool without it lacks exactly that; one with it lacks nothing', () => {
    expect(missingCustomAttributes({ SchemaAttributes: [{ Name: 'email' }] })).toEqual(
      CUSTOM_ATTRIBUTES,
    );
    expect(missingCustomAttributes({ SchemaAttributes: [{ Name: 'custom:company' }] })).toEqual([]);
  });
});
