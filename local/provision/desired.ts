/**
 * The desired Cognito setup, as data: the seeds' console steps (pool, two app clients, resource
 * server, groups, seed users) written down once, plus pure functions that compare it with what
 * Cognito reports. No I/O here, so the comparison rules are unit-tested without a pool.
 */
import type {
  CreateUserPoolClientRequest,
  CreateUserPoolRequest,
  GroupType,
  RefreshTokenRotationType,
  ResourceServerType,
  UserPoolClientType,
  UserPoolType,
} from '@aws-sdk/client-cognito-identity-provider';

export const POOL_NAME = 'cognito-react-auth';
export const SPA_OAUTH_SCOPES = ['openid', 'email', 'profile', 'aws.cognito.signin.user.admin'];

export const SPA_CLIENT_NAME = 'spa-client';
export const SERVER_CLIENT_NAME = 'server-client';
export const RESOURCE_SERVER_ID = 'api';

/** Where the SPA runs: `vite` (dev) and `vite preview`. Cognito only redirects to listed URLs. */
export const APP_ORIGINS = ['http://localhost:5173', 'http://localhost:4173'] as const;

export const PASSWORD_POLICY = {
  MinimumLength: 8,
  RequireLowercase: true,
  RequireUppercase: true,
  RequireNumbers: true,
  RequireSymbols: true,
  TemporaryPasswordValidityDays: 7,
} as const;

/** The app's VITE_PASSWORD_POLICY, derived so the sign-up form can never disagree with the pool. */
export function passwordPolicyEnv(policy: typeof PASSWORD_POLICY = PASSWORD_POLICY): string {
  const rules = [
    policy.RequireLowercase && 'lower',
    policy.RequireUppercase && 'upper',
    policy.RequireNumbers && 'number',
    policy.RequireSymbols && 'symbol',
  ].filter(Boolean);
  return [`min=${policy.MinimumLength}`, ...rules].join(',');
}

/**
 * Choice-based sign-in (USER_AUTH): password, a code by email, or a passkey. Cognito requires PASSWORD
 * in the list; PASSWORD also covers PASSWORD_SRP.
 */
export const FIRST_AUTH_FACTORS = ['PASSWORD', 'EMAIL_OTP', 'WEB_AUTHN'] as const;

/** Settings UpdateUserPool can change; sent in full on update because Cognito resets omitted ones. */
export function poolMutableSettings() {
  return {
    Policies: {
      PasswordPolicy: { ...PASSWORD_POLICY },
      SignInPolicy: { AllowedFirstAuthFactors: [...FIRST_AUTH_FACTORS] },
    },
    AutoVerifiedAttributes: ['email' as const],
    AccountRecoverySetting: {
      RecoveryMechanisms: [{ Name: 'verified_email' as const, Priority: 1 }],
    },
    // Self sign-up stays on: the app has a sign-up screen.
    AdminCreateUserConfig: { AllowAdminCreateUserOnly: false },
  };
}

export function createPoolRequest(): CreateUserPoolRequest {
  return {
    PoolName: POOL_NAME,
    ...poolMutableSettings(),
    // Immutable after creation: email is the sign-in name, email and name are collected at sign-up.
    UsernameAttributes: ['email'],
    UsernameConfiguration: { CaseSensitive: false },
    Schema: [
      { Name: 'email', AttributeDataType: 'String', Required: true, Mutable: true },
      { Name: 'name', AttributeDataType: 'String', Required: true, Mutable: true },
    ],
    // MFA is switched to OPTIONAL with TOTP right after, via SetUserPoolMfaConfig: creating a pool
    // with OPTIONAL MFA and no MFA method configured is refused by Cognito.
    MfaConfiguration: 'OFF',
  };
}

export const MFA_CONFIGURATION = 'OPTIONAL' as const;

const TOKEN_VALIDITY = {
  AccessTokenValidity: 60,
  IdTokenValidity: 60,
  RefreshTokenValidity: 30,
  TokenValidityUnits: { AccessToken: 'minutes', IdToken: 'minutes', RefreshToken: 'days' },
} as const;

