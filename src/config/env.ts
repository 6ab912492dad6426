/**
 * Reads and validates every VITE_* value once, at start-up. A bad value never becomes a blank page:
 * the caller gets a list of issues, each naming its variable and saying how to fix it. A production
 * build runs the same check at build time (vite.config.ts), so a bad value fails `vite build` first.
 */
import {
  checkPrimary,
  DEFAULT_BRAND,
  isHexColour,
  normaliseHex,
  MIN_CONTRAST,
  type Brand,
  type BrandColour,
  type Scheme,
} from './brand.ts'; // with its extension: vite.config.ts loads this file too (see buildCheck.ts)

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
  /** How long a request may take before it counts as a network failure (retryable). */
  requestTimeouts: RequestTimeouts;
  /** True when the pool is the local stand-in; enables dev-only hints such as the inbox link. */
  isLocalPool: boolean;
  /** The identity pool that turns a session (or a guest) into AWS credentials; absent = no such feature. */
  identityPool?: IdentityPoolConfig;
  /** Product name, logo and colours (VITE_BRAND_*). */
  brand: Brand;
}

export interface IdentityPoolConfig {
  id: string;
  /** Cognito Identity's endpoint: the regional one, or the local stand-in's. */
  endpoint: string;
}

export interface RequestTimeouts {
  /** Cognito's JSON API and the hosted UI's token endpoint. */
  cognitoMs: number;
  /** Our protected API. */
  apiMs: number;
}

/**
 * Cognito answers in well under a second, and the SDK's own retry gave up after about 6 s, so 10 s
 * is a dead connection rather than a slow one. The API gets 15 s: a Lambda cold start plus the
 * authorizer's first JWKS fetch can take several seconds on its own.
 */
export const DEFAULT_REQUEST_TIMEOUTS: RequestTimeouts = { cognitoMs: 10_000, apiMs: 15_000 };

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

/**
 * Which env file a fix belongs in, and what makes it take effect: Vite reads `.env.<mode>.local` for
 * the mode it runs in, when the dev server starts or when a build is made (then never again).
 */
export function envFileAdvice(env: Env): { mode: string; file: string; apply: string } {
  const mode = typeof env.MODE === 'string' && env.MODE !== '' ? env.MODE : 'development';
  return {
    mode,
    file: `.env.${mode}.local`,
    apply: env.PROD === true ? 'build again' : 'restart Vite',
  };
}

/**
 * The shared mechanics of reading VITE_* values: trimming, the issue list, and the value shapes
 * (required, URL, one-of, list). Each concern below reads its own variables through one of these.
 */
class EnvReader {
  readonly issues: ConfigIssue[] = [];
  readonly #env: Env;
  /** "Set it in <the mode's env file> and <restart or rebuild>.": the start of most fixes. */
  readonly fixEnv: string;

  constructor(env: Env) {
    this.#env = env;
    const { file, apply } = envFileAdvice(env);
    this.fixEnv = `Set it in ${file} and ${apply}.`;
  }

  text(name: string): string | undefined {
    const raw = this.#env[name];
    if (typeof raw !== 'string') return undefined;
    const trimmed = raw.trim();
    return trimmed === '' ? undefined : trimmed;
  }

  required(name: string, example: string): string | undefined {
    const value = this.text(name);
    if (value === undefined) {
      this.fail(name, 'is missing.', `${this.fixEnv} Example: ${name}=${example}`);
    }
    return value;
  }

  fail(variable: string, problem: string, fix: string): void {
    this.issues.push({ variable, problem, fix });
  }

  // Base URLs lose trailing slashes so paths can be appended; redirect URLs keep WHATWG's
  // serialisation, because Cognito compares them with the registered ones character for character.
  url(
    name: string,
    value: string | undefined,
    example: string,
    form: 'base' | 'exact' = 'base',
  ): string | undefined {
    if (value === undefined) return undefined;
    try {
      const parsed = new URL(value);
      if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error('scheme');
      return form === 'exact' ? parsed.href : value.replace(/\/+$/, '');
    } catch {
      this.fail(name, `is not an http(s) URL: "${value}".`, `Use a full URL such as ${example}.`);
      return undefined;
    }
  }

