/**
 * GET /me: who the API sees, from the verified access token: the profile claims the pre token
 * generation trigger adds (name, email, company), the parsed groups, and the raw claims.
 */
import { COMPANY_CLAIM } from '../../triggers/preTokenGeneration';
import type { ProxyHandler } from '../types';
import { claimsOf, groupsOf, json, unauthorized } from './http';

export const handler: ProxyHandler = async (event) => {
  const claims = claimsOf(event);
  if (!claims?.sub) return unauthorized();
  return json(200, {
    name: claims.name || null,
    email: claims.email || null,
    company: claims[COMPANY_CLAIM] || null,
    groups: groupsOf(claims),
    // For programs, never for people to read: the internal id and the pool's username.
    userId: claims.sub,
    username: claims.username ?? claims['cognito:username'] ?? null,
    clientId: claims.client_id ?? null,
    scope: claims.scope ?? null,
    claims,
  });
};
