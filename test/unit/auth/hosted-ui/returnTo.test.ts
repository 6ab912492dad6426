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

// Issue 12, finding 1: dot segments, encodings and look-alike characters that a browser, a router or
// a server may turn into `//host` or `/\host` after a naive check. Every probe must come back as a
// path on this origin that cannot be read as another host, however many times it is re-parsed.
const OPEN_REDIRECT_PROBES: readonly string[] = [
  // the five
  '/..//evil.example',
  '/.//evil.example',
  '/%2e%2e//evil.example',
  '/%2E//evil.example',
  '/a/..//evil.example',
  // dot segments in every spelling
  '/../..//evil.example',
  '/./..//evil.example/x',
  '/%2e//evil.example',
  '/.%2e//evil.example',
  '/%2e.//evil.example',
  '/%2E%2E//evil.example',
  '/a/%2e%2e//evil.example',
  '/a/b/../..//evil.example',
  '/a/./../..//evil.example',
  '/%2e%2e%2f%2fevil.example',
  '/%2e%2e%2F%2Fevil.example',
  '/..%2f%2fevil.example',
  '/%2e%2e%5c%5cevil.example',
  '/..;//evil.example',
  '/.;//evil.example',
  '/.;/evil.example',
  // encoded and look-alike slashes
  '/%2f/evil.example',
  '/%2F%2Fevil.example',
  '/%5c/evil.example',
  '/%5Cevil.example',
  '/%5c%5cevil.example',
  '/\uff0f/evil.example',
  '/\uff0fevil.example',
  '/\u2215evil.example',
  '/\u2215\u2215evil.example',
  '/\u2044evil.example',
  '/\uff3cevil.example',
  '/\ufe68evil.example',
  // double encoding
  '/%252e%252e//evil.example',
  '/%252f%252fevil.example',
  '/%255cevil.example',
  '/%25252f%25252fevil.example',
  // backslashes
  '/\\evil.example',
  '/\\\\evil.example',
  '\\/evil.example',
  '/a/..\\evil.example',
  '/..\\/evil.example',
  // whitespace and control characters
  '/\t/evil.example',
  '/%09/evil.example',
  '/%0a/evil.example',
  '/%0d%0a/evil.example',
  '/\r\n/evil.example',
  '/ /evil.example',
  '/%20/evil.example',
  '/\u00a0/evil.example',
  '/%00/evil.example',
  // repeated slashes
  '////evil.example',
  '///evil.example',
  '//evil.example',
  '/././/evil.example',
  // userinfo and @
  '//user@evil.example',
  '/@evil.example',
  '//localhost@evil.example',
  'https://localhost@evil.example/',
  '/%40evil.example',
  // schemes
  'javascript:alert(1)',
  '/javascript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,x',
  'vbscript:x',
  'https:evil.example',
  'http:/evil.example',
  'HTTPS://evil.example',
  // very long values
  `/${'a'.repeat(5000)}`,
  `/..//evil.example/${'a'.repeat(100_000)}`,
];

describe('sanitizeReturnTo against open-redirect probes', () => {
  const base = 'https://app.example';

  it.each(OPEN_REDIRECT_PROBES.map((probe) => [JSON.stringify(probe).slice(0, 60), probe]))(
    'keeps %s on this origin',
    (_name, probe) => {
      const out = sanitizeReturnTo(probe);
      // Stable: sanitising the result again changes nothing (so nothing collapses later).
      expect(sanitizeReturnTo(out)).toBe(out);
      expect(out.startsWith('/')).toBe(true);
      // Not a host for the URL parser, whatever base it is resolved against...
      expect(new URL(out, base).origin).toBe(base);
      // ...nor for a server or router that decodes once or twice, drops `;` parameters, or folds
      // look-alike characters (／ ∕ ＼) into the ASCII ones.
      const views = [out];
      let decoded = out;
      for (let i = 0; i < 3; i += 1) {
        try {
          decoded = decodeURIComponent(decoded);
        } catch {
          break;
        }
        views.push(decoded);
      }
      for (const view of [...views])
        views.push(view.normalize('NFKC'), view.replace(/;[^/]*/g, ''));
      for (const view of views) {
        expect(view).not.toMatch(/^[/\\][/\\]/);
        // eslint-disable-next-line no-control-regex -- control characters are what this probes for
        expect(view).not.toMatch(/[\\\u0000-\u001f\u007f]/);
        const resolved = new URL(view, base);
        expect(resolved.origin).toBe(base);
        expect(resolved.pathname).not.toMatch(/^\/\//);
      }
      expect(out).not.toMatch(/^\s*(javascript|data|vbscript):/i);
    },
  );

  it('still keeps ordinary paths, queries and encoded characters that are not slashes', () => {
    expect(sanitizeReturnTo('/account?next=%2F%2Fx#top')).toBe('/account?next=%2F%2Fx#top');
    expect(sanitizeReturnTo('/a/b/../c')).toBe('/a/c');
    expect(sanitizeReturnTo('/caf%C3%A9')).toBe('/caf%C3%A9');
    expect(sanitizeReturnTo('/admin/')).toBe('/admin/');
  });
});
