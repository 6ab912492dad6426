import { describe, expect, it } from 'vitest';
import { decodeJwt, decodeJwtHeader } from '../../../src/auth/jwt';

const segment = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('decodeJwtHeader', () => {
  it('reads the header, and decodeJwt the payload, of the same token', () => {
    const token = `${segment({ alg: 'RS256', kid: 'key-1' })}.${segment({ sub: 'u1' })}.sig`;
    expect(decodeJwtHeader(token)).toEqual({ alg: 'RS256', kid: 'key-1' });
    expect(decodeJwt(token)).toEqual({ sub: 'u1' });
  });

  it.each([
    ['not a JWT', 'nope'],
    ['two segments', `${segment({ alg: 'none' })}.${segment({})}`],
    ['an empty header', `.${segment({})}.sig`],
    ['a header that is not JSON', `bm90IGpzb24.${segment({})}.sig`],
    ['a header that is an array', `${segment(['RS256'])}.${segment({})}.sig`],
  ])('returns null for %s', (_what, token) => {
    expect(decodeJwtHeader(token)).toBeNull();
  });
});