  /**
   * Tokens and passwords travel to these URLs, so they must use https; plain http is accepted only
   * where nothing crosses a network: a loopback host (and, for Cognito itself, the local pool).
   */
  requireHttps(name: string, value: string | undefined, allowed: { localPool: boolean }): void {
    if (value === undefined) return;
    const parsed = new URL(value);
    if (parsed.protocol === 'https:') return;
    if (isLoopback(parsed.hostname) && allowed.localPool) return;
    this.fail(
      name,
      `must use https: "${value}".`,
      `Tokens travel over this connection. Plain http is allowed only on this machine (localhost, 127.0.0.1 or [::1])${
        name === 'VITE_API_URL' ? '' : ' with the local pool (a local_ pool ID)'
      }.`,
    );
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.text(name);
    if (value === undefined) return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.fail(
      name,
      `must be one of ${allowed.join(', ')}; got "${value}".`,
      `${this.fixEnv} Or remove it to use ${fallback}.`,
    );
    return fallback;
  }

  list(name: string): string[] {
    return (this.text(name) ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
  }
}

function isLoopback(hostname: string): boolean {
  return (
    hostname === 'localhost' ||
    hostname.endsWith('.localhost') ||
    hostname === '[::1]' ||
    /^127(\.\d{1,3}){3}$/.test(hostname)
  );
}

type PoolConfig = Pick<AppConfig, 'region' | 'userPoolId' | 'clientId' | 'isLocalPool'>;

function readPool(r: EnvReader): Partial<PoolConfig> & { isLocalPool: boolean } {
  const region = r.required('VITE_COGNITO_REGION', 'us-east-1');
  const regionIsValid = region !== undefined && REGION.test(region);
  if (region !== undefined && !regionIsValid) {
    r.fail(
      'VITE_COGNITO_REGION',
      `is not an AWS region: "${region}".`,
      'Use a region code such as us-east-1 or eu-west-2.',
    );
  }

  const userPoolId = r.required('VITE_COGNITO_USER_POOL_ID', 'us-east-1_AbC123xyz');
  const poolMatch = userPoolId === undefined ? null : USER_POOL_ID.exec(userPoolId);
  if (userPoolId !== undefined && poolMatch === null) {
    r.fail(
      'VITE_COGNITO_USER_POOL_ID',
      `is not a user pool ID: "${userPoolId}".`,
      'Copy it from the Cognito console (format <region>_<id>, e.g. us-east-1_AbC123), or run npm run provision for the local pool (local_…).',
    );
  }
  const poolPrefix = poolMatch?.[1];
  const isLocalPool = poolPrefix === LOCAL_POOL_PREFIX;
  if (poolPrefix !== undefined && !isLocalPool && regionIsValid && poolPrefix !== region) {
    r.fail(
      'VITE_COGNITO_USER_POOL_ID',
      `belongs to region ${poolPrefix}, but VITE_COGNITO_REGION is ${region}.`,
      'Make the two agree: a pool ID starts with its region.',
    );
  }

  const clientId = r.required('VITE_COGNITO_CLIENT_ID', '1example23456789');
  if (clientId !== undefined && !CLIENT_ID.test(clientId)) {
    r.fail(
      'VITE_COGNITO_CLIENT_ID',
      `is not an app client ID: "${clientId}".`,
      'Copy the ID of the public (no secret) app client.',
    );
  }
  return { region, userPoolId, clientId, isLocalPool };
}

type EndpointConfig = Pick<
  AppConfig,
  'cognitoEndpoint' | 'hostedUiDomain' | 'redirectSignIn' | 'redirectSignOut' | 'apiUrl'
>;

function readEndpoints(
  r: EnvReader,
  origin: string,
  isLocalPool: boolean,
): Partial<EndpointConfig> {
  const cognitoEndpoint = r.url(
    'VITE_COGNITO_ENDPOINT',
    r.text('VITE_COGNITO_ENDPOINT'),
    'http://localhost:9229',
  );
  if (isLocalPool && r.text('VITE_COGNITO_ENDPOINT') === undefined) {
    r.fail(
      'VITE_COGNITO_ENDPOINT',
      'is missing, and a local_ pool needs it.',
      `${r.fixEnv} Example: VITE_COGNITO_ENDPOINT=http://localhost:9229`,
    );
  }
  r.requireHttps('VITE_COGNITO_ENDPOINT', cognitoEndpoint, { localPool: isLocalPool });
  const hostedUiDomain = r.url(
    'VITE_COGNITO_DOMAIN',
    r.text('VITE_COGNITO_DOMAIN'),
    'https://myapp.auth.us-east-1.amazoncognito.com',
  );
  r.requireHttps('VITE_COGNITO_DOMAIN', hostedUiDomain, { localPool: isLocalPool });
  const redirectSignIn = r.url(
    'VITE_REDIRECT_SIGN_IN',
    r.text('VITE_REDIRECT_SIGN_IN') ?? `${origin}/callback`,
    'http://localhost:5173/callback',
    'exact',
  );
  const redirectSignOut = r.url(
    'VITE_REDIRECT_SIGN_OUT',
    r.text('VITE_REDIRECT_SIGN_OUT') ?? `${origin}/`,
    'http://localhost:5173/',
    'exact',
  );
  const apiUrl = r.url(
    'VITE_API_URL',
    r.required('VITE_API_URL', 'http://localhost:3001'),
    'http://localhost:3001',
  );
  // The local API on this machine may check a real pool's tokens (npm run provision --target aws).
  r.requireHttps('VITE_API_URL', apiUrl, { localPool: true });
  return { cognitoEndpoint, hostedUiDomain, redirectSignIn, redirectSignOut, apiUrl };
}

function readHostedUi(
  r: EnvReader,
  hostedUiDomain: string | undefined,
): Pick<AppConfig, 'identityProviders' | 'oauthScopes'> {
  const identityProviders = r.list('VITE_IDENTITY_PROVIDERS');
  for (const provider of identityProviders) {
    if (!/^[\w\s.@-]{1,32}$/.test(provider)) {
      r.fail(
        'VITE_IDENTITY_PROVIDERS',
        `has an invalid provider name: "${provider}".`,
        'Use the provider names from the app client, comma separated, e.g. Google,SignInWithApple.',
      );
    }
  }
  if (
    identityProviders.length > 0 &&
    hostedUiDomain === undefined &&
    r.text('VITE_COGNITO_DOMAIN') === undefined
  ) {
    r.fail(
      'VITE_IDENTITY_PROVIDERS',
      'lists providers, but no hosted UI domain is set.',
      'Set VITE_COGNITO_DOMAIN, or remove VITE_IDENTITY_PROVIDERS.',
    );
  }
  const oauthScopes =
    r.text('VITE_OAUTH_SCOPES') === undefined
      ? ['openid', 'email', 'profile']
      : r.list('VITE_OAUTH_SCOPES').flatMap((s) => s.split(/\s+/));
  if (!oauthScopes.includes('openid')) {
    r.fail(
      'VITE_OAUTH_SCOPES',
      'must include openid, or the callback gets no ID token.',
      'Add openid, e.g. VITE_OAUTH_SCOPES=openid,email,profile.',
    );
  }
  return { identityProviders, oauthScopes };
}

function readSession(r: EnvReader): Pick<AppConfig, 'authFlow' | 'tokenStorage'> {
  const authFlow = r.oneOf<AuthFlow>(
    'VITE_AUTH_FLOW',
    ['USER_SRP_AUTH', 'USER_PASSWORD_AUTH'],
    'USER_SRP_AUTH',
  );
  const tokenStorage = r.oneOf<TokenStorageKind>(
    'VITE_TOKEN_STORAGE',
    ['memory', 'session', 'local'],
    'session',
  );
  return { authFlow, tokenStorage };
}

function readSignUp(r: EnvReader): Pick<AppConfig, 'passwordPolicy' | 'signUpAttributes'> {
  const passwordPolicy = parsePasswordPolicy(r.text('VITE_PASSWORD_POLICY'));
  if (passwordPolicy === null) {
    r.fail(
      'VITE_PASSWORD_POLICY',
      `is not a policy: "${r.text('VITE_PASSWORD_POLICY') ?? ''}".`,
      'Use the form min=8,lower,upper,number,symbol (the rules your pool requires).',
    );
  }

  const signUpAttributes =
    r.text('VITE_SIGN_UP_ATTRIBUTES') === undefined ? ['name'] : r.list('VITE_SIGN_UP_ATTRIBUTES');
  for (const attribute of signUpAttributes) {
    if (!ATTRIBUTE_NAME.test(attribute) || attribute === 'email') {
      r.fail(
        'VITE_SIGN_UP_ATTRIBUTES',
        `has an invalid attribute: "${attribute}".`,
        'List Cognito attribute names other than email, e.g. name,family_name,custom:company.',
      );
    }
  }
  return { passwordPolicy: passwordPolicy ?? DEFAULT_POLICY, signUpAttributes };
}

/** A whole number within `range` (`unit` names it in the message); undefined when unset or refused. */
function readWholeNumber(
  r: EnvReader,
  variable: string,
  range: { min: number; max: number; unit: string },
  fix: string,
): number | undefined {
  const raw = r.text(variable);
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < range.min || value > range.max) {
    r.fail(
      variable,
      `must be whole ${range.unit} between ${range.min} and ${range.max}; got "${raw}".`,
      fix,
    );
    return undefined;
  }
  return value;
}

