/**
 * The pool definition (server/pool/definition.ts) in the Cognito API's vocabulary: the requests
 * provisioning sends, plus the seed users (a local and staging convenience, never deployed by the CDK
 * app) and pure functions that compare what Cognito reports with what is wanted. No I/O here, so the
 * comparison rules are unit-tested without a pool.
 */
import type {
  CreateUserPoolClientRequest,
  CreateUserPoolRequest,
  ExplicitAuthFlowsType,
  RefreshTokenRotationType,
  GroupType,
  ResourceServerType,
  UserPoolClientType,
  UserPoolType,
} from '@aws-sdk/client-cognito-identity-provider';
import {
  callbackUrls,
  domainPrefixFor,
  firstAuthFactorsFor,
  GROUPS as GROUP_DEFINITIONS,
  LOCAL_APP_ORIGINS,
  POOL,
  POOL_NAME,
  RESOURCE_SERVER as RESOURCE_SERVER_DEFINITION,
  SERVER_CLIENT,
  signOutUrls,
  SPA_CLIENT,
  SPA_ROTATION_GRACE_SECONDS,
  TOKEN_VALIDITY,
  customAttributeName,
  type ClientDefinition,
} from '../../server/pool/definition';

export {
  hostedUiUrl,
  passwordPolicyEnv,
  POOL_NAME,
  SPA_OAUTH_SCOPES,
} from '../../server/pool/definition';

export const SPA_CLIENT_NAME = SPA_CLIENT.name;
export const SERVER_CLIENT_NAME = SERVER_CLIENT.name;
export const RESOURCE_SERVER_ID = RESOURCE_SERVER_DEFINITION.identifier;

/** Where the SPA runs: `vite` (dev) and `vite preview`. Cognito only redirects to listed URLs. */
export const APP_ORIGINS = LOCAL_APP_ORIGINS;

const policy = POOL.passwordPolicy;
export const PASSWORD_POLICY = {
  MinimumLength: policy.minLength,
  RequireLowercase: policy.requireLowercase,
  RequireUppercase: policy.requireUppercase,
  RequireNumbers: policy.requireNumbers,
  RequireSymbols: policy.requireSymbols,
  TemporaryPasswordValidityDays: policy.temporaryPasswordValidityDays,
} as const;

/** Settings UpdateUserPool can change; sent in full on update because Cognito resets omitted ones. */
/**
 * How the pool sends email: the local pool's dev inbox delivers like SES; a real pool provisioned here
 * uses Cognito's default sender, which cannot send sign-in codes.
 */
export interface EmailDelivery {
  ses: boolean;
}
export const LOCAL_EMAIL: EmailDelivery = { ses: true };

export function poolMutableSettings(email: EmailDelivery = LOCAL_EMAIL) {
  return {
    Policies: {
      PasswordPolicy: { ...PASSWORD_POLICY },
      SignInPolicy: { AllowedFirstAuthFactors: firstAuthFactorsFor(email) },
    },
    AutoVerifiedAttributes: [...POOL.autoVerifiedAttributes],
    AccountRecoverySetting: {
      RecoveryMechanisms: [{ Name: POOL.accountRecovery, Priority: 1 }],
    },
    AdminCreateUserConfig: { AllowAdminCreateUserOnly: !POOL.selfSignUp },
  };
}

export function createPoolRequest(email: EmailDelivery = LOCAL_EMAIL): CreateUserPoolRequest {
  return {
    PoolName: POOL_NAME,
    ...poolMutableSettings(email),
    // Immutable after creation: email is the sign-in name, email and name are collected at sign-up.
    UsernameAttributes: POOL.signInWithEmail ? ['email'] : [],
    UsernameConfiguration: { CaseSensitive: POOL.caseSensitiveUsernames },
    Schema: [
      ...POOL.requiredAttributes.map((Name) => ({
        Name,
        AttributeDataType: 'String' as const,
        Required: true,
        Mutable: true,
      })),
      ...CUSTOM_ATTRIBUTES,
    ],
    // MFA is switched to OPTIONAL with TOTP right after, via SetUserPoolMfaConfig: creating a pool
    // with OPTIONAL MFA and no MFA method configured is refused by Cognito.
    MfaConfiguration: 'OFF',
  };
}

export const MFA_CONFIGURATION = POOL.mfa.mode;

/** The definition's custom attributes as Cognito's schema entries (Name without `custom:`). */
export const CUSTOM_ATTRIBUTES = POOL.customAttributes.map((attribute) => ({
  Name: attribute.name,
  AttributeDataType: 'String' as const,
  Required: false,
  Mutable: attribute.mutable,
  StringAttributeConstraints: { MinLength: '0', MaxLength: String(attribute.maxLength) },
}));

