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

const BASE = 'https://return-to.invalid';
// Enough rounds for any real path: each round only removes dot segments or decodes one layer.
const MAX_ROUNDS = 4;

/** Resolves `value` on the dummy origin; null when it leaves the origin or starts with `//`. */
function resolveOnOrigin(value: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(value, BASE);
  } catch {
    return null;
  }
  if (parsed.origin !== BASE || parsed.pathname.startsWith('//')) return null;
  return `${parsed.pathname}${parsed.search}${parsed.hash}`;
}

/**
 * The ways a later reader may see the path: decoded once or more (routers and servers decode),
 * with look-alike slashes folded (NFKC turns ／ into /), and with `;` parameters dropped (some
 * servers read `/.;/` as `/./`). Each must still be a path on this origin.
 */
function laterReadings(path: string): string[] {
  const readings = [path];
  let decoded = path;
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    let next: string;
    try {
      next = decodeURIComponent(decoded);
    } catch {
      break;
    }
    if (next === decoded) break;
    readings.push(next);
    decoded = next;
  }
  for (const reading of [...readings]) {
    readings.push(reading.normalize('NFKC'), reading.replace(/;[^/]*/g, ''));
  }
  return readings;
}

function isSafeReading(reading: string): boolean {
  if (UNSAFE_CHARACTERS.test(reading) || /^\/[\s/]/.test(reading)) return false;
  return resolveOnOrigin(reading) !== null;
}

/**
 * Returns `value` when it is a same-origin path starting with a single `/` (query and hash kept),
 * otherwise `/`. Never throws. The check runs on the normalised value (dot segments removed until
 * nothing changes), since `/..//evil` only becomes `//evil` after normalisation.
 */
export function sanitizeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_LENGTH) return FALLBACK;
  if (UNSAFE_CHARACTERS.test(value)) return FALLBACK;
  // A leading space or any other whitespace would be trimmed by the URL parser, so `" //x"` is out.
  if (value !== value.trim()) return FALLBACK;
  if (!value.startsWith('/') || value.startsWith('//')) return FALLBACK;

  let current = value;
  for (let round = 0; ; round += 1) {
    const next = resolveOnOrigin(current);
    if (next === null || round === MAX_ROUNDS) return FALLBACK;
    if (next === current) break;
    current = next;
  }
  const pathname = current.split(/[?#]/)[0]!;
  if (!laterReadings(pathname).every(isSafeReading)) return FALLBACK;
  const path = pathname.replace(/\/+$/, '') || '/';
  if (REFUSED_PATHS.includes(path)) return FALLBACK;
  return current;
}
