/**
 * Reads and validates every VITE_* value once, at start-up. A bad value never becomes a blank page:
 * the caller gets a list of issues, each naming its variable and saying how to fix it.
 */

export type AuthFlow = 'USER_SRP_AUTH' | 'USER_PASSWORD_AUTH';
export type TokenStorageKind = 'memory' | 'session' | 'local';
export type PasswordRule = 'lower' | 'upper' | 'number' | 'symbol';

export interface PasswordPolicy {
  minLength: number;
  require: readonly PasswordRule[];
}

export interface AppConfig {
  region: string;
  userPoolId: string;
  clientId: string;
  /** Cognito IDP endpoint override; set for the local pool, absent for AWS. */
  cognitoEndpoint?: string;
  /** Hosted UI base URL, e.g. https://myapp.auth.us-east-1.amazoncognito.com. */
  hostedUiDomain?: string;
  redirectSignIn: string;
  redirectSignOut: string;
  identityProviders: readonly string[];
  oauthScopes: readonly string[];
  authFlow: AuthFlow;
  tokenStorage: TokenStorageKind;
  apiUrl: string;
  passwordPolicy: PasswordPolicy;
  /** Attributes sign-up asks for besides email and password. */
  signUpAttributes: readonly string[];
  /** Seconds before expiry at which a token counts as expired and is refreshed. */
  refreshSkewSeconds: number;
  /** True when the pool is the local stand-in; enables dev-only hints such as the inbox link. */
  isLocalPool: boolean;
}

export interface ConfigIssue {
  variable: string;
  problem: string;
  fix: string;
}

export type ConfigResult = { ok: true; config: AppConfig } | { ok: false; issues: ConfigIssue[] };

type Env = Record<string, string | boolean | undefined>;

// Cognito's own patterns (API reference: UserPoolIdType, ClientIdType); region is checked separately
// so a pool from another region gets a message that says so.
const REGION = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}$/;
const USER_POOL_ID = /^([\w-]+)_[0-9a-zA-Z]+$/;
const CLIENT_ID = /^[\w+]{1,128}$/;
const LOCAL_POOL_PREFIX = 'local';
const PASSWORD_RULES: readonly PasswordRule[] = ['lower', 'upper', 'number', 'symbol'];
const DEFAULT_POLICY: PasswordPolicy = { minLength: 8, require: PASSWORD_RULES };
const ATTRIBUTE_NAME = /^(custom:)?[a-z_]{1,32}$/;

const FIX_ENV = 'Set it in .env.development.local (or .env.<mode>.local) and restart Vite.';