export type ClientSettings = Omit<CreateUserPoolClientRequest, 'UserPoolId' | 'GenerateSecret'>;

/**
 * Refresh-token rotation for the SPA client. The grace period covers a refresh whose answer was lost
 * (the app retries within about two seconds; slow mobile requests take longer) with room to spare,
 * while a copied refresh token stops working half a minute after its owner's next refresh.
 */
export const SPA_ROTATION_ENABLED: RefreshTokenRotationType = {
  Feature: 'ENABLED',
  RetryGracePeriodSeconds: 30,
};
const SPA_ROTATION_DISABLED: RefreshTokenRotationType = { Feature: 'DISABLED' };
/**
 * DISABLED until the app refreshes through GetTokensFromRefreshToken: a rotating client refuses the
 * REFRESH_TOKEN_AUTH the app still uses. Then this one constant becomes SPA_ROTATION_ENABLED.
 */
export const SPA_REFRESH_TOKEN_ROTATION: RefreshTokenRotationType = SPA_ROTATION_DISABLED;

export function spaClientSettings(
  origins: readonly string[] = APP_ORIGINS,
  rotation: RefreshTokenRotationType = SPA_REFRESH_TOKEN_ROTATION,
): ClientSettings {
  return {
    ClientName: SPA_CLIENT_NAME,
    ExplicitAuthFlows: [
      'ALLOW_USER_SRP_AUTH',
      'ALLOW_USER_PASSWORD_AUTH',
      // Cognito: rotation needs this flow switched off on the client.
      ...(rotation.Feature === 'ENABLED' ? [] : (['ALLOW_REFRESH_TOKEN_AUTH'] as const)),
      // Choice-based sign-in: passkeys and codes by email (the pool's FIRST_AUTH_FACTORS).
      'ALLOW_USER_AUTH',
    ],
    RefreshTokenRotation: { ...rotation },
    SupportedIdentityProviders: ['COGNITO'],
    AllowedOAuthFlowsUserPoolClient: true,
    AllowedOAuthFlows: ['code'],
    // aws.cognito.signin.user.admin lets a hosted-UI session use the account page (change password,
    // attributes, TOTP); without it Cognito refuses those calls for tokens from /oauth2/token.
    AllowedOAuthScopes: SPA_OAUTH_SCOPES,
    CallbackURLs: origins.map((origin) => `${origin}/callback`),
    LogoutURLs: origins.map((origin) => `${origin}/`),
    ...TOKEN_VALIDITY,
    TokenValidityUnits: { ...TOKEN_VALIDITY.TokenValidityUnits },
    // "Incorrect username or password" for unknown users too: sign-in must not reveal who has an account.
    PreventUserExistenceErrors: 'ENABLED',
    EnableTokenRevocation: true,
  };
}

export const RESOURCE_SERVER = {
  Identifier: RESOURCE_SERVER_ID,
  Name: 'Protected API',
  Scopes: [
    { ScopeName: 'read', ScopeDescription: 'Read access to the API' },
    { ScopeName: 'admin', ScopeDescription: 'Administrative access to the API' },
  ],
};

export function serverClientSettings(): ClientSettings {
  return {
    ClientName: SERVER_CLIENT_NAME,
    // Cognito adds SRP and custom auth when this is left empty; refresh is the minimum it accepts.
    ExplicitAuthFlows: ['ALLOW_REFRESH_TOKEN_AUTH'],
    SupportedIdentityProviders: ['COGNITO'],
    AllowedOAuthFlowsUserPoolClient: true,
    AllowedOAuthFlows: ['client_credentials'],
    AllowedOAuthScopes: RESOURCE_SERVER.Scopes.map(
      (scope) => `${RESOURCE_SERVER_ID}/${scope.ScopeName}`,
    ),
    ...TOKEN_VALIDITY,
    TokenValidityUnits: { ...TOKEN_VALIDITY.TokenValidityUnits },
    PreventUserExistenceErrors: 'ENABLED',
    EnableTokenRevocation: true,
  };
}

