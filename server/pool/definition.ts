/**
 * The user pool, defined once: the seeds' console steps (pool, two app clients, resource server,
 * groups, hosted-UI domain) as plain data that both readers translate into their own vocabulary.
 * Local provisioning (`local/provision/desired.ts`) turns it into Cognito API requests; the CDK app
 * (`infra/`) turns it into CloudFormation. A setting changed here changes both, so neither can drift.
 * No SDK or CDK types here on purpose: the Lambda bundles and the SPA's tests may import it cheaply.
 */

export const POOL_NAME = 'cognito-react-auth';

export const PASSWORD_POLICY = {
  minLength: 8,
  requireLowercase: true,
  requireUppercase: true,
  requireNumbers: true,
  requireSymbols: true,
  temporaryPasswordValidityDays: 7,
} as const;

export type PasswordPolicyDefinition = typeof PASSWORD_POLICY;

export const POOL = {
  name: POOL_NAME,
  /** Email is the sign-in name; Cognito fixes this (and the schema below) at creation. */
  signInWithEmail: true,
  caseSensitiveUsernames: false,
  /** Standard attributes collected at sign-up; required ones cannot be changed later either. */
  requiredAttributes: ['email', 'name'] as const,
  autoVerifiedAttributes: ['email'] as const,
  /** The app has a sign-up screen. */
  selfSignUp: true,
  passwordPolicy: PASSWORD_POLICY,
  /** Optional TOTP: users opt in from the account page; no SMS (it needs an SNS role and money). */
  mfa: { mode: 'OPTIONAL', totp: true, sms: false } as const,
  /** Recovery codes go to the verified email only. */
  accountRecovery: 'verified_email' as const,
  /** "Incorrect username or password" for unknown users too: sign-in must not reveal who exists. */
  preventUserExistenceErrors: true,
  /**
   * Choice-based sign-in (USER_AUTH): a password, a code by email, or a passkey. Cognito requires
   * PASSWORD in the list; PASSWORD also covers PASSWORD_SRP.
   */
  firstAuthFactors: ['PASSWORD', 'EMAIL_OTP', 'WEB_AUTHN'] as const,
  /**
   * Custom attributes (Cognito prefixes them with `custom:`); optional, and, like the schema above,
   * they can be added to a pool later but never removed or changed.
   */
  customAttributes: [{ name: 'company', maxLength: 256, mutable: true }] as const,
  /**
   * Lambda triggers: the entry file of each handler (repo-relative). The CDK app bundles each entry
   * with NodejsFunction and attaches it; the local stand-in imports the same module and runs it
   * in-process. A trigger missing here is off in both.
   */
  triggers: {
    preSignUp: 'server/triggers/preSignUp.ts',
    postConfirmation: 'server/triggers/postConfirmation.ts',
    preTokenGeneration: 'server/triggers/preTokenGeneration.ts',
    customMessage: 'server/triggers/customMessage.ts',
  } as Partial<Record<PoolTrigger, string>>,
} as const;

/** The product's name as people read it in emails (the custom message and welcome triggers). */
export const PRODUCT_NAME = 'Cognito React Auth';

/**
 * Who may sign up (the pre sign-up trigger). `allowedEmailDomains` empty means anyone; a list means
 * only those domains (and their subdomains). Disposable-address services are always refused: a
 * small list of the best-known ones, enough to stop casual throwaway accounts, not a determined one.
 */
export const SIGN_UP_RULES = {
  allowedEmailDomains: [] as readonly string[],
  disposableEmailDomains: [
    'mailinator.com',
    'guerrillamail.com',
    'guerrillamail.net',
    'sharklasers.com',
    '10minutemail.com',
    'temp-mail.org',
    'tempmail.com',
    'throwawaymail.com',
    'yopmail.com',
    'trashmail.com',
    'getnada.com',
    'dispostable.com',
    'maildrop.cc',
    'fakeinbox.com',
  ] as readonly string[],
} as const;

/** Every user confirmed by sign-up lands in this group (the post confirmation trigger). */
export const DEFAULT_GROUP = 'user';