function readRefreshSkew(r: EnvReader): number {
  return (
    readWholeNumber(
      r,
      'VITE_REFRESH_SKEW_SECONDS',
      { min: 0, max: 3000, unit: 'seconds' },
      'Remove it for the 300-second default.',
    ) ?? 300
  );
}

// One override for both, for tests that need a server that never answers to fail quickly.
function readRequestTimeouts(r: EnvReader): RequestTimeouts {
  const ms = readWholeNumber(
    r,
    'VITE_REQUEST_TIMEOUT_MS',
    { min: 100, max: 120_000, unit: 'milliseconds' },
    'Remove it for the defaults (10 s for Cognito, 15 s for the API).',
  );
  return ms === undefined ? DEFAULT_REQUEST_TIMEOUTS : { cognitoMs: ms, apiMs: ms };
}

const IDENTITY_POOL_ID = /^([a-z0-9-]+):[0-9a-f-]{36}$/;

function readIdentityPool(
  r: EnvReader,
  region: string | undefined,
  isLocalPool: boolean,
): IdentityPoolConfig | undefined {
  const id = r.text('VITE_IDENTITY_POOL_ID');
  const endpointText = r.text('VITE_IDENTITY_ENDPOINT');
  if (id === undefined) {
    if (endpointText !== undefined) {
      r.fail(
        'VITE_IDENTITY_ENDPOINT',
        'is set, but VITE_IDENTITY_POOL_ID is not.',
        'Set VITE_IDENTITY_POOL_ID too, or remove VITE_IDENTITY_ENDPOINT.',
      );
    }
    return undefined;
  }
  const match = IDENTITY_POOL_ID.exec(id);
  if (!match) {
    r.fail(
      'VITE_IDENTITY_POOL_ID',
      `is not an identity pool id: "${id}".`,
      'Copy it from the identity pool, e.g. us-east-1:1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d.',
    );
    return undefined;
  }
  if (region !== undefined && match[1] !== region) {
    r.fail(
      'VITE_IDENTITY_POOL_ID',
      `is in region ${match[1]}, but VITE_COGNITO_REGION is ${region}.`,
      'Use the identity pool that trusts this user pool (same region).',
    );
  }
  const endpoint =
    r.url('VITE_IDENTITY_ENDPOINT', endpointText, 'http://localhost:9229') ??
    `https://cognito-identity.${match[1]}.amazonaws.com`;
  r.requireHttps('VITE_IDENTITY_ENDPOINT', endpoint, { localPool: isLocalPool });
  return { id, endpoint };
}

