import { describe, expect, it } from 'vitest';
import { envFileAdvice, readConfig, type ConfigIssue } from '../../../src/config/env';

const ORIGIN = 'http://localhost:5173';
const valid = {
  VITE_COGNITO_REGION: 'us-east-1',
  VITE_COGNITO_USER_POOL_ID: 'us-east-1_AbC123',
  VITE_COGNITO_CLIENT_ID: '1example23456789abcdefghij',
  VITE_API_URL: 'https://api.example.com/',
};

function issuesFor(env: Record<string, string | undefined>): ConfigIssue[] {
  const result = readConfig(env, ORIGIN);
  return result.ok ? [] : result.issues;
}

function onlyIssue(env: Record<string, string | undefined>): ConfigIssue {
  const issues = issuesFor(env);
  expect(issues).toHaveLength(1);
  return issues[0]!;
}

describe('readConfig', () => {
  it('accepts a real AWS pool and fills the defaults', () => {
    const result = readConfig(valid, ORIGIN);
    expect(result).toEqual({
      ok: true,
      config: expect.objectContaining({
        region: 'us-east-1',
        userPoolId: 'us-east-1_AbC123',
        apiUrl: 'https://api.example.com',
        authFlow: 'USER_SRP_AUTH',
        tokenStorage: 'session',
        redirectSignIn: 'http://localhost:5173/callback',
        redirectSignOut: 'http://localhost:5173/',
        oauthScopes: ['openid', 'email', 'profile'],
        identityProviders: [],
        signUpAttributes: ['name'],
        refreshSkewSeconds: 300,
        isLocalPool: false,
        passwordPolicy: { minLength: 8, require: ['lower', 'upper', 'number', 'symbol'] },
      }),
    });
  });

  it('accepts the local pool with its endpoint and marks it local', () => {
    const result = readConfig(
      {
        ...valid,
        VITE_COGNITO_USER_POOL_ID: 'local_7Xa9bC2d',
        VITE_COGNITO_ENDPOINT: 'http://localhost:9229',
      },
      ORIGIN,
    );
    expect(result.ok && result.config.isLocalPool).toBe(true);
    expect(result.ok && result.config.cognitoEndpoint).toBe('http://localhost:9229');
  });

  it.each([
    ['VITE_COGNITO_REGION'],
    ['VITE_COGNITO_USER_POOL_ID'],
    ['VITE_COGNITO_CLIENT_ID'],
    ['VITE_API_URL'],
  ])('names the missing %s and says how to fix it', (variable) => {
    const issue = onlyIssue({ ...valid, [variable]: undefined });
    expect(issue.variable).toBe(variable);
    expect(issue.problem).toBe('is missing.');
    expect(issue.fix).toMatch(/\.env\.development\.local/);
    expect(issue.fix).toContain(`${variable}=`);
  });

  it('treats a blank value as missing', () => {
    expect(onlyIssue({ ...valid, VITE_COGNITO_CLIENT_ID: '   ' }).variable).toBe(
      'VITE_COGNITO_CLIENT_ID',
    );
  });

  it.each([
    ['VITE_COGNITO_REGION', 'useast1', /not an AWS region/],
    ['VITE_COGNITO_USER_POOL_ID', 'AbC123', /not a user pool ID/],
    ['VITE_COGNITO_USER_POOL_ID', 'us-east-1_Ab-C', /not a user pool ID/],
    ['VITE_COGNITO_USER_POOL_ID', 'eu-west-1_AbC123', /belongs to region eu-west-1/],
    ['VITE_COGNITO_CLIENT_ID', 'abc def', /not an app client ID/],
    ['VITE_COGNITO_ENDPOINT', 'localhost:9229', /not an http\(s\) URL/],
    ['VITE_COGNITO_DOMAIN', 'ftp://auth.example.com', /not an http\(s\) URL/],
    ['VITE_REDIRECT_SIGN_IN', '/callback', /not an http\(s\) URL/],
    ['VITE_REDIRECT_SIGN_OUT', 'nope', /not an http\(s\) URL/],
    ['VITE_API_URL', 'api.example.com', /not an http\(s\) URL/],
    ['VITE_AUTH_FLOW', 'CUSTOM_AUTH', /must be one of USER_SRP_AUTH, USER_PASSWORD_AUTH/],
    ['VITE_TOKEN_STORAGE', 'cookie', /must be one of memory, session, local/],
    ['VITE_PASSWORD_POLICY', 'min=8,emoji', /not a policy/],
    ['VITE_PASSWORD_POLICY', 'lower,upper', /not a policy/],
    ['VITE_OAUTH_SCOPES', 'email,profile', /must include openid/],
    ['VITE_SIGN_UP_ATTRIBUTES', 'name,Bad Name', /invalid attribute/],
    ['VITE_REFRESH_SKEW_SECONDS', '-5', /whole seconds/],
    ['VITE_REQUEST_TIMEOUT_MS', '3s', /whole milliseconds between 100 and 120000/],
    ['VITE_REQUEST_TIMEOUT_MS', '50', /whole milliseconds between 100 and 120000/],
  ])('rejects a malformed %s=%s with its own message', (variable, value, message) => {
    const issue = onlyIssue({ ...valid, [variable]: value });
    expect(issue.variable).toBe(variable);
    expect(issue.problem).toMatch(message);
    expect(issue.fix.length).toBeGreaterThan(10);
  });

  it('reads request timeouts: 10 s / 15 s by default, one override for both', () => {
    const defaults = readConfig(valid, ORIGIN);
    const short = readConfig({ ...valid, VITE_REQUEST_TIMEOUT_MS: '3000' }, ORIGIN);
    expect(defaults.ok && defaults.config.requestTimeouts).toEqual({
      cognitoMs: 10_000,
      apiMs: 15_000,
    });
    expect(short.ok && short.config.requestTimeouts).toEqual({ cognitoMs: 3000, apiMs: 3000 });
  });

  it('requires an endpoint for a local pool', () => {
    const issue = onlyIssue({ ...valid, VITE_COGNITO_USER_POOL_ID: 'local_abc123' });
    expect(issue.variable).toBe('VITE_COGNITO_ENDPOINT');
    expect(issue.problem).toMatch(/local_ pool needs it/);
  });

  it('refuses identity providers without a hosted UI domain', () => {
    const issue = onlyIssue({ ...valid, VITE_IDENTITY_PROVIDERS: 'Google' });
    expect(issue.variable).toBe('VITE_IDENTITY_PROVIDERS');
  });

  it('parses providers, scopes, policy and flow', () => {
    const result = readConfig(
      {
        ...valid,
        VITE_COGNITO_DOMAIN: 'https://myapp.auth.us-east-1.amazoncognito.com/',
        VITE_IDENTITY_PROVIDERS: 'Google, SignInWithApple',
        VITE_OAUTH_SCOPES: 'openid,email',
        VITE_PASSWORD_POLICY: 'min=12,lower,number',
        VITE_AUTH_FLOW: 'USER_PASSWORD_AUTH',
        VITE_TOKEN_STORAGE: 'memory',
      },
      ORIGIN,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config.hostedUiDomain).toBe('https://myapp.auth.us-east-1.amazoncognito.com');
    expect(result.config.identityProviders).toEqual(['Google', 'SignInWithApple']);
    expect(result.config.oauthScopes).toEqual(['openid', 'email']);
    expect(result.config.passwordPolicy).toEqual({ minLength: 12, require: ['lower', 'number'] });
    expect(result.config.authFlow).toBe('USER_PASSWORD_AUTH');
    expect(result.config.tokenStorage).toBe('memory');
  });

  it.each([
    ['VITE_API_URL', 'http://api.example.com'],
    ['VITE_COGNITO_DOMAIN', 'http://myapp.auth.us-east-1.amazoncognito.com'],
    ['VITE_COGNITO_ENDPOINT', 'http://cognito-idp.us-east-1.amazonaws.com'],
    // A real pool is never served from this machine: http to loopback Cognito is a misconfiguration.
    ['VITE_COGNITO_ENDPOINT', 'http://localhost:9229'],
  ])('requires https for %s=%s with a real pool', (variable, value) => {
    const issue = onlyIssue({ ...valid, [variable]: value });
    expect(issue.variable).toBe(variable);
    expect(issue.problem).toBe(`must use https: "${value}".`);
    expect(issue.fix).toMatch(/only on this machine \(localhost, 127\.0\.0\.1 or \[::1\]\)/);
  });

  it('allows http on a loopback host: the local pool, and a local API for any pool', () => {
    const local = {
      ...valid,
      VITE_COGNITO_USER_POOL_ID: 'local_abc123',
      VITE_COGNITO_ENDPOINT: 'http://localhost:9229',
      VITE_COGNITO_DOMAIN: 'http://127.0.0.1:9229',
      VITE_API_URL: 'http://[::1]:3001',
    };
    expect(readConfig(local, ORIGIN).ok).toBe(true);
    expect(readConfig({ ...valid, VITE_API_URL: 'http://localhost:3001' }, ORIGIN).ok).toBe(true);
    // The local pool's exception is for this machine only.
    expect(onlyIssue({ ...local, VITE_COGNITO_DOMAIN: 'http://auth.example.com' })).toMatchObject({
      variable: 'VITE_COGNITO_DOMAIN',
      problem: 'must use https: "http://auth.example.com".',
    });
  });

  it('reports every problem at once, not just the first', () => {
    const issues = issuesFor({});
    expect(issues.map((i) => i.variable)).toEqual([
      'VITE_COGNITO_REGION',
      'VITE_COGNITO_USER_POOL_ID',
      'VITE_COGNITO_CLIENT_ID',
      'VITE_API_URL',
    ]);
  });
});