export interface GroupSpec {
  GroupName: string;
  Precedence: number;
  Description: string;
}

export const GROUPS: readonly GroupSpec[] = [
  { GroupName: 'admin', Precedence: 1, Description: 'Administrator group with full access' },
  { GroupName: 'moderator', Precedence: 5, Description: 'Moderators' },
  { GroupName: 'premium', Precedence: 8, Description: 'Premium users' },
  { GroupName: 'user', Precedence: 10, Description: 'Standard user group' },
  { GroupName: 'readonly', Precedence: 15, Description: 'Read-only access' },
];

export interface UserSpec {
  email: string;
  groups: readonly string[];
}

/**
 * Made as the seeds make them in the console: email and a temporary password only. The first
 * sign-in then asks for a new password and for the required `name`, as Cognito does.
 */
export const USERS: readonly UserSpec[] = [
  { email: 'admin@example.com', groups: ['admin'] },
  { email: 'user@example.com', groups: ['user'] },
];

/** AWS domain prefixes are global, lowercase, and may not contain "aws", "amazon" or "cognito". */
export function defaultDomainPrefix(userPoolId: string): string {
  const suffix = (userPoolId.split('_')[1] ?? 'new').toLowerCase();
  return `react-auth-${suffix}`.replace(/aws|amazon|cognito/g, 'x').slice(0, 63);
}

export function hostedUiUrl(prefix: string, region: string): string {
  return `https://${prefix}.auth.${region}.amazoncognito.com`;
}

// ---------- comparison ----------

const sortedSet = (values: readonly string[] | undefined): string =>
  JSON.stringify([...new Set(values ?? [])].sort());

/** Names of the fields whose actual value differs from the desired one (empty = in sync). */
export function poolDrift(actual: UserPoolType): string[] {
  const desired = poolMutableSettings();
  const drift: string[] = [];
  const policy = actual.Policies?.PasswordPolicy ?? {};
  for (const [key, value] of Object.entries(desired.Policies.PasswordPolicy)) {
    // TemporaryPasswordValidityDays is optional in old pools; treat absent as Cognito's default, 7.
    const actualValue =
      (policy as Record<string, unknown>)[key] ??
      (key === 'TemporaryPasswordValidityDays' ? 7 : undefined);
    if (actualValue !== value) drift.push(`PasswordPolicy.${key}`);
  }
  // A pool without a SignInPolicy allows the password alone.
  if (
    sortedSet(actual.Policies?.SignInPolicy?.AllowedFirstAuthFactors ?? ['PASSWORD']) !==
    sortedSet(desired.Policies.SignInPolicy.AllowedFirstAuthFactors)
  ) {
    drift.push('SignInPolicy.AllowedFirstAuthFactors');
  }
  if (sortedSet(actual.AutoVerifiedAttributes) !== sortedSet(desired.AutoVerifiedAttributes))
    drift.push('AutoVerifiedAttributes');
  const recovery = (actual.AccountRecoverySetting?.RecoveryMechanisms ?? []).map(
    (m) => `${m.Name}:${m.Priority}`,
  );
  const wantedRecovery = desired.AccountRecoverySetting.RecoveryMechanisms.map(
    (m) => `${m.Name}:${m.Priority}`,
  );
  if (sortedSet(recovery) !== sortedSet(wantedRecovery)) drift.push('AccountRecoverySetting');
  if (
    (actual.AdminCreateUserConfig?.AllowAdminCreateUserOnly ?? false) !==
    desired.AdminCreateUserConfig.AllowAdminCreateUserOnly
  ) {
    drift.push('AdminCreateUserConfig.AllowAdminCreateUserOnly');
  }
  return drift;
}

