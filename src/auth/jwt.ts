/**
 * Reads JWT payloads locally. The app never trusts these claims for access control (the API verifies
 * signatures); it decodes them only to show who is signed in and to know when tokens expire, which is
 * what lets a reload restore a session without a network call.
 */
import type { SessionTokens, SignInMethod, SignedInUser } from './types';

export type Claims = Readonly<Record<string, unknown>>;

function base64UrlDecode(segment: string): string {
  const base64 = segment.replace(/-/g, '+').replace(/_/g, '/');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  const binary = atob(padded);
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/** One base64url JSON object segment of a JWT, or null when it is not one. */
function decodeSegment(segment: string | undefined): Claims | null {
  if (!segment) return null;
  try {
    const value: unknown = JSON.parse(base64UrlDecode(segment));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Claims)
      : null;
  } catch {
    return null;
  }
}

/** The payload of a JWT, or null when the token is not a well-formed JWT. */
export function decodeJwt(token: string): Claims | null {
  const parts = token.split('.');
  return parts.length === 3 ? decodeSegment(parts[1]) : null;
}

/** The header of a JWT (`alg`, `kid`, …), or null when the token is not a well-formed JWT. */
export function decodeJwtHeader(token: string): Claims | null {
  const parts = token.split('.');
  return parts.length === 3 ? decodeSegment(parts[0]) : null;
}

/** Expiry in epoch milliseconds, or null when the claim is missing. */
export function expiresAt(claims: Claims): number | null {
  return typeof claims.exp === 'number' ? claims.exp * 1000 : null;
}

const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

/**
 * How far the server's clock is ahead of ours (negative: behind), from the access token's `iat` and
 * the local moment it arrived. Expiry is judged on our clock shifted by this, so a device whose clock
 * is wrong by hours neither refreshes on every call nor trusts a dead token. Network latency makes
 * the estimate a fraction of a second early, far inside the refresh skew.
 */
export function serverClockOffset(tokens: SessionTokens, receivedAt: number): number {
  const access = decodeJwt(tokens.accessToken);
  return typeof access?.iat === 'number' ? access.iat * 1000 - receivedAt : 0;
}

/**
 * The signed-in user the screens see, or null when either token cannot be read. Expiry times are on
 * the local clock: the tokens' `exp` minus `serverClockOffsetMs`.
 */
export function userFromTokens(
  tokens: SessionTokens,
  signInMethod: SignInMethod,
  serverClockOffsetMs = 0,
): SignedInUser | null {
  const id = decodeJwt(tokens.idToken);
  const access = decodeJwt(tokens.accessToken);
  if (id === null || access === null) return null;
  const idExp = expiresAt(id);
  const accessExp = expiresAt(access);
  const sub = str(id.sub) ?? str(access.sub);
  const username = str(access.username) ?? str(id['cognito:username']) ?? sub;
  if (idExp === null || accessExp === null || sub === undefined || username === undefined)
    return null;
  const rawGroups = access['cognito:groups'] ?? id['cognito:groups'];
  const groups = Array.isArray(rawGroups)
    ? rawGroups.filter((g): g is string => typeof g === 'string')
    : [];
  const user: SignedInUser = {
    username,
    sub,
    groups,
    signInMethod,
    idTokenExpiresAt: idExp - serverClockOffsetMs,
    accessTokenExpiresAt: accessExp - serverClockOffsetMs,
    idTokenClaims: id,
    accessTokenClaims: access,
  };
  const email = str(id.email);
  const name = str(id.name);
  if (email !== undefined) user.email = email;
  if (name !== undefined) user.name = name;
  return user;
}