describe('readConfig: identity pool', () => {
  const POOL_ID = 'us-east-1:1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d';

  it('is optional: without VITE_IDENTITY_POOL_ID the feature is off', () => {
    const result = readConfig(valid, ORIGIN);
    expect(result.ok && result.config.identityPool).toBeUndefined();
  });

  it('defaults to the regional Cognito Identity endpoint', () => {
    const result = readConfig({ ...valid, VITE_IDENTITY_POOL_ID: POOL_ID }, ORIGIN);
    expect(result.ok && result.config.identityPool).toEqual({
      id: POOL_ID,
      endpoint: 'https://cognito-identity.us-east-1.amazonaws.com',
    });
  });

  it('takes the local endpoint over http with the local pool only', () => {
    const local = {
      ...valid,
      VITE_COGNITO_USER_POOL_ID: 'local_AbC123',
      VITE_COGNITO_ENDPOINT: 'http://localhost:9229',
      VITE_IDENTITY_POOL_ID: POOL_ID,
      VITE_IDENTITY_ENDPOINT: 'http://localhost:9229/',
    };
    const result = readConfig(local, ORIGIN);
    expect(result.ok && result.config.identityPool?.endpoint).toBe('http://localhost:9229');
    expect(
      onlyIssue({
        ...valid,
        VITE_IDENTITY_POOL_ID: POOL_ID,
        VITE_IDENTITY_ENDPOINT: 'http://localhost:9229',
      }),
    ).toMatchObject({
      variable: 'VITE_IDENTITY_ENDPOINT',
      problem: expect.stringMatching(/https/),
    });
  });

  it('names a malformed id, a pool of another region, and an endpoint without a pool', () => {
    expect(onlyIssue({ ...valid, VITE_IDENTITY_POOL_ID: 'my-pool' })).toMatchObject({
      variable: 'VITE_IDENTITY_POOL_ID',
      problem: 'is not an identity pool id: "my-pool".',
    });
    expect(
      onlyIssue({ ...valid, VITE_IDENTITY_POOL_ID: POOL_ID.replace('us-east-1', 'eu-west-1') }),
    ).toMatchObject({
      variable: 'VITE_IDENTITY_POOL_ID',
      problem: expect.stringMatching(/eu-west-1/),
    });
    expect(
      onlyIssue({
        ...valid,
        VITE_IDENTITY_ENDPOINT: 'https://cognito-identity.us-east-1.amazonaws.com',
      }),
    ).toMatchObject({ variable: 'VITE_IDENTITY_ENDPOINT' });
  });
});

