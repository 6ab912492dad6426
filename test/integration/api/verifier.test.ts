/**
 * Verifier selection: a real AWS pool gets aws-jwt-verify's CognitoJwtVerifier (AWS issuer format),
 * any other endpoint the generic verifier with an explicit issuer. No AWS endpoint is contacted.
 */
import { describe, expect, it } from 'vitest';
import { createAccessTokenVerifier, isAwsEndpoint } from '../../../local/api/verifier';

const fakeJwt = (payload: Record<string, unknown>) =>
  [
    Buffer.from(JSON.stringify({ alg: 'RS256', kid: 'k1', typ: 'JWT' })).toString('base64url'),
    Buffer.from(JSON.stringify(payload)).toString('base64url'),
    'c2ln',
  ].join('.');

describe('createAccessTokenVerifier', () => {
  it('recognises AWS endpoints', () => {
    expect(isAwsEndpoint('https://cognito-idp.eu-west-1.amazonaws.com')).toBe(true);
    expect(isAwsEndpoint('http://localhost:9229')).toBe(false);
    expect(isAwsEndpoint(undefined)).toBe(true);
  });

  it('uses the AWS issuer and JWKS for a real pool', () => {
    const verifier = createAccessTokenVerifier({
      userPoolId: 'eu-west-1_AbC123',
      cognitoUrl: 'https://cognito-idp.eu-west-1.amazonaws.com',
      clientIds: ['client1'],
    });
    expect(verifier.issuer).toBe('https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123');
    expect(verifier.jwksUri).toBe(
      'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123/.well-known/jwks.json',
    );
  });

  it('uses ${endpoint}/${pool} for the local pool', () => {
    const verifier = createAccessTokenVerifier({
      userPoolId: 'local_abc',
      cognitoUrl: 'http://localhost:9229/',
      clientIds: ['client1'],
    });
    expect(verifier.issuer).toBe('http://localhost:9229/local_abc');
    expect(verifier.jwksUri).toBe('http://localhost:9229/local_abc/.well-known/jwks.json');
  });

  it('rejects a token of another issuer before fetching any key', async () => {
    const verifier = createAccessTokenVerifier({
      userPoolId: 'eu-west-1_AbC123',
      cognitoUrl: 'https://cognito-idp.eu-west-1.amazonaws.com',
      clientIds: ['client1'],
    });
    const outcome = await verifier.verify(
      fakeJwt({
        iss: 'http://localhost:9229/local_abc',
        token_use: 'access',
        client_id: 'client1',
        exp: 4e9,
      }),
    );
    expect(outcome).toEqual({
      ok: false,
      status: 401,
      description: 'The token was issued by another user pool.',
    });
  });

  it('refuses an empty client list at start-up', () => {
    expect(() =>
      createAccessTokenVerifier({
        userPoolId: 'local_abc',
        cognitoUrl: 'http://localhost:9229',
        clientIds: [],
      }),
    ).toThrow(/client id/);
  });
});