const BRAND_NAME_MAX = 60;
// A path on this origin or a data: image: the production CSP's img-src allows nothing else.
const SAME_ORIGIN_PATH = /^\/(?![/\\])\S*$/;
const DATA_IMAGE = /^data:image\/[\w.+-]+[;,]/;

function readBrand(r: EnvReader): Brand {
  const name = r.text('VITE_BRAND_NAME') ?? DEFAULT_BRAND.name;
  if (name.length > BRAND_NAME_MAX) {
    r.fail(
      'VITE_BRAND_NAME',
      `is ${name.length} characters long; the header has room for ${BRAND_NAME_MAX}.`,
      'Use the short product name people see in the header and the tab title.',
    );
  }
  // eslint-disable-next-line no-control-regex -- control characters are exactly what it looks for
  if (/[\u0000-\u001f\u007f]/.test(name)) {
    r.fail(
      'VITE_BRAND_NAME',
      'contains a control character (a tab or line break, say).',
      'Write the name on one line, without tabs.',
    );
  }
  const logo = r.text('VITE_BRAND_LOGO') ?? DEFAULT_BRAND.logo;
  if (!SAME_ORIGIN_PATH.test(logo) && !DATA_IMAGE.test(logo)) {
    r.fail(
      'VITE_BRAND_LOGO',
      `must be a path on this site (such as /logo.svg) or a data:image URL; got "${logo}".`,
      'Put the file in public/ and name it from the root, e.g. VITE_BRAND_LOGO=/logo.svg: the Content-Security-Policy loads images from this origin only.',
    );
  }
  const light = readBrandColour(r, 'VITE_BRAND_PRIMARY', 'light');
  const dark = readBrandColour(r, 'VITE_BRAND_PRIMARY_DARK', 'dark');
  requirePair(r, 'VITE_BRAND_PRIMARY', 'VITE_BRAND_PRIMARY_DARK');
  return { name, logo, ...(light ? { light } : {}), ...(dark ? { dark } : {}) };
}