describe('readConfig: brand', () => {
  it('defaults to the product name, the favicon and the default palette', () => {
    const result = readConfig(valid, ORIGIN);
    expect(result.ok && result.config.brand).toEqual({
      name: 'Cognito React Auth',
      logo: '/favicon.svg',
    });
  });

  it('takes a name, a logo on this site, and a primary colour per scheme', () => {
    const result = readConfig(
      {
        ...valid,
        VITE_BRAND_NAME: '  Acme Login ',
        VITE_BRAND_LOGO: '/brand/acme.svg',
        VITE_BRAND_PRIMARY: '#7A1FA2',
        // Without its #, as an unquoted value in a .env file must be written.
        VITE_BRAND_PRIMARY_DARK: 'e1a6ff',
      },
      ORIGIN,
    );
    expect(result.ok && result.config.brand).toEqual({
      name: 'Acme Login',
      logo: '/brand/acme.svg',
      light: { primary: '#7a1fa2', onPrimary: '#ffffff' },
      dark: { primary: '#e1a6ff', onPrimary: '#0b1220' },
    });
  });

  it('asks for both colours when given one: none reads well in both themes', () => {
    expect(onlyIssue({ ...valid, VITE_BRAND_PRIMARY: '#7a1fa2' })).toMatchObject({
      variable: 'VITE_BRAND_PRIMARY_DARK',
      problem: expect.stringMatching(/is missing, and VITE_BRAND_PRIMARY needs it/),
      fix: expect.stringMatching(/lighter shade .* VITE_BRAND_PRIMARY_DARK=8ab4ff/),
    });
    expect(onlyIssue({ ...valid, VITE_BRAND_PRIMARY_DARK: '#e1a6ff' })).toMatchObject({
      variable: 'VITE_BRAND_PRIMARY',
      fix: expect.stringMatching(/darker shade .* VITE_BRAND_PRIMARY=1d4ed8/),
    });
  });

  it.each([
    ['VITE_BRAND_PRIMARY', 'purple', /is not a hex colour: "purple"/],
    ['VITE_BRAND_PRIMARY', '#facc15', /too light for links in the light theme: 1\.\d:1/],
    ['VITE_BRAND_PRIMARY_DARK', '#1d4ed8', /too dark for links in the dark theme: 2\.\d:1/],
    ['VITE_BRAND_LOGO', 'https://cdn.example.com/logo.svg', /must be a path on this site/],
    ['VITE_BRAND_LOGO', '//cdn.example.com/logo.svg', /must be a path on this site/],
    ['VITE_BRAND_NAME', 'A'.repeat(61), /61 characters long/],
    ['VITE_BRAND_NAME', 'Acme\nLogin', /control character/],
  ])('names a bad %s (%s)', (variable, value, problem) => {
    const env = {
      ...valid,
      VITE_BRAND_PRIMARY: '#1d4ed8',
      VITE_BRAND_PRIMARY_DARK: '#8ab4ff',
      [variable]: value,
    };
    expect(onlyIssue(env)).toMatchObject({ variable, problem: expect.stringMatching(problem) });
  });

  it('accepts a data: image as the logo (the CSP allows data: images)', () => {
    const logo = 'data:image/svg+xml,%3Csvg xmlns="http://www.w3.org/2000/svg"/%3E';
    const result = readConfig({ ...valid, VITE_BRAND_LOGO: logo }, ORIGIN);
    expect(result.ok && result.config.brand.logo).toBe(logo);
  });
});

describe('envFileAdvice', () => {
  it('names the env file of the mode, and whether to restart Vite or build again', () => {
    expect(envFileAdvice({})).toEqual({
      mode: 'development',
      file: '.env.development.local',
      apply: 'restart Vite',
    });
    expect(envFileAdvice({ MODE: 'staging', PROD: false })).toMatchObject({
      file: '.env.staging.local',
      apply: 'restart Vite',
    });
    expect(envFileAdvice({ MODE: 'production', PROD: true })).toMatchObject({
      file: '.env.production.local',
      apply: 'build again',
    });
  });

  it("puts the mode's file into each fix", () => {
    const result = readConfig({ MODE: 'production', PROD: true }, ORIGIN);
    if (result.ok) throw new Error('expected issues');
    expect(result.issues[0]!.fix).toMatch(/^Set it in \.env\.production\.local and build again\./);
  });
});