export type FirstAuthFactor = (typeof POOL.firstAuthFactors)[number];

/**
 * The first factors a pool can really offer. Cognito sends sign-in codes by email only through SES,
 * so a deployed pool on Cognito's default sender drops EMAIL_OTP; the local pool always has its inbox.
 */
export function firstAuthFactorsFor(email: { ses: boolean }): FirstAuthFactor[] {
  return POOL.firstAuthFactors.filter((factor) => factor !== 'EMAIL_OTP' || email.ses);
}

export type PoolTrigger =
  | 'preSignUp'
  | 'postConfirmation'
  | 'preAuthentication'
  | 'postAuthentication'
  | 'preTokenGeneration'
  | 'customMessage'
  | 'userMigration';

/** `custom:company`: the attribute names as the Cognito API and tokens spell them. */
export function customAttributeName(name: string): string {
  return `custom:${name}`;
}

/** The seeds' lifetimes: one hour for access and ID tokens, 30 days for the refresh token. */
export const TOKEN_VALIDITY = { accessMinutes: 60, idMinutes: 60, refreshDays: 30 } as const;

export const RESOURCE_SERVER = {
  identifier: 'api',
  name: 'Protected API',
  scopes: [
    { name: 'read', description: 'Read access to the API' },
    { name: 'admin', description: 'Administrative access to the API' },
  ],
} as const;

/** `api/read`, `api/admin`: what the server client may ask for with client_credentials. */
export const RESOURCE_SERVER_SCOPES: readonly string[] = RESOURCE_SERVER.scopes.map(
  (scope) => `${RESOURCE_SERVER.identifier}/${scope.name}`,
);

/**
 * Scopes of the SPA's hosted-UI tokens. aws.cognito.signin.user.admin lets a hosted-UI session use
 * the account page (change password, attributes, TOTP); without it Cognito refuses those calls.
 */
export const SPA_OAUTH_SCOPES = ['openid', 'email', 'profile', 'aws.cognito.signin.user.admin'];

/**
 * The scope the deployed API's authorizer demands on every protected method. API Gateway treats a
 * method without scopes as "expects an ID token"; the app sends access tokens, and the only scope both
 * an SRP sign-in's and a hosted-UI sign-in's access token carry is this one. The server client's
 * tokens (api/*) do not carry it, matching the local API, which accepts only the SPA client.
 */
export const API_AUTHORIZATION_SCOPE = 'aws.cognito.signin.user.admin';

export type AuthFlowName =
  'USER_SRP_AUTH' | 'USER_PASSWORD_AUTH' | 'REFRESH_TOKEN_AUTH' | 'USER_AUTH';

export interface ClientDefinition {
  name: string;
  /** Confidential clients get a secret; the SPA is public and must never have one. */
  generateSecret: boolean;
  authFlows: readonly AuthFlowName[];
  oauthFlows: readonly ('code' | 'client_credentials')[];
  oauthScopes: readonly string[];
  /** Only interactive clients redirect; their URLs are built from the app origins. */
  redirects: boolean;
  /**
   * Refresh-token rotation (GetTokensFromRefreshToken returns a new refresh token each time; the old
   * one works only for the grace period). A rotating client must not allow REFRESH_TOKEN_AUTH.
   */
  refreshTokenRotation?: { enabled: boolean; retryGracePeriodSeconds: number };
}

/**
 * The grace period covers a refresh whose answer was lost (the app retries within about two seconds;
 * slow mobile requests take longer) with room to spare, while a copied refresh token stops working
 * half a minute after its owner's next refresh.
 */
export const SPA_ROTATION_GRACE_SECONDS = 30;