/** Settings fixed at creation: reported (a new pool is needed to change them), never "updated". */
export function poolImmutableDrift(actual: UserPoolType): string[] {
  const drift: string[] = [];
  if (sortedSet(actual.UsernameAttributes) !== sortedSet(['email']))
    drift.push('UsernameAttributes');
  for (const name of ['email', 'name']) {
    const attribute = actual.SchemaAttributes?.find((a) => a.Name === name);
    // cognito-local does not return the schema at all; only judge what Cognito actually reports.
    if (
      actual.SchemaAttributes &&
      actual.SchemaAttributes.length > 0 &&
      attribute?.Required !== true
    ) {
      drift.push(`Schema.${name}.Required`);
    }
  }
  return drift;
}

export function clientDrift(actual: UserPoolClientType, desired: ClientSettings): string[] {
  const drift: string[] = [];
  const sets = [
    'ExplicitAuthFlows',
    'SupportedIdentityProviders',
    'AllowedOAuthFlows',
    'AllowedOAuthScopes',
    'CallbackURLs',
    'LogoutURLs',
  ] as const;
  for (const key of sets) {
    if (
      sortedSet(actual[key] as string[] | undefined) !==
      sortedSet(desired[key] as string[] | undefined)
    )
      drift.push(key);
  }
  if (
    (actual.AllowedOAuthFlowsUserPoolClient ?? false) !==
    (desired.AllowedOAuthFlowsUserPoolClient ?? false)
  ) {
    drift.push('AllowedOAuthFlowsUserPoolClient');
  }
  for (const key of ['AccessTokenValidity', 'IdTokenValidity', 'RefreshTokenValidity'] as const) {
    if (actual[key] !== desired[key]) drift.push(key);
  }
  for (const key of ['AccessToken', 'IdToken', 'RefreshToken'] as const) {
    if (actual.TokenValidityUnits?.[key] !== desired.TokenValidityUnits?.[key])
      drift.push(`TokenValidityUnits.${key}`);
  }
  if ((actual.PreventUserExistenceErrors ?? 'LEGACY') !== desired.PreventUserExistenceErrors)
    drift.push('PreventUserExistenceErrors');
  if ((actual.EnableTokenRevocation ?? false) !== desired.EnableTokenRevocation)
    drift.push('EnableTokenRevocation');
  const rotation = (r: ClientSettings['RefreshTokenRotation']) =>
    r?.Feature === 'ENABLED' ? `ENABLED:${r.RetryGracePeriodSeconds ?? 0}` : 'DISABLED';
  if (rotation(actual.RefreshTokenRotation) !== rotation(desired.RefreshTokenRotation))
    drift.push('RefreshTokenRotation');
  return drift;
}

export function resourceServerDrift(actual: ResourceServerType): string[] {
  const drift: string[] = [];
  if (actual.Name !== RESOURCE_SERVER.Name) drift.push('Name');
  const scopes = (list: readonly { ScopeName?: string; ScopeDescription?: string }[] | undefined) =>
    sortedSet((list ?? []).map((s) => `${s.ScopeName}\u0000${s.ScopeDescription}`));
  if (scopes(actual.Scopes) !== scopes(RESOURCE_SERVER.Scopes)) drift.push('Scopes');
  return drift;
}

export function groupDrift(actual: GroupType, desired: GroupSpec): string[] {
  const drift: string[] = [];
  if (actual.Precedence !== desired.Precedence) drift.push('Precedence');
  if ((actual.Description ?? '') !== desired.Description) drift.push('Description');
  return drift;
}

/**
 * Attributes a seed user must have: email and its verified flag make the account usable. The name is
 * the user's to give at first sign-in and to change later, so it is never touched.
 */
export function userAttributeDrift(
  attributes: readonly { Name?: string; Value?: string }[] | undefined,
  desired: UserSpec,
): Array<{ Name: string; Value: string }> {
  const actual = new Map((attributes ?? []).map((a) => [a.Name, a.Value]));
  const drift: Array<{ Name: string; Value: string }> = [];
  if (actual.get('email') !== desired.email) drift.push({ Name: 'email', Value: desired.email });
  if (actual.get('email_verified') !== 'true')
    drift.push({ Name: 'email_verified', Value: 'true' });
  return drift;
}