const ratioText = (ratio: number) => `${(Math.floor(ratio * 10) / 10).toFixed(1)}:1`;

function readBrandColour(r: EnvReader, name: string, scheme: Scheme): BrandColour | undefined {
  const raw = r.text(name);
  if (raw === undefined) return undefined;
  if (!isHexColour(raw)) {
    r.fail(
      name,
      `is not a hex colour: "${raw}".`,
      `Use rrggbb, or "#rrggbb" in quotes (in a .env file an unquoted # starts a comment), e.g. ${name}=${scheme === 'light' ? '1d4ed8' : '8ab4ff'}.`,
    );
    return undefined;
  }
  const check = checkPrimary(normaliseHex(raw), scheme);
  if (check.ok) return check.colour;
  r.fail(
    name,
    check.role === 'text'
      ? `(${raw}) is too ${scheme === 'light' ? 'light' : 'dark'} for links in the ${scheme} theme: ${ratioText(check.ratio)} against ${check.against}, and text needs ${MIN_CONTRAST}:1.`
      : `(${raw}) cannot carry a button label in the ${scheme} theme: the most legible text on it reaches ${ratioText(check.ratio)}, and text needs ${MIN_CONTRAST}:1.`,
    `Choose a ${scheme === 'light' ? 'darker' : 'lighter'} shade of the brand colour.`,
  );
  return undefined;
}

/**
 * A brand colour comes in pairs: no colour reaches 4.5:1 on both the light theme's backgrounds and
 * the dark theme's, so one value alone would leave the other scheme with the default blue.
 */
function requirePair(r: EnvReader, light: string, dark: string): void {
  const [hasLight, hasDark] = [r.text(light) !== undefined, r.text(dark) !== undefined];
  if (hasLight === hasDark) return;
  const [missing, given] = hasLight ? [dark, light] : [light, dark];
  r.fail(
    missing,
    `is missing, and ${given} needs it: one colour cannot read well on both the light and the dark theme.`,
    `${r.fixEnv} Use a ${hasLight ? 'lighter' : 'darker'} shade of the brand colour, e.g. ${missing}=${hasLight ? '8ab4ff' : '1d4ed8'}.`,
  );
}

export function readConfig(env: Env, origin: string): ConfigResult {
  const r = new EnvReader(env);
  // Read in the order the page lists problems: the pool first, then where to reach it, then the rest.
  const pool = readPool(r);
  const endpoints = readEndpoints(r, origin, pool.isLocalPool);
  const hostedUi = readHostedUi(r, endpoints.hostedUiDomain);
  const session = readSession(r);
  const signUp = readSignUp(r);
  const refreshSkewSeconds = readRefreshSkew(r);
  const requestTimeouts = readRequestTimeouts(r);
  const identityPool = readIdentityPool(r, pool.region, pool.isLocalPool);
  const brand = readBrand(r);

  if (r.issues.length > 0) return { ok: false, issues: r.issues };
  return {
    ok: true,
    // Every `required` value is defined here: a missing one added an issue and returned above.
    config: {
      region: pool.region!,
      userPoolId: pool.userPoolId!,
      clientId: pool.clientId!,
      cognitoEndpoint: endpoints.cognitoEndpoint,
      hostedUiDomain: endpoints.hostedUiDomain,
      redirectSignIn: endpoints.redirectSignIn!,
      redirectSignOut: endpoints.redirectSignOut!,
      ...hostedUi,
      ...session,
      apiUrl: endpoints.apiUrl!,
      ...signUp,
      refreshSkewSeconds,
      requestTimeouts,
      isLocalPool: pool.isLocalPool,
      ...(identityPool ? { identityPool } : {}),
      brand,
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