export function readConfig(env: Env, origin: string): ConfigResult {
  const issues: ConfigIssue[] = [];
  const text = (name: string): string | undefined => {
    const raw = env[name];
    if (typeof raw !== 'string') return undefined;
    const trimmed = raw.trim();
    return trimmed === '' ? undefined : trimmed;
  };
  const required = (name: string, example: string): string | undefined => {
    const value = text(name);
    if (value === undefined) {
      issues.push({
        variable: name,
        problem: 'is missing.',
        fix: `${FIX_ENV} Example: ${name}=${example}`,
      });
    }
    return value;
  };
  const fail = (variable: string, problem: string, fix: string) => {
    issues.push({ variable, problem, fix });
  };
  // Base URLs lose trailing slashes so paths can be appended; redirect URLs keep WHATWG's
  // serialisation, because Cognito compares them with the registered ones character for character.
  const url = (
    name: string,
    value: string | undefined,
    example: string,
    form: 'base' | 'exact' = 'base',
  ): string | undefined => {
    if (value === undefined) return undefined;
    try {
      const parsed = new URL(value);
      if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error('scheme');
      return form === 'exact' ? parsed.href : value.replace(/\/+$/, '');
    } catch {
      fail(name, `is not an http(s) URL: "${value}".`, `Use a full URL such as ${example}.`);
      return undefined;
    }
  };
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = text(name);
    if (value === undefined) return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    fail(
      name,
      `must be one of ${allowed.join(', ')}; got "${value}".`,
      `${FIX_ENV} Or remove it to use ${fallback}.`,
    );
    return fallback;
  };
  const list = (name: string): string[] =>
    (text(name) ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);

  const region = required('VITE_COGNITO_REGION', 'us-east-1');
  const regionIsValid = region !== undefined && REGION.test(region);
  if (region !== undefined && !regionIsValid) {
    fail(
      'VITE_COGNITO_REGION',
      `is not an AWS region: "${region}".`,
      'Use a region code such as us-east-1 or eu-west-2.',
    );
  }

  const userPoolId = required('VITE_COGNITO_USER_POOL_ID', 'us-east-1_AbC123xyz');
  const poolMatch = userPoolId === undefined ? null : USER_POOL_ID.exec(userPoolId);
  if (userPoolId !== undefined && poolMatch === null) {
    fail(
      'VITE_COGNITO_USER_POOL_ID',
      `is not a user pool ID: "${userPoolId}".`,
      'Copy it from the Cognito console (format <region>_<id>, e.g. us-east-1_AbC123), or run npm run provision for the local pool (local_…).',
    );
  }
  const poolPrefix = poolMatch?.[1];
  const isLocalPool = poolPrefix === LOCAL_POOL_PREFIX;
  if (poolPrefix !== undefined && !isLocalPool && regionIsValid && poolPrefix !== region) {
    fail(
      'VITE_COGNITO_USER_POOL_ID',
      `belongs to region ${poolPrefix}, but VITE_COGNITO_REGION is ${region}.`,
      'Make the two agree: a pool ID starts with its region.',
    );
  }

  const clientId = required('VITE_COGNITO_CLIENT_ID', '1example23456789');
  if (clientId !== undefined && !CLIENT_ID.test(clientId)) {
    fail(
      'VITE_COGNITO_CLIENT_ID',
      `is not an app client ID: "${clientId}".`,
      'Copy the ID of the public (no secret) app client.',
    );
  }

  const cognitoEndpoint = url(
    'VITE_COGNITO_ENDPOINT',
    text('VITE_COGNITO_ENDPOINT'),
    'http://localhost:9229',
  );
  if (isLocalPool && text('VITE_COGNITO_ENDPOINT') === undefined) {
    fail(
      'VITE_COGNITO_ENDPOINT',
      'is missing, and a local_ pool needs it.',
      `${FIX_ENV} Example: VITE_COGNITO_ENDPOINT=http://localhost:9229`,
    );
  }
  const hostedUiDomain = url(
    'VITE_COGNITO_DOMAIN',
    text('VITE_COGNITO_DOMAIN'),
    'https://myapp.auth.us-east-1.amazoncognito.com',
  );
  const redirectSignIn = url(
    'VITE_REDIRECT_SIGN_IN',
    text('VITE_REDIRECT_SIGN_IN') ?? `${origin}/callback`,
    'http://localhost:5173/callback',
    'exact',
  );
  const redirectSignOut = url(
    'VITE_REDIRECT_SIGN_OUT',
    text('VITE_REDIRECT_SIGN_OUT') ?? `${origin}/`,
    'http://localhost:5173/',
    'exact',
  );
  const apiUrl = url(
    'VITE_API_URL',
    required('VITE_API_URL', 'http://localhost:3001'),
    'http://localhost:3001',
  );

  const identityProviders = list('VITE_IDENTITY_PROVIDERS');
  for (const provider of identityProviders) {
    if (!/^[\w\s.@-]{1,32}$/.test(provider)) {
      fail(
        'VITE_IDENTITY_PROVIDERS',
        `has an invalid provider name: "${provider}".`,
        'Use the provider names from the app client, comma separated, e.g. Google,SignInWithApple.',
      );
    }
  }
  if (
    identityProviders.length > 0 &&
    hostedUiDomain === undefined &&
    text('VITE_COGNITO_DOMAIN') === undefined
  ) {
    fail(
      'VITE_IDENTITY_PROVIDERS',
      'lists providers, but no hosted UI domain is set.',
      'Set VITE_COGNITO_DOMAIN, or remove VITE_IDENTITY_PROVIDERS.',
    );
  }
  const oauthScopes =
    text('VITE_OAUTH_SCOPES') === undefined
      ? ['openid', 'email', 'profile']
      : list('VITE_OAUTH_SCOPES').flatMap((s) => s.split(/\s+/));
  if (!oauthScopes.includes('openid')) {
    fail(
      'VITE_OAUTH_SCOPES',
      'must include openid, or the callback gets no ID token.',
      'Add openid, e.g. VITE_OAUTH_SCOPES=openid,email,profile.',
    );
  }

  const authFlow = oneOf<AuthFlow>(
    'VITE_AUTH_FLOW',
    ['USER_SRP_AUTH', 'USER_PASSWORD_AUTH'],
    'USER_SRP_AUTH',
  );
  const tokenStorage = oneOf<TokenStorageKind>(
    'VITE_TOKEN_STORAGE',
    ['memory', 'session', 'local'],
    'session',
  );

  const passwordPolicy = parsePasswordPolicy(text('VITE_PASSWORD_POLICY'));
  if (passwordPolicy === null) {
    fail(
      'VITE_PASSWORD_POLICY',
      `is not a policy: "${text('VITE_PASSWORD_POLICY') ?? ''}".`,
      'Use the form min=8,lower,upper,number,symbol (the rules your pool requires).',
    );
  }

  const signUpAttributes =
    text('VITE_SIGN_UP_ATTRIBUTES') === undefined ? ['name'] : list('VITE_SIGN_UP_ATTRIBUTES');
  for (const attribute of signUpAttributes) {
    if (!ATTRIBUTE_NAME.test(attribute) || attribute === 'email') {
      fail(
        'VITE_SIGN_UP_ATTRIBUTES',
        `has an invalid attribute: "${attribute}".`,
        'List Cognito attribute names other than email, e.g. name,family_name,custom:company.',
      );
    }
  }

  let refreshSkewSeconds = 300;
  const skew = text('VITE_REFRESH_SKEW_SECONDS');
  if (skew !== undefined) {
    refreshSkewSeconds = Number(skew);
    if (
      !Number.isInteger(refreshSkewSeconds) ||
      refreshSkewSeconds < 0 ||
      refreshSkewSeconds > 3000
    ) {
      fail(
        'VITE_REFRESH_SKEW_SECONDS',
        `must be whole seconds between 0 and 3000; got "${skew}".`,
        'Remove it for the 300-second default.',
      );
    }
  }

  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    // Every `required` value is defined here: a missing one added an issue and returned above.
    config: {
      region: region!,
      userPoolId: userPoolId!,
      clientId: clientId!,
      cognitoEndpoint,
      hostedUiDomain,
      redirectSignIn: redirectSignIn!,
      redirectSignOut: redirectSignOut!,
      identityProviders,
      oauthScopes,
      authFlow,
      tokenStorage,
      apiUrl: apiUrl!,
      passwordPolicy: passwordPolicy ?? DEFAULT_POLICY,
      signUpAttributes,
      refreshSkewSeconds,
      isLocalPool,
    },
  };
}

function parsePasswordPolicy(raw: string | undefined): PasswordPolicy | null {
  if (raw === undefined) return DEFAULT_POLICY;
  let minLength: number | undefined;
  const require: PasswordRule[] = [];
  for (const part of raw.split(',').map((p) => p.trim())) {
    const min = /^min=(\d{1,2})$/.exec(part);
    if (min) minLength = Number(min[1]);
    else if ((PASSWORD_RULES as readonly string[]).includes(part))
      require.push(part as PasswordRule);
    else return null;
  }
  if (minLength === undefined || minLength < 6 || minLength > 99) return null;
  return { minLength, require };
}
