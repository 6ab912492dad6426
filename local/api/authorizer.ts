/**
 * Pure request/claims plumbing of the authorizer stand-in: pulling the bearer token out of the
 * Authorization header, and flattening verified claims the way API Gateway hands them to Lambda.
 */
import type { JwtPayload } from 'aws-jwt-verify/jwt-model';
import type { AuthorizerClaims } from '../../server/api/types';

/**
 * Returns the token, `null` when no bearer credentials were sent, or `''` when the header is a
 * Bearer header without a usable token (treated as an invalid token, not as missing).
 */
export function bearerToken(header: string | undefined): string | null {
  if (header === undefined) return null;
  const match = /^\s*Bearer(?:\s+(.*))?$/i.exec(header);
  if (!match) return null;
  const token = (match[1] ?? '').trim();
  return /\s/.test(token) ? '' : token;
}

/** API Gateway's Cognito authorizer passes every claim as a string; mimic it so handlers are portable. */
export function toAuthorizerClaims(payload: JwtPayload): AuthorizerClaims {
  const claims: AuthorizerClaims = {};
  for (const [key, value] of Object.entries(payload)) {
    if (value === undefined || value === null) continue;
    claims[key] = Array.isArray(value)
      ? value.join(',')
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);
  }
  return claims;
}