/**
 * Custom attributes the pool lacks (Cognito reports them as `custom:<name>`). They can be added to
 * an existing pool, never changed or removed, so only absence is drift.
 */
export function missingCustomAttributes(actual: UserPoolType): typeof CUSTOM_ATTRIBUTES {
  const have = new Set((actual.SchemaAttributes ?? []).map((a) => a.Name));
  return CUSTOM_ATTRIBUTES.filter((a) => !have.has(customAttributeName(a.Name)));
}

export type ClientSettings = Omit<CreateUserPoolClientRequest, 'UserPoolId' | 'GenerateSecret'>;

/** The definition's rotation in the API's words: ENABLED with its grace period, or DISABLED. */
function rotationOf(client: ClientDefinition): RefreshTokenRotationType {
  const rotation = client.refreshTokenRotation;
  return rotation?.enabled
    ? { Feature: 'ENABLED', RetryGracePeriodSeconds: rotation.retryGracePeriodSeconds }
    : { Feature: 'DISABLED' };
}

/** The SPA client with rotation on, whatever the definition says today (for tests of rotation). */
export const SPA_ROTATION_ENABLED: RefreshTokenRotationType = rotationOf({
  ...SPA_CLIENT,
  refreshTokenRotation: { enabled: true, retryGracePeriodSeconds: SPA_ROTATION_GRACE_SECONDS },
});

function clientSettings(
  client: ClientDefinition,
  origins: readonly string[],
  rotation: RefreshTokenRotationType = rotationOf(client),
): ClientSettings {
  return {
    ClientName: client.name,
    ExplicitAuthFlows: client.authFlows
      // Cognito: rotation needs this flow switched off on the client.
      .filter((flow) => !(rotation.Feature === 'ENABLED' && flow === 'REFRESH_TOKEN_AUTH'))
      .map((flow) => `ALLOW_${flow}` as ExplicitAuthFlowsType),
    RefreshTokenRotation: { ...rotation },
    SupportedIdentityProviders: ['COGNITO'],
    AllowedOAuthFlowsUserPoolClient: true,
    AllowedOAuthFlows: [...client.oauthFlows],
    AllowedOAuthScopes: [...client.oauthScopes],
    ...(client.redirects
      ? { CallbackURLs: callbackUrls(origins), LogoutURLs: signOutUrls(origins) }
      : {}),
    AccessTokenValidity: TOKEN_VALIDITY.accessMinutes,
    IdTokenValidity: TOKEN_VALIDITY.idMinutes,
    RefreshTokenValidity: TOKEN_VALIDITY.refreshDays,
    TokenValidityUnits: { AccessToken: 'minutes', IdToken: 'minutes', RefreshToken: 'days' },
    PreventUserExistenceErrors: POOL.preventUserExistenceErrors ? 'ENABLED' : 'LEGACY',
    EnableTokenRevocation: true,
  };
}

export function spaClientSettings(
  origins: readonly string[] = APP_ORIGINS,
  rotation: RefreshTokenRotationType = rotationOf(SPA_CLIENT),
): ClientSettings {
  return clientSettings(SPA_CLIENT, origins, rotation);
}

export const RESOURCE_SERVER = {
  Identifier: RESOURCE_SERVER_DEFINITION.identifier,
  Name: RESOURCE_SERVER_DEFINITION.name,
  Scopes: RESOURCE_SERVER_DEFINITION.scopes.map((scope) => ({
    ScopeName: scope.name,
    ScopeDescription: scope.description,
  })),
};

export function serverClientSettings(): ClientSettings {
  return clientSettings(SERVER_CLIENT, []);
}

export interface GroupSpec {
  GroupName: string;
  Precedence: number;
  Description: string;
}

export const GROUPS: readonly GroupSpec[] = GROUP_DEFINITIONS.map((group) => ({
  GroupName: group.name,
  Precedence: group.precedence,
  Description: group.description,
}));

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

export function defaultDomainPrefix(userPoolId: string): string {
  return domainPrefixFor(userPoolId.split('_')[1] ?? 'new');
}

// ---------- comparison ----------

const sortedSet = (values: readonly string[] | undefined): string =>
  JSON.stringify([...new Set(values ?? [])].sort());

/** Names of the fields whose actual value differs from the desired one (empty = in sync). */
export function poolDrift(actual: UserPoolType, email: EmailDelivery = LOCAL_EMAIL): string[] {
  const desired = poolMutableSettings(email);
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
