/**
 * Decides where the app may send someone after sign-in. A `returnTo` travels through URLs and
 * sessionStorage that an attacker can shape, so only same-origin paths survive; anything else
 * becomes the home page (the auth0-react rule: `//evil.com` is a host, not a path).
 */

import { paths } from '../config/paths';

const FALLBACK = '/';
// Long enough for any real deep link; anything longer is noise or an attack on the URL bar.
const MAX_LENGTH = 2048;
// Paths that would loop back into the sign-in machinery instead of returning anywhere.
const REFUSED_PATHS: readonly string[] = [paths.callback, paths.signedOut];
// Browsers strip or reinterpret these (tabs and newlines vanish, backslash acts as a slash), which
// is how `/\evil.com` or `/\t/evil.com` turns into a protocol-relative URL.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f\\]/;

/**
 * Returns `value` when it is a same-origin path starting with a single `/` (query and hash kept),
 * otherwise `/`. Never throws.
 */
export function sanitizeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_LENGTH) return FALLBACK;
  if (UNSAFE_CHARACTERS.test(value)) return FALLBACK;
  // A leading space or any other whitespace would be trimmed by the URL parser, so `" //x"` is out.
  if (value !== value.trim()) return FALLBACK;
  if (!value.startsWith('/') || value.startsWith('//')) return FALLBACK;

  // Let the URL parser have the last word: whatever it resolves to must stay on our (dummy) origin.
  const base = 'https://return-to.invalid';
  let parsed: URL;
  try {
    parsed = new URL(value, base);
  } catch {
    return FALLBACK;
  }
  if (parsed.origin !== base) return FALLBACK;
  const path = parsed.pathname.replace(/\/+$/, '') || '/';
  if (REFUSED_PATHS.includes(path)) return FALLBACK;
  return `${parsed.pathname}${parsed.search}${parsed.hash}`;
}
