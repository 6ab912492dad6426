/**
 * Shared helpers for the Lambda handlers: JSON responses and reading the authorizer's claims.
 * Lives beside the handlers (not in the local adapter) because it ships to Lambda with them.
 */
import type { ApiGatewayProxyEvent, ApiGatewayProxyResult, AuthorizerClaims } from '../types';

export function json(statusCode: number, body: unknown): ApiGatewayProxyResult {
  return {
    statusCode,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
    body: JSON.stringify(body),
  };
}

export function claimsOf(event: ApiGatewayProxyEvent): AuthorizerClaims | undefined {
  return event.requestContext.authorizer?.claims ?? undefined;
}

/**
 * API Gateway flattens `cognito:groups` differently per flavour: REST authorizers send "a,b",
 * HTTP API JWT authorizers send "[a b]", and a direct invoke may pass a real array. Accept all.
 */
export function groupsOf(claims: AuthorizerClaims | undefined): string[] {
  const raw: unknown = claims?.['cognito:groups'];
  if (raw === undefined || raw === null || raw === '') return [];
  if (Array.isArray(raw)) return raw.map(String);
  const text = String(raw).trim();
  const inner = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  return inner
    .split(/[,\s]+/)
    .map((group) => group.trim())
    .filter(Boolean);
}

/** Behind a misconfigured route (no authorizer) a handler must fail closed, never serve anonymously. */
export function unauthorized(): ApiGatewayProxyResult {
  return json(401, { error: 'unauthorized', message: 'No verified identity on this request.' });
}

export interface IamCaller {
  identityId: string;
  identityPoolId: string | null;
  authenticationType: 'authenticated' | 'unauthenticated';
}

/** The identity pool caller of an AWS_IAM route; undefined when the request was not signed with one. */
export function iamCallerOf(event: ApiGatewayProxyEvent): IamCaller | undefined {
  const identity = event.requestContext.identity;
  const type = identity.cognitoAuthenticationType;
  if (!identity.cognitoIdentityId || (type !== 'authenticated' && type !== 'unauthenticated'))
    return undefined;
  return {
    identityId: identity.cognitoIdentityId,
    identityPoolId: identity.cognitoIdentityPoolId ?? null,
    authenticationType: type,
  };
}

/**
 * The name to greet someone by: the `name` claim (the pre token generation trigger puts it in the
 * access token), else their email. Never `sub` or `username`: with email as the sign-in name those
 * are an internal UUID nobody should have to read.
 */
export function displayNameOf(claims: AuthorizerClaims): string {
  return claims.name?.trim() || claims.email?.trim() || 'there';
}
