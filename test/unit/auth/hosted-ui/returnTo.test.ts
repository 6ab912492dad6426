import { describe, expect, it } from 'vitest';
import { sanitizeReturnTo } from '../../../../src/auth/returnTo';

describe('sanitizeReturnTo', () => {
  it.each([
    ['/', '/'],
    ['/protected', '/protected'],
    ['/account?tab=mfa#totp', '/account?tab=mfa#totp'],
    ['/a/b/../c', '/a/c'],
    ['/search?q=%2F%2Fevil.com', '/search?q=%2F%2Fevil.com'],
  ])('keeps the same-origin path %j', (value, expected) => {
    expect(sanitizeReturnTo(value)).toBe(expected);
  });

  it.each([
    ['protocol-relative', '//evil.com'],
    ['protocol-relative with path', '//evil.com/path'],
    ['backslash', '/\\evil.com'],
    ['double backslash', '\\\\evil.com'],
    ['backslash later', '/ok/..\\..\\evil'],
    ['absolute https', 'https://evil.com/'],
    ['absolute http to self', 'http://localhost:3000/protected'],
    ['javascript:', 'javascript:alert(1)'],
    ['JavaScript: mixed case', 'JaVaScRiPt:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['relative', 'protected'],
    ['tab trick', '/\t/evil.com'],
    ['newline trick', '/\n/evil.com'],
    ['null byte', '/pro\u0000tected'],
    ['DEL', '/pro\u007ftected'],
    ['leading space', ' //evil.com'],
    ['leading space before path', ' /protected'],
    ['empty', ''],
    ['the callback itself', '/callback?code=x'],
    ['the signed-out page', '/signed-out'],
    ['too long', `/${'a'.repeat(3000)}`],
  ])('refuses %s', (_name, value) => {
    expect(sanitizeReturnTo(value)).toBe('/');
  });

  it.each([undefined, null, 42, {}, ['/protected']])('refuses the non-string %j', (value) => {
    expect(sanitizeReturnTo(value)).toBe('/');
  });
});
