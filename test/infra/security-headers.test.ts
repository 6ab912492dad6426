/** The one header module both CloudFront and vite preview serve. */
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  endpointsFromEnv,
  securityHeaders,
} from '../../server/hosting/security-headers';

const aws = {
  cognitoEndpoint: 'https://cognito-idp.eu-west-1.amazonaws.com/',
  hostedUiDomain: 'https://my-app.auth.eu-west-1.amazoncognito.com',
  apiUrl: 'https://abc123.execute-api.eu-west-1.amazonaws.com/api',
};

describe('content security policy', () => {
  it('connects to exactly the Cognito endpoint, the hosted UI and the API', () => {
    const csp = contentSecurityPolicy(aws);
    expect(csp).toContain(
      'connect-src https://cognito-idp.eu-west-1.amazonaws.com https://my-app.auth.eu-west-1.amazoncognito.com https://abc123.execute-api.eu-west-1.amazonaws.com;',
    );
    expect(csp.split('; ')).toEqual(
      expect.arrayContaining([
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "object-src 'none'",
      ]),
    );
    expect(csp).not.toMatch(/unsafe-|\*/);
  });

  it('names the local stack once when Cognito and its hosted UI share an origin', () => {
    expect(
      contentSecurityPolicy({
        cognitoEndpoint: 'http://localhost:9229',
        hostedUiDomain: 'http://localhost:9229',
        apiUrl: 'http://127.0.0.1:3001',
      }),
    ).toContain('connect-src http://localhost:9229 http://127.0.0.1:3001;');
    expect(contentSecurityPolicy({})).toContain("connect-src 'none';");
  });

  it('refuses values that could break out of the policy', () => {
    expect(() => contentSecurityPolicy({ apiUrl: 'not a url' })).toThrow(/apiUrl is not a URL/);
    expect(() => contentSecurityPolicy({ apiUrl: 'javascript:alert(1)' })).toThrow(/http\(s\)/);
    expect(() => contentSecurityPolicy({ apiUrl: 'https://${Token[X]}; script-src *' })).toThrow(
      /bare https origin/,
    );
    expect(contentSecurityPolicy({ apiUrl: 'https://${Token[TOKEN.12]}.execute-api' })).toContain(
      'connect-src https://${Token[TOKEN.12]}.execute-api;',
    );
  });
});

describe('headers', () => {
  it('HSTS for a year, nosniff, no framing, no referrer, no unused features', () => {
    expect(securityHeaders(aws)).toMatchObject({
      'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'no-referrer',
      'Permissions-Policy': expect.stringContaining('camera=()'),
      'Cross-Origin-Opener-Policy': 'same-origin',
    });
  });

  it('reads the endpoints a build talks to from its VITE_* values', () => {
    expect(
      endpointsFromEnv({
        VITE_COGNITO_REGION: 'eu-west-1',
        VITE_COGNITO_DOMAIN: aws.hostedUiDomain,
        VITE_API_URL: aws.apiUrl,
      }),
    ).toEqual({ ...aws, cognitoEndpoint: 'https://cognito-idp.eu-west-1.amazonaws.com' });
    expect(
      endpointsFromEnv({
        VITE_COGNITO_REGION: 'us-east-1',
        VITE_COGNITO_ENDPOINT: 'http://localhost:9229',
      }).cognitoEndpoint,
    ).toBe('http://localhost:9229');
  });
  it('connects to Cognito Identity only when the build has an identity pool', () => {
    const base = { VITE_COGNITO_REGION: 'eu-west-1', VITE_API_URL: aws.apiUrl };
    expect(endpointsFromEnv(base).identityEndpoint).toBeUndefined();
    const withPool = endpointsFromEnv({ ...base, VITE_IDENTITY_POOL_ID: 'eu-west-1:abc' });
    expect(withPool.identityEndpoint).toBe('https://cognito-identity.eu-west-1.amazonaws.com');
    expect(contentSecurityPolicy(withPool)).toContain(
      'connect-src https://cognito-idp.eu-west-1.amazonaws.com https://abc123.execute-api.eu-west-1.amazonaws.com https://cognito-identity.eu-west-1.amazonaws.com;',
    );
    // Locally the identity pool shares the Cognito port: one origin, named once.
    const local = endpointsFromEnv({
      VITE_COGNITO_REGION: 'us-east-1',
      VITE_COGNITO_ENDPOINT: 'http://localhost:9229',
      VITE_IDENTITY_POOL_ID: 'us-east-1:abc',
      VITE_IDENTITY_ENDPOINT: 'http://localhost:9229',
    });
    expect(contentSecurityPolicy(local)).toContain('connect-src http://localhost:9229;');
  });
});