export const SPA_CLIENT: ClientDefinition = {
  name: 'spa-client',
  generateSecret: false,
  // USER_PASSWORD_AUTH stays allowed for VITE_AUTH_FLOW=USER_PASSWORD_AUTH (see README); USER_AUTH is
  // choice-based sign-in (passkeys and codes by email, POOL.firstAuthFactors).
  authFlows: ['USER_SRP_AUTH', 'USER_PASSWORD_AUTH', 'REFRESH_TOKEN_AUTH', 'USER_AUTH'],
  oauthFlows: ['code'],
  oauthScopes: SPA_OAUTH_SCOPES,
  redirects: true,
  // On: the app refreshes through GetTokensFromRefreshToken and stores each new refresh token with
  // the other tokens, so a refresh token copied out of the browser dies at its owner's next refresh.
  // Both translations drop REFRESH_TOKEN_AUTH from the flows, as Cognito requires of a rotating client.
  refreshTokenRotation: { enabled: true, retryGracePeriodSeconds: SPA_ROTATION_GRACE_SECONDS },
};

export const SERVER_CLIENT: ClientDefinition = {
  name: 'server-client',
  generateSecret: true,
  // Cognito adds SRP and custom auth when this is left empty; refresh is the minimum it accepts.
  authFlows: ['REFRESH_TOKEN_AUTH'],
  oauthFlows: ['client_credentials'],
  oauthScopes: RESOURCE_SERVER_SCOPES,
  redirects: false,
};

export interface GroupDefinition {
  name: string;
  precedence: number;
  description: string;
}

export const GROUPS: readonly GroupDefinition[] = [
  { name: 'admin', precedence: 1, description: 'Administrator group with full access' },
  { name: 'moderator', precedence: 5, description: 'Moderators' },
  { name: 'premium', precedence: 8, description: 'Premium users' },
  { name: 'user', precedence: 10, description: 'Standard user group' },
  { name: 'readonly', precedence: 15, description: 'Read-only access' },
];

/**
 * The identity pool (seed 002): temporary AWS credentials for the SPA's signed-in users and, since
 * the seed allows unauthenticated identities, for guests. The SPA client is its only provider, with
 * ServerSideTokenCheck so a globally signed-out ID token no longer buys credentials.
 */
export const IDENTITY_POOL = {
  name: 'cognito_react_auth_identities',
  allowUnauthenticated: true,
  serverSideTokenCheck: true,
  /** What GetCredentialsForIdentity hands out: Cognito's fixed one hour. */
  credentialsSeconds: 3600,
} as const;

/** The Logins key of a user pool, as the identity pool names its provider. */
export function userPoolProviderName(region: string, userPoolId: string): string {
  return `cognito-idp.${region}.amazonaws.com/${userPoolId}`;
}

/** Where the SPA runs on a developer's machine: `vite` (dev) and `vite preview`. */
export const LOCAL_APP_ORIGINS = ['http://localhost:5173', 'http://localhost:4173'] as const;

/** Cognito compares redirect URLs character for character, so both forms are built in one place. */
export function callbackUrls(origins: readonly string[]): string[] {
  return origins.map((origin) => `${origin}/callback`);
}

export function signOutUrls(origins: readonly string[]): string[] {
  return origins.map((origin) => `${origin}/`);
}

/** The app's VITE_PASSWORD_POLICY, derived so the sign-up form can never disagree with the pool. */
export function passwordPolicyEnv(policy: PasswordPolicyDefinition = PASSWORD_POLICY): string {
  const rules = [
    policy.requireLowercase && 'lower',
    policy.requireUppercase && 'upper',
    policy.requireNumbers && 'number',
    policy.requireSymbols && 'symbol',
  ].filter(Boolean);
  return [`min=${policy.minLength}`, ...rules].join(',');
}

const RESERVED_IN_PREFIX = /aws|amazon|cognito/;

/** AWS domain prefixes are global, lowercase, and may not contain "aws", "amazon" or "cognito". */
export function domainPrefixFor(seed: string): string {
  return `react-auth-${seed.toLowerCase()}`
    .replace(/[^a-z0-9-]/g, '-')
    .replace(new RegExp(RESERVED_IN_PREFIX, 'g'), 'x')
    .replace(/-+$/, '')
    .slice(0, 63);
}

export function isValidDomainPrefix(prefix: string): boolean {
  return /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(prefix) && !RESERVED_IN_PREFIX.test(prefix);
}

export function hostedUiUrl(prefix: string, region: string): string {
  return `https://${prefix}.auth.${region}.amazoncognito.com`;
}
